<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/safety/accounts.py" line="+117"/>
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
        <location line="+23"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New password for {name}</source>
        <translation>Nueva contraseña para {name}</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../ui/meetings/action_item_dialog.py" line="+27"/>
        <source>New action item</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../ui/members/committees_dialog.py" line="+78"/>
        <source>Add committee member</source>
        <translation>Agregar miembro al comité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../ui/meetings/agenda_panel.py" line="+49"/>
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
        <location line="+148"/>
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
    <message>
        <location line="+9"/>
        <source>Select an agenda item in the list to save it, or press Add item to start a new one.</source>
        <translation>Seleccione un punto de la agenda en la lista para guardarlo, o pulse Agregar punto para empezar uno nuevo.</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <location filename="../../ui/meetings/agenda_tree.py" line="+27"/>
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
        <location filename="../../ui/meetings/amend_dialog.py" line="+32"/>
        <source>Correct approved minutes</source>
        <translation>Corregir un acta aprobada</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>AreaCombo</name>
    <message>
        <location filename="../../ui/common/area_combo.py" line="+40"/>
        <source>Choose or type a district or beat</source>
        <translation>Elija o escriba un distrito o sector</translation>
    </message>
</context>
<context>
    <name>AreaListEditor</name>
    <message>
        <location filename="../../ui/settings/areas.py" line="+37"/>
        <source>Districts and beats</source>
        <extracomment>Where a row keeps the name as stored, to save it unchanged when its shown text was not edited.</extracomment>
        <translation>Distritos y sectores</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add ar&amp;ea</source>
        <translation>Agre&amp;gar zona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move area</source>
        <translation>Quita&amp;r zona</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/safety/audit_view.py" line="+149"/>
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
        <location line="+2"/>
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
        <location line="-172"/>
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
    <name>BarsChart</name>
    <message>
        <location filename="../../ui/safety_projects/charts.py" line="+134"/>
        <source>No assessment yet: add a response with its start date.</source>
        <translation>Aún no hay evaluación: agregue una respuesta con su fecha de inicio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No incidents for this choice.</source>
        <translation>No hay incidentes para esta selección.</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+49"/>
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
        <location line="+4"/>
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
        <location line="+4"/>
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
        <location line="+108"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Backup &amp;folder</source>
        <translation>Carpeta de &amp;copias de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Districts and beats</source>
        <translation>&amp;Distritos y sectores</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Please correct the marked fields; nothing was saved yet.</source>
        <translation>Corrija los campos marcados; todavía no se guardó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are still in the form.</source>
        <translation>Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>ButtonBar</name>
    <message>
        <location filename="../../ui/common/button_bar.py" line="+37"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/issues/categories_dialog.py" line="+33"/>
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
        <location line="+19"/>
        <source>{name} (retired)</source>
        <translation>{name} (retirada)</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/safety_projects/charts.py" line="-121"/>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/charts/panel.py" line="+83"/>
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
        <location line="+223"/>
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
        <location filename="../../ui/charts/specs.py" line="+68"/>
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
        <location filename="../../ui/charts/community_specs.py" line="+31"/>
        <location line="+19"/>
        <source>Events held</source>
        <translation>Eventos realizados</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Participants (÷10)</source>
        <translation>Participantes (÷10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{month}: {n} events, {p} participants, {h} volunteer hours</source>
        <translation>{month}: {n} eventos, {p} participantes, {h} horas de voluntariado</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/charts/specs.py" line="+6"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: {h} volunteer hours at {n} events</source>
        <translation>{name}: {h} horas de voluntariado en {n} eventos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no area)</source>
        <translation>(sin zona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District or beat</source>
        <translation>Distrito o sector</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community events and participants per month</source>
        <translation>Eventos comunitarios y participantes por mes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volunteer hours by kind of event</source>
        <translation>Horas de voluntariado por tipo de evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volunteer hours by area</source>
        <translation>Horas de voluntariado por zona</translation>
    </message>
    <message>
        <location filename="../../ui/charts/specs.py" line="+3"/>
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
        <location line="+11"/>
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
        <location line="+2"/>
        <source>Referrals by partner</source>
        <translation>Remisiones por organización asociada</translation>
    </message>
</context>
<context>
    <name>ChartsMap</name>
    <message>
        <location filename="../../ui/maps/charts_hookup.py" line="+26"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the issues of this range on the map instead of the charts (Ctrl+M)</source>
        <translation>Mostrar los problemas de este período en el mapa en lugar de los gráficos (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../ui/charts/tab.py" line="+52"/>
        <source>&amp;Print annual summary…</source>
        <extracomment>What the charts count: issues, meetings, attendance, referrals, community events. Emitted after the charts were drawn with fresh numbers.</extracomment>
        <translation>&amp;Imprimir resumen anual…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the annual summary for the year of this range</source>
        <translation>Imprimir el resumen anual del año de este rango</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+57"/>
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
    <name>ChoiceModel</name>
    <message>
        <location filename="../../ui/safety_projects/models.py" line="+125"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
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
        <location filename="../../ui/members/committees_dialog.py" line="+32"/>
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
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+20"/>
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
        <location line="+27"/>
        <source>End membership</source>
        <translation>Terminar membresía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day on the committee (YYYY-MM-DD):</source>
        <translation>Último día en el comité (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{text}&apos; is not a date like 2026-05-31.</source>
        <translation>&apos;{text}&apos; no es una fecha como 2026-05-31.</translation>
    </message>
</context>
<context>
    <name>CommunityTab</name>
    <message>
        <location filename="../../ui/community/tab.py" line="+69"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+293"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Details of the selected event or program</source>
        <translation>Detalles del evento o programa seleccionado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search title, place, co-host or program…</source>
        <translation>Buscar título, lugar, coorganizador o programa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event status</source>
        <translation>Estado del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any year</source>
        <translation>Cualquier año</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+167"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Any program</source>
        <translation>Cualquier programa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Editar evento…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected event</source>
        <translation>Editar el evento seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;program…</source>
        <translation>Nuevo &amp;programa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit pro&amp;gram…</source>
        <translation>Editar pro&amp;grama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected program</source>
        <translation>Editar el programa seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flyer…</source>
        <translation>&amp;Volante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected event&apos;s flyer as PDF</source>
        <translation>Guardar el volante del evento seleccionado como PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ign-in sheet…</source>
        <translation>Hoja de &amp;registro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected event&apos;s sign-in sheet as PDF</source>
        <translation>Guardar la hoja de registro del evento seleccionado como PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import sign-&amp;ins…</source>
        <translation>&amp;Importar registros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the selected event&apos;s sign-in spreadsheet</source>
        <translation>Importar la hoja de registro del evento seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the listed events</source>
        <translation>Exportar los eventos listados</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{n} events listed; {held} held, {people} participants</source>
        <translation>{n} eventos listados; {held} realizados, {people} participantes</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+53"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-hosts</source>
        <translation>Coorganizadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to bring</source>
        <translation>Qué traer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head count</source>
        <translation>Conteo de asistentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issues raised here</source>
        <translation>Problemas planteados aquí</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None recorded.</source>
        <translation>Ninguno registrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named sign-ins ({n})</source>
        <translation>Registros con nombre ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(name withheld: no consent)</source>
        <translation>(nombre reservado: sin consentimiento)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>District or beat</source>
        <translation>Distrito o sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area covered</source>
        <translation>Zona cubierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Organizaciones aliadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks: {covered} of {n} with an active captain</source>
        <translation>Cuadras: {covered} de {n} con capitán activo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no captain)</source>
        <translation>(sin capitán)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <location line="+54"/>
        <source>Choose an event first.</source>
        <translation>Primero elija un evento.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Choose a program first.</source>
        <translation>Primero elija un programa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {file}</source>
        <translation>Guardado {file}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;Calendar (*.ics)</source>
        <translation>Hoja de cálculo (*.xlsx);;CSV (*.csv);;Calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} events exported.</source>
        <translation>{n} eventos exportados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import sign-ins</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} sign-ins imported.</source>
        <translation>{n} registros importados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing sign-ins…</source>
        <translation>Importando registros…</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../ui/members/deactivate_dialog.py" line="+90"/>
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
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/office/connect_dialog.py" line="+36"/>
        <source>Connect to a shared server</source>
        <extracomment>The last server connected to (without password), to fill the form next time.</extracomment>
        <translation>Conectar a un servidor compartido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your office&apos;s IT helper gives you these settings (from “advisoryboard server init”).</source>
        <translation>La persona de informática de su oficina le da estos datos (de “advisoryboard server init”).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. office-server or db.example.org</source>
        <translation>p. ej., servidor-oficina o db.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Require an encrypted connection (TLS)</source>
        <translation>Exigir una conexión cifrada (TLS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember the password on this PC (in the system&apos;s keyring)</source>
        <translation>Recordar la contraseña en esta PC (en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Test connection</source>
        <translation>Probar la co&amp;nexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>Escriba el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the database&apos;s name.</source>
        <translation>Escriba el nombre de la base de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name.</source>
        <translation>Escriba el nombre de usuario.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trying {host}…</source>
        <translation>Probando {host}…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connected; this PC has no keyring, so the password will be asked again next time.</source>
        <translation>Conectado; esta PC no tiene llavero, así que la contraseña se pedirá de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>CoordinateBox</name>
    <message>
        <location filename="../../ui/common/coordinates.py" line="+17"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../ui/common/date_range.py" line="+63"/>
        <source>any date</source>
        <extracomment>The lowest date of a box: shown as &quot;any date&quot;.</extracomment>
        <translation>cualquier fecha</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../ui/members/deactivate_dialog.py" line="-59"/>
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
        <location filename="../../ui/surveys/entry.py" line="+131"/>
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
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/community/dialogs.py" line="+136"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no program)</source>
        <translation>(sin programa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ends:</source>
        <translation>Te&amp;rmina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District or beat</source>
        <translation>Distrito o sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District or beat:</source>
        <translation>&amp;Distrito o sector:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude of the place</source>
        <translation>Latitud del lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lat&amp;itude:</source>
        <translation>Lat&amp;itud:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude of the place</source>
        <translation>Longitud del lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;ngitude:</source>
        <translation>Lo&amp;ngitud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-hosting partners</source>
        <translation>Organizaciones coorganizadoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;o-hosts:</source>
        <translation>C&amp;oorganizadores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages offered, as codes</source>
        <translation>Idiomas ofrecidos, como códigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en, es</source>
        <translation>en, es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guages:</source>
        <translation>Idio&amp;mas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpretation and accessibility</source>
        <translation>Interpretación y accesibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accessibility:</source>
        <translation>&amp;Accesibilidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to bring</source>
        <translation>Qué traer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to &amp;bring:</source>
        <translation>&amp;Qué traer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected attendance</source>
        <translation>Asistencia esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected:</source>
        <translation>Asisten&amp;cia esperada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head count</source>
        <translation>Conteo de asistentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head count:</source>
        <translation>Co&amp;nteo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volunteers:</source>
        <translation>&amp;Voluntarios:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteer hou&amp;rs:</source>
        <translation>&amp;Horas de voluntariado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outco&amp;me notes:</source>
        <translation>Notas del res&amp;ultado:</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../ui/community/models.py" line="+129"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <location filename="../../ui/meetings/tab.py" line="+44"/>
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
        <location filename="../../ui/issues/filter_bar.py" line="+63"/>
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
        <location line="+5"/>
        <location line="+1"/>
        <source>Reported from</source>
        <translation>Reportado desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported until</source>
        <translation>Reportado hasta</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+8"/>
        <source>Issues chosen on the map</source>
        <translation>Problemas elegidos en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues chosen on the map; click to show all places again</source>
        <translation>Problemas elegidos en el mapa; haga clic para volver a mostrar todos los lugares</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+81"/>
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
        <location line="+51"/>
        <source>Map: {name} ✕</source>
        <translation>Mapa: {name} ✕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map: selected area ✕</source>
        <translation>Mapa: zona seleccionada ✕</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../../ui/main_window.py" line="+56"/>
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
        <location line="+2"/>
        <source>At least {n} characters.</source>
        <translation>Al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../ui/safety/audit_view.py" line="+197"/>
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
        <location filename="../../ui/issues/detail_pane.py" line="+69"/>
        <location line="+108"/>
        <source>Choose an issue in the list to see it here.</source>
        <extracomment>Ask the tab to open the edit dialog for this issue id. A link to a meeting was activated: (meeting id).</extracomment>
        <translation>Elija un problema de la lista para verlo aquí.</translation>
    </message>
    <message>
        <location line="-98"/>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-2"/>
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
        <location line="+143"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+159"/>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <location line="-155"/>
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
        <location line="+66"/>
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
        <source>Source category</source>
        <translation>Categoría de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source department</source>
        <translation>Departamento de origen</translation>
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
        <location line="+6"/>
        <source>outside every outline</source>
        <translation>fuera de todo contorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the map ({name})</source>
        <translation>En el mapa ({name})</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+39"/>
        <source>Type the reference of the issue this one duplicates.</source>
        <translation>Escriba la referencia del problema que este duplica.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add partner organizations first (Partners…).</source>
        <translation>Primero agregue organizaciones asociadas (Organizaciones…).</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/issues/issue_dialog.py" line="+60"/>
        <source>New issue</source>
        <extracomment>Given the form&apos;s values, the change that saves them (run by the dialog, which shows a refusal next to its field): e.g. `lambda data: ChangeOp(tab, ctx, lambda s: create_issue(s, data))`.</extracomment>
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
        <source>(not raised at an event)</source>
        <translation>(no se planteó en un evento)</translation>
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
        <source>Raised at &amp;event</source>
        <translation>Planteado en un &amp;evento</translation>
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
        <location line="+21"/>
        <source>Import issues from {name}</source>
        <translation>Importar problemas desde {name}</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>IssueSourceEvent</name>
    <message>
        <location filename="../../ui/community/issue_link.py" line="+27"/>
        <source>Raised at event</source>
        <translation>Planteado en el evento</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <location filename="../../ui/issues/tab.py" line="+67"/>
        <source>Number of matching issues</source>
        <translation>Número de problemas que coinciden</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the map beside the issues (Ctrl+M)</source>
        <translation>Mostrar el mapa junto a los problemas (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+54"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln matching issue(s)</source>
        <translation>
            <numerusform>%Ln problema coincide</numerusform>
            <numerusform>%Ln problemas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Issue saved.</source>
        <translation>Problema guardado.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export issues</source>
        <translation>Exportar problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;Excel (*.xlsx);;Open311 JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx);;JSON de Open311 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln issue(s) exported (confidential issues left out).</source>
        <translation>
            <numerusform>Se exportó %Ln problema (sin los confidenciales).</numerusform>
            <numerusform>Se exportaron %Ln problemas (sin los confidenciales).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting issues…</source>
        <translation>Exportando problemas…</translation>
    </message>
</context>
<context>
    <name>IssuesTableModel</name>
    <message>
        <location filename="../../ui/issues/model.py" line="+64"/>
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
        <location line="+279"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overdue: was due {date}</source>
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
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/safety_projects/link.py" line="+28"/>
        <source>Link police incidents</source>
        <translation>Vincular incidentes policiales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link community issues</source>
        <translation>Vincular problemas comunitarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These match the problem&apos;s categories, area and time frame. Tick the ones that belong to it.</source>
        <translation>Estos coinciden con las categorías, el área y el período del problema. Marque los que le corresponden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing matches the problem yet (check its categories, area and time frame).</source>
        <translation>Nada coincide todavía con el problema (revise sus categorías, área y período).</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ui/office/live.py" line="+51"/>
        <source>Connection to the database</source>
        <extracomment>How often an SQLite file is asked whether another window committed (a pragma: microseconds). True when (re)connected, False when the server went away; delivered on the GUI thread.</extracomment>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{who} is restoring the database from a backup…</source>
        <translation>{who} está restaurando la base de datos desde una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database was restored from a backup in another window; it was reopened.</source>
        <translation>La base de datos se restauró desde una copia de seguridad en otra ventana; se volvió a abrir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconnected to the database server.</source>
        <translation>Conectado de nuevo al servidor de la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Conexión perdida, reconectando…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/safety/login.py" line="-103"/>
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
        <location filename="../../ui/main_window.py" line="+24"/>
        <source>Main sections</source>
        <translation>Secciones principales</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+201"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="-89"/>
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
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Neighborhood Advisory Board</source>
        <translation>Junta Asesora Vecinal</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Advisory Board</source>
        <translation>&amp;Acerca de Advisory Board</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Databases (*.db)</source>
        <translation>Bases de datos (*.db)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/board_switch.py" line="+48"/>
        <source>Still working on {name}</source>
        <translation>Sigue abierta {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened {name}</source>
        <translation>Se abrió {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+19"/>
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
        <location line="+24"/>
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
    <name>MapPanel</name>
    <message>
        <location filename="../../ui/maps/panel.py" line="+55"/>
        <location line="+1"/>
        <source>Outlines shown</source>
        <translation>Contornos mostrados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import o&amp;utlines…</source>
        <translation>Importar contorn&amp;os…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the city&apos;s district, beat or precinct outlines (GeoJSON)</source>
        <translation>Importar los contornos de distritos, sectores o precintos de la ciudad (GeoJSON)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading the map…</source>
        <translation>Cargando el mapa…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No outlines yet: import the city&apos;s districts with “advisoryboard import boundaries FILE”.</source>
        <extracomment>Reads what a map shows: (session, filter) -&gt; MapData, or None when there is nothing to draw. A district was clicked: (area id, name). A rectangle was selected: (lon0, lat0, lon1, lat1). &quot;Every place&quot; was chosen in the list of districts. The map was drawn with fresh data. What the map shows (default: the board&apos;s layers); a project&apos;s map passes its own.</extracomment>
        <translation>Aún no hay contornos: importe los distritos de la ciudad con “advisoryboard import boundaries ARCHIVO”.</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>%Ln point(s) shown.</source>
        <translation>
            <numerusform>%Ln punto mostrado.</numerusform>
            <numerusform>%Ln puntos mostrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../ui/maps/view.py" line="+148"/>
        <source>&amp;Hotspots</source>
        <extracomment>A district was clicked: area id and its name. A rectangle was selected: (lon0, lat0, lon1, lat1). &quot;Every place&quot; was chosen in the list of districts (the keyboard&apos;s way to undo a choice).</extracomment>
        <translation>&amp;Zonas críticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show hotspots (hexagons shaded by how many points they hold)</source>
        <translation>Mostrar zonas críticas (hexágonos sombreados según cuántos puntos contienen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Colour issues by</source>
        <translation>Colorear los problemas por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show points from</source>
        <translation>Mostrar puntos desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show points until</source>
        <translation>Mostrar puntos hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Select area</source>
        <translation>&amp;Seleccionar zona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a rectangle on the map to list the issues inside it</source>
        <translation>Arrastre un rectángulo en el mapa para listar los problemas que contiene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whole map</source>
        <translation>&amp;Todo el mapa</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Points from</source>
        <extracomment>The time filter (the same pair of dates as the Issues filter bar).</extracomment>
        <translation>Puntos desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>District on the map</source>
        <translation>Distrito en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a district to list its issues, as a click on the map does</source>
        <translation>Elija un distrito para ver sus problemas, como al hacer clic en el mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map</source>
        <extracomment>Selecting and the view, on a row of their own (a panel adds its own buttons here). The time filter, on a row of its own (the panel puts the outline choice beside it).</extracomment>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+389"/>
        <source>Point at a point or a district for its name; click a district to list its issues.</source>
        <translation>Señale un punto o un distrito para ver su nombre; haga clic en un distrito para listar sus problemas.</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>What is under the pointer</source>
        <translation>Lo que hay bajo el puntero</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Show layer: {name}</source>
        <translation>Mostrar capa: {name}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every place</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project&apos;s area</source>
        <translation>Zona del proyecto</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Other ({n})</source>
        <translation>Otros ({n})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Hotspot: {n} or more points</source>
        <translation>Zona crítica: {n} puntos o más</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name}: {n} issues — click to list them</source>
        <translation>{name}: {n} problemas — haga clic para listarlos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drag a rectangle to list the issues inside it (Esc: stop selecting).</source>
        <translation>Arrastre un rectángulo para listar los problemas que contiene (Esc: dejar de seleccionar).</translation>
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
        <location line="+3"/>
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
        <location line="+8"/>
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
        <location filename="../../ui/meetings/meetings_model.py" line="+36"/>
        <source>Date</source>
        <extracomment>False until the first `reload`: the sort set while the tab is built is kept for it.</extracomment>
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
        <location line="+3"/>
        <source>Han&amp;dout</source>
        <translation>&amp;Folleto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the crime trends handout for the police report</source>
        <translation>Imprimir la hoja de tendencias delictivas para el informe de la policía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the crime trends handout</source>
        <translation>Imprimir la hoja de tendencias delictivas</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+15"/>
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
        <location line="+19"/>
        <source>Meetings &amp; Minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a meeting in the list first.</source>
        <translation>Primero elija una reunión en la lista.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Meeting created.</source>
        <translation>Reunión creada.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln meeting(s) scheduled.</source>
        <translation>
            <numerusform>%Ln reunión programada.</numerusform>
            <numerusform>%Ln reuniones programadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln meeting(s) written to {path}</source>
        <translation>
            <numerusform>%Ln reunión escrita en {path}</numerusform>
            <numerusform>%Ln reuniones escritas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Agenda template saved.</source>
        <translation>Plantilla del orden del día guardada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting meetings…</source>
        <translation>Exportando reuniones…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/members/member_dialog.py" line="+44"/>
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
        <location line="+3"/>
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
        <location line="+2"/>
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
        <location line="+22"/>
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
        <location line="-93"/>
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
        <location filename="../../ui/members/early_page.py" line="+106"/>
        <location filename="../../ui/members/tab.py" line="+56"/>
        <location line="+134"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/members/tab.py" line="-95"/>
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
        <location filename="../../ui/members/early_page.py" line="+44"/>
        <location filename="../../ui/members/tab.py" line="+19"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <location filename="../../ui/members/tab.py" line="+1"/>
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
        <location filename="../../ui/members/early_page.py" line="-19"/>
        <location filename="../../ui/members/tab.py" line="+79"/>
        <source>{n} members shown</source>
        <translation>{n} miembros mostrados</translation>
    </message>
    <message>
        <location filename="../../ui/members/tab.py" line="+15"/>
        <source>Select a member first.</source>
        <translation>Primero seleccione un miembro.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Member reactivated; give them a seat with Edit…</source>
        <translation>Miembro reactivado; asígnele un puesto con Editar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Member added.</source>
        <translation>Miembro agregado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member saved.</source>
        <translation>Miembro guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is now a former member.</source>
        <translation>{name} ahora es exmiembro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} was deleted.</source>
        <translation>Se eliminó a {name}.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../ui/meetings/minutes_panel.py" line="+51"/>
        <source>Minutes status</source>
        <extracomment>What the panel reads for one meeting: header, agenda, roll call, amendments, approving meeting.</extracomment>
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
        <location line="+21"/>
        <source>Select a meeting.</source>
        <translation>Seleccione una reunión.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>🔒 APPROVED on {date} at the meeting of {meeting}: these minutes are locked. Corrections are recorded as amendments.</source>
        <translation>🔒 APROBADA el {date} en la reunión del {meeting}: esta acta está bloqueada. Las correcciones se registran como enmiendas.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+17"/>
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
        <location line="+31"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <location filename="../../ui/meetings/motion_dialog.py" line="+69"/>
        <source>Record a motion</source>
        <translation>Registrar una moción</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ NO QUORUM ({present} present, {required} needed): the motion will be recorded and flagged as taken without a quorum.</source>
        <translation>⚠ SIN QUÓRUM ({present} presentes, se necesitan {required}): la moción se registrará marcada como tomada sin quórum.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+8"/>
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
        <location line="+4"/>
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
        <location line="+21"/>
        <source>Correct a motion</source>
        <translation>Corregir una moción</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+60"/>
        <source>No count: choose the result the chair declared.</source>
        <translation>Sin conteo: elija el resultado que declaró la presidencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: {result}</source>
        <translation>Resultado: {result}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tally {tally} (ayes-nays-abstentions): {result}. {needed} ayes needed.</source>
        <translation>Recuento {tally} (a favor-en contra-abstenciones): {result}. Se necesitan {needed} votos a favor.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n present member(s) have not voted yet.</source>
        <translation>
            <numerusform>%n miembro presente aún no ha votado.</numerusform>
            <numerusform>%n miembros presentes aún no han votado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotionsPanel</name>
    <message>
        <location filename="../../ui/meetings/motions_panel.py" line="+69"/>
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
        <location line="+122"/>
        <source>Delete motion</source>
        <translation>Eliminar moción</translation>
    </message>
    <message>
        <location line="-115"/>
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
        <location line="+29"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ NO QUORUM</source>
        <translation>⚠ SIN QUÓRUM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this meeting</source>
        <translation>esta reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an earlier meeting</source>
        <translation>una reunión anterior</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location filename="../../ui/safety/accounts.py" line="-140"/>
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
    <message>
        <location line="+5"/>
        <source>At least {n} characters.</source>
        <translation>Al menos {n} caracteres.</translation>
    </message>
</context>
<context>
    <name>NewCommitteeDialog</name>
    <message>
        <location filename="../../ui/members/committees_dialog.py" line="-181"/>
        <source>New committee</source>
        <translation>Nuevo comité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committee name</source>
        <translation>Nombre del comité</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>OfficeMenu</name>
    <message>
        <location filename="../../ui/office/menu.py" line="+12"/>
        <source>Connect to a &amp;shared server…</source>
        <translation>Conectar a un servidor com&amp;partido…</translation>
    </message>
</context>
<context>
    <name>OutlineImport</name>
    <message>
        <location filename="../../ui/maps/import_outlines.py" line="+36"/>
        <location line="+17"/>
        <source>Import district outlines</source>
        <extracomment>Property names that usually name a district, beat or precinct (offered first).</extracomment>
        <translation>Importar contornos de distritos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (e.g. {example})</source>
        <translation>{name} (p. ej. {example})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which field names each outline?</source>
        <translation>¿Qué campo da nombre a cada contorno?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Importing the outlines…</source>
        <translation>Importando los contornos…</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryDialog</name>
    <message>
        <location filename="../../ui/issues/partner_dialog.py" line="+42"/>
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
        <location line="+21"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactiva)</translation>
    </message>
</context>
<context>
    <name>PasswordQuestion</name>
    <message>
        <location filename="../../ui/safety/accounts.py" line="-40"/>
        <source>New password (at least 8 characters):</source>
        <translation>Nueva contraseña (al menos 8 caracteres):</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../ui/tabpages.py" line="+177"/>
        <source>Loading…</source>
        <extracomment>What a tab imports when it is built or first drawn, beyond its own module: imported ahead too (`TabPages.prefetch`). Idle time between two steps of the import ahead: the user&apos;s own clicks and paints go first. Wait this long after the current tab is built before importing ahead (its data paints first). A PySide6 module whose classes and enums to make; needed only until `for_module` is imported (it makes them all at its import: pyqtgraph copies every Qt name). The third-party libraries behind the tabs, imported ahead before the tabs&apos; own modules, each in a turn of its own, so that a tab&apos;s module is cheap when its turn comes. On the 2-core test machine: numpy ≈ 50 ms (with one OpenBLAS thread: ui.app `ensure_app`), the Qt types ≈ 10, 30 and 7 ms, pyqtgraph then ≈ 55 ms, shapely ≈ 13 ms; all of it in the Safety tab&apos;s turn was ≈ 270–380 ms. The first step is what pyqtgraph imports from the standard library and PySide6 (≈ 14 ms together; not the Qt modules it does without, left out of the bundle). The larger parts of a tab&apos;s module (≈ 45–60 ms on its own), imported ahead a turn before it.</extracomment>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/office/presence.py" line="+55"/>
        <source>Others editing this record</source>
        <extracomment>How often an open form renews its lease and looks for other editors.</extracomment>
        <translation>Otras personas editando este registro</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{user} is editing this issue on {computer}</source>
        <translation>{user} está editando este problema en {computer}</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../../ui/printing/chooser.py" line="+33"/>
        <source>Agenda</source>
        <extracomment>Documents printed for one meeting (the police report&apos;s handout is one of them).</extracomment>
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
        <source>Crime trends handout</source>
        <translation>Hoja de tendencias delictivas</translation>
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
        <location filename="../../ui/printing/__init__.py" line="+54"/>
        <source>Crime trends</source>
        <extracomment>Previews stay open (non-modal) until closed; keep Python references to them.</extracomment>
        <translation>Tendencias delictivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem-solving project</source>
        <translation>Proyecto de resolución de problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your account may not print documents.</source>
        <translation>Su cuenta no puede imprimir documentos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the data…</source>
        <translation>Leyendo los datos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing {document}…</source>
        <translation>Preparando {document}…</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../ui/community/dialogs.py" line="+82"/>
        <source>Edit program</source>
        <translation>Editar programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of program</source>
        <translation>Tipo de programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District or beat</source>
        <translation>Distrito o sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District or beat:</source>
        <translation>&amp;Distrito o sector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streets or blocks covered</source>
        <translation>Calles o cuadras cubiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area covered:</source>
        <translation>&amp;Zona cubierta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator (a volunteer)</source>
        <translation>Coordinador/a (voluntario/a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coordinador/a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organizations</source>
        <translation>Organizaciones aliadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Aliados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participating households</source>
        <translation>Hogares participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Households:</source>
        <translation>&amp;Hogares:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has an &amp;end date</source>
        <translation>Tiene fecha de &amp;fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends &amp;on:</source>
        <translation>Termina e&amp;l:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>ProgramsModel</name>
    <message>
        <location filename="../../ui/community/models.py" line="+24"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/safety_projects/editor.py" line="+116"/>
        <source>Problem-solving project</source>
        <translation>Proyecto de resolución de problemas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New problem-solving project</source>
        <translation>Nuevo proyecto de resolución de problemas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Districts or beats</source>
        <translation>Distritos o sectores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A radius around a point</source>
        <translation>Un radio alrededor de un punto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 1, 18</source>
        <translation>p. ej., 1, 18</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problem:</source>
        <translation>&amp;Problema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offense &amp;categories:</source>
        <translation>&amp;Categorías de delito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Districts:</source>
        <translation>&amp;Distritos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beats:</source>
        <translation>&amp;Sectores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer districts:</source>
        <translation>Distritos de la zona vecina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer beats:</source>
        <translation>Sectores de la zona vecina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center (address):</source>
        <translation>Centro (dirección):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center latitude:</source>
        <translation>Latitud del centro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center longitude:</source>
        <translation>Longitud del centro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Radius:</source>
        <translation>Ra&amp;dio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer ring:</source>
        <translation>Anillo vecino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time frame from:</source>
        <translation>Período desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time frame to:</source>
        <translation>Período hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;window:</source>
        <translation>&amp;Ventana de evaluación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangle — location:</source>
        <translation>Triángulo — lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangle — offender:</source>
        <translation>Triángulo — infractor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangle — victim or target:</source>
        <translation>Triángulo — víctima u objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributing &amp;factors:</source>
        <translation>&amp;Factores que contribuyen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rtners:</source>
        <translation>&amp;Organizaciones aliadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment notes:</source>
        <translation>Notas de la evaluación:</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../ui/safety_projects/models.py" line="-101"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/publish/dialog.py" line="+29"/>
        <source>Publish website</source>
        <translation>Publicar sitio web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Builds the board&apos;s public website in a folder: meetings with their agendas and approved minutes, issue statistics, open data and the annual summary. Only public information is published. Copy the folder to any web host or a USB stick; publishing again updates only what changed.</source>
        <translation>Crea el sitio web público de la junta en una carpeta: reuniones con sus agendas y actas aprobadas, estadísticas de asuntos, datos abiertos y el resumen anual. Solo se publica información pública. Copie la carpeta a cualquier servidor web o a una memoria USB; al publicar de nuevo solo se actualiza lo que cambió.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <source>Folder of the website</source>
        <translation>Carpeta del sitio web</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder of the website</source>
        <translation>Elegir la carpeta del sitio web</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the website</source>
        <translation>Idioma del sitio web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English and Spanish, with a language switch</source>
        <translation>Inglés y español, con selector de idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the folder to publish the website in.</source>
        <translation>Elija la carpeta donde publicar el sitio web.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../../ui/safety_projects/editor.py" line="+126"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Aliado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Inició el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action items:</source>
        <translation>&amp;Tareas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Motions:</source>
        <translation>&amp;Mociones:</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../ui/safety/restore.py" line="+111"/>
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
        <location line="-79"/>
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
        <location filename="../../ui/meetings/roll_call_panel.py" line="+58"/>
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
        <location line="+28"/>
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
        <location line="+53"/>
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
        <location filename="../../ui/members/early_page.py" line="-53"/>
        <location filename="../../ui/members/roster_model.py" line="+98"/>
        <source>{a} of {n} meetings attended</source>
        <extracomment>False until the first `reload`: the table&apos;s sort settings applied while the tab is being built are kept for it, not each read at once (they were three reads at start).</extracomment>
        <translation>asistió a {a} de {n} reuniones</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../ui/safety_projects/tab.py" line="+73"/>
        <source>Problem-solving projects</source>
        <translation>Proyectos de resolución de problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;response…</source>
        <translation>Agregar &amp;respuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link &amp;incidents…</source>
        <translation>Vincular &amp;incidentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link i&amp;ssues…</source>
        <translation>Vincular &amp;problemas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>Imprimir &amp;informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage date</source>
        <translation>Fecha de la etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set s&amp;tage</source>
        <translation>Fijar e&amp;tapa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem-solving projects (SARA)</source>
        <translation>Proyectos de resolución de problemas (SARA)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Crime trends and project</source>
        <translation>Tendencias delictivas y proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crime trends</source>
        <translation>Tendencias delictivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project map</source>
        <translation>Mapa del proyecto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offense category</source>
        <translation>Categoría de delito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;mport incidents…</source>
        <translation>I&amp;mportar incidentes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting for the handout</source>
        <translation>Reunión del folleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;handout</source>
        <translation>Imprimir &amp;folleto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident mix by category</source>
        <translation>Incidentes por categoría</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handout for:</source>
        <translation>Folleto para:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem incidents per month</source>
        <translation>Incidentes del problema por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before and after the response</source>
        <translation>Antes y después de la respuesta</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>Choose a project on the left.</source>
        <translation>Elija un proyecto a la izquierda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to map: no district outlines are imported, or none of the project&apos;s incidents and issues has coordinates.</source>
        <translation>Nada que mostrar en el mapa: no se han importado contornos de distritos, o ningún incidente ni problema del proyecto tiene coordenadas.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>District {name}</source>
        <translation>Distrito {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} incidents in the last 24 months</source>
        <translation>{n} incidentes en los últimos 24 meses</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Buffer</source>
        <translation>Zona vecina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{before} before → {after} after ({change})</source>
        <translation>{before} antes → {after} después ({change})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; rate ratio {rr:.2f} (95% {lo:.2f}–{hi:.2f}), {p}</source>
        <translation>; razón de tasas {rr:.2f} (95 % {lo:.2f}–{hi:.2f}), {p}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no test (too little data)</source>
        <translation>; sin prueba (muy pocos datos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked:</source>
        <translation>Vinculados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offender:</source>
        <translation>Infractor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim or target:</source>
        <translation>Víctima u objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributing factors:</source>
        <translation>Factores que contribuyen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners:</source>
        <translation>Aliados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses:</source>
        <translation>Respuestas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer:</source>
        <translation>Zona vecina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The after window is not over yet: no test is made.</source>
        <translation>La ventana posterior aún no termina: no se hace la prueba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response with a start date yet: nothing to assess.</source>
        <translation>Aún no hay una respuesta con fecha de inicio: no hay nada que evaluar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{i} incidents, {n} issues</source>
        <translation>{i} incidentes, {n} problemas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(equal windows of {days} days before and after {start})</source>
        <translation>(ventanas iguales de {days} días antes y después del {start})</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>Project saved.</source>
        <translation>Proyecto guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Response saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import police incident data</source>
        <translation>Importar datos de incidentes policiales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: {n} rows have problems.</source>
        <translation>No se importó nada: {n} filas tienen problemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the other rows and leave those out?</source>
        <translation>¿Importar las demás filas y dejar esas fuera?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents imported</source>
        <translation>Incidentes importados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing incidents…</source>
        <translation>Importando incidentes…</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/meetings/meeting_dialogs.py" line="+99"/>
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
    <name>SearchFilterBar</name>
    <message>
        <location filename="../../ui/common/search_bar.py" line="+46"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../ui/members/seat_dialog.py" line="+37"/>
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
        <location line="+29"/>
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
        <location line="+20"/>
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
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/surveys/import_ui.py" line="+122"/>
        <source>Import responses into “{survey}” from {name}</source>
        <extracomment>At most this many different answers of one column are offered for mapping.</extracomment>
        <translation>Importar respuestas a “{survey}” desde {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rows} rows found. Choose the question each column answers, then the choice each answer in the file means. The choices are remembered for files with these columns.</source>
        <translation>Se encontraron {rows} filas. Elija la pregunta que responde cada columna y luego la opción que significa cada respuesta del archivo. Las opciones se recuerdan para los archivos con estas columnas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The choice each answer in the file means</source>
        <translation>La opción que significa cada respuesta del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer in the file</source>
        <translation>Respuesta en el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wave the responses go into</source>
        <translation>Ronda a la que van las respuestas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online {year}</source>
        <translation>En línea {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column that names each row&apos;s wave</source>
        <translation>Columna que indica la ronda de cada fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: every row goes into the wave above)</source>
        <translation>(ninguna: todas las filas van a la ronda de arriba)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wave:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wave c&amp;olumn:</source>
        <translation>C&amp;olumna de la ronda:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check report</source>
        <translation>Informe de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Check to see what would be imported, row by row.</source>
        <translation>Presione Verificar para ver qué se importaría, fila por fila.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The question each column of the file answers</source>
        <translation>La pregunta que responde cada columna del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question for the column {column}</source>
        <translation>Pregunta de la columna {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choice meant by “{answer}” in {column}</source>
        <translation>Opción que significa “{answer}” en {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no choice: refused)</source>
        <translation>(sin opción: se rechaza)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every answer in the mapped columns is one of its question&apos;s choices.</source>
        <translation>Todas las respuestas de las columnas asignadas son opciones de su pregunta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the question of at least one column.</source>
        <translation>Elija la pregunta de al menos una columna.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check only, nothing saved yet.</source>
        <translation>Solo verificación, todavía no se guardó nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the wave the responses go into.</source>
        <translation>Indique la ronda a la que van las respuestas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every row…</source>
        <translation>Verificando cada fila…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing responses…</source>
        <translation>Importando respuestas…</translation>
    </message>
</context>
<context>
    <name>SurveyImporter</name>
    <message>
        <location line="+22"/>
        <source>Import survey responses</source>
        <translation>Importar respuestas de encuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online form exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exportaciones de formularios en línea (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row was imported.</source>
        <translation>Se importaron todas las filas.</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <location filename="../../ui/surveys/tab.py" line="+60"/>
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
        <location line="+2"/>
        <source>Im&amp;port responses…</source>
        <translation>Im&amp;portar respuestas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import online responses from a CSV or XLSX export</source>
        <translation>Importar respuestas en línea de una exportación CSV o XLSX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Survey:</source>
        <translation>&amp;Encuesta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wave:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+20"/>
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
        <location line="+13"/>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the survey:</source>
        <translation>Título de la encuesta:</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+13"/>
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
        <location filename="../../ui/tabpages.py" line="+46"/>
        <source>Ctrl+{n}</source>
        <extracomment>What the page shows before the tab is built, instead of &quot;Loading…&quot; (`show_early`). Every tab&apos;s modules have been imported ahead, and the work ahead of the tabs not built yet has ended (`prefetch`).</extracomment>
        <translation>Ctrl+{n}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/meetings/template_dialog.py" line="+42"/>
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
        <location line="+47"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="-48"/>
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
        <location line="+31"/>
        <source>Sub-item of the item above</source>
        <translation>Subpunto del punto de arriba</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/safety_projects/charts.py" line="+59"/>
        <source>No incidents for this choice.</source>
        <translation>No hay incidentes para esta selección.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>response starts</source>
        <translation>inicio de la respuesta</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../ui/members/early_page.py" line="+85"/>
        <location filename="../../ui/members/warnings_panel.py" line="+21"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../ui/members/warnings_panel.py" line="+5"/>
        <source>Warnings: terms ending, vacant seats, absences</source>
        <translation>Avisos: mandatos que terminan, puestos vacantes, ausencias</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>audit_view</name>
    <message>
        <location filename="../../ui/safety/audit_view.py" line="-123"/>
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
        <location line="+13"/>
        <source>{n} members exported to {path}</source>
        <translation>{n} miembros exportados a {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting members…</source>
        <translation>Exportando miembros…</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../ui/language.py" line="+111"/>
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
        <location filename="../../ui/meetings/meeting_dialogs.py" line="-201"/>
        <source>Type of meeting</source>
        <translation>Tipo de reunión</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location line="+138"/>
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
        <location filename="../../ui/meetings/template_dialog.py" line="-63"/>
        <source>pre-filled with draft minutes</source>
        <extracomment>What the template adds to a section&apos;s name: how the agenda builder fills it.</extracomment>
        <translation>con las actas en borrador ya incluidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-filled with open items</source>
        <translation>con las tareas abiertas ya incluidas</translation>
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
    <message>
        <location filename="../../ui/publish/menu.py" line="+17"/>
        <source>Publish &amp;website…</source>
        <translation>Publicar sitio &amp;web…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Website published to {folder}: {written} files written, {unchanged} unchanged, {removed} removed.</source>
        <translation>Sitio web publicado en {folder}: {written} archivos escritos, {unchanged} sin cambios, {removed} eliminados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing the website…</source>
        <translation>Publicando el sitio web…</translation>
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
        <location filename="../../ui/members/widgets.py" line="+37"/>
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
