<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>CoupleDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/dialogs.py" line="+122"/>
        <source>Stel bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuw stel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: Anne &amp; Bram de Jong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leeg laten als er één partner is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Naam van het stel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouplePanel</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/couple_list.py" line="+57"/>
        <source>Zoek een stel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek een stel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;&amp;Stellen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nog geen stellen. Begin met “Nieuw stel” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen stel gevonden voor “{q}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nog geen sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sessies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>laatst {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>één partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>&lt;b&gt;Sessies&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/main_window.py" line="+62"/>
        <source>Gegevens openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nieuw stel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe sessie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessie bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessie verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nu opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoek een stel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+315"/>
        <source>Over Stellenstof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-312"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Kies links een stel, of maak een nieuw stel met Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een sessie, of plan een nieuwe met Ctrl+Shift+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+20"/>
        <location line="+178"/>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-196"/>
        <source>De tekst van deze sessie kon niet worden opgeslagen, dus deze sessie blijft open. Uw tekst staat nog op het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opgeslagen om {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Niet opgeslagen — wordt opnieuw geprobeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>“{name}” en alles wat bij dit stel hoort definitief verwijderen?

Dat zijn {count} sessie(s) met alle notities. Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>“{name}” is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>De sessie van {date} met alle notities definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{app} {version}

Sessies, oefeningen en verslagen voor relatiecoaching. Alles blijft op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Niet alle tekst kon worden opgeslagen. Als u nu afsluit, gaat die verloren. Toch afsluiten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toch afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/messages.py" line="+39"/>
        <source>Stellenstof</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/notes_view.py" line="+46"/>
        <source>Wat jullie samen bespraken, ontdekten of afspraken. Dit kan in het verslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw eigen waarnemingen en gedachten. Dit komt nooit in een verslag of e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Gedeelde notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Privénotities, alleen voor de coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voor het stel: kan later in de samenvatting komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privé — alleen voor de coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlaat de app nooit: niet in het verslag, niet in de e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/dialogs.py" line="+53"/>
        <source>Sessie bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Begintijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session_view.py" line="+87"/>
        <source>Aanwezig: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} was er niet bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minuten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../stellenstof_desktop/errors.py" line="+36"/>
        <source>De gegevensmap {path} kan niet worden aangemaakt ({reason}). Kies een andere map met --data-dir of controleer de rechten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In de gegevensmap {path} kan niet worden geschreven ({reason}). Er is niets veranderd. Controleer de rechten van de map of kies een andere map met --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Het bestand {path} is geen Stellenstof-database of is beschadigd. Het bestand is niet aangeraakt. Zet een back-up terug of kies een andere gegevensmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De database {path} is gemaakt met een nieuwere versie van Stellenstof (schema {revision}). Installeer de nieuwste versie; het bestand is niet aangeraakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>De database {path} is bezet door een ander programma. Sluit andere vensters van Stellenstof en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opslaan is niet gelukt ({reason}). Uw tekst staat nog op het scherm; maak ruimte vrij of controleer de schijf, dan wordt opnieuw geprobeerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{what} {ident} bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/couples.py" line="+45"/>
        <location filename="../../stellenstof_desktop/services/text.py" line="+15"/>
        <source>Vul een naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../../stellenstof_desktop/services/sessions.py" line="+84"/>
        <source>Stel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/demo.py" line="+25"/>
        <source>De database bevat al {couples} stel(len). Demogegevens worden alleen in een lege database gezet, zodat ze nooit tussen echte cliënten terechtkomen. Gebruik een lege map met --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/notes.py" line="+33"/>
        <location filename="../../stellenstof_desktop/services/sessions.py" line="+43"/>
        <source>Sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/sessions.py" line="-98"/>
        <source>Kies wie er bij de sessie is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Onbekende partner in de aanwezigheid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies een duur tussen 5 en 600 minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/text.py" line="+4"/>
        <source>Deze naam is te lang (hoogstens {max} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dit lijkt geen e-mailadres (voorbeeld: naam@voorbeeld.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit e-mailadres is te lang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/format.py" line="+26"/>
        <source>gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gehouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgezegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} en {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
