<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ContentPage</name>
    <message>
        <source>Nothing to show here yet.
The kiosk is getting the latest information from the municipality.</source>
        <translation>Todavía no hay nada que mostrar aquí.
El quiosco está descargando la información más reciente del municipio.</translation>
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
</context>
</TS>
