<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddCommitteeMemberDialog</name>
    <message>
        <location filename="../../ui/members/committees_dialog.py" line="+76"/>
        <source>Add committee member</source>
        <translation>Agregar miembro al comité</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Presidente/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ends on</source>
        <translation>termina el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Member</source>
        <translation>&amp;Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
</context>
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
    <name>ChooseExportFile</name>
    <message>
        <location filename="../../ui/members/import_export.py" line="+91"/>
        <source>Export members</source>
        <translation>Exportar miembros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChooseImportFile</name>
    <message>
        <location line="-17"/>
        <source>Import members</source>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>CommitteesDialog</name>
    <message>
        <location filename="../../ui/members/committees_dialog.py" line="+36"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New committee…</source>
        <translation>&amp;Nuevo comité…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Committee members</source>
        <translation>Miembros del comité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End membership…</source>
        <translation>&amp;Terminar membresía…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>chair: {name}</source>
        <translation>presidencia: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no chair</source>
        <translation>sin presidente/a</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No committees yet.</source>
        <translation>Todavía no hay comités.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chair</source>
        <translation>Presidente/a</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>End membership</source>
        <translation>Terminar membresía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day on the committee (YYYY-MM-DD):</source>
        <translation>Último día en el comité (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{text}&apos; is not a date like 2026-05-31.</source>
        <translation>&apos;{text}&apos; no es una fecha como 2026-05-31.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../ui/members/deactivate_dialog.py" line="+86"/>
        <source>Delete member</source>
        <translation>Eliminar miembro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete {name} for good? Use this only for a record entered by mistake; members who served are deactivated instead.</source>
        <translation>¿Eliminar a {name} definitivamente? Use esto solo para un registro ingresado por error; a los miembros que prestaron servicio se los desactiva.</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location line="-58"/>
        <source>Deactivate member</source>
        <translation>Desactivar miembro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} leaves the board. Their record, attendance and votes are kept; their seat term, offices and committee places end on the date below.</source>
        <translation>{name} deja la junta. Se conservan su registro, su asistencia y sus votos; su mandato en el puesto, sus cargos y sus lugares en comités terminan en la fecha indicada abajo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaves on</source>
        <translation>Sale el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leaves on</source>
        <translation>&amp;Sale el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
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
    <name>ImportOptionsBox</name>
    <message>
        <location filename="../../ui/members/import_export.py" line="-29"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely duplicates</source>
        <translation>Probables duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip them (listed in the report)</source>
        <translation>Omitirlos (se listan en el informe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add their terms to the existing member</source>
        <translation>Agregar sus mandatos al miembro existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import them as new members</source>
        <translation>Importarlos como miembros nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms without a start date begin on</source>
        <translation>Los mandatos sin fecha de inicio empiezan el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely &amp;duplicates</source>
        <translation>Probables &amp;duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms without a start begin</source>
        <translation>Los mandatos sin inicio empiezan</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location line="+46"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
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
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/members/member_dialog.py" line="+42"/>
        <source>Add member</source>
        <translation>Agregar miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish contact details on public rosters</source>
        <translation>Publicar los datos de contacto en las listas públicas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation>D&amp;istrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seat and term</source>
        <translation>Puesto y mandato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no seat)</source>
        <translation>(sin puesto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — vacant</source>
        <translation> — vacante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term starts</source>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ends</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ends on</source>
        <translation>termina el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seat</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;starts</source>
        <translation>Inicio del &amp;mandato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;ends</source>
        <translation>&amp;Fin del mandato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current offices (tick two for a combined title)</source>
        <translation>Cargos actuales (marque dos para un título combinado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current offices</source>
        <translation>Cargos actuales</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>New offices start</source>
        <translation>Los cargos nuevos empiezan el</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>O&amp;ffices</source>
        <translation>C&amp;argos</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../ui/members/member_page.py" line="+49"/>
        <source>no meetings recorded</source>
        <translation>no hay reuniones registradas</translation>
    </message>
</context>
<context>
    <name>MemberPageDialog</name>
    <message>
        <location line="+19"/>
        <source>Member: {name}</source>
        <translation>Miembro: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat and offices</source>
        <translation>Puesto y cargos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+87"/>
        <location line="+9"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+87"/>
        <location line="+9"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Chair</source>
        <translation>Presidente/a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committees ({n})</source>
        <translation>Comités ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+104"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motions moved ({n})</source>
        <translation>Mociones presentadas ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Issues assigned ({n})</source>
        <translation>Problemas asignados ({n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former member since {date} ({reason})</source>
        <translation>Exmiembro desde el {date} ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published on public rosters</source>
        <translation>publicados en las listas públicas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private</source>
        <translation>privados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Ingresó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seat terms</source>
        <translation>Mandatos en puestos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no end date)</source>
        <translation>(sin fecha de fin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office history</source>
        <translation>Historial de cargos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(current)</source>
        <translation>(actual)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last 12 months: {recent}. All time: {all}.</source>
        <translation>Últimos 12 meses: {recent}. En total: {all}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meetings missed ({n})</source>
        <translation>Reuniones con ausencia ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded as</source>
        <translation>Registrado como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Absent (unexcused)</source>
        <translation>Ausente (sin justificación)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excused</source>
        <translation>Ausencia justificada</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/members/tab.py" line="+55"/>
        <location line="+149"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Search name, email or district…</source>
        <translation>Buscar nombre, correo o distrito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show active, former or all members</source>
        <translation>Mostrar miembros activos, exmiembros o todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former</source>
        <translation>Exmiembros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voting or non-voting</source>
        <translation>Con o sin voto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting and non-voting</source>
        <translation>Con y sin voto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting seats</source>
        <translation>Puestos con voto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-voting</source>
        <translation>Sin voto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any office</source>
        <translation>Cualquier cargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any district</source>
        <translation>Cualquier distrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;seat…</source>
        <translation>Nuevo &amp;puesto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Committees…</source>
        <translation>&amp;Comités…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print roster…</source>
        <translation>Imprimir lis&amp;ta…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{n} members shown</source>
        <translation>{n} miembros mostrados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a member first.</source>
        <translation>Primero seleccione un miembro.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Member added.</source>
        <translation>Miembro agregado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member saved.</source>
        <translation>Miembro guardado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is now a former member.</source>
        <translation>{name} ahora es exmiembro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} was deleted.</source>
        <translation>Se eliminó a {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat added.</source>
        <translation>Puesto agregado.</translation>
    </message>
</context>
<context>
    <name>NewCommitteeDialog</name>
    <message>
        <location filename="../../ui/members/committees_dialog.py" line="-196"/>
        <source>New committee</source>
        <translation>Nuevo comité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committee name</source>
        <translation>Nombre del comité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/members/roster_model.py" line="+102"/>
        <source>{a} of {n} meetings attended</source>
        <translation>asistió a {a} de {n} reuniones</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../ui/members/seat_dialog.py" line="+20"/>
        <source>New seat</source>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seat name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Seat 4 or District 2</source>
        <translation>p. ej., Puesto 4 o Distrito 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of seat</source>
        <translation>Tipo de puesto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation>&amp;Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voting seat is held by one member at a time.</source>
        <translation>Un puesto con voto lo ocupa un solo miembro a la vez.</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../ui/members/warnings_panel.py" line="+21"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings: terms ending, vacant seats, absences</source>
        <translation>Avisos: mandatos que terminan, puestos vacantes, ausencias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Warnings ({n})</source>
        <translation>&amp;Avisos ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings: all seats filled, no terms ending soon.</source>
        <translation>Sin avisos: todos los puestos están ocupados y ningún mandato termina pronto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to open the member</source>
        <translation>Haga doble clic para abrir el miembro</translation>
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
    <name>import_export</name>
    <message>
        <location filename="../../ui/members/import_export.py" line="+25"/>
        <source>Import members from {name}</source>
        <translation>Importar miembros desde {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing members…</source>
        <translation>Importando miembros…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} members exported to {path}</source>
        <translation>{n} miembros exportados a {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting members…</source>
        <translation>Exportando miembros…</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../ui/language.py" line="+107"/>
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
    <name>widgets</name>
    <message>
        <location filename="../../ui/members/widgets.py" line="+45"/>
        <source>Problem with this field</source>
        <translation>Problema con este campo</translation>
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
