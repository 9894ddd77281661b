<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/safety/accounts.py" line="+121"/>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role of the selected account</source>
        <translation>Rol de la cuenta seleccionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Agregar cuenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;role</source>
        <translation>Asignar &amp;rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;on/off</source>
        <translation>&amp;Activar/desactivar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New password for {name}</source>
        <translation>Nueva contraseña para {name}</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../ui/meetings/action_item_dialog.py" line="+28"/>
        <source>New action item</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What is to be done</source>
        <translation>Qué se debe hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who will do it</source>
        <translation>Quién lo hará</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>W&amp;ho:</source>
        <translation>Q&amp;uién:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked issue reference</source>
        <translation>Referencia del problema vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2025-0142 (optional)</source>
        <translation>p. ej., 2025-0142 (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue:</source>
        <translation>&amp;Problema:</translation>
    </message>
</context>
<context>
    <name>AddCommitteeMemberDialog</name>
    <message>
        <location filename="../../ui/members/committees_dialog.py" line="+77"/>
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
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/meetings/agenda_panel.py" line="+44"/>
        <source>&amp;Build from template</source>
        <extracomment>An agenda was built from the template (meeting id).</extracomment>
        <translation>&amp;Crear desde la plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;item</source>
        <translation>Agregar &amp;punto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;sub-item</source>
        <translation>Agregar &amp;subpunto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete item</source>
        <translation>&amp;Eliminar punto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item title</source>
        <translation>Título del punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item description</source>
        <translation>Descripción del punto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presenter</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presen&amp;ter:</source>
        <translation>Pr&amp;esenta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes allotted</source>
        <translation>Minutos asignados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minutes allotted:</source>
        <translation>&amp;Minutos asignados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked issue reference</source>
        <translation>Referencia del problema vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2025-0142 (optional)</source>
        <translation>p. ej., 2025-0142 (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked iss&amp;ue:</source>
        <translation>Problema &amp;vinculado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the consent agenda</source>
        <translation>Parte de la agenda de consentimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed session</source>
        <translation>Sesión a puerta cerrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal reason for the closed session</source>
        <translation>Fundamento legal de la sesión a puerta cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reason, e.g. personnel matter</source>
        <translation>Fundamento legal, p. ej., asunto de personal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve item</source>
        <translation>&amp;Guardar punto</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Building the agenda…</source>
        <translation>Creando el orden del día…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the numbered item the sub-item belongs under.</source>
        <translation>Seleccione el punto numerado al que pertenece el subpunto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <location filename="../../ui/meetings/agenda_tree.py" line="+26"/>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent agenda</source>
        <translation>Agenda de consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed session: {reason}</source>
        <translation>Sesión a puerta cerrada: {reason}</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/meetings/amend_dialog.py" line="+30"/>
        <source>Correct approved minutes</source>
        <translation>Corregir un acta aprobada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to correct</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Correct:</source>
        <translation>&amp;Corregir:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now reads:</source>
        <translation>Dice ahora:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected text</source>
        <translation>Texto corregido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrected text:</source>
        <translation>&amp;Texto corregido:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/safety/audit_view.py" line="+141"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by record type</source>
        <translation>Filtrar por tipo de registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record type</source>
        <translation>&amp;Tipo de registro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;History of this record…</source>
        <translation>&amp;Historial de este registro…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location line="-165"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <location filename="../../ui/safety/settings_dialog.py" line="+43"/>
        <source>Board settings</source>
        <translation>Configuración de la junta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Board &amp;name</source>
        <translation>&amp;Nombre de la junta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seats</source>
        <translation>&amp;Puestos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Majority of filled seats</source>
        <translation>Mayoría de los puestos ocupados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority of all seats</source>
        <translation>Mayoría de todos los puestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed number</source>
        <translation>Un número fijo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quorum</source>
        <translation>&amp;Quórum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed quorum &amp;number</source>
        <translation>Núme&amp;ro fijo de quórum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes cast</source>
        <translation>Votos emitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members present</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority of</source>
        <translation>Mayoría de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual meeting &amp;place</source>
        <translation>&amp;Lugar habitual de reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accommodation notice</source>
        <translation>&amp;Aviso de adaptaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in: everyone using this PC acts as the office</source>
        <translation>Sin inicio de sesión: todos los que usan esta PC actúan como la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-&amp;user mode</source>
        <translation>Modo de &amp;un solo usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: the Advisory Board data folder</source>
        <translation>Por omisión: la carpeta de datos de Advisory Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+96"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Backup &amp;folder</source>
        <translation>Carpeta de &amp;copias de seguridad</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Please correct the marked fields; nothing was saved yet.</source>
        <translation>Corrija los campos marcados; todavía no se guardó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes are still in the form.</source>
        <translation>Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The board settings</source>
        <translation>la configuración de la junta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the settings as someone else saved them.</source>
        <translation>Se muestra la configuración tal como otra persona la guardó.</translation>
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
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/issues/categories_dialog.py" line="+32"/>
        <location line="+4"/>
        <source>Issue categories</source>
        <translation>Categorías de problemas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category name</source>
        <translation>Nombre de la categoría</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;tire / bring back</source>
        <translation>Re&amp;tirar / restablecer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} (retired)</source>
        <translation>{name} (retirada)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/charts/panel.py" line="+71"/>
        <source>No data in this date range.</source>
        <translation>No hay datos en este rango de fechas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point at a bar (or use the arrow keys) to see its exact numbers.</source>
        <translation>Señale una barra (o use las flechas) para ver sus números exactos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;picture…</source>
        <translation>Guardar como &amp;imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save {chart} as a PNG picture</source>
        <translation>Guardar {chart} como imagen PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save numbers as &amp;CSV…</source>
        <translation>Guardar los números como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the numbers of {chart} as CSV</source>
        <translation>Guardar los números de {chart} como CSV</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Could not write {path}.</source>
        <translation>No se pudo escribir {path}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save chart as picture</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save chart numbers</source>
        <translation>Guardar los números del gráfico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/charts/specs.py" line="+65"/>
        <location line="+22"/>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Resolved or closed</source>
        <translation>Resueltos o cerrados</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Still open (backlog)</source>
        <translation>Siguen abiertos (pendientes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{month}: {opened} opened, {resolved} resolved or closed, {backlog} still open</source>
        <translation>{month}: {opened} abiertos, {resolved} resueltos o cerrados, {backlog} siguen abiertos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open at month end</source>
        <translation>Abiertos al final del mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+23"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{name}: {n} issues (click to list them)</source>
        <translation>{name}: {n} problemas (haga clic para listarlos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Issues reported</source>
        <translation>Problemas reportados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: {n} issues</source>
        <translation>{name}: {n} problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: median {days} days over {n} resolved issues</source>
        <translation>{name}: mediana de {days} días en {n} problemas resueltos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Median days to resolution</source>
        <translation>Mediana de días hasta la resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues resolved</source>
        <translation>Problemas resueltos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+34"/>
        <location line="+52"/>
        <location line="+15"/>
        <source>Attendance %</source>
        <translation>% de asistencia</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Quorum threshold %</source>
        <translation>% necesario para el quórum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{day}: {present} of {filled} voting members ({rate:.0f}%), quorum {needed}: {met}</source>
        <translation>{day}: {present} de {filled} miembros con voto ({rate:.0f}%), quórum {needed}: {met}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>met</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT met</source>
        <translation>NO alcanzado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Voting seats filled</source>
        <translation>Puestos con voto ocupados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Quorum needed</source>
        <translation>Quórum necesario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum met</source>
        <translation>Hubo quórum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>% of filled seats</source>
        <translation>% de los puestos ocupados</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Members of the public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{day}: {n} members of the public</source>
        <translation>{day}: {n} personas del público</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: present at {present} of {n} meetings ({rate:.0f}%)</source>
        <translation>{name}: presente en {present} de {n} reuniones ({rate:.0f}%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings while seated</source>
        <translation>Reuniones mientras ocupaba el puesto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% of meetings</source>
        <translation>% de las reuniones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {n} issues referred</source>
        <translation>{name}: {n} problemas remitidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>Organización asociada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues referred</source>
        <translation>Problemas remitidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issues opened and resolved per month</source>
        <translation>Problemas abiertos y resueltos por mes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issues by category (click a bar to list them)</source>
        <translation>Problemas por categoría (haga clic en una barra para listarlos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issues by current status</source>
        <translation>Problemas por estado actual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median days to resolution by category</source>
        <translation>Mediana de días hasta la resolución por categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance per meeting, with the quorum threshold</source>
        <translation>Asistencia por reunión, con el mínimo para el quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public attendance per meeting</source>
        <translation>Asistencia del público por reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance per member</source>
        <translation>Asistencia por miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals by partner</source>
        <translation>Remisiones por organización asociada</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../ui/charts/tab.py" line="+44"/>
        <source>&amp;Print annual summary…</source>
        <extracomment>Emitted after the charts were drawn with fresh numbers.</extracomment>
        <translation>&amp;Imprimir resumen anual…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the annual summary for the year of this range</source>
        <translation>Imprimir el resumen anual del año de este rango</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing happened between {start} and {end}: no issue was reported or closed and no meeting was held. Choose another date range or filter.</source>
        <translation>No pasó nada entre {start} y {end}: no se reportó ni cerró ningún problema y no se celebró ninguna reunión. Elija otro rango de fechas u otro filtro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing {start} to {end}. Point at a bar for its exact numbers.</source>
        <translation>Se muestra del {start} al {end}. Señale una barra para ver sus números exactos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Issues without a category cannot be listed by category.</source>
        <translation>Los problemas sin categoría no se pueden listar por categoría.</translation>
    </message>
</context>
<context>
    <name>ChooseExportFile</name>
    <message>
        <location filename="../../ui/members/import_export.py" line="+93"/>
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
        <location line="+26"/>
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
        <location filename="../../ui/members/deactivate_dialog.py" line="+85"/>
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
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/safety/conflict.py" line="+29"/>
        <source>Someone else saved this first</source>
        <translation>Otra persona guardó esto primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} was changed and saved by someone else while you were editing it. Choose what to keep. Nothing is lost: “Copy my text” puts your version on the clipboard and shows theirs, so you can paste what you need.</source>
        <translation>Otra persona modificó y guardó {what} mientras usted lo editaba. Elija qué conservar. No se pierde nada: “Copiar mi texto” pone su versión en el portapapeles y muestra la de la otra persona, para que pueda pegar lo que necesite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their saved version</source>
        <translation>La versión guardada por la otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Cargar la de la otra persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your changes and show theirs</source>
        <translation>Descartar sus cambios y mostrar los de la otra persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Sobrescribir con la mía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your version over theirs</source>
        <translation>Guardar su versión en lugar de la otra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy my text</source>
        <translation>Co&amp;piar mi texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy your version, then show theirs</source>
        <translation>Copiar su versión y luego mostrar la de la otra persona</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../ui/members/deactivate_dialog.py" line="-58"/>
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
    <name>EntryGrid</name>
    <message>
        <location filename="../../ui/surveys/entry.py" line="+128"/>
        <source>Paper forms to type in: one row per respondent</source>
        <translation>Formularios en papel por transcribir: una fila por persona</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location line="-21"/>
        <source>Row {row}, {question}: {reason}</source>
        <extracomment>The last value typed was refused (the grid keeps the cursor in its cell).</extracomment>
        <translation>Fila {row}, {question}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <location filename="../../ui/meetings/tab.py" line="+45"/>
        <source>Export meetings calendar</source>
        <translation>Exportar el calendario de reuniones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/charts/filterbar.py" line="+34"/>
        <source>Date range</source>
        <translation>Rango de fechas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/issues/filter_bar.py" line="+67"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/issues/filter_bar.py" line="+5"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Range:</source>
        <translation>&amp;Rango:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la fecha de fin.</translation>
    </message>
    <message>
        <location filename="../../ui/issues/filter_bar.py" line="-21"/>
        <source>Search title, description, location and notes…</source>
        <translation>Buscar en título, descripción, ubicación y notas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search issues</source>
        <translation>Buscar problemas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Remitido a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Reported from</source>
        <translation>Reportado desde</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Reported until</source>
        <translation>Reportado hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save filter…</source>
        <translation>Guardar filtro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete filter</source>
        <translation>Eliminar filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any district</source>
        <translation>Cualquier distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee: {name}</source>
        <translation>Comité: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any partner</source>
        <translation>Cualquier organización asociada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved filters…</source>
        <translation>Filtros guardados…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this filter:</source>
        <translation>Nombre de este filtro:</translation>
    </message>
</context>
<context>
    <name>FirstRunQuestion</name>
    <message>
        <location filename="../../ui/main_window.py" line="+62"/>
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
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/safety/login.py" line="+96"/>
        <source>Welcome to Advisory Board</source>
        <translation>Bienvenido a Advisory Board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who will use Advisory Board on this database? On a PC shared by the secretary, members and staff, create an administrator account: everyone then signs in, and the audit log shows who changed what. You can add more accounts later.</source>
        <translation>¿Quién usará Advisory Board con esta base de datos? En una PC compartida por el secretario, los miembros y el personal, cree una cuenta de administrador: así todos inician sesión y el registro de auditoría muestra quién cambió qué. Puede agregar más cuentas después.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Accounts: create the administrator now (recommended)</source>
        <translation>&amp;Cuentas: crear ahora el administrador (recomendado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Single-user mode: no sign-in; only I use this PC</source>
        <translation>&amp;Modo de un solo usuario: sin inicio de sesión; solo yo uso esta PC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administrator username</source>
        <translation>Usuario del administrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <location filename="../../ui/common/history.py" line="+19"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of this record</source>
        <translation>Historial de este registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change of this record: who, when, what</source>
        <translation>Cada cambio de este registro: quién, cuándo, qué</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/safety/audit_view.py" line="+190"/>
        <source>History of {title}</source>
        <translation>Historial de {title}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/common/import_dialog.py" line="+69"/>
        <source>{rows} rows found. Choose which column of the file fills each field.</source>
        <extracomment>(a row of the file, the mapping) -&gt; field -&gt; the text that will be saved.</extracomment>
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
        <location line="+12"/>
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
        <location line="+36"/>
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
    <name>ImportExtras</name>
    <message>
        <location filename="../../ui/issues/import_ui.py" line="+44"/>
        <source>Value mapping</source>
        <translation>Correspondencia de valores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One per line, COLUMN:FROM=TO, e.g.
Status:Referred Out=referred
TYPE:Pothole=Other public safety</source>
        <translation>Una por línea, COLUMNA:DE=A, p. ej.
Status:Referred Out=referred
TYPE:Pothole=Other public safety</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Only rows where</source>
        <translation>Solo las filas donde</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>COLUMN=VALUE, e.g. neighborhood=Jamaica Plain</source>
        <translation>COLUMNA=VALOR, p. ej. neighborhood=Jamaica Plain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map values</source>
        <translation>Correspondencia de valores</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write value mappings as COLUMN:FROM=TO, not “{line}”.</source>
        <translation>Escriba las correspondencias como COLUMNA:DE=A, no “{line}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the row filter as COLUMN=VALUE.</source>
        <translation>Escriba el filtro de filas como COLUMNA=VALOR.</translation>
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
        <source>Terms with no start date begin on</source>
        <translation>Los mandatos sin fecha de inicio empiezan el</translation>
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
    <name>IssueDetailPane</name>
    <message>
        <location filename="../../ui/issues/detail_pane.py" line="+63"/>
        <location line="+102"/>
        <source>Choose an issue in the list to see it here.</source>
        <extracomment>Ask the tab to open the edit dialog for this issue id. A link to a meeting was activated: (meeting id).</extracomment>
        <translation>Elija un problema de la lista para verlo aquí.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+184"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>A note for the timeline (needed to resolve or close)</source>
        <translation>Una nota para el historial (necesaria para resolver o cerrar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;note</source>
        <translation>Agregar no&amp;ta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate of (reference)</source>
        <translation>Duplicado de (referencia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference, e.g. 2025-0142</source>
        <translation>referencia, p. ej. 2025-0142</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status</source>
        <translation>Cambiar e&amp;stado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+121"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+135"/>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Partner to refer to</source>
        <translation>Organización asociada a la que se remite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer</source>
        <translation>Re&amp;mitir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refer to</source>
        <translation>Remitir a</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit issue…</source>
        <translation>&amp;Editar problema…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentioned in</source>
        <translation>Mencionado en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings, agenda items, motions and action items that mention it</source>
        <translation>Reuniones, puntos del orden del día, mociones y tareas que lo mencionan</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No meeting has mentioned this issue yet.</source>
        <translation>Ninguna reunión ha mencionado este problema todavía.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committee: {name}</source>
        <translation>Comité: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>🔒 Confidential: never on public prints or exports</source>
        <translation>🔒 Confidencial: nunca aparece en impresiones ni exportaciones públicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (⚠ overdue)</source>
        <translation> (⚠ vencido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Reportado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>Quién lo reportó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter contact</source>
        <translation>Contacto de quien lo reportó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Remitido a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External id</source>
        <translation>Id. externo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Issue recorded</source>
        <translation>Problema registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred to {partner}</source>
        <translation>Remitido a {partner}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {old} → {new}</source>
        <translation>Estado: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed at a meeting</source>
        <translation>Tratado en una reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the reference of the issue this one duplicates.</source>
        <translation>Escriba la referencia del problema que este duplica.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add partner organizations first (Partners…).</source>
        <translation>Primero agregue organizaciones asociadas (Organizaciones…).</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/issues/issue_dialog.py" line="+45"/>
        <source>New issue</source>
        <translation>Nuevo problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit issue {ref}</source>
        <translation>Editar problema {ref}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>address, block or landmark</source>
        <translation>dirección, cuadra o punto de referencia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential (named individuals, ongoing investigation)</source>
        <translation>Confidencial (personas identificadas, investigación en curso)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>O&amp;rigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District / beat</source>
        <translation>Distrito / sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Reportado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter (private)</source>
        <translation>Quién lo reportó (privado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter contact (private)</source>
        <translation>Contacto de quien lo reportó (privado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
</context>
<context>
    <name>IssueImporter</name>
    <message>
        <location filename="../../ui/issues/import_ui.py" line="+16"/>
        <source>Import issues</source>
        <translation>Importar problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 exports (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Exportaciones del 311 (*.csv *.xlsx *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import issues from {name}</source>
        <translation>Importar problemas desde {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <location filename="../../ui/issues/tab.py" line="+56"/>
        <source>Number of matching issues</source>
        <translation>Número de problemas que coinciden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New issue</source>
        <translation>&amp;Nuevo problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new issue (Ctrl+N)</source>
        <translation>Registrar un problema nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners…</source>
        <translation>&amp;Organizaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Categories…</source>
        <translation>&amp;Categorías…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln matching issue(s)</source>
        <translation>
            <numerusform>%Ln problema coincide</numerusform>
            <numerusform>%Ln problemas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Issue saved.</source>
        <translation>Problema guardado.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export issues</source>
        <translation>Exportar problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;Excel (*.xlsx);;Open311 JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx);;JSON de Open311 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln issue(s) exported (confidential issues left out).</source>
        <translation>
            <numerusform>Se exportó %Ln problema (sin los confidenciales).</numerusform>
            <numerusform>Se exportaron %Ln problemas (sin los confidenciales).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting issues…</source>
        <translation>Exportando problemas…</translation>
    </message>
</context>
<context>
    <name>IssuesTableModel</name>
    <message>
        <location filename="../../ui/issues/model.py" line="+45"/>
        <source>Reference</source>
        <extracomment>(sort key in the core, header text)</extracomment>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Reportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Overdue: was due {date}</source>
        <extracomment>The roles `data` answers (the view asks for many more on every paint). Emitted with the number of matching issues after every reload. The issue whose row a reload also finds (the tab&apos;s selected issue).</extracomment>
        <translation>Vencido: la fecha límite era {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Confidential issue</source>
        <translation>Problema confidencial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Confidential] </source>
        <translation>[Confidencial] </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/safety/login.py" line="-97"/>
        <source>Sign in to Advisory Board</source>
        <translation>Iniciar sesión en Advisory Board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+22"/>
        <source>Main sections</source>
        <translation>Secciones principales</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+172"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="-68"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings &amp;&amp; Minutes</source>
        <translation>Reuniones &amp;&amp; actas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Advisory Board</source>
        <translation>&amp;Acerca de Advisory Board</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Databases (*.db)</source>
        <translation>Bases de datos (*.db)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Still working on {name}</source>
        <translation>Sigue abierta {name}</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="+58"/>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle (optional):</source>
        <translation>T&amp;ítulo (opcional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it was cancelled</source>
        <translation>Por qué se canceló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled &amp;because:</source>
        <translation>Cancelada &amp;porque:</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/meetings/meetings_model.py" line="+33"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../ui/meetings/tab.py" line="+14"/>
        <source>&amp;New meeting (Ctrl+Shift+N)</source>
        <translation>&amp;Nueva reunión (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edi&amp;t meeting…</source>
        <translation>Edi&amp;tar reunión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Schedule a year…</source>
        <translation>&amp;Programar un año…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda &amp;template…</source>
        <translation>P&amp;lantilla del orden del día…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>E&amp;xportar calendario (.ics)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print &amp;agenda</source>
        <translation>Imprimir &amp;orden del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print &amp;minutes</source>
        <translation>Imprimir &amp;acta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print s&amp;ign-in sheet</source>
        <translation>Imprimir &amp;hoja de registro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which meetings to list</source>
        <translation>Qué reuniones listar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected meeting</source>
        <translation>Reunión seleccionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;genda</source>
        <translation>Or&amp;den del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll call</source>
        <translation>Pasar &amp;lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min&amp;utes</source>
        <translation>Act&amp;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motions &amp;&amp; acti&amp;on items</source>
        <translation>Mociones &amp;&amp; ta&amp;reas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings &amp; Minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Meeting created.</source>
        <translation>Reunión creada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} meetings scheduled.</source>
        <translation>{n} reuniones programadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda template saved.</source>
        <translation>Plantilla del orden del día guardada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} meetings written to {path}</source>
        <translation>{n} reuniones escritas en {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting meetings…</source>
        <translation>Exportando reuniones…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/members/member_dialog.py" line="+43"/>
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
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined the board on</source>
        <translation>Se unió a la junta el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>joined on</source>
        <translation>se unió el</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>&amp;Joined</source>
        <translation>&amp;Ingreso</translation>
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
        <source> — retired</source>
        <translation> — retirado</translation>
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
        <location filename="../../ui/members/member_page.py" line="+56"/>
        <source>no meetings recorded</source>
        <translation>no hay reuniones registradas</translation>
    </message>
</context>
<context>
    <name>MemberPageDialog</name>
    <message>
        <location line="+20"/>
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
        <location line="+95"/>
        <location line="+9"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+95"/>
        <location line="+9"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-100"/>
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
        <location line="+112"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="-112"/>
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
        <location line="+40"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-37"/>
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
        <location line="+5"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a former member who returns (e.g. re-elected); give them a seat with Edit…</source>
        <translation>Para un exmiembro que regresa (p. ej., reelegido); asígnele un puesto con Editar…</translation>
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
        <location filename="../../ui/members/tab.py" line="+58"/>
        <location line="+149"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="-98"/>
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
        <source>&amp;Seats…</source>
        <translation>&amp;Puestos…</translation>
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
        <location line="+84"/>
        <source>{n} members shown</source>
        <translation>{n} miembros mostrados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a member first.</source>
        <translation>Primero seleccione un miembro.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Member reactivated; give them a seat with Edit…</source>
        <translation>Miembro reactivado; asígnele un puesto con Editar…</translation>
    </message>
    <message>
        <location line="+13"/>
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
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../ui/meetings/minutes_panel.py" line="+44"/>
        <source>Minutes status</source>
        <translation>Estado del acta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Called to order at</source>
        <translation>Llamado al orden a las</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called to &amp;order at:</source>
        <translation>Llamado al &amp;orden a las:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjourned at</source>
        <translation>Se levantó la sesión a las</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adjourned at:</source>
        <translation>Se &amp;levantó a las:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presiding member</source>
        <translation>Miembro que preside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presiding:</source>
        <translation>&amp;Preside:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the minutes</source>
        <translation>Resumen del acta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (not a transcript)</source>
        <translation>Lo que se hizo (no una transcripción)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save times, presiding member and summary</source>
        <translation>Guardar horas, quien preside y resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a &amp;correction (amendment)…</source>
        <translation>Registrar una &amp;corrección (enmienda)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minutes notes for the selected item</source>
        <translation>Notas del acta para el punto seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;notes</source>
        <translation>Guardar &amp;notas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a meeting.</source>
        <translation>Seleccione una reunión.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>🔒 APPROVED on {date} at the meeting of {meeting}: these minutes are locked. Corrections are recorded as amendments.</source>
        <translation>🔒 APROBADA el {date} en la reunión del {meeting}: esta acta está bloqueada. Las correcciones se registran como enmiendas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minutes: DRAFT (approved by motion at a later meeting).</source>
        <translation>Acta: BORRADOR (se aprueba por moción en una reunión posterior).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not recorded —</source>
        <translation>— no registrado —</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[closed session]</source>
        <translation>[sesión a puerta cerrada]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amendment {when} by {who}: {why} ({old} → {new})</source>
        <translation>Enmienda del {when} por {who}: {why} ({old} → {new})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Closed-session notes are confidential.</source>
        <translation>Las notas de sesiones a puerta cerrada son confidenciales.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Call to order: enter a time like 18:32.</source>
        <translation>Llamado al orden: escriba una hora como 18:32.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adjournment: enter a time like 20:05.</source>
        <translation>Levantamiento de la sesión: escriba una hora como 20:05.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <location filename="../../ui/meetings/motion_dialog.py" line="+62"/>
        <source>Record a motion</source>
        <translation>Registrar una moción</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ NO QUORUM ({present} present, {required} needed): the motion will be recorded and flagged as taken without a quorum.</source>
        <translation>⚠ SIN QUÓRUM ({present} presentes, se necesitan {required}): la moción se registrará marcada como tomada sin quórum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Motion wording</source>
        <translation>Texto de la moción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Motion:</source>
        <translation>&amp;Moción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mover</source>
        <translation>Quien presenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ved by:</source>
        <translation>&amp;Presentada por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconder</source>
        <translation>Quien secunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seconded by:</source>
        <translation>&amp;Secundada por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of motion</source>
        <translation>Tipo de moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting method</source>
        <translation>Forma de votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting me&amp;thod:</source>
        <translation>&amp;Forma de votación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Mayoría requerida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;hreshold:</source>
        <translation>Mayoría re&amp;querida:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result as declared by the chair</source>
        <translation>Resultado declarado por la presidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— from the vote —</source>
        <translation>— según la votación —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result declared:</source>
        <translation>&amp;Resultado declarado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ayes</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nays</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstentions</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counts:</source>
        <translation>Conteos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approves the minutes of</source>
        <translation>Aprueba el acta de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— no —</source>
        <translation>— no —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approves minutes of:</source>
        <translation>Aprueba el acta de:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A&amp;genda item:</source>
        <translation>Punto del or&amp;den del día:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked issue reference</source>
        <translation>Referencia del problema vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2025-0142 (optional)</source>
        <translation>p. ej., 2025-0142 (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked iss&amp;ue:</source>
        <translation>Problema &amp;vinculado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer to partner organization</source>
        <translation>Remitir a una organización asociada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refer to &amp;partner:</source>
        <translation>Remitir a &amp;organización:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tally</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct a motion</source>
        <translation>Corregir una moción</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>— not recorded —</source>
        <translation>— no registrado —</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Roll-call vote</source>
        <translation>Votación nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (absent)</source>
        <translation>{name} (ausente)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All present vote aye</source>
        <translation>Todos los presentes votan a favor</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No count: choose the result the chair declared.</source>
        <translation>Sin conteo: elija el resultado que declaró la presidencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: {result}</source>
        <translation>Resultado: {result}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tally {tally} (ayes-nays-abstentions): {result}. {needed} ayes needed.</source>
        <translation>Recuento {tally} (a favor-en contra-abstenciones): {result}. Se necesitan {needed} votos a favor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} present members have not voted yet.</source>
        <translation>{n} miembros presentes todavía no han votado.</translation>
    </message>
</context>
<context>
    <name>MotionsPanel</name>
    <message>
        <location filename="../../ui/meetings/motions_panel.py" line="+54"/>
        <location line="+4"/>
        <source>Motions</source>
        <translation>Mociones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconded</source>
        <translation>Secundada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a motion to correct it (draft minutes only).</source>
        <translation>Haga doble clic en una moción para corregirla (solo en actas en borrador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record motion…</source>
        <translation>&amp;Registrar moción…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;pprove minutes…</source>
        <translation>A&amp;probar acta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>Delete motion</source>
        <translation>Eliminar moción</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Action items from this meeting</source>
        <translation>Tareas de esta reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show items still open from earlier meetings</source>
        <translation>Mostrar también las tareas abiertas de reuniones anteriores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add action item…</source>
        <translation>&amp;Agregar tarea…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ NO QUORUM</source>
        <translation>⚠ SIN QUÓRUM</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this meeting</source>
        <translation>esta reunión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an earlier meeting</source>
        <translation>una reunión anterior</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>To approve the minutes of the meeting of {date} as presented.</source>
        <translation>Aprobar el acta de la reunión del {date} tal como se presentó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the selected motion and its votes?</source>
        <translation>¿Eliminar la moción seleccionada y sus votos?</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/safety/accounts.py" line="-146"/>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
</context>
<context>
    <name>NewCommitteeDialog</name>
    <message>
        <location filename="../../ui/members/committees_dialog.py" line="-194"/>
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
    <name>PartnerDirectoryDialog</name>
    <message>
        <location filename="../../ui/issues/partner_dialog.py" line="+52"/>
        <location line="+6"/>
        <source>Partner organizations</source>
        <translation>Organizaciones asociadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open referrals</source>
        <translation>Remisiones abiertas</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact person</source>
        <translation>&amp;Persona de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New</source>
        <translation>Nue&amp;va</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactiva)</translation>
    </message>
</context>
<context>
    <name>PasswordQuestion</name>
    <message>
        <location filename="../../ui/safety/accounts.py" line="-35"/>
        <source>New password (at least 8 characters):</source>
        <translation>Nueva contraseña (al menos 8 caracteres):</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/tabpages.py" line="+49"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../../ui/printing/chooser.py" line="+31"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual summary</source>
        <translation>Resumen anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues follow-up list</source>
        <translation>Lista de seguimiento de problemas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regular meeting</source>
        <translation>Reunión ordinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special meeting</source>
        <translation>Reunión extraordinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee meeting</source>
        <translation>Reunión de comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community forum</source>
        <translation>Foro comunitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual meeting</source>
        <translation>Reunión anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed session</source>
        <translation>Sesión a puerta cerrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(cancelled)</source>
        <translation>(cancelada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fiscal year (starts in the month set in the settings)</source>
        <translation>Año &amp;fiscal (empieza en el mes fijado en la configuración)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Internal: include private contact details / confidential issues</source>
        <translation>Uso &amp;interno: incluir datos de contacto privados y problemas confidenciales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue status</source>
        <translation>Estado de los problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open issues</source>
        <translation>Problemas abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All issues</source>
        <translation>Todos los problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Remitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Organización asociada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="+33"/>
        <source>Save as PDF</source>
        <extracomment>Pages are rasterized for the printer at no more than this many dots per inch.</extracomment>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>No se pudo iniciar la impresora. Verifique que esté encendida y conectada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer stopped while printing page {page}.</source>
        <translation>La impresora se detuvo al imprimir la página {page}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fit width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot save {file}: {reason}</source>
        <translation>No se puede guardar {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/__init__.py" line="+56"/>
        <source>Your account may not print documents.</source>
        <extracomment>Previews stay open (non-modal) until closed; keep Python references to them.</extracomment>
        <translation>Su cuenta no puede imprimir documentos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the data…</source>
        <translation>Leyendo los datos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing {document}…</source>
        <translation>Preparando {document}…</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../ui/safety/restore.py" line="+99"/>
        <location line="+24"/>
        <source>Advisory Board</source>
        <translation>Advisory Board</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{message}

Restore the newest backup,
{path}?
The damaged file is kept beside it.</source>
        <translation>{message}

¿Restaurar la copia de seguridad más reciente,
{path}?
El archivo dañado se conserva a su lado.</translation>
    </message>
</context>
<context>
    <name>RestoreQuestions</name>
    <message>
        <location line="-67"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Bases de datos (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}
holds {members} members, {issues} issues and {meetings} meetings.

Restoring replaces the database that is open now. A copy of the current database is kept in the backup folder first. Restore?</source>
        <translation>{path}
contiene {members} miembros, {issues} problemas y {meetings} reuniones.

Restaurar reemplaza la base de datos abierta ahora. Antes se guarda una copia de la base de datos actual en la carpeta de copias de seguridad. ¿Restaurar?</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/surveys/results.py" line="+136"/>
        <source>Likert items as diverging stacked bars</source>
        <translation>Preguntas Likert como barras apiladas divergentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question shown across waves</source>
        <translation>Pregunta mostrada a lo largo de las rondas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend across waves</source>
        <translation>Tendencia entre rondas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the written answers…</source>
        <translation>Buscar en las respuestas escritas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the written answers</source>
        <translation>Buscar en las respuestas escritas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written answers</source>
        <translation>Respuestas escritas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Trend of:</source>
        <translation>&amp;Tendencia de:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Up to {n} respondents per question. Groups under 5 are never shown.</source>
        <translation>Hasta {n} personas por pregunta. Los grupos de menos de 5 nunca se muestran.</translation>
    </message>
</context>
<context>
    <name>RollCallPanel</name>
    <message>
        <location filename="../../ui/meetings/roll_call_panel.py" line="+60"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voting members</source>
        <translation>Miembros con voto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting members roll call</source>
        <translation>Pase de lista de los miembros con voto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-voting attendees (ex officio: police liaison, city staff, partners)</source>
        <translation>Asistentes sin voto (ex officio: enlace policial, personal de la ciudad, organizaciones asociadas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-voting attendees</source>
        <translation>Asistentes sin voto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public attendance count</source>
        <translation>Cantidad de asistentes del público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of the public:</source>
        <translation>Personas del público:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guests, one per line</source>
        <translation>Invitados, uno por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests, one per line: Name, organization</source>
        <translation>Invitados, uno por línea: Nombre, organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guests:</source>
        <translation>Invitados:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save attendance count and guests</source>
        <translation>Guardar la asistencia del público y los invitados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat / role</source>
        <translation>Puesto / función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a meeting to take roll call.</source>
        <translation>Seleccione una reunión para pasar lista.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Attendance of {name}</source>
        <translation>Asistencia de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <translation>— no registrado —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrival time of {name}</source>
        <translation>Hora de llegada de {name}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>✔ QUORUM PRESENT: {present} voting members present, {required} needed.</source>
        <translation>✔ HAY QUÓRUM: {present} miembros con voto presentes, se necesitan {required}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ NO QUORUM: {present} voting members present, {required} needed ({missing} more).</source>
        <translation>✖ SIN QUÓRUM: {present} miembros con voto presentes, se necesitan {required} (faltan {missing}).</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/members/roster_model.py" line="+103"/>
        <source>{a} of {n} meetings attended</source>
        <translation>asistió a {a} de {n} reuniones</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="+89"/>
        <source>Schedule regular meetings</source>
        <translation>Programar reuniones ordinarias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which week of the month</source>
        <translation>Qué semana del mes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday:</source>
        <translation>Día de la semana:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;At:</source>
        <translation>&amp;A las:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community Room</source>
        <translation>Salón comunitario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting from</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of months</source>
        <translation>Número de meses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Months:</source>
        <translation>&amp;Meses:</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../ui/members/seat_dialog.py" line="+38"/>
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
    <name>SeatsDialog</name>
    <message>
        <location line="+30"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Ocupado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New seat…</source>
        <translation>&amp;Nuevo puesto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retire or restore seat</source>
        <translation>&amp;Retirar o restaurar puesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A retired seat (e.g. after redistricting) is no longer a vacancy</source>
        <translation>Un puesto retirado (p. ej., tras una redistribución de distritos) ya no cuenta como vacante</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(vacant)</source>
        <translation>(vacante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(retired)</source>
        <translation>(retirado)</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <location filename="../../ui/surveys/tab.py" line="+59"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wave</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New survey…</source>
        <translation>Nueva encuesta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A survey with the standard questions (safety, trust, the board)</source>
        <translation>Una encuesta con las preguntas estándar (seguridad, confianza, la junta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New wave…</source>
        <translation>Nueva ronda…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Survey:</source>
        <translation>&amp;Encuesta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wave:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save forms</source>
        <translation>&amp;Guardar formularios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the typed forms (Ctrl+S)</source>
        <translation>Guardar los formularios transcritos (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the digit of each ticked box; Tab or Enter moves on (Tab on an empty row leaves the grid). Hover a column for its choices.</source>
        <translation>Escriba el número de cada casilla marcada; Tab o Intro avanza (Tab en una fila vacía sale de la tabla). Pase el ratón sobre una columna para ver sus opciones.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Data entry and results</source>
        <translation>Transcripción y resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;entry</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Results</source>
        <translation>Re&amp;sultados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title} ({n} responses)</source>
        <translation>{title} ({n} respuestas)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All waves</source>
        <translation>Todas las rondas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the wave these forms belong to.</source>
        <translation>Elija la ronda a la que pertenecen estos formularios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no typed forms to save.</source>
        <translation>No hay formularios transcritos para guardar.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n form(s).</source>
        <translation>
            <numerusform>Se guardó %n formulario.</numerusform>
            <numerusform>Se guardaron %n formularios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the survey:</source>
        <translation>Título de la encuesta:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a survey first.</source>
        <translation>Primero cree una encuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New wave</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the wave (e.g. Spring 2026):</source>
        <translation>Nombre de la ronda (p. ej., Primavera 2026):</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <location filename="../../ui/tabpages.py" line="+25"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/meetings/template_dialog.py" line="+52"/>
        <source>Agenda template</source>
        <translation>Plantilla del orden del día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New agendas start with these items, in this order.</source>
        <translation>Los órdenes del día nuevos empiezan con estos puntos, en este orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda template items</source>
        <translation>Puntos de la plantilla del orden del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-item</source>
        <translation>Subpunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sub-item of the item above</source>
        <translation>Subpunto del punto de arriba</translation>
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
    <name>accounts</name>
    <message>
        <location filename="../../ui/safety/accounts.py" line="-15"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secretario/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff (read and print)</source>
        <translation>Personal (leer e imprimir)</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <location filename="../../ui/safety/audit_view.py" line="-124"/>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
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
        <location line="+22"/>
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
        <location filename="../../ui/language.py" line="+106"/>
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
    <name>meeting_dialogs</name>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="-183"/>
        <source>Type of meeting</source>
        <translation>Tipo de reunión</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../ui/meetings/labels.py" line="+36"/>
        <source>Regular</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special</source>
        <translation>Extraordinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community forum</source>
        <translation>Foro comunitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed session</source>
        <translation>Sesión a puerta cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved (locked)</source>
        <translation>Aprobada (bloqueada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Excused</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Llegó tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural</source>
        <translation>De procedimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>De viva voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of hands</source>
        <translation>A mano alzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/meetings/template_dialog.py" line="-75"/>
        <source>Roll call</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanimous consent</source>
        <translation>Consentimiento unánime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Secreta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabled</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Remitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority</source>
        <translation>Mayoría simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-thirds</source>
        <translation>Dos tercios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aye</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nay</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recused</source>
        <translation>Se inhibió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="+120"/>
        <source>1st</source>
        <translation>1.er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd</source>
        <translation>3.er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/template_dialog.py" line="-1"/>
        <source>Call to order</source>
        <translation>Llamado al orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of the agenda</source>
        <translation>Aprobación del orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of minutes (pre-filled with draft minutes)</source>
        <translation>Aprobación de actas (con las actas en borrador ya incluidas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public comment</source>
        <translation>Comentarios del público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished business (pre-filled with open items)</source>
        <translation>Asuntos pendientes (con las tareas abiertas ya incluidas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New business</source>
        <translation>Asuntos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcements</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjournment</source>
        <translation>Levantamiento de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../../ui/safety/menu.py" line="+67"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Board settings…</source>
        <translation>&amp;Configuración de la junta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit &amp;log…</source>
        <translation>Re&amp;gistro de auditoría…</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../ui/safety/restore.py" line="+22"/>
        <source>A PostgreSQL database is restored on the server with pg_restore (see the README).</source>
        <translation>Una base de datos PostgreSQL se restaura en el servidor con pg_restore (vea el README).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/members/widgets.py" line="+46"/>
        <source>Problem with this field</source>
        <translation>Problema con este campo</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+135"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
