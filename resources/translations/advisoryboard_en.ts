<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IssuesTab</name>
    <message numerus="yes">
        <location filename="../../ui/issues/tab.py" line="+197"/>
        <source>%Ln matching issue(s)</source>
        <translation>
            <numerusform>%Ln matching issue</numerusform>
            <numerusform>%Ln matching issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%Ln issue(s) exported (confidential issues left out).</source>
        <translation>
            <numerusform>%Ln issue exported (confidential issues left out).</numerusform>
            <numerusform>%Ln issues exported (confidential issues left out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message numerus="yes">
        <location filename="../../ui/maps/panel.py" line="+168"/>
        <source>%Ln point(s) shown.</source>
        <translation>
            <numerusform>%Ln point shown.</numerusform>
            <numerusform>%Ln points shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message numerus="yes">
        <location filename="../../ui/meetings/tab.py" line="+253"/>
        <source>%Ln meeting(s) scheduled.</source>
        <translation>
            <numerusform>%Ln meeting scheduled.</numerusform>
            <numerusform>%Ln meetings scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln meeting(s) written to {path}</source>
        <translation>
            <numerusform>%Ln meeting written to {path}</numerusform>
            <numerusform>%Ln meetings written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message numerus="yes">
        <location filename="../../ui/meetings/motion_dialog.py" line="+355"/>
        <source>%n present member(s) have not voted yet.</source>
        <translation>
            <numerusform>%n present member has not voted yet.</numerusform>
            <numerusform>%n present members have not voted yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message numerus="yes">
        <location filename="../../ui/surveys/tab.py" line="+229"/>
        <source>Saved %n form(s).</source>
        <translation>
            <numerusform>Saved %n form.</numerusform>
            <numerusform>Saved %n forms.</numerusform>
        </translation>
    </message>
</context>
</TS>
