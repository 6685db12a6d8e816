<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Toque la pantalla para comenzar</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Service notice</source>
        <translation>Aviso de servicio</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Open call</source>
        <translation>Convocatoria abierta</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenidos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Apply from %1</source>
        <translation>Inscripción desde el %1</translation>
    </message>
    <message>
        <source>Apply from %1 until %2</source>
        <translation>Inscripción del %1 al %2</translation>
    </message>
    <message>
        <source>Apply until %1</source>
        <translation>Inscripción hasta el %1</translation>
    </message>
    <message>
        <source>News, services, activities and procedures of your municipality.</source>
        <translation>Noticias, servicios, actividades y trámites de su municipio.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
</context>
<context>
    <name>BrowseSection</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nothing to show here yet.
The kiosk is getting the latest information from the municipality.</source>
        <translation>Todavía no hay nada que mostrar aquí.
El quiosco está recibiendo la información más reciente del municipio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
</context>
<context>
    <name>ClerkDesk</name>
    <message>
        <source>Printed with the receipt number; the reference number will come once the complaint is sent.</source>
        <translation>Impreso con el número de comprobante; el número de referencia llegará cuando se envíe la queja.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Funcionario: %1</translation>
    </message>
    <message>
        <source>New complaint for a resident</source>
        <translation>Nueva queja de un vecino</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir comprobante</translation>
    </message>
    <message>
        <source>Correcting %1, which the server refused. Sending it makes a new item; the refused one is put aside.</source>
        <translation>Corrigiendo %1, que el servidor rechazó. Al enviarla se crea un elemento nuevo; el rechazado queda apartado.</translation>
    </message>
</context>
<context>
    <name>ClerkLogin</name>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>Clerks cannot log in on this computer: the clerks&apos; file could not be opened. Please tell IT staff.</source>
        <translation>Los funcionarios no pueden entrar en esta computadora: no se pudo abrir el archivo de funcionarios. Avise al personal de informática.</translation>
    </message>
    <message>
        <source>Please type your account name and your password.</source>
        <translation>Escriba su nombre de cuenta y su contraseña.</translation>
    </message>
    <message>
        <source>The account name or the password is not right. After %1 wrong passwords in a row the account locks for %2 minutes.</source>
        <translation>El nombre de cuenta o la contraseña no son correctos. Después de %1 contraseñas erróneas seguidas, la cuenta se bloquea durante %2 minutos.</translation>
    </message>
    <message>
        <source>This account is locked for a while after too many wrong passwords. Try again in %1 minutes, or ask IT staff to set a new password.</source>
        <translation>Esta cuenta está bloqueada por un tiempo tras demasiadas contraseñas erróneas. Inténtelo de nuevo en %1 minutos, o pida al personal de informática una contraseña nueva.</translation>
    </message>
    <message>
        <source>This account is disabled. Please ask IT staff.</source>
        <translation>Esta cuenta está desactivada. Consulte al personal de informática.</translation>
    </message>
    <message>
        <source>Logins cannot be checked on this computer right now. Please tell IT staff.</source>
        <translation>Ahora no se pueden comprobar las entradas en esta computadora. Avise al personal de informática.</translation>
    </message>
    <message>
        <source>Clerks&apos; login</source>
        <translation>Entrada de funcionarios</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>for example maria.perez</source>
        <translation>por ejemplo maria.perez</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Please tell us in a few words what the problem is.</source>
        <translation>Cuéntenos en pocas palabras cuál es el problema.</translation>
    </message>
    <message>
        <source>Some answers are missing. They are marked above.</source>
        <translation>Faltan algunas respuestas. Están señaladas más arriba.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Revise esta respuesta, por favor.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Hay respuestas que debe revisar. Están señaladas más arriba.</translation>
    </message>
    <message>
        <source>Please check the description.</source>
        <translation>Revise la descripción, por favor.</translation>
    </message>
    <message>
        <source>Please check the place.</source>
        <translation>Revise el lugar, por favor.</translation>
    </message>
    <message>
        <source>Please check your contact details.</source>
        <translation>Revise sus datos de contacto, por favor.</translation>
    </message>
    <message>
        <source>Your contact details need another look.</source>
        <translation>Debe revisar sus datos de contacto.</translation>
    </message>
    <message>
        <source>This kind of problem can no longer be reported here. Please choose another one, or ask at the office.</source>
        <translation>Este tipo de problema ya no se puede reportar aquí. Elija otro o pregunte en la oficina.</translation>
    </message>
    <message>
        <source>Something in this form cannot be sent as it is. Please check your answers, or ask at the office.</source>
        <translation>Algo en este formulario no se puede enviar así. Revise sus respuestas o pregunte en la oficina.</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>Queja: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>Este quiosco no puede recibir trámites en este momento. Por favor, pregunte en la oficina.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Place: not given</source>
        <translation>Lugar: no indicado</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Contact: none. The complaint is anonymous and you will follow it with your receipt number.</source>
        <translation>Contacto: ninguno. La queja es anónima y usted le dará seguimiento con su número de comprobante.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Step 1 of 4: What is the problem about?</source>
        <translation>Paso 1 de 4: ¿Sobre qué es el problema?</translation>
    </message>
    <message>
        <source>Step 2 of 4: Tell us what happens and where</source>
        <translation>Paso 2 de 4: Cuéntenos qué pasa y dónde</translation>
    </message>
    <message>
        <source>Step 3 of 4: Would you like an answer?</source>
        <translation>Paso 3 de 4: ¿Desea recibir respuesta?</translation>
    </message>
    <message>
        <source>Step 4 of 4: Check and send</source>
        <translation>Paso 4 de 4: Revise y envíe</translation>
    </message>
    <message>
        <source>Touch the kind of problem you want to report.</source>
        <translation>Toque el tipo de problema que quiere reportar.</translation>
    </message>
    <message>
        <source>Complaints cannot be made at this kiosk yet. Please ask at the office.</source>
        <translation>Todavía no se pueden presentar quejas en este quiosco. Por favor, pregunte en la oficina.</translation>
    </message>
    <message>
        <source>Please note: the description and the place may be published on the municipality&apos;s open data (Open311). Do not write names or phone numbers there.</source>
        <translation>Tenga en cuenta: la descripción y el lugar pueden publicarse en los datos abiertos del municipio (Open311). No escriba ahí nombres ni números de teléfono.</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>Describa el problema</translation>
    </message>
    <message>
        <source>What happens, since when, how it affects you...</source>
        <translation>Qué pasa, desde cuándo, cómo le afecta...</translation>
    </message>
    <message>
        <source>Where is it? Street, number, between streets, or a landmark</source>
        <translation>¿Dónde es? Calle, número, entre calles o un punto de referencia</translation>
    </message>
    <message>
        <source>Or choose it from a list of known places:</source>
        <translation>O elíjalo de una lista de lugares conocidos:</translation>
    </message>
    <message>
        <source>Choose a place from the list</source>
        <translation>Elegir un lugar de la lista</translation>
    </message>
    <message>
        <source>Touch the place. You can add details to it afterwards.</source>
        <translation>Toque el lugar. Después puede añadirle detalles.</translation>
    </message>
    <message>
        <source>If you would like the municipality to answer you, leave a way to reach you. This is optional: without it, your complaint is anonymous and you follow it with your receipt number. Your details are never published.</source>
        <translation>Si desea que el municipio le responda, deje una forma de localizarle. Es opcional: sin ella, su queja es anónima y usted le da seguimiento con su número de comprobante. Sus datos nunca se publican.</translation>
    </message>
    <message>
        <source>Please check your complaint before sending it.</source>
        <translation>Revise su queja antes de enviarla.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Please check the resident&apos;s details.</source>
        <translation>Revise los datos del vecino.</translation>
    </message>
    <message>
        <source>The resident&apos;s details need another look.</source>
        <translation>Los datos del vecino necesitan otra revisión.</translation>
    </message>
    <message>
        <source>On behalf of: %1</source>
        <translation>En nombre de: %1</translation>
    </message>
    <message>
        <source>Step 3 of 4: Who is the resident?</source>
        <translation>Paso 3 de 4: ¿Quién es el vecino?</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>For your privacy, when the count reaches zero the screen starts again and anything typed is deleted.</source>
        <translation>Por su privacidad, cuando la cuenta llegue a cero la pantalla volverá al inicio y se borrará todo lo que escribió.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>%1. %2. %3</source>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Desde el %1 hasta el %2</translation>
    </message>
    <message>
        <source>Call · from %1</source>
        <translation>Convocatoria · desde el %1</translation>
    </message>
    <message>
        <source>Call · apply from %1 until %2</source>
        <translation>Convocatoria · inscripción del %1 al %2</translation>
    </message>
    <message>
        <source>Call · apply until %1</source>
        <translation>Convocatoria · inscripción hasta el %1</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Please answer this question.</source>
        <translation>Por favor, responda esta pregunta.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
</context>
<context>
    <name>FormFieldContact</name>
    <message>
        <source>Please check the e-mail address: it looks like name@example.cu.</source>
        <translation>Revise el correo electrónico: tiene la forma nombre@ejemplo.cu.</translation>
    </message>
    <message>
        <source>To leave your details, please tick the box to say the municipality may use them to contact you. Or leave the details empty to stay anonymous.</source>
        <translation>Para dejar sus datos, marque la casilla que autoriza al municipio a usarlos para contactarle. O deje los datos en blanco para seguir en el anonimato.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>I agree that the municipality uses these details only to contact me about this.</source>
        <translation>Acepto que el municipio use estos datos solo para contactarme sobre este asunto.</translation>
    </message>
</context>
<context>
    <name>FormFieldDateTime</name>
    <message>
        <source>Please choose the hour too.</source>
        <translation>Elija también la hora.</translation>
    </message>
    <message>
        <source>Please choose the day too.</source>
        <translation>Elija también el día.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>Otro día</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>Un día antes</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>Un día después</translation>
    </message>
    <message>
        <source>At about what time?</source>
        <translation>¿A qué hora, más o menos?</translation>
    </message>
</context>
<context>
    <name>FormFieldResident</name>
    <message>
        <source>Please say how the resident came to the office.</source>
        <translation>Indique cómo se comunicó el vecino con la oficina.</translation>
    </message>
    <message>
        <source>Please ask the resident whether their details may be recorded with the complaint, and tick the box. Without their consent the complaint cannot be entered on their behalf.</source>
        <translation>Pregunte al vecino si sus datos pueden registrarse con la queja y marque la casilla. Sin su consentimiento no se puede presentar la queja en su nombre.</translation>
    </message>
    <message>
        <source>Some details are missing. They are marked above.</source>
        <translation>Faltan algunos datos. Están señalados arriba.</translation>
    </message>
    <message>
        <source>Resident&apos;s full name</source>
        <translation>Nombre y apellidos del vecino</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Identity card number</source>
        <translation>Número de carné de identidad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>How did the resident reach the office?</source>
        <translation>¿Cómo se comunicó el vecino con la oficina?</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>The resident agrees that these details are recorded with the complaint and used only to deal with it and answer them.</source>
        <translation>El vecino acepta que estos datos se registren con la queja y se usen solo para tramitarla y responderle.</translation>
    </message>
</context>
<context>
    <name>FormFieldText</name>
    <message>
        <source>This text is too long. Please shorten it to %1 characters.</source>
        <translation>Este texto es demasiado largo. Acórtelo a %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>ForumTopicModel</name>
    <message>
        <source>Since %1 · published posts: %2</source>
        <translation>Desde el %1 · mensajes publicados: %2</translation>
    </message>
</context>
<context>
    <name>ForumTopicView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Please write your post.</source>
        <translation>Escriba su mensaje, por favor.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Hay respuestas que debe revisar. Están señaladas más arriba.</translation>
    </message>
    <message>
        <source>Forum post: %1</source>
        <translation>Mensaje en el foro: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>Este quiosco no puede recibir trámites en este momento. Por favor, pregunte en la oficina.</translation>
    </message>
    <message>
        <source>Please check your post.</source>
        <translation>Revise su mensaje, por favor.</translation>
    </message>
    <message>
        <source>Please check the name to show.</source>
        <translation>Revise el nombre que se mostrará.</translation>
    </message>
    <message>
        <source>This topic no longer takes posts. Thank you all the same.</source>
        <translation>Este tema ya no admite mensajes. Gracias de todos modos.</translation>
    </message>
    <message>
        <source>What neighbours said</source>
        <translation>Lo que dijeron los vecinos</translation>
    </message>
    <message>
        <source>No posts have been published on this topic yet. Be the first.</source>
        <translation>Todavía no se ha publicado ningún mensaje sobre este tema. Sea el primero.</translation>
    </message>
    <message>
        <source>Add your opinion</source>
        <translation>Dé su opinión</translation>
    </message>
    <message>
        <source>A moderator reads every post before it is published. Please do not write phone numbers, addresses or other people&apos;s names.</source>
        <translation>Un moderador lee cada mensaje antes de publicarlo. Por favor, no escriba números de teléfono, direcciones ni nombres de otras personas.</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>Name to show (optional: leave it empty to post as &quot;Anonymous&quot;)</source>
        <translation>Nombre que se mostrará (opcional: déjelo en blanco para publicar como «Anónimo»)</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Send for moderation</source>
        <translation>Enviar a moderación</translation>
    </message>
</context>
<context>
    <name>FreshnessText</name>
    <message>
        <source>Getting the latest information…</source>
        <translation>Descargando la información más reciente…</translation>
    </message>
    <message>
        <source>Offline · no information downloaded yet</source>
        <translation>Sin conexión · todavía no se ha descargado información</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Actualizado ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Actualizado hace %n minuto</numerusform>
            <numerusform>Actualizado hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Actualizado hace %n hora</numerusform>
            <numerusform>Actualizado hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Actualizado hace %n día</numerusform>
            <numerusform>Actualizado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Sin conexión · %1</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Today&apos;s highlights</source>
        <translation>Lo más destacado</translation>
    </message>
    <message>
        <source>Services now</source>
        <translation>Los servicios ahora</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Welcome. The kiosk is getting the latest information from the municipality; it will appear here in a moment.</source>
        <translation>Bienvenido. El quiosco está recibiendo la información más reciente del municipio; aparecerá aquí en un momento.</translation>
    </message>
</context>
<context>
    <name>ItemPresenter</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Limited service</source>
        <translation>Servicio limitado</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>No disponible ahora</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Medio ambiente</translation>
    </message>
    <message>
        <source>Local projects</source>
        <translation>Proyectos locales</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovación</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Deportes</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Mass organisations</source>
        <translation>Organizaciones de masas</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Decree-law</source>
        <translation>Decreto-ley</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Decreto</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Reglamento</translation>
    </message>
    <message>
        <source>Official gazette</source>
        <translation>Gaceta oficial</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · waiting %2</source>
        <translation>%1 · espera de %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Call · %1</source>
        <translation>Convocatoria · %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Plazo de inscripción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organiza</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Publicado en</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <source>Program version: %1</source>
        <translation>Versión del programa: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Last content update: %1</source>
        <translation>Última actualización del contenido: %1</translation>
    </message>
    <message>
        <source>Last content update: never</source>
        <translation>Última actualización del contenido: nunca</translation>
    </message>
    <message>
        <source>Submissions waiting to be sent: %1</source>
        <translation>Envíos en espera: %1</translation>
    </message>
    <message>
        <source>Submissions cannot be taken: the outbox could not be opened (see the log).</source>
        <translation>No se pueden recibir envíos: no se pudo abrir la bandeja de salida (vea el registro).</translation>
    </message>
    <message>
        <source>On-screen keyboard: on</source>
        <translation>Teclado en pantalla: activado</translation>
    </message>
    <message>
        <source>On-screen keyboard: off</source>
        <translation>Teclado en pantalla: desactivado</translation>
    </message>
</context>
<context>
    <name>LegalPresenter</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Publicado en</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>The laws and regulations cannot be shown on this kiosk right now. The staff at the municipal office can help you find them.</source>
        <translation>Las leyes y normas no se pueden mostrar ahora en este quiosco. El personal de la oficina municipal puede ayudarle a encontrarlas.</translation>
    </message>
    <message>
        <source>Searching is not available on this kiosk right now. You can still find a document in the list: clear the search box and choose a type or a year.</source>
        <translation>La búsqueda no está disponible ahora en este quiosco. Puede encontrar el documento en la lista: borre lo escrito y elija un tipo o un año.</translation>
    </message>
    <message>
        <source>No document of the type and year chosen contains “%1”. Touch “All” or try another word.</source>
        <translation>Ningún documento del tipo y el año elegidos contiene “%1”. Toque “Todos” o pruebe con otra palabra.</translation>
    </message>
    <message>
        <source>No law contains “%1”. Try another word or fewer words.</source>
        <translation>Ninguna norma contiene “%1”. Pruebe con otra palabra o con menos palabras.</translation>
    </message>
    <message>
        <source>The laws and regulations are on their way to this kiosk. Please come back in a few minutes.</source>
        <translation>Las leyes y normas están llegando a este quiosco. Por favor, vuelva dentro de unos minutos.</translation>
    </message>
    <message>
        <source>There is no document of this type from that year. Touch “All” to see every document.</source>
        <translation>No hay documentos de este tipo de ese año. Toque “Todos” para ver todos los documentos.</translation>
    </message>
    <message>
        <source>The %1 best passages, best first. Add a word to find fewer.</source>
        <translation>Los %1 fragmentos que mejor coinciden, primero los mejores. Añada otra palabra para afinar la búsqueda.</translation>
    </message>
    <message>
        <source>Found in one passage.</source>
        <translation>Se encontró en un fragmento.</translation>
    </message>
    <message>
        <source>Found in %1 passages of one document, best first.</source>
        <translation>Se encontró en %1 fragmentos de un documento, primero los que mejor coinciden.</translation>
    </message>
    <message>
        <source>Found in %1 passages of %2 documents, best first.</source>
        <translation>Se encontró en %1 fragmentos de %2 documentos, primero los que mejor coinciden.</translation>
    </message>
    <message>
        <source>Touch one to read it.</source>
        <translation>Toque uno para leerlo.</translation>
    </message>
    <message>
        <source>The printed gazette (PDF) is still on its way to this kiosk. You can read its full text here; the PDF will be ready in a few minutes.</source>
        <translation>La Gaceta Oficial impresa (PDF) todavía está llegando a este quiosco. Aquí puede leer su texto completo; el PDF estará listo en unos minutos.</translation>
    </message>
    <message>
        <source>The printed gazette (PDF) cannot be shown on this kiosk. You can read its full text here.</source>
        <translation>La Gaceta Oficial impresa (PDF) no se puede mostrar en este quiosco. Aquí puede leer su texto completo.</translation>
    </message>
    <message>
        <source>Search the law: a word, e.g. alumbrado</source>
        <translation>Busque en las normas: una palabra, por ejemplo alumbrado</translation>
    </message>
    <message>
        <source>Search the laws</source>
        <translation>Buscar en las normas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Open the gazette (PDF)</source>
        <translation>Abrir la Gaceta Oficial (PDF)</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Leyes y normas</translation>
    </message>
    <message>
        <source>Nothing was found for the words you typed. Try another word or fewer words.</source>
        <translation>No se encontró nada con las palabras que escribió. Pruebe con otra palabra o con menos palabras.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Municipal kiosk</source>
        <translation>Quiosco municipal</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Su municipio</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Noticeboard</source>
        <translation>Tablón de anuncios</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legislación</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Take part</source>
        <translation>Participar</translation>
    </message>
    <message>
        <source>My request</source>
        <translation>Mi trámite</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>No voice in this language</source>
        <translation>No hay voz en este idioma</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
</context>
<context>
    <name>MunicipalitySection</name>
    <message>
        <source>This information cannot be shown on this screen right now.</source>
        <translation>En este momento no se puede mostrar esta información en esta pantalla.</translation>
    </message>
    <message>
        <source>No local projects have been published yet.</source>
        <translation>Todavía no se han publicado proyectos de desarrollo local.</translation>
    </message>
    <message>
        <source>Nothing has been published here yet.</source>
        <translation>Todavía no se ha publicado nada aquí.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>%p % realizado</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 realizado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Comenzó</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <source>Expected to finish</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil del municipio</translation>
    </message>
    <message>
        <source>Offices and contacts</source>
        <translation>Oficinas y contactos</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
</context>
<context>
    <name>MyRequestSection</name>
    <message>
        <source>Received: waiting to be looked at</source>
        <translation>Recibido: en espera de ser atendido</translation>
    </message>
    <message>
        <source>In progress: the municipality is working on it</source>
        <translation>En trámite: el municipio está trabajando en ello</translation>
    </message>
    <message>
        <source>Answered: the municipality has replied</source>
        <translation>Respondido: el municipio ya dio respuesta</translation>
    </message>
    <message>
        <source>Closed: this matter is finished</source>
        <translation>Cerrado: este asunto está concluido</translation>
    </message>
    <message>
        <source>Not accepted: the municipality could not take this matter on</source>
        <translation>No admitido: el municipio no pudo tramitar este asunto</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Please type the number first.</source>
        <translation>Primero escriba el número, por favor.</translation>
    </message>
    <message>
        <source>You find it on your receipt. It looks like MUN-2026-000123 or R-1A2B-3C4D.</source>
        <translation>Lo encuentra en su comprobante. Tiene la forma MUN-2026-000123 o R-1A2B-3C4D.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Número de referencia: %1</translation>
    </message>
    <message>
        <source>The municipality&apos;s note: %1</source>
        <translation>Nota del municipio: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>Saved at this kiosk, waiting to be sent</source>
        <translation>Guardado en este quiosco, en espera de enviarse</translation>
    </message>
    <message>
        <source>Receipt number: %1. It will be sent to the municipality as soon as the network allows; then its reference number will appear here.</source>
        <translation>Número de comprobante: %1. Se enviará al municipio en cuanto la red lo permita; entonces aparecerá aquí su número de referencia.</translation>
    </message>
    <message>
        <source>Sent to the municipality. Reference number: %1. The latest news about it will appear here after the next update.</source>
        <translation>Enviado al municipio. Número de referencia: %1. Las novedades aparecerán aquí después de la próxima actualización.</translation>
    </message>
    <message>
        <source>The municipality&apos;s system could not accept it. Please ask at the office, with your receipt number %1.</source>
        <translation>El sistema del municipio no pudo aceptarlo. Por favor, pregunte en la oficina con su número de comprobante %1.</translation>
    </message>
    <message>
        <source>What the system said: &quot;%1&quot;</source>
        <translation>Lo que indicó el sistema: «%1»</translation>
    </message>
    <message>
        <source>Not accepted by the municipality&apos;s system</source>
        <translation>No aceptado por el sistema del municipio</translation>
    </message>
    <message>
        <source>We could not find this number</source>
        <translation>No encontramos este número</translation>
    </message>
    <message>
        <source>Please check it on your receipt. A reference number looks like MUN-2026-000123; a receipt from this kiosk looks like R-1A2B-3C4D. A submission made today may take a little while to appear.</source>
        <translation>Revíselo en su comprobante. Un número de referencia tiene la forma MUN-2026-000123; un comprobante de este quiosco, la forma R-1A2B-3C4D. Un trámite hecho hoy puede tardar un poco en aparecer.</translation>
    </message>
    <message>
        <source>My request</source>
        <translation>Mi trámite</translation>
    </message>
    <message>
        <source>Type the number on your receipt to see how your complaint, suggestion or post is going. It looks like MUN-2026-000123 or R-1A2B-3C4D.</source>
        <translation>Escriba el número de su comprobante para ver cómo va su queja, sugerencia o mensaje. Tiene la forma MUN-2026-000123 o R-1A2B-3C4D.</translation>
    </message>
    <message>
        <source>MUN-2026-000123</source>
        <translation>MUN-2026-000123</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>It was withdrawn at the municipal office after the municipality&apos;s system could not accept it.</source>
        <translation>Se retiró en la oficina municipal después de que el sistema del municipio no pudiera aceptarla.</translation>
    </message>
    <message>
        <source>The office&apos;s note: &quot;%1&quot;</source>
        <translation>Nota de la oficina: «%1»</translation>
    </message>
    <message>
        <source>Withdrawn at the office</source>
        <translation>Retirada en la oficina</translation>
    </message>
</context>
<context>
    <name>NewsSection</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>NoticeboardSection</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Organiza: %1</translation>
    </message>
    <message>
        <source>Choose an organiser</source>
        <translation>Elegir quién organiza</translation>
    </message>
    <message>
        <source>The noticeboard cannot be shown on this screen right now.</source>
        <translation>En este momento no se puede mostrar el tablón en esta pantalla.</translation>
    </message>
    <message>
        <source>There are no events or calls coming up at the moment.</source>
        <translation>Por ahora no hay actividades ni convocatorias próximas.</translation>
    </message>
    <message>
        <source>Nothing on today. Try this week.</source>
        <translation>Hoy no hay nada. Pruebe con «Esta semana».</translation>
    </message>
    <message>
        <source>Nothing on this week. Try this month.</source>
        <translation>Esta semana no hay nada. Pruebe con «Este mes».</translation>
    </message>
    <message>
        <source>Nothing on this month. Try all upcoming.</source>
        <translation>Este mes no hay nada. Pruebe con «Todo lo próximo».</translation>
    </message>
    <message>
        <source>Nothing coming up for this choice. Try another category or organiser.</source>
        <translation>No hay nada próximo con esta selección. Pruebe con otro tema u otro organizador.</translation>
    </message>
    <message>
        <source>Call · %1</source>
        <translation>Convocatoria · %1</translation>
    </message>
    <message>
        <source>Event · %1</source>
        <translation>Actividad · %1</translation>
    </message>
    <message>
        <source>Apply by %1</source>
        <translation>Inscríbase hasta el %1</translation>
    </message>
    <message>
        <source>Applications open</source>
        <translation>Inscripción desde</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Abierta desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organiza</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All organisers</source>
        <translation>Todos los organizadores</translation>
    </message>
    <message>
        <source>Everything on the noticeboard</source>
        <translation>Todo lo que hay en el tablón</translation>
    </message>
    <message>
        <source>On the noticeboard: %1</source>
        <translation>En el tablón: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>All upcoming</source>
        <translation>Todo lo próximo</translation>
    </message>
    <message>
        <source>Who organises it? Choose one to see only theirs.</source>
        <translation>¿Quién lo organiza? Elija uno para ver solo lo suyo.</translation>
    </message>
    <message>
        <source>Noticeboard</source>
        <translation>Tablón de anuncios</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Citizen at the kiosk</source>
        <translation>Ciudadano en el quiosco</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Refused by the server: %2.</source>
        <translation>Esperando envío: %1. Rechazados por el servidor: %2.</translation>
    </message>
    <message>
        <source>This computer has no outbox: see the log.</source>
        <translation>Esta computadora no tiene bandeja de salida: vea el registro.</translation>
    </message>
    <message>
        <source>%1 will be sent now, if the network allows.</source>
        <translation>%1 se enviará ahora, si la red lo permite.</translation>
    </message>
    <message>
        <source>%1 is no longer waiting.</source>
        <translation>%1 ya no está en espera.</translation>
    </message>
    <message>
        <source>Please write why this item is put aside: the reason stays in the audit log.</source>
        <translation>Escriba por qué se aparta este elemento: el motivo queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>%1 could not be put aside: %2</source>
        <translation>No se pudo apartar %1: %2</translation>
    </message>
    <message>
        <source>%1 was put aside.</source>
        <translation>%1 quedó apartado.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando envío</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1. The municipality&apos;s note: %2</source>
        <translation>%1. Nota del municipio: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox of this computer</source>
        <translation>Bandeja de salida de esta computadora</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Message or answer</source>
        <translation>Mensaje o respuesta</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Correct and send again</source>
        <translation>Corregir y volver a enviar</translation>
    </message>
    <message>
        <source>Put aside...</source>
        <translation>Apartar...</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>For example: entered twice by mistake</source>
        <translation>Por ejemplo: registrada dos veces por error</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <source>About the municipality</source>
        <translation>Sobre el municipio</translation>
    </message>
    <message>
        <source>Offices and procedures</source>
        <translation>Oficinas y trámites</translation>
    </message>
    <message>
        <source>Telephones and addresses</source>
        <translation>Teléfonos y direcciones</translation>
    </message>
</context>
<context>
    <name>ParticipateSection</name>
    <message>
        <source>Report a problem</source>
        <translation>Reportar un problema</translation>
    </message>
    <message>
        <source>Streetlights, water, rubbish, noise: tell the municipality what is wrong.</source>
        <translation>Alumbrado, agua, basura, ruido: dígale al municipio qué anda mal.</translation>
    </message>
    <message>
        <source>Make a suggestion</source>
        <translation>Hacer una sugerencia</translation>
    </message>
    <message>
        <source>An idea to improve the municipality or its services.</source>
        <translation>Una idea para mejorar el municipio o sus servicios.</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>Give your opinion, and see the results of past surveys.</source>
        <translation>Dé su opinión y vea los resultados de encuestas anteriores.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Read what neighbours say about local topics, and join in.</source>
        <translation>Lea lo que dicen los vecinos sobre temas de la localidad y participe.</translation>
    </message>
    <message>
        <source>Open now: give your opinion</source>
        <translation>Abiertas ahora: dé su opinión</translation>
    </message>
    <message>
        <source>Results of closed surveys</source>
        <translation>Resultados de encuestas cerradas</translation>
    </message>
    <message>
        <source>There is no open survey at the moment.</source>
        <translation>En este momento no hay ninguna encuesta abierta.</translation>
    </message>
    <message>
        <source>No results have been published yet.</source>
        <translation>Todavía no se han publicado resultados.</translation>
    </message>
    <message>
        <source>Topics the municipality opened for discussion. Touch one to read what neighbours said and to add your opinion.</source>
        <translation>Temas que el municipio abrió a debate. Toque uno para leer lo que dijeron los vecinos y dar su opinión.</translation>
    </message>
    <message>
        <source>There are no forum topics at the moment.</source>
        <translation>En este momento no hay temas en el foro.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Take part</source>
        <translation>Participar</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Página anterior</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Página siguiente ▶</translation>
    </message>
    <message>
        <source>− Smaller</source>
        <translation>− Más pequeño</translation>
    </message>
    <message>
        <source>+ Larger</source>
        <translation>+ Más grande</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>This gazette cannot be shown on this kiosk right now. Its full text is in the reader: touch Back to read it.</source>
        <translation>Esta gaceta no se puede mostrar ahora en este quiosco. Su texto completo está en la pantalla anterior: toque Volver para leerlo.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff access</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Digits typed</source>
        <translation>Dígitos escritos</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Escriba el PIN del personal.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Wrong PIN. One try left.</source>
        <translation>PIN incorrecto. Queda un intento.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>PIN incorrecto. Quedan %1 intentos.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again tomorrow at %1.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo mañana a las %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo a las %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk.</source>
        <translation>Este quiosco no tiene PIN del personal.</translation>
    </message>
    <message>
        <source>Clerks&apos; login</source>
        <translation>Entrada de funcionarios</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>%1. %2. %3 done.</source>
        <translation>%1. %2. %3 realizado.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Comprobante %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved: the folder for receipts cannot be created. Please tell IT staff.</source>
        <translation>No se pudo guardar el comprobante: no se puede crear la carpeta de comprobantes. Avise al personal de informática.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Please tell IT staff; meanwhile, write the reference number down for the resident.</source>
        <translation>Esta computadora no tiene impresora configurada. Avise al personal de informática; mientras tanto, anote el número de referencia para el vecino.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; cannot be found. Please tell IT staff; meanwhile, write the reference number down for the resident.</source>
        <translation>No se encuentra la impresora «%1». Avise al personal de informática; mientras tanto, anote el número de referencia para el vecino.</translation>
    </message>
    <message>
        <source>The printer did not take the receipt. Please check that it is on and has paper, then try again.</source>
        <translation>La impresora no aceptó el comprobante. Compruebe que está encendida y tiene papel, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Su municipio</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Municipio de %1</translation>
    </message>
    <message>
        <source>Receipt for a complaint</source>
        <translation>Comprobante de queja</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Número de comprobante: %1</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de comprobante</translation>
    </message>
    <message>
        <source>The municipality&apos;s reference number is not known yet: the complaint is saved and will be sent as soon as the network allows. Ask at this office with the receipt number.</source>
        <translation>Aún no se conoce el número de referencia del municipio: la queja está guardada y se enviará en cuanto la red lo permita. Pregunte en esta oficina con el número de comprobante.</translation>
    </message>
    <message>
        <source>Date: %1, %2</source>
        <translation>Fecha: %1, %2</translation>
    </message>
    <message>
        <source>Kind of problem: %1</source>
        <translation>Tipo de problema: %1</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Atendido por: %1</translation>
    </message>
    <message>
        <source>Follow your complaint: scan the code, or type the reference number in &quot;My request&quot; at any municipal kiosk.
%1</source>
        <translation>Siga su queja: escanee el código o escriba el número de referencia en «Mi trámite» en cualquier quiosco municipal.
%1</translation>
    </message>
    <message>
        <source>Follow your complaint: type the reference number in &quot;My request&quot; at any municipal kiosk.</source>
        <translation>Siga su queja: escriba el número de referencia en «Mi trámite» en cualquier quiosco municipal.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Saved. Thank you.</source>
        <translation>Guardado. Muchas gracias.</translation>
    </message>
    <message>
        <source>Your receipt number:</source>
        <translation>Su número de comprobante:</translation>
    </message>
    <message>
        <source>The municipality&apos;s reference number: %1</source>
        <translation>Número de referencia del municipio: %1</translation>
    </message>
    <message>
        <source>The municipality&apos;s system could not accept it. Please ask at the office, with your receipt number.</source>
        <translation>El sistema del municipio no pudo aceptarlo. Por favor, pregunte en la oficina con su número de comprobante.</translation>
    </message>
    <message>
        <source>It has reached the municipality. Follow it in &quot;My request&quot; with this reference number, or scan the code.</source>
        <translation>Ya llegó al municipio. Dele seguimiento en «Mi trámite» con este número de referencia, o escanee el código.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the network allows. The municipality&apos;s reference number will then appear in &quot;My request&quot;: look it up there with your receipt number.</source>
        <translation>Se enviará al municipio en cuanto la red lo permita. Entonces el número de referencia del municipio aparecerá en «Mi trámite»: consúltelo allí con su número de comprobante.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Tour of the kiosk&apos;s views: a suggestion to show the receipt.</source>
        <translation>Recorrido por las vistas del quiosco: una sugerencia para mostrar el comprobante.</translation>
    </message>
</context>
<context>
    <name>ServicesSection</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>Check for new content now</source>
        <translation>Buscar contenido nuevo ahora</translation>
    </message>
    <message>
        <source>Close the kiosk program</source>
        <translation>Cerrar el programa del quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
</context>
<context>
    <name>SuggestionForm</name>
    <message>
        <source>Municipal offices and services</source>
        <translation>Oficinas y servicios municipales</translation>
    </message>
    <message>
        <source>Streets, lighting and public works</source>
        <translation>Calles, alumbrado y obras públicas</translation>
    </message>
    <message>
        <source>Environment and green areas</source>
        <translation>Medio ambiente y áreas verdes</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Culture, sport and recreation</source>
        <translation>Cultura, deporte y recreación</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Shops, markets and food</source>
        <translation>Comercio, mercados y alimentación</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otro tema</translation>
    </message>
    <message>
        <source>Please write your suggestion.</source>
        <translation>Escriba su sugerencia, por favor.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Hay respuestas que debe revisar. Están señaladas más arriba.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>Este quiosco no puede recibir trámites en este momento. Por favor, pregunte en la oficina.</translation>
    </message>
    <message>
        <source>Please check your suggestion.</source>
        <translation>Revise su sugerencia, por favor.</translation>
    </message>
    <message>
        <source>Please choose the topic again.</source>
        <translation>Elija de nuevo el tema, por favor.</translation>
    </message>
    <message>
        <source>Please check your contact details.</source>
        <translation>Revise sus datos de contacto, por favor.</translation>
    </message>
    <message>
        <source>Make a suggestion</source>
        <translation>Hacer una sugerencia</translation>
    </message>
    <message>
        <source>An idea to make the municipality work better? Tell us. Please do not write other people&apos;s names or phone numbers.</source>
        <translation>¿Tiene una idea para que el municipio funcione mejor? Cuéntenosla. Por favor, no escriba nombres ni teléfonos de otras personas.</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Su sugerencia</translation>
    </message>
    <message>
        <source>What is it about? (you may leave this out)</source>
        <translation>¿De qué trata? (puede dejarlo en blanco)</translation>
    </message>
    <message>
        <source>If you would like an answer, leave a way to reach you. This is optional. Your details are never published.</source>
        <translation>Si desea recibir respuesta, deje una forma de localizarle. Es opcional. Sus datos nunca se publican.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Some questions still need an answer. They are marked above.</source>
        <translation>Algunas preguntas todavía necesitan respuesta. Están señaladas más arriba.</translation>
    </message>
    <message>
        <source>This survey has closed and no longer takes answers. Thank you all the same.</source>
        <translation>Esta encuesta ya cerró y no admite más respuestas. Gracias de todos modos.</translation>
    </message>
    <message>
        <source>Survey response: %1</source>
        <translation>Respuesta a encuesta: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>Este quiosco no puede recibir trámites en este momento. Por favor, pregunte en la oficina.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Revise esta respuesta, por favor.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Hay respuestas que debe revisar. Están señaladas más arriba.</translation>
    </message>
    <message>
        <source>This survey cannot take answers at the moment. Please ask at the office.</source>
        <translation>Esta encuesta no puede recibir respuestas en este momento. Por favor, pregunte en la oficina.</translation>
    </message>
    <message>
        <source>The survey is anonymous: it does not ask who you are. Questions marked &quot;required&quot; need an answer.</source>
        <translation>La encuesta es anónima: no pregunta quién es usted. Las preguntas marcadas como «obligatorio» necesitan respuesta.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
</context>
<context>
    <name>SurveyListModel</name>
    <message>
        <source>Open now</source>
        <translation>Abierta ahora</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Abierta hasta el %1</translation>
    </message>
    <message>
        <source>Results · answers received: %1</source>
        <translation>Resultados · respuestas recibidas: %1</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Answers received: %1.</source>
        <translation>Respuestas recibidas: %1.</translation>
    </message>
    <message>
        <source>Survey closed on %1. Answers received: %2.</source>
        <translation>Encuesta cerrada el %1. Respuestas recibidas: %2.</translation>
    </message>
    <message>
        <source>People who answered in their own words: %1. The municipality reads every answer; they are not shown here.</source>
        <translation>Personas que respondieron con sus propias palabras: %1. El municipio lee todas las respuestas; aquí no se muestran.</translation>
    </message>
    <message>
        <source>People who answered this question: %1.</source>
        <translation>Personas que respondieron esta pregunta: %1.</translation>
    </message>
    <message>
        <source>Each person could choose more than one answer.</source>
        <translation>Cada persona podía elegir más de una respuesta.</translation>
    </message>
    <message>
        <source>On average: %1, on a scale from %2 to %3.</source>
        <translation>Promedio: %1, en una escala del %2 al %3.</translation>
    </message>
    <message>
        <source>Nobody answered this question.</source>
        <translation>Nadie respondió esta pregunta.</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Take it with you: scan the code with your phone&apos;s camera.</source>
        <translation>Lléveselo: escanee el código con la cámara de su teléfono.</translation>
    </message>
</context>
</TS>
