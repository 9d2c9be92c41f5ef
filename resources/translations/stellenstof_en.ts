<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/agreements.py" line="+46"/>
        <source>Allebei</source>
        <translation>Both</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nieuwe afspraak, bijvoorbeeld: Joost kiest zaterdag het uitje</source>
        <translation>New agreement, for example: Joost picks Saturday’s outing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe afspraak</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nog geen afspraken in deze sessie.</source>
        <translation>No agreements in this session yet.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>uiterlijk</source>
        <translation>by</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+30"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Kleine, haalbare stappen tot de volgende keer. Volgende sessie kijken jullie samen terug: hoe ging het?</source>
        <translation>Small, doable steps until next time. In the next session you look back on them together: how did it go?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+57"/>
        <source>Afspraak verwijderen</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraak “{text}” verwijderen?</source>
        <translation>Delete the agreement “{text}”?</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/balance_chart.py" line="+25"/>
        <source>Balans in de tijd</source>
        <translation>Balance over time</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: {fully}× helemaal, {partly}× deels, {not_}× niet</source>
        <translation>{name}: {fully}× fully, {partly}× partly, {not_}× not at all</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nog geen besluiten met een stem erbij.</source>
        <translation>No decisions with a voice recorded yet.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>helemaal</source>
        <translation>fully</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet</source>
        <translation>not at all</translation>
    </message>
</context>
<context>
    <name>CancelledScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/decision.py" line="+227"/>
        <source>Deze oefening is geannuleerd</source>
        <translation>This exercise was cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wat er was getoond en besproken, staat nog in de geschiedenis.</source>
        <translation>What was revealed and discussed is still in the history.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat er verborgen was opgeschreven, is gewist zonder dat iemand het zag.</source>
        <translation>What was written down in hiding has been erased without anyone seeing it.</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/start.py" line="+109"/>
        <source>Over welke kleine beslissing gaat het?</source>
        <translation>Which small decision is it about?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kies iets kleins en concreets voor de komende dagen: een uitje, wat jullie eten, wie wat doet op zondag. Geen groot onderwerp; het gaat om oefenen.</source>
        <translation>Choose something small and concrete for the next few days: an outing, what you will eat, who does what on Sunday. Not a big topic; this is about practising.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Bijvoorbeeld: Wat doen we zaterdagmiddag met de kinderen?</source>
        <translation>For example: What shall we do with the children on Saturday afternoon?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De beslissing</source>
        <translation>The decision</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kies iets kleins en concreets voor de komende dagen: een uitje, wat er op tafel komt, wie wat doet op zondag. Geen groot onderwerp; het gaat om oefenen.</source>
        <translation>Choose something small and concrete for the coming days: an outing, what’s for dinner, who does what on Sunday. No big subject; it is about practising.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daarna schrijf je je voorkeur op, zonder dat iemand meekijkt. Druk op Enter of op ‘Verder’ als de beslissing er staat.</source>
        <translation>Then you write down your preference, with nobody looking. Press Enter or ‘Next’ once the decision is there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verder: je voorkeur opschrijven →</source>
        <translation>Next: write down your preference →</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verder: ieder apart een voorkeur →</source>
        <translation>Next: each writes a preference →</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Daarna krijgt ieder om de beurt de laptop en schrijft apart een voorkeur op. Druk op Enter of op ‘Verder’ als de beslissing er staat.</source>
        <translation>Then each of you takes a turn with the laptop and writes down a preference on your own. Press Enter or ‘Next’ once the decision is filled in.</translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/closing.py" line="+71"/>
        <source>Gepland op</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datum van de volgende afspraak</source>
        <translation>Date of the next appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tijd van de volgende afspraak</source>
        <translation>Time of the next appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>om</source>
        <translation>at</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status van de sessie</source>
        <translation>Status of the session</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+142"/>
        <source>Check-out beginnen</source>
        <translation>Start the check-out</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Sessie afronden…</source>
        <translation>Finish the session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessiemodus verlaten en het verslag klaarmaken (Ctrl+Shift+F5)</source>
        <translation>Leave session mode and prepare the report (Ctrl+Shift+F5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afsluiting: volgende afspraak en check-out</source>
        <translation>Closing: next appointment and check-out</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status van deze sessie</source>
        <translation>Status of this session</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-out: hoe was deze sessie voor jou?</source>
        <translation>Check-out: how was this session for you?</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Twee vragen en een paar woorden, alleen voor de coach. Zo weet de coach wat deze sessie voor je betekende en wat een volgende keer beter kan.</source>
        <translation>Two questions and a few words, for the coach only. That way the coach knows what this session meant to you and what could be better next time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ieder beantwoordt apart twee vragen en schrijft een paar woorden. De ander ziet het niet; alleen de coach leest het, om de volgende sessie beter te maken.</source>
        <translation>Each of you answers two questions and writes a few words, on your own. The other does not see it; only the coach reads it, to make the next session better.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: ingevuld ✓</source>
        <translation>{name}: done ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}: nog niet</source>
        <translation>{name}: not yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Iedereen heeft ingevuld</source>
        <translation>Everyone has answered</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In je eigen woorden (mag je leeg laten)</source>
        <translation>In your own words (you may leave this empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voelde je je gehoord en begrepen? (0 = niet, 10 = helemaal)</source>
        <translation>Did you feel heard and understood? (0 = not at all, 10 = completely)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hebben we gewerkt aan wat voor jou belangrijk is? (0 = niet, 10 = precies)</source>
        <translation>Did we work on what matters to you? (0 = not at all, 10 = exactly)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>Hoe was deze sessie voor jou?</source>
        <translation>How was this session for you?</translation>
    </message>
</context>
<context>
    <name>CoachGate</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/room/gate.py" line="+30"/>
        <source>Typ uw wachtwoordzin om verder te gaan.</source>
        <translation>Type your passphrase to go on.</translation>
    </message>
</context>
<context>
    <name>CoupleDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/couples/dialogs.py" line="+126"/>
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
        <location filename="../../stellenstof_desktop/ui/couples/panel.py" line="+67"/>
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
        <location line="+64"/>
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
        <location line="+32"/>
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
    <name>CoupleView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/room/couple_view.py" line="+78"/>
        <source>Voor het stel</source>
        <translation>For the couple</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Even pauze</source>
        <translation>A short break</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} heeft de laptop</source>
        <translation>{name} has the laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De laptop gaat naar {name}</source>
        <translation>The laptop goes to {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/kit/crash_dialog.py" line="+24"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er ging iets mis in Stellenstof. Uw tekst is zo goed mogelijk bewaard.</source>
        <translation>Something went wrong in Stellenstof. Your text has been saved as well as possible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wat er gebeurde, staat ook in het logbestand:</source>
        <translation>What happened is also written in the log file:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er kon geen logbestand worden geschreven.</source>
        <translation>No log file could be written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wilt u helpen dit op te lossen? Kies ‘Details kopiëren’ en plak de technische gegevens in een e-mail aan de ontwikkelaars.</source>
        <translation>Would you like to help fix this? Choose ‘Copy details’ and paste the technical details into an e-mail to the developers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details kopiëren</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DecideScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/decision.py" line="-176"/>
        <source>Wat neem je mee naar huis om met {name} te bespreken?</source>
        <translation>What will you take home to talk over with {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat besluiten jullie samen?</source>
        <translation>What do you decide together?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Je voorstel, in je eigen woorden</source>
        <translation>Your proposal, in your own words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het besluit, in jullie eigen woorden</source>
        <translation>The decision, in your own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het gezamenlijke besluit</source>
        <translation>The shared decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voorstel voor thuis</source>
        <translation>Proposal for home</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wie regelt wat? (mag leeg blijven)</source>
        <translation>Who takes care of what? (can stay empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: wie zoekt iets op, wie regelt de oppas, wanneer.</source>
        <translation>For example: who looks something up, who arranges the babysitter, and when.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie regelt wat</source>
        <translation>Who takes care of what</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hoeveel van jouw stem zit erin?</source>
        <translation>How much of your voice is in it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoeveel van ieders stem zit in het besluit?</source>
        <translation>How much of each voice is in the decision?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stem van {name}: {voice}</source>
        <translation>{name}’s voice: {voice}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Helemaal: wat je wilde, zit er duidelijk in. Deels: een stukje ervan. Niet: het voorstel gaat aan je wens voorbij.</source>
        <translation>Fully: what you wanted is clearly in it. Partly: a piece of it. Not: the proposal passes your wish by.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helemaal: wat deze partner wilde, zit er duidelijk in. Deels: een stukje ervan. Niet: het besluit gaat aan deze wens voorbij.</source>
        <translation>Fully: what this partner wanted is clearly in it. Partly: some of it is. Not at all: the decision passes this wish by.</translation>
    </message>
</context>
<context>
    <name>DecisionMap</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/decision_map.py" line="+36"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie beslist nu?</source>
        <translation>Who decides now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} zou willen</source>
        <translation>{name} would prefer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Samen</source>
        <translation>Together</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Vul per onderwerp in wie er nu meestal beslist.</source>
        <translation>For each topic, fill in who usually decides now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} van {total} door {name}</source>
        <translation>{count} of {total} by {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} samen</source>
        <translation>{count} together</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu: {parts}.</source>
        <translation>Now: {parts}.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/decision.py" line="+42"/>
        <source>Voorstel voor thuis</source>
        <translation>Proposal for home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stem van {name}</source>
        <translation>{name}’s voice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wat {name} aansprak</source>
        <translation>What appealed to {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wie regelt wat</source>
        <translation>Who takes care of what</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tijden: {times}</source>
        <translation>Times: {times}</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/safety/dialogs.py" line="+115"/>
        <source>Versleuteling</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uw gegevens zijn versleuteld. Stellenstof vraagt bij de start om het wachtwoord.</source>
        <translation>Your data is encrypted. Stellenstof asks for the passphrase when it starts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uw gegevens zijn niet versleuteld: wie deze computer of een back-up in handen krijgt, kan ze lezen. Met een wachtwoord kan dat niet meer.</source>
        <translation>Your data is not encrypted: anyone who gets hold of this computer or a backup can read it. With a passphrase, they no longer can.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Huidig wachtwoord:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nieuw wachtwoord:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een keer:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minstens {count} tekens; een zin van een paar woorden is sterk en goed te onthouden. Schrijf het wachtwoord op en bewaar het op een veilige plek: wie het vergeet, kan de gegevens niet meer openen. Niemand kan het terughalen, ook de makers van Stellenstof niet.</source>
        <translation>At least {count} characters; a sentence of a few words is strong and easy to remember. Write the passphrase down and keep it in a safe place: if you forget it, the data can no longer be opened. Nobody can recover it, not even the makers of Stellenstof.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Versleuteling uitzetten…</source>
        <translation>Turn encryption off…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord wijzigen…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versleutelen…</source>
        <translation>Encrypt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatisch vergrendelen</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zonder gebruik</source>
        <translation>without use</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alles wordt eerst opgeslagen; daarna is het venster bedekt tot u het wachtwoord typt. Werkt alleen als de gegevens versleuteld zijn.</source>
        <translation>Everything is saved first; then the window is covered until you type the passphrase. Only works when the data is encrypted.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>The current passphrase is not right.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Het nieuwe wachtwoord is te kort: minstens {count} tekens.</source>
        <translation>The new passphrase is too short: at least {count} characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two new passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het nieuwe wachtwoord is hetzelfde als het huidige.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
</context>
<context>
    <name>ExerciseBar</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/controls.py" line="+18"/>
        <source>Oefening in deze sessie</source>
        <translation>Exercise in this session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Oefening:</source>
        <translation>&amp;Exercise:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe oefening</source>
        <translation>New exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze oefening stoppen</source>
        <translation>Stop this exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geschiedenis en balans</source>
        <translation>History and balance</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>(nog geen onderwerp)</source>
        <translation>(no topic yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De oefening “{topic}” weggooien? Er is nog niets ingevuld.</source>
        <translation>Discard the exercise “{topic}”? Nothing has been filled in yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De oefening “{topic}” stoppen? Wat er al verborgen is opgeschreven, wordt gewist zonder dat iemand het ziet.</source>
        <translation>Stop the exercise “{topic}”? Anything already written down in hiding will be erased without anyone seeing it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De oefening “{topic}” stoppen? Wat er al is getoond en besproken blijft in de geschiedenis, maar telt niet mee in de balans.</source>
        <translation>Stop the exercise “{topic}”? What has already been revealed and discussed stays in the history, but does not count towards the balance.</translation>
    </message>
</context>
<context>
    <name>ExerciseHistoryView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/history.py" line="+54"/>
        <source>Hoe vaak kwam ieders stem terug in het gezamenlijke besluit? Alleen getoonde voorkeuren staan hier; wat nog verborgen is, blijft verborgen.</source>
        <translation>How often did each partner’s voice come through in the shared decision? Only revealed preferences are shown here; anything still hidden stays hidden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+25"/>
        <source>Alle oefeningen</source>
        <translation>All exercises</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Nog geen oefeningen bij dit stel. Begin er een met ‘Nieuwe oefening’.</source>
        <translation>No exercises with this couple yet. Start one with ‘New exercise’.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Balans</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rechts: ieders stem per oefening, van oud naar nieuw.</source>
        <translation>On the right: each partner’s voice per exercise, from oldest to newest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Geschiedenis en balans van {name}</source>
        <translation>History and balance for {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stem in het besluit</source>
        <translation>Voice in the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>helemaal</source>
        <translation>fully</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet</source>
        <translation>not at all</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}, {voice}: {count}</source>
        <translation>{name}, {voice}: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beslissing</source>
        <translation>Decision to make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorkeur {name}</source>
        <translation>{name}’s preference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem {name}</source>
        <translation>{name}’s voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(geen onderwerp)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(nog verborgen)</source>
        <translation>(still hidden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(niet bij de sessie)</source>
        <translation>(not at the session)</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/parts.py" line="+25"/>
        <source>Voor jezelf</source>
        <translation>For yourself</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ieder apart</source>
        <translation>Write separately</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laten zien</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praten</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluiten</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>helemaal</source>
        <translation>fully</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet</source>
        <translation>not at all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>je partner</source>
        <translation>your partner</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/view.py" line="+120"/>
        <source>Samen besluiten</source>
        <translation>Deciding together</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fijn dat je er bent, {present}. Je schrijft je eigen voorkeur op, en wat {absent} volgens jou zou kiezen; dat kun je thuis rustig nagaan.</source>
        <translation>Good to have you here, {present}. You write down your own preference, and what you think {absent} would choose; you can check that at home in your own time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>de ander</source>
        <translation>the other partner</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/cards.py" line="+52"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wat {name} denkt dat {absent} kiest</source>
        <translation>What {name} thinks {absent} would choose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Om thuis bij {name} na te gaan.</source>
        <translation>To check with {name} at home.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/view.py" line="+154"/>
        <location line="+2"/>
        <source>Oefening annuleren</source>
        <translation>Stop exercise</translation>
    </message>
</context>
<context>
    <name>HandoverGuard</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/room/handover.py" line="+85"/>
        <source>Alleen voor de coach</source>
        <translation>For the coach only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ja, opnieuw invullen</source>
        <translation>Yes, write it again</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Even terug naar de coach</source>
        <translation>Back to the coach for a moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het invullen wordt onderbroken. Wat er al is ingevuld en bewaard, blijft bewaard en verborgen; de coach ziet daarna weer het hele venster.</source>
        <translation>The writing stops here. What was already written and saved stays saved and hidden; the coach then sees the whole window again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terug naar de coach</source>
        <translation>Back to the coach</translation>
    </message>
</context>
<context>
    <name>HiddenInput</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/hidden_input/widget.py" line="+124"/>
        <source>Toch niet opnieuw invullen</source>
        <translation>Keep the earlier answer</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Klaar? Druk op {keys} of op ‘Klaar’. Daarna verdwijnt je tekst van het scherm; niemand ziet hem tot de coach op ‘Laten zien’ drukt.</source>
        <translation>Done? Press {keys} or ‘Done’. Your text then disappears from the screen; nobody sees it until the coach presses ‘Reveal’.</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+192"/>
        <source>← Terug: ik ben het niet</source>
        <translation>← Back: this isn’t me</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Of druk op Enter. Met Esc komt de coach er weer bij.</source>
        <translation>Or press Enter. Esc calls the coach back.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Laten zien</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Geef de laptop aan {name}</source>
        <translation>Hand the laptop to {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} vult opnieuw in. Wat er eerder stond, wordt niet getoond; het wordt vervangen zodra {name} op ‘Klaar’ drukt.</source>
        <translation>{name} is writing again. What was there before is not shown; it is replaced as soon as {name} presses ‘Done’.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alleen {name} kijkt nu naar het scherm. Wat je opschrijft blijft verborgen, ook voor de coach, tot jullie het samen bekijken.</source>
        <translation>Only {name} looks at the screen now. What you write stays hidden, from the coach too, until you look at it together.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ik ben {name}, verder</source>
        <translation>I’m {name}, continue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}, jij bent aan de beurt</source>
        <translation>{name}, it’s your turn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, je vult opnieuw in</source>
        <translation>{name}, you are filling it in again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat je eerder schreef, wordt niet getoond; het wordt vervangen zodra je op {keys} of op ‘Klaar’ drukt.</source>
        <translation>What you wrote before is not shown; it is replaced as soon as you press {keys} or ‘Done’.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Toch niet opnieuw invullen</source>
        <translation>← Keep the earlier answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, schrijf het rustig op</source>
        <translation>{name}, take your time to write it down</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is klaar</source>
        <translation>{name} is done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iedereen is klaar</source>
        <translation>Everyone is done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dank je wel. Geef de laptop terug aan de coach. Wat je invulde, ziet alleen de coach.</source>
        <translation>Thank you. Hand the laptop back to the coach. Only the coach sees what you answered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geef de laptop terug aan de coach. Met ‘Laten zien’ verschijnt wat je hebt opgeschreven.</source>
        <translation>Hand the laptop back to the coach. ‘Reveal’ shows what you wrote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geef de laptop terug aan de coach. Met ‘Laten zien’ verschijnt wat er is opgeschreven, voor iedereen tegelijk.</source>
        <translation>Hand the laptop back to the coach. ‘Reveal’ shows what was written, to everyone at the same time.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: klaar ✓</source>
        <translation>{name}: done ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}: nog niet</source>
        <translation>{name}: not yet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opnieuw invullen voor {name}</source>
        <translation>Let {name} write again</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} vult opnieuw in. Wat {name} eerder schreef, wordt vervangen.</source>
        <translation>{name} writes it again. What {name} wrote before will be replaced.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kies eerst een getal bij ‘{label}’.</source>
        <translation>First choose a number for ‘{label}’.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vul eerst ‘{label}’ in; daarna kun je op ‘Klaar’ drukken.</source>
        <translation>Fill in ‘{label}’ first; then you can press ‘Done’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit is te lang: hoogstens {max} tekens (nu {count}).</source>
        <translation>This is too long: at most {max} characters (now {count}).</translation>
    </message>
</context>
<context>
    <name>HiddenScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/hidden.py" line="+41"/>
        <location line="+13"/>
        <source>Mijn voorkeur</source>
        <translation>My preference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom? (mag je leeg laten)</source>
        <translation>Why? (you can leave this empty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wat denk je dat {name} zou kiezen? (om thuis na te gaan)</source>
        <translation>What do you think {name} would choose? (to check at home)</translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/start.py" line="-144"/>
        <source>Samen besluiten</source>
        <translation>Deciding together</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Een korte oefening die je elke week kunt herhalen: een kleine beslissing die eraan komt, zo voorbereid dat jouw stem erin terugkomt.</source>
        <translation>A short exercise you can repeat every week: a small decision coming up, prepared so that your voice comes back in it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een korte oefening die jullie elke week kunnen herhalen: een kleine beslissing die eraan komt, samen genomen, zo dat ieders stem erin terugkomt.</source>
        <translation>A short exercise you can repeat every week: make a small decision that is coming up, together, so that each of your voices comes through in it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1.  Kies een kleine beslissing, bijvoorbeeld een uitje in het weekend.</source>
        <translation>1.  Choose a small decision, for example an outing at the weekend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2.  Schrijf je voorkeur op, en wat je partner volgens jou zou kiezen. Niemand kijkt mee, ook de coach niet.</source>
        <translation>2.  Write down your preference, and what you think your partner would choose. Nobody looks, not even the coach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3.  Laat zien wat je opschreef.</source>
        <translation>3.  Show what you wrote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5.  Bedenk een voorstel voor thuis, en kijk hoeveel van jouw stem erin zit.</source>
        <translation>5.  Think of a proposal for home, and see how much of your voice is in it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2.  Ieder schrijft apart een voorkeur op. Niemand kijkt mee, ook de coach niet.</source>
        <translation>2.  Each of you writes down a preference on your own. Nobody looks, not even the coach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3.  Laat beide voorkeuren tegelijk zien.</source>
        <translation>3.  Reveal both preferences at the same time.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>4.  Praat erover zonder meteen een compromis te zoeken.</source>
        <translation>4.  Talk about them without looking for a compromise straight away.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>5.  Besluit samen, en kijk hoeveel van ieders stem erin zit.</source>
        <translation>5.  Decide together, and see how much of each voice is in the decision.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Nieuwe oefening beginnen</source>
        <translation>Start a new exercise</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/safety/lock.py" line="+232"/>
        <source>{app} — vergrendeld</source>
        <translation>{app} — locked</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location line="-168"/>
        <source>Stellenstof is vergrendeld</source>
        <translation>Stellenstof is locked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw werk is opgeslagen. Typ uw wachtwoord om verder te werken.</source>
        <translation>Your work has been saved. Type your passphrase to carry on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dit wachtwoord klopt niet. Probeer het opnieuw.</source>
        <translation>This passphrase is not right. Please try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/main_window.py" line="+89"/>
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
        <location line="+2"/>
        <source>Eerdere versies…</source>
        <translation>Earlier versions…</translation>
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
        <location line="+411"/>
        <source>Over Stellenstof</source>
        <translation>About Stellenstof</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Profiel en verslag…</source>
        <translation>Profile and report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tel</source>
        <translation>&amp;Couple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sessie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Kies links een stel, of maak een nieuw stel met Ctrl+N.</source>
        <translation>Choose a couple on the left, or add a new couple with Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een sessie, of plan een nieuwe met Ctrl+Shift+N.</source>
        <translation>Choose a session, or schedule a new one with Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>“{name}” en alles wat bij dit stel hoort definitief verwijderen?

Het gaat om {count}, met alle notities. Dit kan niet ongedaan worden gemaakt.

Let op: oudere back-ups bevatten dit stel nog. De dagelijkse back-ups vervallen binnen acht weken; back-ups die u zelf maakte (bijvoorbeeld op een USB-stick) en de kopieën van vóór een update of terugzetten blijven, tot u ze weggooit. Zet u er een terug, dan verwijdert Stellenstof dit stel meteen opnieuw.</source>
        <translation>Permanently delete “{name}” and everything that belongs to this couple?

This concerns {count}, with all notes. This cannot be undone.

Please note: older backups still contain this couple. The daily backups expire within eight weeks; backups you made yourself (for example on a USB stick) and the copies from before an update or restore remain until you throw them away. If you restore one, Stellenstof deletes this couple again straight away.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stel verwijderen</source>
        <translation>Delete couple</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>“{name}” is verwijderd.</source>
        <translation>“{name}” has been deleted.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>De sessie van {date} met alle notities definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Permanently delete the session on {date}, including all its notes? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessie verwijderen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{app} {version}

Sessies, oefeningen en verslagen voor relatiecoaching. Alles blijft op deze computer.</source>
        <translation>{app} {version}

Sessions, exercises and reports for relationship coaching. Everything stays on this computer.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/kit/messages.py" line="+89"/>
        <source>Stellenstof</source>
        <translation>Stellenstof</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/notes.py" line="+38"/>
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
    <name>OverviewView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/overview.py" line="+86"/>
        <source>Aanwezig: {names}</source>
        <translation>Attending: {names}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Vandaag aan bod</source>
        <translation>On the agenda today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies de stappen voor vandaag; ✓ staat bij een stap die al besproken is.</source>
        <translation>Choose the steps for today; ✓ marks a step already discussed.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet besproken</source>
        <translation>not discussed yet</translation>
    </message>
</context>
<context>
    <name>PartReader</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/room/couple_parts.py" line="+83"/>
        <source>Dit is de eerste sessie.</source>
        <translation>This is the first session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraken van {date}</source>
        <translation>Agreements of {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorige keer zijn er geen afspraken gemaakt.</source>
        <translation>No agreements were made last time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gelukt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet gelukt</source>
        <translation>not done</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Straks kiezen jullie samen een kleine beslissing.</source>
        <translation>In a moment you choose a small decision together.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opgeschreven ✓</source>
        <translation>written ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Wat spreekt je aan in de ander?</source>
        <translation>What appeals to you in the other?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorstel voor thuis</source>
        <translation>Proposal for home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wie regelt wat</source>
        <translation>Who takes care of what</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nog geen afspraken.</source>
        <translation>No agreements yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>voor {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{date} om {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check-out gegeven ✓</source>
        <translation>check-out given ✓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>opgeschreven, nog niet zichtbaar</source>
        <translation>written, not shown yet</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <source>samen</source>
        <translation>together</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} zou willen</source>
        <translation>{name} would prefer</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/kit/passphrase.py" line="+69"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dit wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets, en probeer het opnieuw. Er is niets veranderd.</source>
        <translation>This passphrase is not right. Mind capital letters and the Caps Lock key, and try again. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>PhaseNav</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/controls.py" line="+11"/>
        <location line="+39"/>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Verder: erover praten →</source>
        <translation>Next: talk about it →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verder: je voorstel →</source>
        <translation>Next: your proposal →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verder: samen besluiten →</source>
        <translation>Next: decide together →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afronden ✓</source>
        <translation>Finish ✓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Beslissing aanpassen</source>
        <translation>← Change the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Terug naar de voorkeuren</source>
        <translation>← Back to the preferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Terug naar het gesprek</source>
        <translation>← Back to the conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Terug naar het besluit</source>
        <translation>← Back to the decision</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/stepper.py" line="+51"/>
        <source>(nu)</source>
        <translation>(current)</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/privacy/controller.py" line="+38"/>
        <source>Exporteren (alle gegevens)…</source>
        <translation>Export (all data)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporteren voor één partner</source>
        <translation>Export for one partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bewaartermijn…</source>
        <translation>Retention period…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>De export staat in {path}.

Hij bevat alles over dit stel, ook uw privénotities, uw observaties en antwoorden die nog niet getoond zijn. Lees hem na voordat u hem deelt.</source>
        <translation>The export is in {path}.

It contains everything about this couple, including your private notes, your observations and answers not yet revealed. Read it before you share it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De export staat in {path}.

Hij bevat wat van deze partner is of van het stel samen; wat alleen van de andere partner is en uw privénotities staan er niet in.</source>
        <translation>The export is in {path}.

It contains what belongs to this partner or to the couple together; what belongs to the other partner alone and your private notes are left out.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bewaartermijn: {count} zonder sessie in de afgelopen {months} maanden. Zie Bestand › Bewaartermijn…</source>
        <translation>Retention: {count} without a session in the past {months} months. See File › Retention period…</translation>
    </message>
</context>
<context>
    <name>PrivateFirstPrompt</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/private_first.py" line="+54"/>
        <location line="+55"/>
        <source>Verborgen laten invullen…</source>
        <translation>Let each partner write hidden…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Laten zien</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Getoond.</source>
        <translation>Revealed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} schrijft eerst verborgen; daarna laat u het antwoord zien.</source>
        <translation>{name} first writes hidden; then you reveal the answer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ieder schrijft eerst apart en verborgen; daarna laat u de antwoorden zien.</source>
        <translation>Each partner first writes on their own, hidden; then you reveal the answers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: ingevuld (verborgen)</source>
        <translation>{name}: written (hidden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: nog niet</source>
        <translation>{name}: not yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opnieuw invullen…</source>
        <translation>Write again…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jouw antwoord</source>
        <translation>Your answer</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/summary/profile_dialog.py" line="+55"/>
        <source>Logo kiezen</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp);;Alle bestanden (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profiel en verslag</source>
        <translation>Profile and report</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Straat 1, 1234 AB Plaats</source>
        <translation>1 Main Street, 1234 AB Town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staat als plaats in de agenda-uitnodiging voor de volgende afspraak.</source>
        <translation>Shown as the location in the calendar invitation for the next appointment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoals de app</source>
        <translation>As the app</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In deze taal zijn het verslag, het werkblad en de e-mail aan het stel.</source>
        <translation>The language of the report, the worksheet and the e-mail to the couple.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verslagen standaard beveiligen met een wachtwoord</source>
        <translation>Protect reports with a password by default</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adres van de praktijk</source>
        <translation>Address of the practice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bovenaan en onderaan het verslag</source>
        <translation>At the top and bottom of the report</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Tekst e-mail</source>
        <translation>E-mail text</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Voor het stel</source>
        <translation>For the couple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Komt er één partner, dan spreken het verslag en de e-mail alleen die persoon aan. Deze teksten gebruikt u dan.</source>
        <translation>When one partner comes, the report and the e-mail speak to that person only. These texts are used then.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voor één persoon</source>
        <translation>For one person</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+14"/>
        <source>Slottekst</source>
        <translation>Closing text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verslag en e-mail</source>
        <translation>Report and e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taal van het verslag</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze woorden worden ingevuld: {namen} (wie er waren), {datum}, {coach} en {praktijk}.</source>
        <translation>These words are filled in for you: {namen} (who attended), {datum} (the date), {coach} (your name) and {praktijk} (your practice).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dit bestand is groter dan 2 MB. Kies een kleinere afbeelding.</source>
        <translation>This file is larger than 2 MB. Please choose a smaller image.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dit bestand kan niet worden gelezen ({reason}).</source>
        <translation>This file cannot be read ({reason}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dit bestand is geen afbeelding. Kies een logo als PNG-, JPEG-, GIF- of BMP-bestand.</source>
        <translation>This file is not an image. Please choose a PNG, JPEG, GIF or BMP file as your logo.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/progress.py" line="+117"/>
        <source>Check-in scores</source>
        <translation>Check-in scores</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Besproken stappen</source>
        <translation>Steps discussed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-out per partner (alleen voor u)</source>
        <translation>Check-out per partner (for you only)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>0 = {low}  ·  10 = {high}</source>
        <translation>0 = {low}  ·  10 = {high}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gehoord {heard} · belangrijk {useful}</source>
        <translation>heard {heard} · what matters {useful}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nog geen sessies om te tonen.</source>
        <translation>No sessions to show yet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nog geen check-in scores voor dit stel. Zodra ze in de check-in zijn ingevuld, ziet u hier hoe ze zich over de sessies ontwikkelen.</source>
        <translation>No check-in scores for this couple yet. Once they are filled in during the check-in, you will see here how they develop over the sessions.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Per sessie, van 0 tot 10; geen punt: niet ingevuld. Deze sessie is afgezegd en telt niet mee.</source>
        <translation>Per session, from 0 to 10; no dot means not filled in. This session was cancelled and does not count.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per sessie, van 0 tot 10; geen punt: niet ingevuld. {swatch} deze sessie.</source>
        <translation>Per session, from 0 to 10; no dot means not filled in. {swatch} this session.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aanwezig: {names}</source>
        <translation>Attending: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
</context>
<context>
    <name>PromptWidgets</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/step.py" line="+80"/>
        <source>0 = {low} · 10 = {high}</source>
        <translation>0 = {low} · 10 = {high}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} is er deze sessie niet bij</source>
        <translation>{name} is not at this session</translation>
    </message>
</context>
<context>
    <name>ReportPassword</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/summary/password.py" line="+42"/>
        <source>Wachtwoord kopiëren</source>
        <translation>Copy password</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+38"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Er is geen wachtwoord ingevuld. Het verslag is niet opgeslagen.</source>
        <translation>No password was entered. The report has not been saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wachtwoord van dit verslag: {password}</source>
        <translation>Password of this report: {password}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Het verslag is beveiligd met het wachtwoord dat u koos. Geef het telefonisch door aan {names}, niet in dezelfde e-mail. U ziet het wachtwoord in dit tabblad, met een knop om het te kopiëren.</source>
        <translation>The report is protected with the password you chose. Pass it on to {names} by phone, not in the same e-mail. You can see the password in this tab, with a button to copy it.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/privacy/retention.py" line="+45"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bewaar gegevens van cliënten niet langer dan nodig. Hieronder staan de stellen die langer dan de bewaartermijn geen sessie hebben gehad. Vink aan wat u wilt verwijderen of nog wilt bewaren.</source>
        <translation>Keep client data no longer than needed. Below are the couples who have had no session for longer than the retention period. Tick what you want to delete or keep for now.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Herinneren na</source>
        <translation>Remind after</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zonder sessie</source>
        <translation>without a session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet verwijderen; u krijgt pas na een nieuwe bewaartermijn weer een seintje.</source>
        <translation>Do not delete; you will be reminded again only after another retention period.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>laatste sessie {date}</source>
        <translation>last session {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog geen sessie</source>
        <translation>no session yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geen stellen: iedereen heeft binnen de bewaartermijn een sessie gehad.</source>
        <translation>No couples: everyone has had a session within the retention period.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} met alle sessies en notities definitief verwijderen? Dit kan niet ongedaan worden gemaakt.

Oudere back-ups bevatten deze stellen nog tot ze vervallen (de dagelijkse binnen acht weken); zet u er een terug, dan verwijdert Stellenstof ze meteen opnieuw.</source>
        <translation>Permanently delete {count} with all sessions and notes? This cannot be undone.

Older backups still contain these couples until they expire (the daily ones within eight weeks); if you restore one, Stellenstof deletes them again straight away.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stellen verwijderen</source>
        <translation>Delete couples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
</context>
<context>
    <name>RevealedScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/conversation.py" line="+25"/>
        <source>Dit schreef {name} op.</source>
        <translation>This is what {name} wrote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit schreven jullie ieder apart op. Lees het om de beurt voor.</source>
        <translation>This is what each of you wrote on your own. Take turns reading it aloud.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/review.py" line="+44"/>
        <location line="+21"/>
        <source>Hoe ging het?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hoe ging het met de afspraken van vorige keer?</source>
        <translation>How did last time’s agreements go?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dit is de eerste sessie van dit stel.</source>
        <translation>This is the couple’s first session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hoe ging het? Afspraken van {date}</source>
        <translation>How did it go? Agreements from {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorige keer zijn er geen afspraken gemaakt.</source>
        <translation>No agreements were made last time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gelukt</source>
        <translation>Worked out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet gelukt</source>
        <translation>Didn’t work out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>samen</source>
        <translation>together</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoe ging het: {text}</source>
        <translation>How it went: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>toelichting</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting bij: {text}</source>
        <translation>Note on: {text}</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/revisions_dialog.py" line="+55"/>
        <source>Eerdere versies</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Eerdere versies van de teksten van deze sessie, de nieuwste bovenaan. Stellenstof bewaart ze een week.</source>
        <translation>Earlier versions of this session&apos;s texts, newest first. Stellenstof keeps them for a week.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze sessie heeft nog geen eerdere versies.</source>
        <translation>This session has no earlier versions yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+101"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>vandaag {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Antwoord: {question}</source>
        <translation>Answer: {question}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observatie bij {step} (privé)</source>
        <translation>Observation at {step} (private)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gedeelde notitie</source>
        <translation>Shared note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privénotitie</source>
        <translation>Private note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terugblik op de afspraak</source>
        <translation>Look back on the agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp van de oefening</source>
        <translation>Topic of the exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantekeningen bij het gesprek</source>
        <translation>Notes on the conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorkeur</source>
        <translation>Preference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwachting van de ander</source>
        <translation>Expectation of the other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat spreekt aan</source>
        <translation>What appeals</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what}, zoals het er stond op {when}</source>
        <translation>{what}, as it stood on {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{what}” terugzetten naar de versie van {when}?

Wat er nu staat, gaat niet verloren: het komt bij de eerdere versies, dus u kunt dit weer ongedaan maken.</source>
        <translation>Restore “{what}” to the version of {when}?

What is there now is not lost: it joins the earlier versions, so you can undo this.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eerdere versie terugzetten</source>
        <translation>Restore earlier version</translation>
    </message>
</context>
<context>
    <name>RoomClock</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/room/mode.py" line="+70"/>
        <source>{elapsed} van {planned} min</source>
        <translation>{elapsed} of {planned} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog {left} min</source>
        <translation>{left} min left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>de tijd is om</source>
        <translation>time is up</translation>
    </message>
</context>
<context>
    <name>RoomMode</name>
    <message>
        <location line="+35"/>
        <source>Sessie starten</source>
        <translation>Start session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voor het uur met het stel: alleen wat het stel mag zien ({key})</source>
        <translation>For the hour with the couple: only what the couple may see ({key})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessiemodus verlaten…</source>
        <translation>Leave session mode…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Vorige</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgende →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+6"/>
        <source>Sessiemodus verlaten</source>
        <translation>Leave session mode</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Daarna is weer alles te zien: de lijst met stellen, uw privénotities, de tips en observaties, de voortgang en het verslag. Doe dit als het stel niet meer meekijkt.</source>
        <translation>Everything will be visible again: the list of couples, your private notes, the tips and observations, the progress and the report. Do this once the couple no longer looks.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{n} van {total} · {title}</source>
        <translation>{n} of {total} · {title}</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/safety/controller.py" line="+288"/>
        <location line="+22"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Back-up maken…</source>
        <translation>Make backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back-up terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versleuteling…</source>
        <translation>Encryption…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+5"/>
        <source>Back-up maken</source>
        <translation>Make backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back-up wordt gemaakt…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back-up gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De back-up staat in {path}.</source>
        <translation>The backup is in {path}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Na het terugzetten zijn uw gegevens niet versleuteld, zoals nu.</source>
        <translation>After the restore your data is not encrypted, just as now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Na het terugzetten openen uw gegevens weer met uw huidige wachtwoord.</source>
        <translation>After the restore, your data opens with your current passphrase again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze back-up is versleuteld met een ander wachtwoord dan uw gegevens nu hebben. Typ het wachtwoord dat gold toen de back-up werd gemaakt.</source>
        <translation>This backup is encrypted with a different passphrase from the one your data has now. Type the passphrase that was in use when the backup was made.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>De back-up van {when} terugzetten?

Alles wat u daarna hebt ingevoerd, staat er niet in. Uw huidige gegevens worden eerst apart bewaard in de map met back-ups, zodat u ze niet kwijtraakt.</source>
        <translation>Restore the backup from {when}?

Anything you entered after that is not in it. Your current data is first kept separately in the backups folder, so you do not lose it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Back-up wordt teruggezet…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Gegevensmap in een cloudmap</source>
        <translation>Data folder in a cloud folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw gegevens staan in een map die {service} bijhoudt:
{folder}

Er is nu niets mis. Maar een clouddienst die het gegevensbestand kopieert terwijl Stellenstof het gebruikt, kan het beschadigen. Zet de gegevensmap liever buiten {service} (zie &apos;Waar uw gegevens staan&apos; in de handleiding). Wilt u een kopie in de cloud, maak dan een back-up via Bestand › Back-up maken… en zet die in de cloudmap.

Deze melding krijgt u één keer.</source>
        <translation>Your data is in a folder that {service} keeps in sync:
{folder}

Nothing is wrong now. But a cloud service that copies the data file while Stellenstof uses it can damage it. Better keep the data folder outside {service} (see &apos;Where your data is&apos; in the manual). If you want a copy in the cloud, make a backup via File › Make backup… and put that in the cloud folder.

You will see this message once.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>De back-up van {when} is teruggezet. Uw gegevens van vóór het terugzetten staan in {path}.</source>
        <translation>The backup from {when} has been restored. Your data from before the restore is in {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gegevens versleutelen?</source>
        <translation>Encrypt your data?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stellenstof kan uw gegevens versleutelen met een wachtwoord. Dan kan niemand ze lezen zonder dat wachtwoord, ook niet als uw laptop of een back-up zoekraakt. Dat raden we sterk aan.

U kunt het ook later doen, via Bestand › Versleuteling…</source>
        <translation>Stellenstof can encrypt your data with a passphrase. Then nobody can read it without that passphrase, not even if your laptop or a backup gets lost. We strongly recommend it.

You can also do it later, through File › Encryption…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord instellen…</source>
        <translation>Set a passphrase…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu niet</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gegevens versleutelen</source>
        <translation>Encrypt data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versleutelen</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw gegevens worden nu versleuteld. Voortaan vraagt Stellenstof bij de start om dit wachtwoord. Vergeet u het, dan kan niemand uw gegevens nog openen.

Let op: back-ups die al bestaan (in de map met back-ups en bijvoorbeeld op een USB-stick) blijven onversleuteld en leesbaar. Alleen nieuwe back-ups worden versleuteld. Gooi oude back-ups weg als u ze niet meer nodig hebt; de automatische verdwijnen vanzelf binnen acht weken.</source>
        <translation>Your data will now be encrypted. From now on Stellenstof asks for this passphrase when it starts. If you forget it, nobody can open your data any more.

Please note: backups that already exist (in the backup folder and, for example, on a USB stick) stay unencrypted and readable. Only new backups are encrypted. Throw old backups away when you no longer need them; the automatic ones disappear by themselves within eight weeks.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het wachtwoord wijzigen?

Let op: back-ups die al bestaan, blijven versleuteld met het oude wachtwoord. Om er een terug te zetten, hebt u dat oude wachtwoord nodig; bewaar het dus zolang u die back-ups bewaart. Nieuwe back-ups krijgen het nieuwe wachtwoord.</source>
        <translation>Change the passphrase?

Please note: backups that already exist stay encrypted with the old passphrase. To restore one of them you need that old passphrase, so keep it for as long as you keep those backups. New backups get the new passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versleuteling uitzetten</source>
        <translation>Turn encryption off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uitzetten</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De versleuteling uitzetten?

Dan staan uw gegevens weer leesbaar op deze computer: wie de laptop in handen krijgt, kan ze openen. Nieuwe back-ups worden ook niet meer versleuteld. Back-ups die al bestaan, blijven versleuteld met het huidige wachtwoord.</source>
        <translation>Turn encryption off?

Then your data is readable on this computer again: anyone who gets hold of the laptop can open it. New backups are no longer encrypted either. Backups that already exist stay encrypted with the current passphrase.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet alles kon worden opgeslagen, daarom is het wachtwoord niet veranderd. Uw tekst staat nog op het scherm.</source>
        <translation>Not everything could be saved, so the passphrase has not been changed. Your text is still on the screen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Versleuteling</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Uw gegevens worden versleuteld…</source>
        <translation>Encrypting your data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De versleuteling wordt verwijderd…</source>
        <translation>Removing the encryption…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De versleuteling staat uit. Uw gegevens zijn niet meer versleuteld.</source>
        <translation>Encryption is off. Your data is no longer encrypted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw gegevens zijn versleuteld. Stellenstof vraagt voortaan bij de start om uw wachtwoord. Bewaar het goed.</source>
        <translation>Your data is encrypted. From now on Stellenstof asks for your passphrase when it starts. Keep it safe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het wachtwoord is gewijzigd.</source>
        <translation>The passphrase has been changed.</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/save_guard.py" line="+32"/>
        <source>Opgeslagen om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Niet opgeslagen — wordt opnieuw geprobeerd</source>
        <translation>Not saved — trying again</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+12"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>De tekst van deze sessie kon niet worden opgeslagen, dus deze sessie blijft open. Uw tekst staat nog op het scherm.</source>
        <translation>The text of this session could not be saved, so the session stays open. Your text is still on the screen.</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>ScoreChart</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/progress_chart.py" line="+270"/>
        <source>{name}, {date}: {value}</source>
        <translation>{name}, {date}: {value}</translation>
    </message>
</context>
<context>
    <name>SecondScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/room/second_screen.py" line="+75"/>
        <source>Tweede scherm…</source>
        <translation>Second screen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het stel kijkt mee op het tweede scherm, of weer op de laptop ({key})</source>
        <translation>The couple looks on the second screen, or on the laptop again ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scherm van het stel even leeg</source>
        <translation>Blank the couple’s screen for a moment</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+21"/>
        <source>Tweede scherm</source>
        <translation>Second screen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Het stel laten meekijken op het tweede scherm?</source>
        <translation>Let the couple look on the second screen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, op het tweede scherm</source>
        <translation>Yes, on the second screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee, alleen de laptop</source>
        <translation>No, the laptop only</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Er is geen tweede scherm aangesloten.</source>
        <translation>No second screen is connected.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/couples/dialogs.py" line="+56"/>
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
        <location line="+22"/>
        <source>Samen (vijf stappen)</source>
        <translation>Together (five steps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen verder (route voor één persoon)</source>
        <translation>Moving on your own (route for one person)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opslaan en starten</source>
        <translation>Save and start</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/view.py" line="+146"/>
        <source>Aanwezig: {names}</source>
        <translation>Attending: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen verder</source>
        <translation>Moving on your own</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>StartupQuestions</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/safety/startup.py" line="+66"/>
        <source>Stellenstof openen</source>
        <translation>Open Stellenstof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw gegevens zijn versleuteld. Typ uw wachtwoord om ze te openen.</source>
        <translation>Your data is encrypted. Type your passphrase to open it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+13"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+30"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Uw back-ups zijn versleuteld. Typ uw wachtwoord om de nieuwste goede back-up terug te zetten.</source>
        <translation>Your backups are encrypted. Type your passphrase to restore the newest good backup.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Er is geen goede back-up om terug te zetten. Wilt u met een lege database beginnen? De back-ups en opzijgezette bestanden blijven staan.</source>
        <translation>There is no good backup to restore. Do you want to start with an empty database? The backups and the files set aside stay where they are.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geen gegevens gevonden</source>
        <translation>No data found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leeg beginnen</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De nieuwste goede back-up is van {when}. Wilt u die terugzetten? Wat u daarna hebt ingevoerd, staat er niet in.

Wat er nu staat, wordt niet weggegooid: het blijft in de gegevensmap staan onder een andere naam.</source>
        <translation>The newest good backup is from {when}. Do you want to restore it? Anything you entered after that is not in it.

What is there now will not be thrown away: it stays in the data folder under another name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gegevens beschadigd</source>
        <translation>Data damaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back-up wordt teruggezet…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De back-up van {when} is teruggezet.</source>
        <translation>The backup from {when} has been restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De back-up van {when} is teruggezet. Het beschadigde bestand staat nu in de gegevensmap als {name}.</source>
        <translation>The backup from {when} has been restored. The damaged file is now in the data folder as {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/session/step.py" line="+182"/>
        <source>Tip voor de coach: {tip}</source>
        <translation>Tip for the coach: {tip}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deze stap is besproken</source>
        <translation>This step has been discussed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observatie — alleen voor de coach</source>
        <translation>Observation — coach only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wat u opviel bij deze stap. Komt nooit in een verslag.</source>
        <translation>What you noticed during this step. Never appears in a report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observatie, alleen voor de coach</source>
        <translation>Observation, coach only</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>samen</source>
        <translation>together</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Antwoord op een vervallen vraag ({key}), {who}: {answer}</source>
        <translation>Answer to a question no longer in use ({key}), {who}: {answer}</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/summary/desktop.py" line="+28"/>
        <source>Agenda-uitnodiging (*.ics)</source>
        <translation>Calendar invitation (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wachtwoord voor het verslag</source>
        <translation>Password for the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een wachtwoord voor de PDF. Geef het daarna telefonisch door, niet in dezelfde e-mail.</source>
        <translation>Choose a password for the PDF. Then give it by phone, not in the same email.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Uw e-mailprogramma kon het concept met bijlage niet openen. Er is een nieuw bericht gestart met de tekst erin.</source>
        <translation>Your mail program could not open the draft with attachment. A new message has been started with the text in it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Er ging geen e-mailprogramma open. Gebruikt u webmail, zoals Gmail of Outlook op internet? Kies dan &apos;Tekst kopiëren&apos; en plak de tekst in een nieuw bericht.</source>
        <translation>No mail program opened. Do you use webmail, like Gmail or Outlook on the web? Then choose &apos;Copy text&apos; and paste the text into a new message.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voeg het verslag zelf als bijlage toe: het staat in de map die nu is geopend ({folder}).</source>
        <translation>Attach the report yourself: it is in the folder that is now open ({folder}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voeg het verslag zelf als bijlage toe. Het staat hier: {path}</source>
        <translation>Attach the report yourself. It is here: {path}</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/ui/summary/view.py" line="+119"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+272"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Agenda-uitnodiging opslaan…</source>
        <translation>Save calendar invitation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De volgende afspraak als bestand voor de agenda (.ics), om zelf te versturen.</source>
        <translation>The next appointment as a calendar file (.ics), to send yourself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mailen…</source>
        <translation>Email…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekst kopiëren</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onderwerp en tekst van de e-mail, om in uw webmail te plakken.</source>
        <translation>Subject and text of the e-mail, to paste into your webmail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+361"/>
        <source>Toon de PDF in de map</source>
        <translation>Show the PDF in its folder</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>Zet het verslag in een map en toont het, om het zelf als bijlage toe te voegen.</source>
        <translation>Puts the report in a folder and shows it, so you can attach it yourself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met wachtwoord</source>
        <translation>With password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opgeslagen en gemailde verslagen openen alleen met het wachtwoord.</source>
        <translation>Saved and emailed reports only open with the password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Werkblad samen besluiten…</source>
        <translation>Deciding-together worksheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een leeg werkblad om te printen, met de namen van het stel erop.</source>
        <translation>A blank worksheet to print, with the couple’s names on it.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Uw naam en praktijk staan nog niet in het verslag. Vul ze in via Bestand › Profiel en verslag…</source>
        <translation>Your name and practice are not in the report yet. Add them under File › Profile and report…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Het wachtwoord is gekopieerd.</source>
        <translation>The password has been copied.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} kon niet worden opgeslagen ({reason}).</source>
        <translation>{path} could not be saved ({reason}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Verslag opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Er is geen programma gevonden dat PDF-bestanden opent. Het verslag staat in {path}.</source>
        <translation>No program was found that opens PDF files. The report is saved at {path}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+20"/>
        <source>E-mailen</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Het concept kon niet worden gemaakt ({reason}).</source>
        <translation>The draft could not be created ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail klaargezet: {path}</source>
        <translation>Email draft ready: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Het verslag heeft een wachtwoord: geef dat telefonisch door, niet per e-mail.</source>
        <translation>The report has a password: give it by phone, not by email.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>De tekst van de e-mail is gekopieerd: het onderwerp op de eerste regel, daaronder het bericht. Plak het in een nieuw bericht.</source>
        <translation>The e-mail text has been copied: the subject on the first line, the message below. Paste it into a new message.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Het verslag staat klaar om bij te voegen: {path}</source>
        <translation>The report is ready to attach: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De map kon niet worden geopend. Het verslag staat hier: {path}</source>
        <translation>The folder could not be opened. The report is here: {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Er is geen volgende afspraak om in de agenda te zetten.</source>
        <translation>There is no next appointment to put in the calendar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda-uitnodiging opslaan</source>
        <translation>Save calendar invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda-uitnodiging opgeslagen: {path}</source>
        <translation>Calendar invitation saved: {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Werkblad opslaan</source>
        <translation>Save worksheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkblad opgeslagen: {path}</source>
        <translation>Worksheet saved: {path}</translation>
    </message>
</context>
<context>
    <name>TalkScreen</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/exercise/conversation.py" line="+23"/>
        <source>Neem de tijd en zoek nog geen compromis. Vraag eerst wat je aanspreekt in wat de ander wil, en waarom het voor de ander belangrijk is. Besluiten komt straks.</source>
        <translation>Take your time and don’t look for a compromise yet. First ask yourselves what appeals to you in what the other wants, and why it matters to them. Deciding comes later.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: wat spreekt je aan in de voorkeur van {other}?</source>
        <translation>{name}: what appeals to you in {other}’s preference?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: wat spreekt je aan in wat {other} misschien kiest?</source>
        <translation>{name}: what appeals to you in what {other} might choose?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wat spreekt je hierin aan?</source>
        <translation>What appeals to you in this?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat spreekt {name} hierin aan?</source>
        <translation>What appeals to {name} in this?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aantekeningen bij het gesprek (samen)</source>
        <translation>Notes on the conversation (shared)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wat viel op? Wat werd duidelijk?</source>
        <translation>What stood out? What became clear?</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Aantekeningen bij het gesprek</source>
        <translation>Notes on the conversation</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../stellenstof_desktop/app.py" line="+247"/>
        <source>Eigen methodetekst niet gebruikt</source>
        <translation>Your own method text was not used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw eigen methodebestand bevat een fout, daarom gebruikt Stellenstof de standaardteksten. Er gaan geen antwoorden verloren.

{problem}</source>
        <translation>Your own method file contains an error, so Stellenstof is using the standard texts. No answers will be lost.

{problem}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Stellenstof is al geopend</source>
        <translation>Stellenstof is already open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stellenstof is al geopend met deze gegevens, maar het venster reageert niet. Sluit het andere venster (uw tekst wordt bewaard) en start Stellenstof opnieuw.</source>
        <translation>Stellenstof is already open with this data, but its window does not respond. Close the other window (your text is kept) and start Stellenstof again.</translation>
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
        <location line="+9"/>
        <source>De database {path} is beschadigd ({detail}). Het bestand is niet aangeraakt. Zet een back-up terug.</source>
        <translation>The database {path} is damaged ({detail}). The file has not been touched. Restore a backup.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dit wachtwoord opent de database {path} niet. Er is niets veranderd; probeer het opnieuw.</source>
        <translation>This passphrase does not open the database {path}. Nothing has changed; please try again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De database {path} is versleuteld. Geef het wachtwoord op (de app vraagt erom; op de opdrachtregel met de omgevingsvariabele STELLENSTOF_PASSPHRASE of in een terminal).</source>
        <translation>The database {path} is encrypted. Give the passphrase (the app asks for it; on the command line with the environment variable STELLENSTOF_PASSPHRASE or in a terminal).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Het wachtwoord kon niet worden ingesteld ({reason}). Er is niets veranderd: uw gegevens openen zoals voorheen. Controleer of er genoeg ruimte op de schijf is en probeer het opnieuw.</source>
        <translation>The passphrase could not be set ({reason}). Nothing has been changed: your data opens as before. Check that there is enough space on the disk and try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>De back-up {path} kon niet worden geschreven ({reason}). Uw gegevens zijn niet veranderd. Controleer de USB-stick of kies een andere plek.</source>
        <translation>The backup {path} could not be written ({reason}). Your data has not changed. Check the USB stick or choose another place.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Het bestand {path} is geen bruikbare Stellenstof-back-up (beschadigd, van een ander programma of van een nieuwere versie). Er is niets veranderd.</source>
        <translation>The file {path} is not a usable Stellenstof backup (damaged, from another program or from a newer version). Nothing has changed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het bestand {path} kon niet worden geschreven ({reason}). Er is niets veranderd; kies een andere plek.</source>
        <translation>The file {path} could not be written ({reason}). Nothing has changed; choose another place.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De automatische back-up is niet gelukt ({reason}).</source>
        <translation>The automatic backup failed ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De schijf is vol, daarom kan Stellenstof de database {path} nu niet openen. Dit betekent niet dat uw gegevens beschadigd zijn: er is niets aan veranderd. Maak ruimte vrij op de schijf en start Stellenstof opnieuw.</source>
        <translation>The disk is full, so Stellenstof cannot open the database {path} now. This does not mean your data is damaged: nothing was changed. Free up space on the disk and start Stellenstof again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>De database {path} kan nu niet worden gelezen ({reason}). Dit ligt aan de schijf of aan de rechten op de map; het betekent niet dat uw gegevens beschadigd zijn: er is niets aan veranderd. Controleer de schijf (of de USB-stick) en start Stellenstof opnieuw.</source>
        <translation>The database {path} cannot be read now ({reason}). This is due to the disk or the folder&apos;s permissions; it does not mean your data is damaged: nothing was changed. Check the disk (or the USB stick) and start Stellenstof again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Op de plaats van het gegevensbestand {path} staat een map, geen bestand. Stellenstof heeft de map niet aangeraakt. Zet een back-up terug, of geef de map een andere naam en start Stellenstof opnieuw.</source>
        <translation>Where the data file {path} should be, there is a folder, not a file. Stellenstof has not touched the folder. Restore a backup, or rename the folder and start Stellenstof again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Het gegevensbestand {path} is leeg (0 bytes), terwijl er eerder gegevens waren: in de gegevensmap staan back-ups of een opzijgezet bestand. Stellenstof begint daarom niet zomaar met een lege database; het lege bestand is niet aangeraakt.</source>
        <translation>The data file {path} is empty (0 bytes), while there was data before: the data folder holds backups or a file set aside. So Stellenstof will not just start with an empty database; the empty file has not been touched.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Het gegevensbestand {path} ontbreekt. Dit is geen eerste start: in de gegevensmap staan back-ups of een opzijgezet bestand. Stellenstof begint daarom niet zomaar met een lege database.</source>
        <translation>The data file {path} is missing. This is not a first start: the data folder holds backups or a file set aside. So Stellenstof will not just start with an empty database.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Uw wachtwoord opent de nieuwste back-up, maar niet het gegevensbestand {path}. Het bestand is dus beschadigd. Het is niet aangeraakt.</source>
        <translation>Your passphrase opens the newest backup, but not the data file {path}. So the file is damaged. It has not been touched.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De back-up {path} is geschreven, maar bij de controle bleek hij niet in orde ({detail}). Hij telt niet als goede back-up en staat apart als {aside}. Uw gegevens zelf zijn niet veranderd. Controleer de schijf; bij de volgende back-up probeert Stellenstof het opnieuw.</source>
        <translation>The backup {path} was written, but the check found it is not sound ({detail}). It does not count as a good backup and has been set aside as {aside}. Your data itself has not changed. Check the disk; Stellenstof will try again at the next backup.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>De back-up kon niet worden teruggezet ({reason}). Er is niets veranderd: het bestand dat er stond, staat er nog. Maak ruimte vrij op de schijf of controleer de schijf, en probeer het opnieuw.</source>
        <translation>The backup could not be restored ({reason}). Nothing was changed: the file that was there is still there. Free up space or check the disk, and try again.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/couples.py" line="+49"/>
        <location filename="../../stellenstof_desktop/services/text.py" line="+15"/>
        <source>Vul een naam in.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/sessions.py" line="+48"/>
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
        <location line="+6"/>
        <source>Alleen verder is een route voor één persoon. Kies wie er is.</source>
        <translation>Moving on your own is a route for one person. Choose who is here.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Deze stap bestaat niet.</source>
        <translation>This step does not exist.</translation>
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
        <location filename="../../stellenstof_desktop/services/demo.py" line="+26"/>
        <source>De database bevat al stellen ({couples}). Demogegevens worden alleen in een lege database gezet, zodat ze nooit tussen echte cliënten terechtkomen. Gebruik een lege map met --data-dir.</source>
        <translation>The database already holds couples ({couples}). Demo data only goes into an empty database, so it never mixes with real clients. Use an empty folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/agreements.py" line="+90"/>
        <source>Beschrijf kort wat jullie afspreken.</source>
        <translation>Briefly describe what you are agreeing on.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Houd een afspraak kort (hoogstens {max} tekens).</source>
        <translation>Keep an agreement short (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Deze afspraak bestaat niet meer.</source>
        <translation>This agreement no longer exists.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/answers.py" line="+33"/>
        <location filename="../../stellenstof_desktop/services/profile.py" line="+72"/>
        <source>Deze tekst is te lang (hoogstens {max} tekens).</source>
        <translation>This text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Kies een getal van 0 tot 10.</source>
        <translation>Choose a number from 0 to 10.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Schrijf eerst iets op.</source>
        <translation>Please write something first.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/exercise.py" line="+65"/>
        <source>Deze oefening bestaat niet meer.</source>
        <translation>This exercise no longer exists.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nog niet iedereen heeft een voorkeur opgeschreven (nog niet: {names}). De voorkeuren worden pas getoond als iedereen klaar is.</source>
        <translation>Not everyone has written down a preference yet (still to come: {names}). The preferences are only revealed once everyone is done.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deze tekst is te lang: hoogstens {max} tekens. Kort hem in of verdeel hem.</source>
        <translation>This text is too long: at most {max} characters. Please shorten it or split it up.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Vul eerst in over welke kleine beslissing het gaat, bijvoorbeeld “Wat doen we zaterdagmiddag met de kinderen?”.</source>
        <translation>First fill in which small decision it is about, for example “What shall we do with the children on Saturday afternoon?”.</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Schrijf eerst je voorkeur op; dat is nodig.</source>
        <translation>Please write down your preference first; it is needed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De voorkeuren zijn al getoond; ze kunnen niet meer opnieuw worden ingevuld.</source>
        <translation>The preferences have already been revealed; they can no longer be written again.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Deze partner is niet bij de sessie en doet niet mee.</source>
        <translation>This partner is not at the session and is not taking part.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Deze oefening is al afgerond.</source>
        <translation>This exercise has already been finished.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is al een voorkeur opgeschreven. Voor het tonen kan een voorkeur alleen opnieuw worden ingevuld, niet worden bekeken.</source>
        <translation>A preference has already been written down. Until the reveal, a preference can only be written again, not viewed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verder terug kan niet: getoonde voorkeuren worden niet weer verborgen.</source>
        <translation>You can’t go back any further: revealed preferences are not hidden again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit is de eerste stap van de oefening.</source>
        <translation>This is the first step of the exercise.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Deze oefening is geannuleerd.</source>
        <translation>This exercise has been cancelled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geef eerst bij de sessie aan wie er is.</source>
        <translation>First mark in the session who is attending.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deze oefening is niet in de stap van het invullen.</source>
        <translation>This exercise is not at the writing step.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schrijf eerst op wat jullie samen hebben besloten.</source>
        <translation>First write down what you decided together.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kies nog hoeveel van de stem van {name} in het besluit zit.</source>
        <translation>Please also choose how much of {name}’s voice is in the decision.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deze partner heeft bij deze oefening niets ingevuld.</source>
        <translation>This partner did not fill anything in for this exercise.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dit kan pas als de voorkeuren zijn getoond.</source>
        <translation>This is only possible once the preferences have been revealed.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/profile.py" line="+29"/>
        <source>Kies Nederlands of Engels voor het verslag.</source>
        <translation>Choose Dutch or English for the report.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dit logo is groter dan 2 MB. Kies een kleinere afbeelding.</source>
        <translation>This logo is larger than 2 MB. Please choose a smaller image.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit bestand is geen afbeelding. Kies een PNG- of JPEG-bestand.</source>
        <translation>This file is not an image. Please choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/revisions.py" line="+38"/>
        <source>Deze eerdere versie kan niet meer worden teruggezet: de tekst waar hij bij hoort bestaat niet meer.</source>
        <translation>This earlier version can no longer be restored: the text it belongs to no longer exists.</translation>
    </message>
    <message>
        <location filename="../../stellenstof_desktop/services/checkout.py" line="+28"/>
        <source>Kies een cijfer van 0 tot 10.</source>
        <translation>Choose a number from 0 to 10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies een cijfer van {low} tot {high}.</source>
        <translation>Choose a number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Houd het kort (hoogstens {max} tekens).</source>
        <translation>Keep it short (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Alleen wie bij deze sessie is, kan een check-out geven.</source>
        <translation>Only someone at this session can give a check-out.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../stellenstof_desktop/ui/kit/format.py" line="+26"/>
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
        <location line="+6"/>
        <source>1 stel</source>
        <translation>1 couple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stellen</source>
        <translation>{n} couples</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
</context>
</TS>
