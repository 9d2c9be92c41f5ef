<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>CoupleDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/dialogs.py" line="+122"/>
        <source>Stel bewerken</source>
        <translation>Edit couple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuw stel</source>
        <translation>New couple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: Anne &amp; Bram de Jong</source>
        <translation>for example: Anne &amp; Bram de Jong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leeg laten als er één partner is</source>
        <translation>leave empty if there is only one partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Naam van het stel</source>
        <translation>&amp;Couple name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner {n}</source>
        <translation>Partner {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>CouplePanel</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/couple_list.py" line="+57"/>
        <source>Zoek een stel…</source>
        <translation>Find a couple…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek een stel</source>
        <translation>Find a couple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stellen</source>
        <translation>Couples</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;St&amp;ellen&lt;/b&gt;</source>
        <translation>&lt;b&gt;C&amp;ouples&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nog geen stellen. Begin met “Nieuw stel” (Ctrl+N).</source>
        <translation>No couples yet. Start with “New couple” (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen stel gevonden voor “{q}”.</source>
        <translation>No couple found for “{q}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nog geen sessies</source>
        <translation>no sessions yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>laatst {date}</source>
        <translation>last {date}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>één partner</source>
        <translation>one partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>&lt;b&gt;Sessies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sessions&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/main_window.py" line="+62"/>
        <source>Gegevens openen…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nieuw stel…</source>
        <translation>New couple…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe sessie…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessie bewerken…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessie verwijderen…</source>
        <translation>Delete session…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nu opslaan</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoek een stel</source>
        <translation>Find a couple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+315"/>
        <source>Over Stellenstof</source>
        <translation>About Stellenstof</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tel</source>
        <translation>&amp;Couple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sessie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Kies links een stel, of maak een nieuw stel met Ctrl+N.</source>
        <translation>Choose a couple on the left, or add a new couple with Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een sessie, of plan een nieuwe met Ctrl+Shift+N.</source>
        <translation>Choose a session, or schedule a new one with Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+20"/>
        <location line="+178"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>De tekst van deze sessie kon niet worden opgeslagen, dus deze sessie blijft open. Uw tekst staat nog op het scherm.</source>
        <translation>The text of this session could not be saved, so the session stays open. Your text is still on the screen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opgeslagen om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Niet opgeslagen — wordt opnieuw geprobeerd</source>
        <translation>Not saved — trying again</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>“{name}” en alles wat bij dit stel hoort definitief verwijderen?

Het gaat om {count}, met alle notities. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Permanently delete “{name}” and everything that belongs to this couple?

That is {count}, with all notes. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stel verwijderen</source>
        <translation>Delete couple</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>“{name}” is verwijderd.</source>
        <translation>“{name}” has been deleted.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>De sessie van {date} met alle notities definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Permanently delete the session on {date}, including all its notes? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessie verwijderen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{app} {version}

Sessies, oefeningen en verslagen voor relatiecoaching. Alles blijft op deze computer.</source>
        <translation>{app} {version}

Sessions, exercises and reports for relationship coaching. Everything stays on this computer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Niet alle tekst kon worden opgeslagen. Als u nu afsluit, gaat die verloren. Toch afsluiten?</source>
        <translation>Some of your text could not be saved. If you quit now, it will be lost. Quit anyway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toch afsluiten</source>
        <translation>Quit anyway</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/messages.py" line="+39"/>
        <source>Stellenstof</source>
        <translation>Stellenstof</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/notes_view.py" line="+47"/>
        <source>Wat jullie samen hebben besproken, ontdekt of afgesproken. Dit kan in het verslag komen.</source>
        <translation>What you discussed, discovered or agreed on together. This can go into the summary.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uw eigen waarnemingen en gedachten. Dit komt nooit in een verslag of e-mail.</source>
        <translation>Your own observations and thoughts. These never appear in a report or email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Gedeelde notities</source>
        <translation>Shared notes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Privénotities, alleen voor de coach</source>
        <translation>Private notes, for the coach only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voor het stel: kan later in het verslag komen.</source>
        <translation>For the couple: can go into the summary later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privé — alleen voor de coach</source>
        <translation>Private — coach only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlaat de app nooit: niet in het verslag, niet in de e-mail.</source>
        <translation>Never leaves the app: not in the report, not in the email.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/dialogs.py" line="+53"/>
        <source>Sessie bewerken</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Begintijd</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uur</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanwezig</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session_view.py" line="+87"/>
        <source>Aanwezig: {names}</source>
        <translation>Attending: {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} was er niet bij</source>
        <translation>{names} did not attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minuten</source>
        <translation>{minutes} minutes</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../stellenstof_desktop/app.py" line="+112"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er ging iets mis in Stellenstof. Uw tekst is zo goed mogelijk bewaard. Stuur deze technische gegevens naar de ontwikkelaars:

{details}</source>
        <translation>Something went wrong in Stellenstof. Your text has been saved as far as possible. Please send these technical details to the developers:

{details}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../stellenstof_desktop/errors.py" line="+36"/>
        <source>De gegevensmap {path} kan niet worden aangemaakt ({reason}). Kies een andere map met --data-dir of controleer de rechten.</source>
        <translation>The data folder {path} could not be created ({reason}). Choose a different folder with --data-dir, or check the permissions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In de gegevensmap {path} kan niet worden geschreven ({reason}). Er is niets veranderd. Controleer de rechten van de map of kies een andere map met --data-dir.</source>
        <translation>The data folder {path} cannot be written to ({reason}). Nothing has been changed. Check the folder’s permissions, or choose a different folder with --data-dir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Het bestand {path} is geen Stellenstof-database of is beschadigd. Het bestand is niet aangeraakt. Zet een back-up terug of kies een andere gegevensmap.</source>
        <translation>The file {path} is not a Stellenstof database, or it is damaged. The file has not been touched. Restore a backup or choose a different data folder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De database {path} is gemaakt met een nieuwere versie van Stellenstof (schema {revision}). Installeer de nieuwste versie; het bestand is niet aangeraakt.</source>
        <translation>The database {path} was created by a newer version of Stellenstof (schema {revision}). Please install the latest version; the file has not been touched.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>De database {path} is bezet door een ander programma. Sluit andere vensters van Stellenstof en probeer het opnieuw.</source>
        <translation>The database {path} is in use by another program. Close any other Stellenstof windows and try again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opslaan is niet gelukt ({reason}). Uw tekst staat nog op het scherm; maak ruimte vrij of controleer de schijf, dan wordt opnieuw geprobeerd.</source>
        <translation>Saving did not work ({reason}). Your text is still on the screen; free up some space or check the disk, and saving will be tried again.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dit stel bestaat niet meer.</source>
        <translation>This couple no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deze sessie bestaat niet meer.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/couples.py" line="+45"/>
        <location filename="../../stellenstof_desktop/services/text.py" line="+15"/>
        <source>Vul een naam in.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/sessions.py" line="+29"/>
        <source>Kies wie er bij de sessie is.</source>
        <translation>Choose who is attending the session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deze partner hoort niet bij dit stel.</source>
        <translation>This partner does not belong to this couple.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies een duur tussen 5 en 600 minuten.</source>
        <translation>Choose a duration between 5 and 600 minutes.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/text.py" line="+4"/>
        <source>Deze naam is te lang (hoogstens {max} tekens).</source>
        <translation>This name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dit lijkt geen e-mailadres (voorbeeld: naam@voorbeeld.nl).</source>
        <translation>This does not look like an email address (for example: name@example.com).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit e-mailadres is te lang.</source>
        <translation>This email address is too long.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/demo.py" line="+25"/>
        <source>De database bevat al stellen ({couples}). Demogegevens worden alleen in een lege database gezet, zodat ze nooit tussen echte cliënten terechtkomen. Gebruik een lege map met --data-dir.</source>
        <translation>The database already holds couples ({couples}). Demo data only goes into an empty database, so it never mixes with real clients. Use an empty folder with --data-dir.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/format.py" line="+26"/>
        <source>gepland</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gehouden</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgezegd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geen sessies</source>
        <translation>no sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 sessie</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sessies</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
</context>
</TS>
