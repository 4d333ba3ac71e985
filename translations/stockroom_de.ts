<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LedgerWords</name>
    <message>
        <source>Received</source>
        <translation>Eingebucht</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Transfer shipped</source>
        <translation>Umlagerung versendet</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Umlagerung empfangen</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Reservierung abgelaufen</translation>
    </message>
    <message>
        <source>Backorder filled</source>
        <translation>Rückstand erfüllt</translation>
    </message>
    <message>
        <source>Safety stock set</source>
        <translation>Sicherheitsbestand festgelegt</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Im Zulauf</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>Rückstand</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exporting the stock view… %1 rows</source>
        <translation>Bestandsansicht wird exportiert… %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the ledger…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>Seeding the demo data (%1 of %2): %3…</source>
        <translation>Demodaten werden angelegt (%1 von %2): %3…</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::MovementModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bestandsart</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::StockTableModel</name>
    <message>
        <source>Available %1 is below the safety stock of %2</source>
        <translation>Verfügbarer Bestand %1 liegt unter dem Sicherheitsbestand von %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Im Zulauf</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>Rückstand</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ConnectDialog</name>
    <message>
        <source>&amp;This computer — a private ledger only you can reach (the default)</source>
        <translation>&amp;Dieser Computer — eine private Datenbank, auf die nur Sie zugreifen können (Standard)</translation>
    </message>
    <message>
        <source>A &amp;shared server</source>
        <translation>Ein &amp;gemeinsam genutzter Server</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;speichern</translation>
    </message>
    <message>
        <source>Connect to a Stockroom ledger</source>
        <translation>Mit einer Stockroom-Datenbank verbinden</translation>
    </message>
    <message>
        <source>disable — no TLS</source>
        <translation>disable — kein TLS</translation>
    </message>
    <message>
        <source>prefer — TLS when the server offers it</source>
        <translation>prefer — TLS, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>require — always TLS</source>
        <translation>require — immer TLS</translation>
    </message>
    <message>
        <source>verify-ca — TLS, trusted certificate</source>
        <translation>verify-ca — TLS, vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>verify-full — TLS, certificate and host name</source>
        <translation>verify-full — TLS, Zertifikat und Hostname</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter the database user to connect as.</source>
        <translation>Geben Sie den Datenbankbenutzer für die Verbindung ein.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::FilterBar</name>
    <message>
        <source>&amp;Below safety stock</source>
        <translation>&amp;Unter Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Filter by SKU, name or barcode (Ctrl+F)</source>
        <translation>Nach SKU, Bezeichnung oder Barcode filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::LedgerPanel</name>
    <message>
        <source>Recent movements</source>
        <translation>Letzte Buchungen</translation>
    </message>
    <message>
        <source>No stock row selected</source>
        <translation>Keine Bestandszeile ausgewählt</translation>
    </message>
    <message>
        <source>Select a row to see its movements: who changed it, when and why.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Buchungen zu sehen: wer sie wann und warum geändert hat.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am Standort %2</translation>
    </message>
    <message>
        <source>On hand %1 · reserved %2 · available %3 · inbound %4 · damaged %5 · safety stock %6</source>
        <translation>Bestand %1 · reserviert %2 · verfügbar %3 · im Zulauf %4 · beschädigt %5 · Sicherheitsbestand %6</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::MainWindow</name>
    <message>
        <source>Stockroom — %1</source>
        <translation>Stockroom — %1</translation>
    </message>
    <message>
        <source>an operation could not reach the ledger</source>
        <translation>Ein Vorgang konnte die Datenbank nicht erreichen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>Connected to %1%2</source>
        <translation>Verbunden mit %1%2</translation>
    </message>
    <message>
        <source>Offline — %1%2</source>
        <translation>Offline — %1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Vorgang wartet auf Übertragung</numerusform>
            <numerusform>%n Vorgänge warten auf Übertragung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows shown, more below</source>
        <translation>%1 Zeilen angezeigt, weitere folgen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Offline since %1, showing stock as of %2. Operations you enter are kept and sent when the connection returns; reconnecting automatically…</source>
        <translation>Offline seit %1, Stand des angezeigten Bestands: %2. Von Ihnen erfasste Vorgänge werden gespeichert und gesendet, sobald die Verbindung wieder besteht; die Verbindung wird automatisch wiederhergestellt…</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Connect to another ledger…</source>
        <translation>Mit anderer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;About Stockroom</source>
        <translation>&amp;Über Stockroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Export the stock view</source>
        <translation>Bestandsansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the stock view…</source>
        <translation>Bestandsansicht wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>About Stockroom</source>
        <translation>Über Stockroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;Warehouse and store inventory on a shared PostgreSQL ledger.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PostgreSQL server&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ledger schema&lt;/td&gt;&lt;td&gt;version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connected to&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;As&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;Bestandsführung für Lager und Filialen in einer gemeinsamen PostgreSQL-Datenbank.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (kompiliert mit %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PostgreSQL-Server&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Datenbankschema&lt;/td&gt;&lt;td&gt;Version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Verbunden mit&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Angemeldet als&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Wareneingang…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Rücknahme…</translation>
    </message>
    <message>
        <source>&amp;Count…</source>
        <translation>&amp;Zählen…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Ship transfer…</source>
        <translation>Umlagerung &amp;versenden…</translation>
    </message>
    <message>
        <source>Receive trans&amp;fer…</source>
        <translation>Umlagerung &amp;empfangen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stockroom — %1 — %2</source>
        <translation>Stockroom — %1 — %2</translation>
    </message>
    <message>
        <source>%1 — needs the %2 role; %3 is connected as %4.</source>
        <translation>%1 — erfordert die Rolle „%2“; aktuelle Rolle von %3: %4.</translation>
    </message>
    <message>
        <source>no stockroom role</source>
        <translation>keine Stockroom-Rolle</translation>
    </message>
    <message numerus="yes">
        <source>Back online. %n operation(s) typed while offline were sent.</source>
        <translation>
            <numerusform>Wieder online. %n offline erfasster Vorgang wurde gesendet.</numerusform>
            <numerusform>Wieder online. %n offline erfasste Vorgänge wurden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Gebucht:</translation>
    </message>
    <message>
        <source>Refused by the ledger:</source>
        <translation>Von der Datenbank abgelehnt:</translation>
    </message>
    <message>
        <source>Offline operations sent</source>
        <translation>Offline-Vorgänge gesendet</translation>
    </message>
    <message>
        <source>%1 applied, %2 refused from the offline journal</source>
        <translation>Offline-Journal: %1 gebucht, %2 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OperationDialog</name>
    <message>
        <source>&amp;Transfer:</source>
        <translation>&amp;Umlagerung:</translation>
    </message>
    <message>
        <source>Scan or type the transfer number</source>
        <translation>Umlagerungsnummer scannen oder eingeben</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU</source>
        <translation>Barcode scannen oder SKU eingeben</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Change by:</source>
        <translation>Ä&amp;ndern um:</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Gezählt:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>+5 found, -2 damaged</source>
        <translation>+5 gefunden, -2 beschädigt</translation>
    </message>
    <message>
        <source>Empty: everything still in transit</source>
        <translation>Leer: gesamte noch unterwegs befindliche Menge</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>theft</source>
        <translation>Diebstahl</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Why the stock changes</source>
        <translation>Grund der Bestandsänderung</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <source>Delivery note or PO (optional)</source>
        <translation>Lieferschein oder Bestellnummer (optional)</translation>
    </message>
    <message>
        <source>Receipt or RMA (optional)</source>
        <translation>Kassenbon oder RMA-Nummer (optional)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Bemerkung (optional)</translation>
    </message>
    <message>
        <source>Back to stoc&amp;k</source>
        <translation>Zurück in den &amp;Bestand</translation>
    </message>
    <message>
        <source>Da&amp;maged</source>
        <translation>Beschä&amp;digt</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation>Wareneingang buchen</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>Bestand zählen</translation>
    </message>
    <message>
        <source>Ship transfer</source>
        <translation>Umlagerung versenden</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Umlagerung empfangen</translation>
    </message>
    <message>
        <source>Return stock</source>
        <translation>Rücknahme buchen</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 from %4 to %5</source>
        <translation>%1 — %2 × %3 von %4 nach %5</translation>
    </message>
    <message>
        <source>Scan or type the SKU first.</source>
        <translation>Scannen oder geben Sie zuerst die SKU ein.</translation>
    </message>
    <message>
        <source>Choose a location.</source>
        <translation>Wählen Sie einen Standort.</translation>
    </message>
    <message>
        <source>A transfer goes to another location than it comes from.</source>
        <translation>Der Zielstandort einer Umlagerung muss sich vom Ausgangsstandort unterscheiden.</translation>
    </message>
    <message>
        <source>Choose or scan a transfer number.</source>
        <translation>Wählen oder scannen Sie eine Umlagerungsnummer.</translation>
    </message>
    <message>
        <source>Enter by how much the stock changes, e.g. -2 or +5.</source>
        <translation>Geben Sie an, um wie viel sich der Bestand ändert, z. B. -2 oder +5.</translation>
    </message>
    <message>
        <source>Say why: an adjustment needs a reason.</source>
        <translation>Geben Sie einen Grund an: Eine Korrektur muss begründet werden.</translation>
    </message>
    <message>
        <source>Enter how many you counted.</source>
        <translation>Geben Sie die gezählte Menge ein.</translation>
    </message>
    <message>
        <source>Enter a quantity of at least 1.</source>
        <translation>Geben Sie eine Menge von mindestens 1 ein.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird gebucht…</translation>
    </message>
    <message>
        <source>Received %1 × %2 at %3: on hand now %4.</source>
        <translation>%1 × %2 am Standort %3 eingebucht: Bestand jetzt %4.</translation>
    </message>
    <message>
        <source>Adjusted %1 at %2 by %3: on hand now %4.</source>
        <translation>%1 am Standort %2 um %3 korrigiert: Bestand jetzt %4.</translation>
    </message>
    <message>
        <source>Counted %1 × %2 at %3 (difference %4).</source>
        <translation>%1 × %2 am Standort %3 gezählt (Differenz %4).</translation>
    </message>
    <message>
        <source>Transfer %1 shipped: %2 × %3 from %4 to %5.</source>
        <translation>Umlagerung %1 versendet: %2 × %3 von %4 nach %5.</translation>
    </message>
    <message>
        <source>Received %1 of transfer %2 at %3.</source>
        <translation>%1 aus Umlagerung %2 am Standort %3 empfangen.</translation>
    </message>
    <message>
        <source>Returned %1 × %2 at %3 %4.</source>
        <translation>%1 × %2 am Standort %3 %4 zurückgenommen.</translation>
    </message>
    <message>
        <source>as damaged</source>
        <translation>als beschädigt</translation>
    </message>
    <message>
        <source>to stock</source>
        <translation>in den Bestand</translation>
    </message>
    <message>
        <source>(It had already been applied; nothing changed twice.)</source>
        <translation>(Der Vorgang war bereits gebucht; nichts wurde doppelt geändert.)</translation>
    </message>
    <message>
        <source>There is no transfer %1.</source>
        <translation>Es gibt keine Umlagerung %1.</translation>
    </message>
    <message>
        <source>Unknown SKU or barcode “%1”.</source>
        <translation>SKU oder Barcode „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Your database role may not %1: it needs the %2 role. Nothing was changed.</source>
        <translation>Ihre Datenbankrolle ist nicht berechtigt für „%1“: Dafür ist die Rolle „%2“ erforderlich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This form&apos;s key had been used for a different operation; press %1 again to send this one as a new operation.</source>
        <translation>Der Schlüssel dieses Formulars wurde bereits für einen anderen Vorgang verwendet; klicken Sie erneut auf „%1“, um diesen Vorgang als neuen Vorgang zu senden.</translation>
    </message>
    <message>
        <source>Offline: “%1” is saved in the local journal and will be sent when the connection returns.</source>
        <translation>Offline: „%1“ wurde im lokalen Journal gespeichert und wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Warehouse and store inventory</source>
        <translation>Bestandsführung für Lager und Filialen</translation>
    </message>
    <message>
        <source>Join a shared ledger server.</source>
        <translation>Mit einem gemeinsam genutzten Datenbankserver verbinden.</translation>
    </message>
    <message>
        <source>Seed the demo data set.</source>
        <translation>Demodatensatz anlegen.</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
</context>
</TS>
