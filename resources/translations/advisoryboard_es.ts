<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="+38"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside Advisory Board. Your saved work is safe; the last action may not have finished. The details were written to the log.</source>
        <translation>Algo salió mal dentro de Advisory Board. Su trabajo guardado está a salvo; es posible que la última acción no haya terminado. Los detalles se escribieron en el registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../ui/charts/tab.py" line="+16"/>
        <source>This part of the app is being built.</source>
        <translation>Esta parte de la aplicación está en construcción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>FirstRunQuestion</name>
    <message>
        <location filename="../../ui/main_window.py" line="+45"/>
        <source>Welcome to Advisory Board</source>
        <translation>Bienvenido a Advisory Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is empty. Would you like to load demo data (a sample board with members, meetings and issues) to explore the app? You can start a new, empty database later from File ▸ New database…</source>
        <translation>Esta base de datos está vacía. ¿Desea cargar datos de demostración (una junta de ejemplo con miembros, reuniones y problemas) para explorar la aplicación? Más tarde puede empezar una base de datos nueva y vacía desde Archivo ▸ Nueva base de datos…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/common/import_dialog.py" line="+63"/>
        <source>{rows} rows found. Choose which column of the file fills each field.</source>
        <translation>Se encontraron {rows} filas. Elija qué columna del archivo llena cada campo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview of the first rows as they will be imported</source>
        <translation>Vista previa de las primeras filas tal como se importarán</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview (first {n} rows)</source>
        <translation>Vista previa (primeras {n} filas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check report</source>
        <translation>Informe de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Check to see what would be imported, row by row.</source>
        <translation>Presione Verificar para ver qué se importaría, fila por fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Required: choose a column for {fields}.</source>
        <translation>Obligatorio: elija una columna para {fields}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the file…</source>
        <translation>Verificando el archivo…</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <location filename="../../ui/issues/tab.py" line="+16"/>
        <source>This part of the app is being built.</source>
        <translation>Esta parte de la aplicación está en construcción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+18"/>
        <source>Main sections</source>
        <translation>Secciones principales</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+128"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings &amp;&amp; Minutes</source>
        <translation>Reuniones &amp;&amp; actas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Advisory Board</source>
        <translation>&amp;Acerca de Advisory Board</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Databases (*.db)</source>
        <translation>Bases de datos (*.db)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened {name}</source>
        <translation>Se abrió {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup saved to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About Advisory Board</source>
        <translation>Acerca de Advisory Board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Advisory Board {version}&lt;/h3&gt;&lt;p&gt;Members, community issues, meetings and minutes for a neighborhood advisory board.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Advisory Board {version}&lt;/h3&gt;&lt;p&gt;Miembros, problemas comunitarios, reuniones y actas para una junta asesora vecinal.&lt;/p&gt;&lt;p&gt;Base de datos: {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Demo data loaded.</source>
        <translation>Datos de demostración cargados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading demo data…</source>
        <translation>Cargando datos de demostración…</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../ui/meetings/tab.py" line="+16"/>
        <source>This part of the app is being built.</source>
        <translation>Esta parte de la aplicación está en construcción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings &amp; Minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/members/tab.py" line="+16"/>
        <source>This part of the app is being built.</source>
        <translation>Esta parte de la aplicación está en construcción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="-22"/>
        <source>Advisory Board</source>
        <translation>Advisory Board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../ui/language.py" line="+99"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing/__init__.py" line="+18"/>
        <source>Print</source>
        <extracomment>The documents a tab may ask for with BoardTab.print_request.</extracomment>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing is not available yet.</source>
        <translation>La impresión todavía no está disponible.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+100"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
