<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LedgerWords</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished">Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorder filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety stock set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished">Bestand</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished">Im Zulauf</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished">Beschädigt</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation type="unfinished">Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation type="unfinished">Rückstand</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exporting the stock view… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding the demo data (%1 of %2): %3…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::MovementModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
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
        <translation>Warum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::StockTableModel</name>
    <message>
        <source>Available %1 is below the safety stock of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Stockroom ledger</source>
        <translation>Mit einem Stockroom-Ledger verbinden</translation>
    </message>
    <message>
        <source>disable — no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer — TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require — always TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca — TLS, trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full — TLS, certificate and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database user to connect as.</source>
        <translation type="unfinished"></translation>
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
        <translation>Nach Artikel, Name oder Barcode filtern (Strg+F)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand %1 · reserved %2 · available %3 · inbound %4 · damaged %5 · safety stock %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::MainWindow</name>
    <message>
        <source>Stockroom — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation could not reach the ledger</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows shown, more below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1, showing stock as of %2. Operations you enter are kept and sent when the connection returns; reconnecting automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Connect to another ledger…</source>
        <translation>Mit anderem Ledger &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;About Stockroom</source>
        <translation>&amp;Über Stockroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the stock view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the stock view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;Warehouse and store inventory on a shared PostgreSQL ledger.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PostgreSQL server&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ledger schema&lt;/td&gt;&lt;td&gt;version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connected to&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;As&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockroom — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needs the %2 role; %3 is connected as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stockroom role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back online. %n operation(s) typed while offline were sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the ledger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline operations sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied, %2 refused from the offline journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OperationDialog</name>
    <message>
        <source>&amp;Transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the transfer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU</source>
        <translation>Barcode scannen oder Artikelnummer eingeben</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: everything still in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the stock changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <source>Delivery note or PO (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt or RMA (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stoc&amp;k</source>
        <translation>Zurück in den &amp;Bestand</translation>
    </message>
    <message>
        <source>Da&amp;maged</source>
        <translation>&amp;Beschädigt</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation>Wareneingang</translation>
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
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the SKU first.</source>
        <translation>Zuerst den Artikel scannen oder eingeben.</translation>
    </message>
    <message>
        <source>Choose a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer goes to another location than it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or scan a transfer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter by how much the stock changes, e.g. -2 or +5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: an adjustment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many you counted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted %1 at %2 by %3: on hand now %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted %1 × %2 at %3 (difference %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 shipped: %2 × %3 from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 of transfer %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 × %2 at %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(It had already been applied; nothing changed twice.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transfer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SKU or barcode “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may not %1: it needs the %2 role. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form&apos;s key had been used for a different operation; press %1 again to send this one as a new operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: “%1” is saved in the local journal and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Warehouse and store inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a shared ledger server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed the demo data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
