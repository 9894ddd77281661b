<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IssuesTab</name>
    <message numerus="yes">
        <location filename="../../ui/issues/tab.py" line="+140"/>
        <source>%Ln matching issue(s)</source>
        <translation>
            <numerusform>%Ln matching issue</numerusform>
            <numerusform>%Ln matching issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%Ln issue(s) exported (confidential issues left out).</source>
        <translation>
            <numerusform>%Ln issue exported (confidential issues left out).</numerusform>
            <numerusform>%Ln issues exported (confidential issues left out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message numerus="yes">
        <location filename="../../ui/surveys/tab.py" line="+221"/>
        <source>Saved %n form(s).</source>
        <translation>
            <numerusform>Saved %n form.</numerusform>
            <numerusform>Saved %n forms.</numerusform>
        </translation>
    </message>
</context>
</TS>
