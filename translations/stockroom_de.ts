<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CountSheet</name>
    <message>
        <source>Count sheet</source>
        <translation>Zählliste</translation>
    </message>
    <message>
        <source>Save count sheet</source>
        <translation>Zählliste speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message>
        <source>Counting</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>To count</source>
        <translation>Zu zählen</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Blind, full count</source>
        <translation>Blind, Vollzählung</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Open, full count</source>
        <translation>Offen, Vollzählung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a file name that ends in .png or .pdf.</source>
        <translation>Wählen Sie einen Dateinamen, der auf .png oder .pdf endet.</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Count variance</source>
        <translation>Zählabweichung</translation>
    </message>
    <message>
        <source>Single-line count</source>
        <translation>Einzelzählung</translation>
    </message>
    <message>
        <source>Adjustment without reason</source>
        <translation>Korrektur ohne Grund</translation>
    </message>
    <message>
        <source>Snapshot variances to approve</source>
        <translation>Freizugebende Abweichungen aus Bestandsabzügen</translation>
    </message>
    <message>
        <source>Drift findings</source>
        <translation>Drift-Befunde</translation>
    </message>
    <message>
        <source>Counted lines to decide</source>
        <translation>Zu entscheidende gezählte Positionen</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitversatz</translation>
    </message>
    <message>
        <source>Unknown SKU or location</source>
        <translation>Unbekannte SKU oder unbekannter Standort</translation>
    </message>
    <message>
        <source>Bucket difference</source>
        <translation>Abweichende Bestandsart</translation>
    </message>
    <message>
        <source>True variance</source>
        <translation>Echte Abweichung</translation>
    </message>
    <message>
        <source>the file and the ledger agree at the cutoff</source>
        <translation>Datei und Datenbank stimmen zum Stichtag überein</translation>
    </message>
    <message>
        <source>the difference is stock that moved around the cutoff or is in transit; nothing to do</source>
        <translation>die Differenz ist Bestand, der um den Stichtag herum bewegt wurde oder unterwegs ist; nichts zu tun</translation>
    </message>
    <message>
        <source>the file names a SKU or location the ledger does not know</source>
        <translation>die Datei nennt eine SKU oder einen Standort, die der Datenbank unbekannt sind</translation>
    </message>
    <message>
        <source>the same units, counted as on hand in one and damaged in the other</source>
        <translation>dieselben Einheiten, im einen System als Bestand und im anderen als beschädigt geführt</translation>
    </message>
    <message>
        <source>a real difference (or a stock row the file lacks): an adjustment to approve or keep</source>
        <translation>eine echte Differenz (oder eine Bestandszeile, die in der Datei fehlt): eine Korrektur, die freigegeben oder beibehalten wird</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Klassifiziert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>Freizugeben</translation>
    </message>
    <message>
        <source>Ledger kept</source>
        <translation>Datenbank beibehalten</translation>
    </message>
    <message>
        <source>File wins</source>
        <translation>Datei gilt</translation>
    </message>
    <message>
        <source>Ledger wins</source>
        <translation>Datenbank gilt</translation>
    </message>
    <message>
        <source>Lower wins</source>
        <translation>Kleinere Menge gilt</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 Tag</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 Tage</translation>
    </message>
    <message>
        <source>7–30 days</source>
        <translation>7–30 Tage</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 Tage</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden am</translation>
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
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
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
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>Nachgezählt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bestandsart</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation>Zuletzt gezählt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Within interval</source>
        <translation>Im Intervall</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) %1 h</source>
        <translation>
            <numerusform>%Ln Tag %1 h</numerusform>
            <numerusform>%Ln Tage %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation>Zyklische Inventur</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
</context>
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
    <message>
        <source>Scrapped</source>
        <translation>Verschrottet</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Diebstahl</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Payment authorized</source>
        <translation>Zahlung autorisiert</translation>
    </message>
    <message>
        <source>Fulfilling</source>
        <translation>In Auslieferung</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Teilweise versendet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>In Kommissionierung</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Retoure angefordert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Zuteilen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Ablaufen lassen</translation>
    </message>
    <message>
        <source>Authorize payment</source>
        <translation>Zahlung autorisieren</translation>
    </message>
    <message>
        <source>Start fulfillment</source>
        <translation>Auslieferung starten</translation>
    </message>
    <message>
        <source>Part shipped</source>
        <translation>Teilversand</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Verpacken</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <source>Request return</source>
        <translation>Retoure anfordern</translation>
    </message>
    <message>
        <source>Receive to stock</source>
        <translation>In den Bestand einbuchen</translation>
    </message>
    <message>
        <source>Receive as damaged</source>
        <translation>Als beschädigt einbuchen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Auslieferung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Nearest single location</source>
        <translation>Nächster einzelner Standort</translation>
    </message>
    <message>
        <source>Fewest splits</source>
        <translation>Wenigste Aufteilungen</translation>
    </message>
    <message>
        <source>Keep locations balanced</source>
        <translation>Standorte ausgeglichen halten</translation>
    </message>
    <message>
        <source>Protect safety stock</source>
        <translation>Sicherheitsbestand schützen</translation>
    </message>
    <message>
        <source>No stock</source>
        <translation>Kein Bestand</translation>
    </message>
    <message>
        <source>Would drop below safety stock</source>
        <translation>Würde den Sicherheitsbestand unterschreiten</translation>
    </message>
    <message>
        <source>Channel does not ship from here</source>
        <translation>Kanal versendet nicht von hier</translation>
    </message>
    <message>
        <source>Cannot ship the whole order</source>
        <translation>Kann nicht die ganze Bestellung versenden</translation>
    </message>
    <message>
        <source>Farther than an equal alternative</source>
        <translation>Weiter entfernt als eine gleichwertige Alternative</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht benötigt</translation>
    </message>
    <message>
        <source>No coordinates</source>
        <translation>Keine Koordinaten</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>In der Filiale</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Großhandel</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
    <name>SnapshotReviewDialog</name>
    <message>
        <source>%1 needs the supervisor role; the login %2 has no Stockroom role.</source>
        <translation>%1 erfordert die Rolle „supervisor“; die Anmeldung %2 hat keine Stockroom-Rolle.</translation>
    </message>
    <message>
        <source>%1 needs the supervisor role; the login %2 has the %3 role.</source>
        <translation>%1 erfordert die Rolle „supervisor“; die Anmeldung %2 hat die Rolle „%3“.</translation>
    </message>
    <message>
        <source>Ask a supervisor, or connect as one (File ▸ Connect to another ledger…).</source>
        <translation>Wenden Sie sich an einen Supervisor oder verbinden Sie sich als Supervisor (Datei ▸ Mit anderer Datenbank verbinden…).</translation>
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
    <message>
        <source>--read-db: %1</source>
        <translation>--read-db: %1</translation>
    </message>
</context>
<context>
    <name>StockExport</name>
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
        <source>Location name</source>
        <translation>Standortbezeichnung</translation>
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
    <name>Stockroom::Models::AccuracyModel</name>
    <message>
        <source>%1, %2: %3 % within tolerance (%4 of %5 counted lines)</source>
        <translation>%1, %2: %3 % innerhalb der Toleranz (%4 von %5 gezählten Positionen)</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC-Klasse</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Counted lines</source>
        <translation>Gezählte Positionen</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CountDayModel</name>
    <message numerus="yes">
        <source>%1: %Ln count(s) of %2 SKU row(s)</source>
        <translation>
            <numerusform>%1: %Ln Zählung von %2 SKU-Zeile</numerusform>
            <numerusform>%1: %Ln Zählungen von %2 SKU-Zeile(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>SKU rows</source>
        <translation>SKU-Zeilen</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CountReviewModel</name>
    <message>
        <source>Outside tolerance: the variance is more than this many units, or worth more than the class allows</source>
        <translation>Außerhalb der Toleranz: Die Abweichung beträgt mehr als so viele Einheiten oder ist mehr wert, als die Klasse zulässt</translation>
    </message>
    <message>
        <source>Within tolerance for class %1</source>
        <translation>Innerhalb der Toleranz für Klasse %1</translation>
    </message>
    <message>
        <source>Approving leaves %1 on hand while %2 are reserved: approve with “release holds”, or recount.</source>
        <translation>Nach der Freigabe wäre der Bestand %1, reserviert sind aber %2: Mit „Reservierungen freigeben“ freigeben oder nachzählen.</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Two counters counted this SKU in the same area: the units may have been counted twice</source>
        <translation>Zwei Zähler haben diese SKU im selben Bereich gezählt: Die Einheiten wurden eventuell doppelt gezählt</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>outside ±%1</source>
        <translation>außerhalb ±%1</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>confirmed (was %1)</source>
        <translation>bestätigt (vorher %1)</translation>
    </message>
    <message>
        <source>differs (was %1)</source>
        <translation>abweichend (vorher %1)</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>Short of reserved (%1 held)</source>
        <translation>Unter Reservierung (%1 reserviert)</translation>
    </message>
    <message>
        <source>What the ledger held when the SKU was counted (at the count&apos;s pinned position)</source>
        <translation>Was die Datenbank beim Zählen der SKU enthielt (laut Bestandsabzug der Zählung)</translation>
    </message>
    <message>
        <source>The variance times the unit cost</source>
        <translation>Abweichung mal Stückkosten</translation>
    </message>
    <message>
        <source>Two counters counted the SKU in the same area: the units may have been counted twice</source>
        <translation>Zwei Zähler haben die SKU im selben Bereich gezählt: Die Einheiten wurden eventuell doppelt gezählt</translation>
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
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <source>Double?</source>
        <translation>Doppelt?</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Gezählt von</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CountSessionModel</name>
    <message>
        <source>Blind: counters are not shown what the ledger expects</source>
        <translation>Blind: Die Zähler sehen nicht, was die Datenbank erwartet</translation>
    </message>
    <message>
        <source>Open: counters see what the ledger expects</source>
        <translation>Offen: Die Zähler sehen, was die Datenbank erwartet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>Freizugeben</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CoverageModel</name>
    <message numerus="yes">
        <source>%1 · %Ln day(s)</source>
        <translation>
            <numerusform>%1 · %Ln Tag</numerusform>
            <numerusform>%1 · %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 stock rows counted in the last %Ln day(s) (%4 %); %5 overdue</source>
        <translation>
            <numerusform>%1: %2 von %3 Bestandszeilen im letzten %Ln Tag gezählt (%4 %); %5 überfällig</numerusform>
            <numerusform>%1: %2 von %3 Bestandszeilen in den letzten %Ln Tagen gezählt (%4 %); %5 überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC-Klasse</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Stock rows</source>
        <translation>Bestandszeilen</translation>
    </message>
    <message>
        <source>Counted in time</source>
        <translation>Rechtzeitig gezählt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Zählabdeckung (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::DashboardLinesModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Variance (units)</source>
        <translation>Abweichung (Einheiten)</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Offener Punkt</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::DashboardModel</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::DiscrepancyModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Open %1: %Ln item(s)</source>
        <translation>
            <numerusform>Alter %1: %Ln offener Punkt</numerusform>
            <numerusform>Alter %1: %Ln offene Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Offen gesamt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::FlashSaleSampleModel</name>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
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
        <source>Returned by expiry</source>
        <translation>Durch Ablauf freigegeben</translation>
    </message>
    <message>
        <source>Refused (sold out)</source>
        <translation>Abgelehnt (ausverkauft)</translation>
    </message>
    <message>
        <source>Waiting for a lock</source>
        <translation>Wartet auf Sperre</translation>
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
    <message>
        <source>Stock</source>
        <translation>Bestandsart</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::OrderModel</name>
    <message>
        <source>Stuck: longer in this state than its time limit</source>
        <translation>Hängt fest: länger in diesem Status, als seine Frist erlaubt</translation>
    </message>
    <message>
        <source>Picked up at %1</source>
        <translation>Abholung am Standort %1</translation>
    </message>
    <message>
        <source>%1 (stuck)</source>
        <translation>%1 (hängt fest)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation>Abholung: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>Im Status seit</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ReadWorker</name>
    <message numerus="yes">
        <source>the replica is more than %n second(s) behind</source>
        <translation>
            <numerusform>das Replikat liegt mehr als %n Sekunde zurück</numerusform>
            <numerusform>das Replikat liegt mehr als %n Sekunden zurück</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ReservationModel</name>
    <message numerus="yes">
        <source>Expired %Ln second(s) ago</source>
        <translation>
            <numerusform>Vor %Ln Sekunde abgelaufen</numerusform>
            <numerusform>Vor %Ln Sekunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln minute(s) ago</source>
        <translation>
            <numerusform>Vor %Ln Minute abgelaufen</numerusform>
            <numerusform>Vor %Ln Minuten abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln hour(s) ago</source>
        <translation>
            <numerusform>Vor %Ln Stunde abgelaufen</numerusform>
            <numerusform>Vor %Ln Stunden abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>The hold&apos;s time has run out; the next sweep returns its stock.</source>
        <translation>Die Reservierungsfrist ist abgelaufen; die nächste Bereinigung gibt den Bestand wieder frei.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Reservierung</translation>
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
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ShrinkageModel</name>
    <message>
        <source>%1: %2 % shrinkage (%3 units lost, %4 sold)</source>
        <translation>%1: %2 % Schwund (%3 Einheiten verloren, %4 verkauft)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Units lost</source>
        <translation>Verlorene Einheiten</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Verkaufte Einheiten</translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation>Schwund (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::SnapshotModel</name>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2 units apart — %3</source>
        <translation>
            <numerusform>%1: %Ln Position, %2 Einheiten Differenz — %3</numerusform>
            <numerusform>%1: %Ln Positionen, %2 Einheiten Differenz — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Units apart</source>
        <translation>Einheiten Differenz</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::SnapshotReviewModel</name>
    <message>
        <source>Check to approve this adjustment (Space checks the selected lines)</source>
        <translation>Ankreuzen, um diese Korrektur freizugeben (die Leertaste kreuzt die ausgewählten Positionen an)</translation>
    </message>
    <message>
        <source>Line %1 of the file (the header is line 1)</source>
        <translation>Zeile %1 der Datei (die Kopfzeile ist Zeile 1)</translation>
    </message>
    <message>
        <source>Not in the file: the ledger had this stock at one of the file&apos;s locations</source>
        <translation>Nicht in der Datei: Laut Datenbank lag dieser Bestand an einem der Standorte der Datei</translation>
    </message>
    <message>
        <source>What the ledger held at the snapshot&apos;s time, in the line&apos;s bucket</source>
        <translation>Bestand laut Datenbank zum Zeitpunkt des Bestandsabzugs, in der Bestandsart der Position</translation>
    </message>
    <message>
        <source>Conflict policy: %1</source>
        <translation>Konfliktregel: %1</translation>
    </message>
    <message>
        <source>The policy (%1) keeps the ledger&apos;s quantity: nothing is posted</source>
        <translation>Die Regel (%1) behält die Menge der Datenbank bei: Es wird nichts gebucht</translation>
    </message>
    <message>
        <source>Posted as movement %1</source>
        <translation>Als Buchung %1 gebucht</translation>
    </message>
    <message>
        <source>not in file</source>
        <translation>nicht in der Datei</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (beschädigt)</translation>
    </message>
    <message>
        <source>Unknown item</source>
        <translation>Unbekannter Eintrag</translation>
    </message>
    <message>
        <source>Lines checked for approval</source>
        <translation>Zur Freigabe angekreuzte Positionen</translation>
    </message>
    <message>
        <source>What the ledger held at the snapshot&apos;s time (the balance minus every movement after it)</source>
        <translation>Bestand laut Datenbank zum Zeitpunkt des Bestandsabzugs (aktueller Bestand abzüglich aller späteren Buchungen)</translation>
    </message>
    <message>
        <source>The quantity in the file</source>
        <translation>Die Menge in der Datei</translation>
    </message>
    <message>
        <source>The file&apos;s quantity minus the ledger&apos;s at the snapshot&apos;s time</source>
        <translation>Menge der Datei abzüglich der Menge der Datenbank zum Zeitpunkt des Bestandsabzugs</translation>
    </message>
    <message>
        <source>The adjustment the source&apos;s conflict policy proposes</source>
        <translation>Die Korrektur, die die Konfliktregel der Quelle vorschlägt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Book at cutoff</source>
        <translation>Buchbestand am Stichtag</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
    <name>Stockroom::Models::TransferModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagerung</translation>
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
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Shipped by</source>
        <translation>Versendet von</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::VarianceModel</name>
    <message numerus="yes">
        <source>%1: %Ln movement(s), %2 units moved (net %3), value %4; with the reasons before it %5 % of the whole</source>
        <translation>
            <numerusform>%1: %Ln Buchung, %2 Einheiten bewegt (netto %3), Wert %4; zusammen mit den vorangehenden Gründen %5 % des Gesamten</numerusform>
            <numerusform>%1: %Ln Buchungen, %2 Einheiten bewegt (netto %3), Wert %4; zusammen mit den vorangehenden Gründen %5 % des Gesamten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s) of SKUs without a unit cost are not in the value.</source>
        <translation>
            <numerusform>%Ln Buchung einer SKU ohne Stückkosten ist im Wert nicht enthalten.</numerusform>
            <numerusform>%Ln Buchungen von SKUs ohne Stückkosten sind im Wert nicht enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translation>Bewegte Einheiten</translation>
    </message>
    <message>
        <source>Net units</source>
        <translation>Einheiten netto</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Wert zu Stückkosten</translation>
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation>Kumuliert (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::AccuracyCard</name>
    <message>
        <source>Inventory record accuracy</source>
        <translation>Bestandsgenauigkeit</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>Best in class %1 %</source>
        <translation>Spitzenwert %1 %</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>No counted lines were decided %1: accuracy appears once a count session is submitted and its lines are reviewed.</source>
        <translation>Es wurden %1 keine gezählten Positionen entschieden: Die Bestandsgenauigkeit erscheint, sobald eine Zählsitzung eingereicht und ihre Positionen geprüft sind.</translation>
    </message>
    <message>
        <source>best in class</source>
        <translation>Spitzenwert erreicht</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>below the 95 % target</source>
        <translation>unter dem Ziel von 95 %</translation>
    </message>
    <message>
        <source>%1%2 % of %3 counted lines within tolerance — %4</source>
        <translation>%1%2 % von %3 gezählten Positionen innerhalb der Toleranz — %4</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::AllocationDialog</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>distance unknown</source>
        <translation>Entfernung unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✓ Complete · best</source>
        <translation>✓ Vollständig · beste Wahl</translation>
    </message>
    <message>
        <source>✓ Complete</source>
        <translation>✓ Vollständig</translation>
    </message>
    <message numerus="yes">
        <source>Short of %Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Einheit fehlt</numerusform>
            <numerusform>%Ln Einheiten fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>ships from nowhere</source>
        <translation>wird von keinem Standort versendet</translation>
    </message>
    <message>
        <source>Ships from 1 location (no split)</source>
        <translation>Versand ab 1 Standort (keine Aufteilung)</translation>
    </message>
    <message>
        <source>Ships from %1 (%2)</source>
        <translation>Versand ab %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln Standort</numerusform>
            <numerusform>%Ln Standorten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln split(s)</source>
        <translation>
            <numerusform>%Ln Aufteilung</numerusform>
            <numerusform>%Ln Aufteilungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>Distance unknown</source>
        <translation>Entfernung unbekannt</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Näherungsweise</translation>
    </message>
    <message>
        <source>Approximate: %1</source>
        <translation>Näherungsweise: %1</translation>
    </message>
    <message>
        <source>Score %1 (lower is better)</source>
        <translation>Bewertung %1 (niedriger ist besser)</translation>
    </message>
    <message>
        <source>100 per extra location, plus the kilometres from each location used, 1,000 per location of unknown distance, 10 per line left below safety stock and 10,000 per line the plan leaves short.</source>
        <translation>100 je zusätzlichem Standort, dazu die Kilometer ab jedem genutzten Standort, 1.000 je Standort mit unbekannter Entfernung, 10 je Position, die unter dem Sicherheitsbestand bleibt, und 10.000 je Position, die der Plan nicht abdeckt.</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>Identisch mit: %1</translation>
    </message>
    <message>
        <source>Press %1 to choose this plan.</source>
        <translation>Drücken Sie %1, um diesen Plan zu wählen.</translation>
    </message>
    <message>
        <source>Lines of this plan</source>
        <translation>Positionen dieses Plans</translation>
    </message>
    <message>
        <source>Locations passed over, and why</source>
        <translation>Nicht berücksichtigte Standorte und Gründe</translation>
    </message>
    <message>
        <source>&amp;Apply plan</source>
        <translation>Plan &amp;übernehmen</translation>
    </message>
    <message>
        <source>Allocate order %1</source>
        <translation>Bestellung %1 zuteilen</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Rest danach</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reading stock and working out the plans…</source>
        <translation>Bestand wird gelesen und Pläne werden berechnet…</translation>
    </message>
    <message>
        <source>Could not work out the plans: %1</source>
        <translation>Die Pläne konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No plans to show.</source>
        <translation>Keine Pläne vorhanden.</translation>
    </message>
    <message>
        <source>picked up at %1</source>
        <translation>Abholung am Standort %1</translation>
    </message>
    <message>
        <source>ships to %1, %2</source>
        <translation>Versand nach %1, %2</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · %4</source>
        <translation>Bestellung %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>warehouses</source>
        <translation>Lagern</translation>
    </message>
    <message>
        <source>stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>%1 orders ship from %2; %3</source>
        <translation>Bestellungen aus dem Kanal „%1“ werden aus %2 versendet; %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>no plan takes a location below its safety stock.</source>
        <translation>kein Plan bringt einen Standort unter seinen Sicherheitsbestand.</translation>
    </message>
    <message>
        <source>plans may sell into safety stock, except &quot;%1&quot;.</source>
        <translation>Pläne dürfen den Sicherheitsbestand anbrechen, außer „%1“.</translation>
    </message>
    <message>
        <source>Leaves %1 below its safety stock</source>
        <translation>Unterschreitet den Sicherheitsbestand um %1</translation>
    </message>
    <message>
        <source>After this plan %1 would have %2 of %3, below its safety stock of %4.</source>
        <translation>Nach diesem Plan hätte %1 noch %2 × %3, weniger als der Sicherheitsbestand von %4.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>Short: no location this plan may use has it</source>
        <translation>Fehlt: Kein Standort, den dieser Plan nutzen darf, hat den Artikel</translation>
    </message>
    <message numerus="yes">
        <source>Lines of this plan (%Ln below safety stock)</source>
        <translation>
            <numerusform>Positionen dieses Plans (%Ln unter Sicherheitsbestand)</numerusform>
            <numerusform>Positionen dieses Plans (%Ln unter Sicherheitsbestand)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locations passed over, and why (%1)</source>
        <translation>Nicht berücksichtigte Standorte und Gründe (%1)</translation>
    </message>
    <message>
        <source>Order %1 is %2 now: only a new order (Created) can be allocated.</source>
        <translation>Bestellung %1 hat jetzt den Status „%2“: Nur eine neue Bestellung (Erstellt) kann zugeteilt werden.</translation>
    </message>
    <message>
        <source>There is no plan to apply.</source>
        <translation>Es gibt keinen Plan zum Übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>This plan is short of %Ln unit(s) and cannot be applied: choose a complete plan, or receive the stock first.</source>
        <translation>
            <numerusform>Diesem Plan fehlt %Ln Einheit, daher kann er nicht übernommen werden: Wählen Sie einen vollständigen Plan oder buchen Sie zuerst den Wareneingang.</numerusform>
            <numerusform>Diesem Plan fehlen %Ln Einheiten, daher kann er nicht übernommen werden: Wählen Sie einen vollständigen Plan oder buchen Sie zuerst den Wareneingang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying reserves %Ln unit(s) at %1 for this order.</source>
        <translation>
            <numerusform>Beim Übernehmen wird %Ln Einheit an %1 für diese Bestellung reserviert.</numerusform>
            <numerusform>Beim Übernehmen werden %Ln Einheiten an %1 für diese Bestellung reserviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserving the plan…</source>
        <translation>Plan wird reserviert…</translation>
    </message>
    <message>
        <source>Nothing was reserved: the stock changed while you were looking (something was sold, received or reserved). The plans below are worked out again from the stock as it is now; check the one you want and apply it again.</source>
        <translation>Es wurde nichts reserviert: Der Bestand hat sich geändert, während Sie die Pläne angesehen haben (etwas wurde verkauft, eingebucht oder reserviert). Die Pläne unten werden aus dem aktuellen Bestand neu berechnet; prüfen Sie den gewünschten Plan und übernehmen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Could not reserve the plan: %1</source>
        <translation>Der Plan konnte nicht reserviert werden: %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::AllocationMap</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>distance unknown</source>
        <translation>Entfernung unbekannt</translation>
    </message>
    <message>
        <source>Where the order ships from</source>
        <translation>Woher die Bestellung versendet wird</translation>
    </message>
    <message>
        <source>Longitude (°)</source>
        <translation>Längengrad (°)</translation>
    </message>
    <message>
        <source>Latitude (°)</source>
        <translation>Breitengrad (°)</translation>
    </message>
    <message>
        <source>Reading where the order can ship from…</source>
        <translation>Mögliche Versandstandorte werden gelesen…</translation>
    </message>
    <message>
        <source>Where order %1 ships from</source>
        <translation>Woher Bestellung %1 versendet wird</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Not for this channel</source>
        <translation>Nicht für diesen Kanal</translation>
    </message>
    <message>
        <source>%1 (%2), %3 from the destination</source>
        <translation>%1 (%2), zum Ziel: %3</translation>
    </message>
    <message numerus="yes">
        <source>Ships %Ln unit(s) in this plan</source>
        <translation>
            <numerusform>Versendet in diesem Plan %Ln Einheit</numerusform>
            <numerusform>Versendet in diesem Plan %Ln Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The channel does not ship from a %1.</source>
        <translation>Der Kanal versendet nicht ab Standorten vom Typ „%1“.</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Pickup at %1</source>
        <translation>Abholung am Standort %1</translation>
    </message>
    <message>
        <source>The order ships here</source>
        <translation>Die Bestellung wird hierher versendet</translation>
    </message>
    <message>
        <source>Picked up at %1</source>
        <translation>Abholung am Standort %1</translation>
    </message>
    <message>
        <source>No location has coordinates, so there is no map.
Set them with Stock ▸ Edit location (Ctrl+Shift+L).</source>
        <translation>Kein Standort hat Koordinaten, daher gibt es keine Karte.
Sie lassen sich unter Bestand ▸ Standort bearbeiten (Strg+Umschalt+L) eintragen.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CalendarCard</name>
    <message>
        <source>Counts per day</source>
        <translation>Zählungen pro Tag</translation>
    </message>
    <message>
        <source>No counts were recorded %1.</source>
        <translation>Es wurden %1 keine Zählungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 counts on %2 of %Ln day(s); the busiest, %3, had %4</source>
        <translation>
            <numerusform>%1 Zählungen an %2 von %Ln Tag; der stärkste Tag, %3, hatte %4</numerusform>
            <numerusform>%1 Zählungen an %2 von %Ln Tagen; der stärkste Tag, %3, hatte %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CalendarHeatMap</name>
    <message>
        <source>Counts per day</source>
        <translation>Zählungen pro Tag</translation>
    </message>
    <message>
        <source>%1: no counts</source>
        <translation>%1: keine Zählungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Counts per day:</source>
        <translation>Zählungen pro Tag:</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ChartCard</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Lines…</source>
        <translation>Positionen…</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Datenbank wird gelesen…</translation>
    </message>
    <message>
        <source>The lines behind this chart, with the dashboard&apos;s filters</source>
        <translation>Die Positionen hinter diesem Diagramm, mit den Filtern des Dashboards</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG) or a PDF</source>
        <translation>Dieses Diagramm als Bild (PNG) oder PDF speichern</translation>
    </message>
    <message>
        <source>As PNG picture…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> am Standort %1</translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation> in Region %1</translation>
    </message>
    <message>
        <source>between %1 and %2%3</source>
        <translation>zwischen %1 und %2%3</translation>
    </message>
    <message>
        <source>Could not read this chart: %1</source>
        <translation>Dieses Diagramm konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
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
    <message>
        <source>&amp;Allow sending the remembered password to this server without TLS</source>
        <translation>Gespeichertes Passwort auch &amp;ohne TLS an diesen Server senden</translation>
    </message>
    <message>
        <source>Without TLS anyone on the network path can read the password. Leave this off unless the server cannot do TLS and the network is yours.</source>
        <translation>Ohne TLS kann jeder auf dem Netzwerkweg das Passwort mitlesen. Lassen Sie dies aus, es sei denn, der Server kann kein TLS und das Netzwerk gehört Ihnen.</translation>
    </message>
    <message>
        <source>optional: postgresql://standby.example.com:5432/stockroom</source>
        <translation>optional: postgresql://standby.example.com:5432/stockroom</translation>
    </message>
    <message>
        <source>A streaming standby of this server. The stock view, the ledger panel and the dashboard read from it; every operation still goes to the server above. Same user and password, same TLS mode unless the URL names one. Leave empty to read from the server.</source>
        <translation>Ein Streaming-Standby dieses Servers. Bestandsansicht, Bewegungsbereich und Dashboard lesen von ihm; alle Vorgänge gehen weiterhin an den oben genannten Server. Gleicher Benutzer, gleiches Passwort und gleicher TLS-Modus, sofern die URL keinen anderen nennt. Leer lassen, um vom Server zu lesen.</translation>
    </message>
    <message>
        <source>Read r&amp;eplica URL:</source>
        <translation>URL des Lese&amp;replikats:</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountPlanDialog</name>
    <message>
        <source>Went to zero</source>
        <translation>Auf null gefallen</translation>
    </message>
    <message>
        <source>Last count found a difference</source>
        <translation>Letzte Zählung mit Abweichung</translation>
    </message>
    <message>
        <source>Never counted</source>
        <translation>Nie gezählt</translation>
    </message>
    <message>
        <source>Due by its class</source>
        <translation>Laut ABC-Klasse fällig</translation>
    </message>
    <message>
        <source>&amp;Blind (counters do not see expected quantities)</source>
        <translation>&amp;Blind (Zähler sehen keine Sollmengen)</translation>
    </message>
    <message>
        <source>&amp;Start a session for this plan</source>
        <translation>Sitzung für diesen &amp;Plan starten</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>Was zu zählen ist</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
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
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Plan wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the plan: %1</source>
        <translation>Der Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 rows due, %2 of them triggered; %3 planned for the day, %4 over the daily cap, %5 already in an open session.</source>
        <translation>%1 Zeilen fällig, davon %2 durch Ereignisse ausgelöst; %3 für den Tag geplant, %4 über der Tagesobergrenze, %5 bereits in einer offenen Sitzung.</translation>
    </message>
    <message>
        <source>Nothing is due on this day: every row was counted within its class&apos;s interval, and none went to zero or showed a difference since.</source>
        <translation>An diesem Tag ist nichts fällig: Jede Zeile wurde innerhalb des Intervalls ihrer Klasse gezählt, und keine ist seitdem auf null gefallen oder hat eine Abweichung gezeigt.</translation>
    </message>
    <message>
        <source>Starting a count session needs the manager role</source>
        <translation>Zum Starten einer Zählsitzung ist die Rolle „manager“ erforderlich</translation>
    </message>
    <message>
        <source>Choose one location: a session counts one location</source>
        <translation>Wählen Sie einen Standort: Eine Sitzung zählt genau einen Standort</translation>
    </message>
    <message>
        <source>Nothing to count</source>
        <translation>Nichts zu zählen</translation>
    </message>
    <message>
        <source>One session with the planned rows of this location and day</source>
        <translation>Eine Sitzung mit den geplanten Zeilen dieses Standorts und Tages</translation>
    </message>
    <message>
        <source>The session was not started: %1</source>
        <translation>Die Sitzung wurde nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountReviewDialog</name>
    <message>
        <source>&amp;Outside tolerance only</source>
        <translation>&amp;Nur außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>Auswahl &amp;freigeben</translation>
    </message>
    <message>
        <source>Approve all &amp;within tolerance</source>
        <translation>Alle &amp;innerhalb der Toleranz freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject selected…</source>
        <translation>Auswahl a&amp;blehnen…</translation>
    </message>
    <message>
        <source>Order re&amp;count</source>
        <translation>Nach&amp;zählung anordnen</translation>
    </message>
    <message>
        <source>Review count session %1</source>
        <translation>Zählsitzung %1 prüfen</translation>
    </message>
    <message>
        <source>Show only the lines whose variance is outside their class&apos;s tolerance</source>
        <translation>Nur Positionen anzeigen, deren Abweichung außerhalb der Toleranz ihrer Klasse liegt</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Could not read the review</source>
        <translation>Die Prüfung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Review count session %1 — %2</source>
        <translation>Zählsitzung %1 prüfen — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 lines: %4 to approve, %5 waiting for a recount, %6 decided, %7 outside tolerance</source>
        <translation>%1 · %2 · %3 Positionen: %4 freizugeben, %5 warten auf Nachzählung, %6 entschieden, %7 außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Approving, rejecting and recounting need the supervisor role; %1 is connected as %2.</source>
        <translation>Freigeben, Ablehnen und Nachzählen erfordern die Rolle „supervisor“; aktuelle Rolle von %1: %2.</translation>
    </message>
    <message>
        <source>no stockroom role</source>
        <translation>keine Stockroom-Rolle</translation>
    </message>
    <message>
        <source>This session is %1: there is nothing to decide.</source>
        <translation>Diese Sitzung ist %1: Es gibt nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>Post the selected lines&apos; variances to the ledger (all or nothing)</source>
        <translation>Die Abweichungen der ausgewählten Positionen in der Datenbank buchen (alle oder keine)</translation>
    </message>
    <message numerus="yes">
        <source>Approve every line waiting for approval whose variance is within tolerance: %n line(s)</source>
        <translation>
            <numerusform>Jede auf Freigabe wartende Position freigeben, deren Abweichung innerhalb der Toleranz liegt: %n Position</numerusform>
            <numerusform>Jede auf Freigabe wartende Position freigeben, deren Abweichung innerhalb der Toleranz liegt: %n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the ledger as it is for the selected lines, with a reason</source>
        <translation>Die Datenbank für die ausgewählten Positionen unverändert lassen, mit Begründung</translation>
    </message>
    <message>
        <source>Send the selected lines to be counted again, by someone who did not count them</source>
        <translation>Die ausgewählten Positionen erneut zählen lassen, von jemandem, der sie nicht gezählt hat</translation>
    </message>
    <message>
        <source>%1 %2: %3 on hand after approval, %4 reserved</source>
        <translation>%1 %2: Bestand nach Freigabe %3, reserviert %4</translation>
    </message>
    <message>
        <source>Approve counts</source>
        <translation>Zählungen freigeben</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approving leaves less on hand than is reserved for these SKUs. Release holds (not orders&apos; holds) so the count can be applied, or cancel and order a recount:</source>
        <translation>Nach der Freigabe wäre der Bestand dieser SKUs kleiner als die Reservierungen. Geben Sie Reservierungen frei (nicht die von Bestellungen), damit die Zählung gebucht werden kann, oder brechen Sie ab und ordnen Sie eine Nachzählung an:</translation>
    </message>
    <message>
        <source>Release holds and approve</source>
        <translation>Reservierungen freigeben und Zählung freigeben</translation>
    </message>
    <message>
        <source>Approve without releasing</source>
        <translation>Freigeben, ohne Reservierungen freizugeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n line(s)? Each posts its variance to the ledger once.</source>
        <translation>
            <numerusform>%n Position freigeben? Ihre Abweichung wird einmal in der Datenbank gebucht.</numerusform>
            <numerusform>%n Positionen freigeben? Jede bucht ihre Abweichung einmal in der Datenbank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n line(s) within tolerance? Each posts its variance to the ledger once.</source>
        <translation>
            <numerusform>Die %n Position innerhalb der Toleranz freigeben? Ihre Abweichung wird einmal in der Datenbank gebucht.</numerusform>
            <numerusform>Alle %n Positionen innerhalb der Toleranz freigeben? Jede bucht ihre Abweichung einmal in der Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject counts</source>
        <translation>Zählungen ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Reject the counts of %n line(s)? The ledger keeps its quantities for them.</source>
        <translation>
            <numerusform>Die Zählung von %n Position ablehnen? Die Datenbank behält ihre Menge.</numerusform>
            <numerusform>Die Zählungen von %n Positionen ablehnen? Die Datenbank behält ihre Mengen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason (required, kept with the count):</source>
        <translation>Grund (erforderlich, wird mit der Zählung gespeichert):</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Nothing was approved</source>
        <translation>Es wurde nichts freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was rejected</source>
        <translation>Es wurde nichts abgelehnt</translation>
    </message>
    <message>
        <source>Sent for a recount</source>
        <translation>Zur Nachzählung geschickt</translation>
    </message>
    <message>
        <source>No recount was ordered</source>
        <translation>Es wurde keine Nachzählung angeordnet</translation>
    </message>
    <message>
        <source>%1: %2 line(s).</source>
        <translation>%1: %2 Position(en).</translation>
    </message>
    <message>
        <source>%1 line(s) left as they were (already decided, or outside tolerance).</source>
        <translation>%1 Position(en) unverändert gelassen (bereits entschieden oder außerhalb der Toleranz).</translation>
    </message>
    <message>
        <source>%1 hold(s) released.</source>
        <translation>%1 Reservierung(en) freigegeben.</translation>
    </message>
    <message>
        <source>Every line is decided: the session is closed.</source>
        <translation>Alle Positionen sind entschieden: Die Sitzung ist abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountScreen</name>
    <message>
        <source>&amp;Finish and submit…</source>
        <translation>&amp;Abschließen und einreichen…</translation>
    </message>
    <message>
        <source>Count session %1</source>
        <translation>Zählsitzung %1</translation>
    </message>
    <message>
        <source>Shelf or bay, if you count by area</source>
        <translation>Regal oder Fach, falls nach Bereich gezählt</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Barcode scannen oder SKU eingeben, dann Eingabe</translation>
    </message>
    <message>
        <source>How many are there?</source>
        <translation>Wie viele sind da?</translation>
    </message>
    <message>
        <source>Enter records the count; the scan field is then ready for the next label.</source>
        <translation>Eingabe speichert die Zählung; dann ist das Scanfeld bereit für das nächste Etikett.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>C&amp;ounted:</source>
        <translation>&amp;Gezählt:</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>Zuletzt erfasst</translation>
    </message>
    <message>
        <source>Offline: keep counting. Counts are kept on this device and sent when the connection returns.</source>
        <translation>Offline: Weiterzählen. Zählungen werden auf diesem Gerät gespeichert und gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Could not read the count sheet: %1</source>
        <translation>Die Zählliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Count session %1 — %2</source>
        <translation>Zählsitzung %1 — %2</translation>
    </message>
    <message>
        <source>Blind count: count what you see; the ledger&apos;s quantities are not shown.</source>
        <translation>Blindzählung: Zählen Sie, was Sie sehen; die Mengen der Datenbank werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Open count: the ledger&apos;s quantity is shown after each scan.</source>
        <translation>Offene Zählung: Die Menge der Datenbank wird nach jedem Scan angezeigt.</translation>
    </message>
    <message>
        <source>Full count: everything at this location, including SKUs not on the sheet.</source>
        <translation>Vollzählung: alles an diesem Standort, auch SKUs, die nicht auf der Liste stehen.</translation>
    </message>
    <message>
        <source>Recount: only the SKUs sent for a recount take counts now.</source>
        <translation>Nachzählung: Jetzt nur die SKUs zählen, die zur Nachzählung geschickt wurden.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>End counting and send the session for review</source>
        <translation>Zählen beenden und Sitzung zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>This session is %1: counting has ended</source>
        <translation>Status der Sitzung: %1 – das Zählen ist beendet</translation>
    </message>
    <message>
        <source>This session is %1: it takes no more counts.</source>
        <translation>Diese Sitzung ist %1: Sie nimmt keine Zählungen mehr an.</translation>
    </message>
    <message>
        <source>%1 of %2 recounted</source>
        <translation>%1 von %2 nachgezählt</translation>
    </message>
    <message>
        <source>%1 of %2 SKUs counted</source>
        <translation>%1 von %2 SKUs gezählt</translation>
    </message>
    <message>
        <source>%1 is not on this sheet: it is added to the full count if the ledger knows it.</source>
        <translation>%1 steht nicht auf dieser Liste: Die SKU wird der Vollzählung hinzugefügt, wenn die Datenbank sie kennt.</translation>
    </message>
    <message>
        <source>“%1” is not on this count sheet. Check the label, or scan the next one.</source>
        <translation>„%1“ steht nicht auf dieser Zählliste. Etikett prüfen oder das nächste scannen.</translation>
    </message>
    <message>
        <source>%1 %2 is not waiting for a recount: scan one of the SKUs sent for a recount.</source>
        <translation>%1 %2 wartet nicht auf eine Nachzählung: Scannen Sie eine der SKUs, die zur Nachzählung geschickt wurden.</translation>
    </message>
    <message>
        <source>The ledger holds %1.</source>
        <translation>Laut Datenbank: %1.</translation>
    </message>
    <message>
        <source>Counted before in this session: %1. A new count is added to it (count each area once).</source>
        <translation>In dieser Sitzung bereits gezählt: %1. Eine neue Zählung wird addiert (jeden Bereich nur einmal zählen).</translation>
    </message>
    <message>
        <source>Type the number of units you counted, then Enter.</source>
        <translation>Gezählte Menge eingeben, dann Eingabe.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Recorded %1 × %2. Scan the next label.</source>
        <translation>%1 × %2 erfasst. Nächstes Etikett scannen.</translation>
    </message>
    <message>
        <source>Recorded (sent before)</source>
        <translation>Erfasst (bereits gesendet)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>The count of %1 was not recorded: %2</source>
        <translation>Die Zählung von %1 wurde nicht erfasst: %2</translation>
    </message>
    <message>
        <source>Kept offline — sent when the connection returns</source>
        <translation>Offline gespeichert — wird gesendet, sobald die Verbindung besteht</translation>
    </message>
    <message>
        <source>Recorded (sent after reconnecting)</source>
        <translation>Erfasst (nach Wiederverbindung gesendet)</translation>
    </message>
    <message>
        <source>Finish and submit</source>
        <translation>Abschließen und einreichen</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s) have not reached the ledger yet. Submit once they have been sent: the list below says when.</source>
        <translation>
            <numerusform>%n Zählung hat die Datenbank noch nicht erreicht. Reichen Sie ein, sobald sie gesendet ist: Die Liste unten zeigt, wann.</numerusform>
            <numerusform>%n Zählungen haben die Datenbank noch nicht erreicht. Reichen Sie ein, sobald sie gesendet sind: Die Liste unten zeigt, wann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish count session %1 and send it for review? Only recounts can be added afterwards.</source>
        <translation>Zählsitzung %1 abschließen und zur Prüfung einreichen? Danach sind nur noch Nachzählungen möglich.</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) on the sheet were not counted: they are left out of this count.</source>
        <translation>
            <numerusform>%n SKU auf der Liste wurde nicht gezählt: Sie bleibt bei dieser Zählung unberücksichtigt.</numerusform>
            <numerusform>%n SKUs auf der Liste wurden nicht gezählt: Sie bleiben bei dieser Zählung unberücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncounted SKUs</source>
        <translation>Nicht gezählte SKUs</translation>
    </message>
    <message numerus="yes">
        <source>This is a full count and %n SKU(s) on the sheet were not counted. Confirm that none of them is at this location? They are recorded as counted zero.</source>
        <translation>
            <numerusform>Dies ist eine Vollzählung, und %n SKU auf der Liste wurde nicht gezählt. Bestätigen, dass sie nicht an diesem Standort vorhanden ist? Sie wird mit der Zählung null erfasst.</numerusform>
            <numerusform>Dies ist eine Vollzählung, und %n SKUs auf der Liste wurden nicht gezählt. Bestätigen, dass keine davon an diesem Standort vorhanden ist? Sie werden mit der Zählung null erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message>
        <source>Submitted for review: %1 line(s) to approve, %2 sent for a recount.</source>
        <translation>Zur Prüfung eingereicht: %1 Position(en) freizugeben, %2 zur Nachzählung geschickt.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountSheet</name>
    <message>
        <source>Count sheet: session %1</source>
        <translation>Zählliste: Sitzung %1</translation>
    </message>
    <message numerus="yes">
        <source>Location %1 · printed %2 · %Ln SKU(s)</source>
        <translation>
            <numerusform>Standort %1 · gedruckt %2 · %Ln SKU</numerusform>
            <numerusform>Standort %1 · gedruckt %2 · %Ln SKUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind count: expected quantities are not shown</source>
        <translation>Blindzählung: Sollmengen werden nicht angezeigt</translation>
    </message>
    <message>
        <source>Open count: expected quantities shown</source>
        <translation>Offene Zählung: Sollmengen werden angezeigt</translation>
    </message>
    <message>
        <source>Write the number of units you count in the box; write 0 when there are none.</source>
        <translation>Tragen Sie die gezählte Menge in das Feld ein; schreiben Sie 0, wenn nichts vorhanden ist.</translation>
    </message>
    <message>
        <source>Full count: every SKU on this sheet needs a number.</source>
        <translation>Vollzählung: Jede SKU auf dieser Liste braucht eine Zahl.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>SKU and name</source>
        <translation>SKU und Bezeichnung</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No barcode: the code is too long to print one. Type the SKU.</source>
        <translation>Kein Barcode: Der Code ist zu lang zum Drucken. SKU eingeben.</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>Soll %1</translation>
    </message>
    <message>
        <source>This session has no SKUs to count.</source>
        <translation>Diese Sitzung hat keine SKUs zu zählen.</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Gezählt von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write to it.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Writing %1 did not finish: the disk may be full.</source>
        <translation>Das Schreiben von %1 wurde nicht abgeschlossen: Der Datenträger ist möglicherweise voll.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountsView</name>
    <message>
        <source>no stockroom role</source>
        <translation>keine Stockroom-Rolle</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Zählen</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;What to count…</source>
        <translation>&amp;Was zählen…</translation>
    </message>
    <message>
        <source>Open (counting or in review)</source>
        <translation>Offen (laufend oder zu prüfen)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Print a count sheet…</source>
        <translation>Zählliste &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Enter counts from a sheet…</source>
        <translation>Zählungen aus Liste &amp;eingeben…</translation>
    </message>
    <message>
        <source>Counting needs the associate role; %1 is connected as %2.</source>
        <translation>Zählen erfordert die Rolle „associate“; aktuelle Rolle von %1: %2.</translation>
    </message>
    <message>
        <source>Select a session to count</source>
        <translation>Wählen Sie eine Sitzung zum Zählen</translation>
    </message>
    <message>
        <source>This session is %1: it takes no more counts.</source>
        <translation>Diese Sitzung ist %1: Sie nimmt keine Zählungen mehr an.</translation>
    </message>
    <message>
        <source>Open the count screen: scan, type the count, Enter (Enter on the row)</source>
        <translation>Zählbildschirm öffnen: scannen, Anzahl eingeben, Eingabe (Eingabe auf der Zeile)</translation>
    </message>
    <message>
        <source>Reviewing shows the ledger&apos;s quantities: it needs the manager role; %1 is connected as %2.</source>
        <translation>Die Prüfung zeigt die Mengen der Datenbank und erfordert daher die Rolle „manager“; aktuelle Rolle von %1: %2.</translation>
    </message>
    <message>
        <source>Select a session to review</source>
        <translation>Wählen Sie eine Sitzung zum Prüfen</translation>
    </message>
    <message>
        <source>Variances, tolerances and recounts; approve, reject or order a recount</source>
        <translation>Abweichungen, Toleranzen und Nachzählungen; freigeben, ablehnen oder Nachzählung anordnen</translation>
    </message>
    <message>
        <source>Variances, tolerances and recounts (approving needs the supervisor role)</source>
        <translation>Abweichungen, Toleranzen und Nachzählungen (Freigeben erfordert die Rolle „supervisor“)</translation>
    </message>
    <message>
        <source>Print the session&apos;s count sheet, or type in the counts written on it</source>
        <translation>Zählliste der Sitzung drucken oder die darauf notierten Zählungen eingeben</translation>
    </message>
    <message>
        <source>Select a session being counted</source>
        <translation>Wählen Sie eine laufende Sitzung</translation>
    </message>
    <message>
        <source>The rows due today by their ABC class, and those that went to zero or showed a difference, up to each location&apos;s daily cap</source>
        <translation>Die heute laut ABC-Klasse fälligen Zeilen sowie die auf null gefallenen oder abweichenden, bis zur Tagesobergrenze jedes Standorts</translation>
    </message>
    <message>
        <source>The count plan shows what the ledger holds: it needs the manager role</source>
        <translation>Der Zählplan zeigt den Bestand der Datenbank und erfordert daher die Rolle „manager“</translation>
    </message>
    <message>
        <source>Start a count at a location: every SKU, chosen SKUs or one ABC class</source>
        <translation>Eine Zählung an einem Standort starten: alle SKUs, ausgewählte SKUs oder eine ABC-Klasse</translation>
    </message>
    <message>
        <source>Starting a count session needs the manager role; %1 is connected as %2.</source>
        <translation>Zum Starten einer Zählsitzung ist die Rolle „manager“ erforderlich; aktuelle Rolle von %1: %2.</translation>
    </message>
    <message>
        <source>No count sessions match these filters.</source>
        <translation>Keine Zählsitzung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No count session is open. Start one with “New session…”: choose a location and what to count there; associates then count it here with a scanner or a tablet.</source>
        <translation>Keine Zählsitzung ist offen. Starten Sie eine mit „Neue Sitzung…“: Wählen Sie einen Standort und was dort gezählt wird; Mitarbeitende zählen sie dann hier mit Scanner oder Tablet.</translation>
    </message>
    <message>
        <source>No count session is open. A manager starts one; it appears here for you to count.</source>
        <translation>Keine Zählsitzung ist offen. Eine Führungskraft startet eine; sie erscheint dann hier zum Zählen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count session(s) — session %1 selected</source>
        <translation>
            <numerusform>%Ln Zählsitzung — Sitzung %1 ausgewählt</numerusform>
            <numerusform>%Ln Zählsitzungen — Sitzung %1 ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count session(s)</source>
        <translation>
            <numerusform>%Ln Zählsitzung</numerusform>
            <numerusform>%Ln Zählsitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Count session %1 created</source>
        <translation>Zählsitzung %1 erstellt</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CoverageCard</name>
    <message>
        <source>Count coverage</source>
        <translation>Zählabdeckung</translation>
    </message>
    <message>
        <source>Counted within interval (%)</source>
        <translation>Im Intervall gezählt (%)</translation>
    </message>
    <message>
        <source>ABC class · count interval</source>
        <translation>ABC-Klasse · Zählintervall</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value %</translation>
    </message>
    <message>
        <source> here</source>
        <translation> hier</translation>
    </message>
    <message>
        <source>No stock rows%1 to count: coverage is the share of stock rows counted within their class&apos;s interval.</source>
        <translation>Keine Bestandszeilen%1 zu zählen: Die Zählabdeckung ist der Anteil der Bestandszeilen, die innerhalb des Intervalls ihrer Klasse gezählt wurden.</translation>
    </message>
    <message>
        <source>%1 of %2 stock rows (%3 %) counted within their class&apos;s interval, as of now</source>
        <translation>%1 von %2 Bestandszeilen (%3 %) innerhalb des Intervalls ihrer Klasse gezählt, Stand jetzt</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DashboardFilterBar</name>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>The first day the charts over time show</source>
        <translation>Der erste Tag, den die Zeitverlaufsdiagramme zeigen</translation>
    </message>
    <message>
        <source>The last day the charts over time show</source>
        <translation>Der letzte Tag, den die Zeitverlaufsdiagramme zeigen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>For inventory record accuracy and count coverage</source>
        <translation>Für Bestandsgenauigkeit und Zählabdeckung</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>A&amp;BC class:</source>
        <translation>ABC-K&amp;lasse:</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DashboardView</name>
    <message>
        <source>Reconciliation dashboard</source>
        <translation>Abgleichs-Dashboard</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as a picture (PNG) or a PDF; each chart has its own Export</source>
        <translation>Das ganze Dashboard als Bild (PNG) oder PDF speichern; jedes Diagramm hat sein eigenes „Exportieren“</translation>
    </message>
    <message>
        <source>Dashboard as PNG picture…</source>
        <translation>Dashboard als PNG-Bild…</translation>
    </message>
    <message>
        <source>Dashboard as PDF…</source>
        <translation>Dashboard als PDF…</translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>Das Dashboard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is connected as %2.</source>
        <translation>Aktuelle Rolle von %1: %2.</translation>
    </message>
    <message>
        <source>a login without a Stockroom role</source>
        <translation>keine Stockroom-Rolle</translation>
    </message>
    <message>
        <source>The reconciliation dashboard is for supervisors: its figures (inventory record accuracy, variance, shrinkage, coverage, open discrepancies, snapshots) need the supervisor role.%1 Ask an administrator for the role, or connect as a supervisor.</source>
        <translation>Das Abgleichs-Dashboard ist für Supervisoren: Seine Kennzahlen (Bestandsgenauigkeit, Abweichungen, Schwund, Zählabdeckung, offene Unstimmigkeiten, Bestandsabzüge) erfordern die Rolle „supervisor“.%1 Bitten Sie einen Administrator um die Rolle oder verbinden Sie sich als Supervisor.</translation>
    </message>
    <message>
        <source>accuracy %1 %</source>
        <translation>Bestandsgenauigkeit %1 %</translation>
    </message>
    <message>
        <source>shrinkage %1 %</source>
        <translation>Schwund %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancy(ies) open</source>
        <translation>
            <numerusform>%Ln Unstimmigkeit offen</numerusform>
            <numerusform>%Ln Unstimmigkeiten offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 — %2 — as of %3</source>
        <translation>%1 — %2 — Stand %3</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DiscrepancyCard</name>
    <message>
        <source>Open discrepancies by age</source>
        <translation>Offene Unstimmigkeiten nach Alter</translation>
    </message>
    <message>
        <source>Open items (count)</source>
        <translation>Offene Punkte (Anzahl)</translation>
    </message>
    <message>
        <source>Open for (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Nothing is open: no snapshot variance waits for approval, no drift finding is open and no counted line waits for a decision%1.</source>
        <translation>Nichts ist offen: Keine Abweichung aus einem Bestandsabzug wartet auf Freigabe, kein Drift-Befund ist offen und keine gezählte Position wartet%1 auf eine Entscheidung.</translation>
    </message>
    <message>
        <source> here</source>
        <translation> hier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open as of now</source>
        <translation>
            <numerusform>Aktuell %Ln offen</numerusform>
            <numerusform>Aktuell %Ln offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln open for a week or more</source>
        <translation>
            <numerusform>; %Ln seit einer Woche oder länger offen</numerusform>
            <numerusform>; %Ln seit einer Woche oder länger offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DrillDownDialog</name>
    <message>
        <source>%1 — the lines behind it</source>
        <translation>%1 — die zugrunde liegenden Positionen</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Kennzahlen des Diagramms</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>&amp;Figures of the chart (choose one to see its lines; none: all of them):</source>
        <translation>&amp;Kennzahlen des Diagramms (eine wählen, um ihre Positionen zu sehen; keine: alle):</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>Positionen werden gelesen…</translation>
    </message>
    <message>
        <source>These lines need the supervisor role.</source>
        <translation>Diese Positionen erfordern die Rolle „supervisor“.</translation>
    </message>
    <message>
        <source>Could not read the lines: %1</source>
        <translation>Die Positionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No lines: nothing here matches these filters.</source>
        <translation>Keine Positionen: Nichts hier entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>The first %1 lines; narrow the filters or choose a figure to see the rest.</source>
        <translation>Die ersten %1 Positionen; schränken Sie die Filter ein oder wählen Sie eine Kennzahl, um den Rest zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Position</numerusform>
            <numerusform>%Ln Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted lines</source>
        <translation>Gezählte Positionen</translation>
    </message>
    <message>
        <source>Counted lines within tolerance</source>
        <translation>Gezählte Positionen innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Counted lines out of tolerance</source>
        <translation>Gezählte Positionen außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>der %1</translation>
    </message>
    <message>
        <source>Adjustments and count variances of stock on hand</source>
        <translation>Korrekturen und Zählabweichungen im Bestand</translation>
    </message>
    <message>
        <source>Adjustments and count variances with reason “%1”</source>
        <translation>Korrekturen und Zählabweichungen mit dem Grund „%1“</translation>
    </message>
    <message>
        <source>Units lost (lost, theft, expired, scrapped, counted short)</source>
        <translation>Verlorene Einheiten (verloren, Diebstahl, abgelaufen, verschrottet, Fehlmenge bei Zählung)</translation>
    </message>
    <message>
        <source>Stock rows, the overdue first, as of now</source>
        <translation>Bestandszeilen, überfällige zuerst, Stand jetzt</translation>
    </message>
    <message>
        <source>Stock rows of %1, the overdue first, as of now</source>
        <translation>Bestandszeilen der %1, überfällige zuerst, Stand jetzt</translation>
    </message>
    <message>
        <source>Counts recorded</source>
        <translation>Erfasste Zählungen</translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation>Offene Unstimmigkeiten</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>mit Alter %1</translation>
    </message>
    <message>
        <source>(as of now)</source>
        <translation>(aktueller Stand)</translation>
    </message>
    <message>
        <source>Lines of snapshot %1</source>
        <translation>Positionen des Bestandsabzugs %1</translation>
    </message>
    <message>
        <source>%1 lines of snapshot %2</source>
        <translation>Positionen „%1“ des Bestandsabzugs %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>am Standort %1</translation>
    </message>
    <message>
        <source>in region %1</source>
        <translation>in Region %1</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>alle Standorte</translation>
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
    <name>Stockroom::Ui::FlashSaleDialog</name>
    <message>
        <source>Flash-sale simulator</source>
        <translation>Flash-Sale-Simulator</translation>
    </message>
    <message>
        <source>The sale</source>
        <translation>Die Verkaufsaktion</translation>
    </message>
    <message>
        <source>Units of one SKU put on sale at one warehouse</source>
        <translation>Einheiten einer SKU, die in einem Lager zum Verkauf angeboten werden</translation>
    </message>
    <message>
        <source>&amp;Units on sale:</source>
        <translation>&amp;Einheiten im Angebot:</translation>
    </message>
    <message>
        <source>Each buyer tries to reserve one unit</source>
        <translation>Jeder Käufer versucht, eine Einheit zu reservieren</translation>
    </message>
    <message>
        <source>&amp;Buyers:</source>
        <translation>&amp;Käufer:</translation>
    </message>
    <message>
        <source>Connections to the ledger the buyers share, as a shop&apos;s checkout servers would</source>
        <translation>Verbindungen zur Datenbank, die sich die Käufer teilen – wie die Server für den Bezahlvorgang eines Shops</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>All at once (burst)</source>
        <translation>Alle auf einmal (Burst)</translation>
    </message>
    <message>
        <source>At random (Poisson)</source>
        <translation>Zufällig (Poisson)</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Ankünfte:</translation>
    </message>
    <message>
        <source> buyers/s</source>
        <translation> Käufer/s</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a reservation holds its unit before the sweep returns it</source>
        <translation>Wie lange eine Reservierung ihre Einheit hält, bevor die Bereinigung sie wieder freigibt</translation>
    </message>
    <message>
        <source>&amp;Hold time:</source>
        <translation>Reservierungs&amp;dauer:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Buyers with a reservation who never pay: their hold expires</source>
        <translation>Käufer mit Reservierung, die nie bezahlen: Ihre Reservierung läuft ab</translation>
    </message>
    <message>
        <source>Aba&amp;ndon:</source>
        <translation>Ab&amp;bruch:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a paying buyer takes, on average, from reservation to commit</source>
        <translation>Wie lange ein zahlender Käufer im Mittel von der Reservierung bis zum Abschluss braucht</translation>
    </message>
    <message>
        <source>&amp;Payment time:</source>
        <translation>&amp;Zahlungsdauer:</translation>
    </message>
    <message>
        <source>Hot-SKU mode</source>
        <translation>Hot-SKU-Modus</translation>
    </message>
    <message>
        <source> slots</source>
        <translation> Slots</translation>
    </message>
    <message>
        <source>Splits the SKU&apos;s stock row into slots that buyers take from in parallel</source>
        <translation>Teilt die Bestandszeile der SKU in Slots auf, aus denen die Käufer parallel entnehmen</translation>
    </message>
    <message>
        <source>The same seed, the same buyers: arrivals, who abandons and payment times</source>
        <translation>Gleicher Zufallswert, gleiche Käufer: Ankünfte, Abbrüche und Zahlungsdauern</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Zu&amp;fallswert:</translation>
    </message>
    <message>
        <source>Runs in a scratch database on %1, made for the run and dropped after it: this ledger is not touched.</source>
        <translation>Läuft in einer temporären Datenbank auf %1, die für den Lauf angelegt und danach gelöscht wird: Die verbundene Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stock of the sale&apos;s SKU over time</source>
        <translation>Bestand der Aktions-SKU im Zeitverlauf</translation>
    </message>
    <message>
        <source>Time since the sale opened (s)</source>
        <translation>Zeit seit Verkaufsstart (s)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved (held, not yet paid)</source>
        <translation>Reserviert (gehalten, noch nicht bezahlt)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>No sale yet. Set the sale&apos;s parameters and press Start: the units available, reserved and sold appear here as buyers come, read from the ledger five times a second.</source>
        <translation>Noch kein Verkauf. Legen Sie die Parameter fest und klicken Sie auf „Starten“: Verfügbare, reservierte und verkaufte Einheiten erscheinen hier, sobald Käufer kommen – fünfmal pro Sekunde aus der Datenbank gelesen.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Making the scratch database…</source>
        <translation>Temporäre Datenbank wird angelegt…</translation>
    </message>
    <message>
        <source>Stopping: the buyers stop and the scratch database is dropped…</source>
        <translation>Wird gestoppt: Die Käufer hören auf, und die temporäre Datenbank wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 s: %2 available, %3 reserved, %4 sold, %5 returned by expiry, %6 refused (sold out)</source>
        <translation>%1 s: %2 verfügbar, %3 reserviert, %4 verkauft, %5 durch Ablauf freigegeben, %6 abgelehnt (ausverkauft)</translation>
    </message>
    <message>
        <source>The simulation could not run: %1</source>
        <translation>Die Simulation konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Stopped. The scratch database was dropped.</source>
        <translation>Gestoppt. Die temporäre Datenbank wurde gelöscht.</translation>
    </message>
    <message>
        <source>Done in %1 s. The scratch database was dropped.</source>
        <translation>Fertig nach %1 s. Die temporäre Datenbank wurde gelöscht.</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Abverkaufsquote</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 sold)</source>
        <translation>%1 % (%2 von %3 verkauft)</translation>
    </message>
    <message>
        <source>Oversold</source>
        <translation>Überverkauft</translation>
    </message>
    <message>
        <source>0 — never more sold than was on sale</source>
        <translation>0 — nie mehr verkauft als angeboten</translation>
    </message>
    <message>
        <source>%1 UNITS OVERSOLD — the ledger broke its rule</source>
        <translation>%1 EINHEITEN ÜBERVERKAUFT — die Datenbank hat ihre Regel verletzt</translation>
    </message>
    <message>
        <source>Sold out after</source>
        <translation>Ausverkauft nach</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Returned by expiry</source>
        <translation>Durch Ablauf freigegeben</translation>
    </message>
    <message>
        <source>%1 (%2 abandoned, %3 paid too late)</source>
        <translation>%1 (%2 abgebrochen, %3 zu spät bezahlt)</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>%1 /s (%2 calls/s with refusals)</source>
        <translation>%1 /s (%2 Aufrufe/s einschließlich Ablehnungen)</translation>
    </message>
    <message>
        <source>Reserve latency</source>
        <translation>Reservierungslatenz</translation>
    </message>
    <message>
        <source>p50 %1 ms, p99 %2 ms</source>
        <translation>p50 %1 ms, p99 %2 ms</translation>
    </message>
    <message>
        <source>Refused (sold out)</source>
        <translation>Abgelehnt (ausverkauft)</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Warten auf Sperren</translation>
    </message>
    <message>
        <source>peak %1, mean %2 sessions waiting (pg_locks)</source>
        <translation>Spitze %1, im Mittel %2 wartende Sitzungen (pg_locks)</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 — first: %2</source>
        <translation>%1 — erster: %2</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>Datenbankprüfung</translation>
    </message>
    <message>
        <source>consistent (api.verify), every unit accounted for</source>
        <translation>konsistent (api.verify), jede Einheit ist nachgewiesen</translation>
    </message>
    <message>
        <source>%1 difference(s): not consistent</source>
        <translation>%1 Abweichung(en): nicht konsistent</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::HotSkuDialog</name>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Hot SKU mode — %1 at %2</source>
        <translation>Hot-SKU-Modus — %1 am Standort %2</translation>
    </message>
    <message>
        <source>Hot mode spreads the row&apos;s available units over a number of slots, so many checkouts can reserve %1 at %2 at the same time instead of queuing for one row. Nothing can be oversold, and the stock view still shows one row.</source>
        <translation>Der Hot-Modus verteilt die verfügbaren Einheiten der Zeile auf mehrere Slots, sodass viele Bezahlvorgänge %1 am Standort %2 gleichzeitig reservieren können, statt an einer einzigen Zeile anzustehen. Es kann nichts überverkauft werden, und die Bestandsansicht zeigt weiterhin eine Zeile.</translation>
    </message>
    <message>
        <source>Reading whether the row is hot…</source>
        <translation>Hot-Modus der Zeile wird gelesen…</translation>
    </message>
    <message>
        <source>More slots let more checkouts reserve at once; 16 suits most sales.</source>
        <translation>Mehr Slots lassen mehr Bezahlvorgänge gleichzeitig reservieren; 16 passen für die meisten Aktionen.</translation>
    </message>
    <message>
        <source>&amp;Slots:</source>
        <translation>&amp;Slots:</translation>
    </message>
    <message>
        <source>Returns the units parked in the slots to the row; reserves queue on it again.</source>
        <translation>Gibt die in den Slots geparkten Einheiten an die Zeile zurück; Reservierungen stehen dann wieder an ihr an.</translation>
    </message>
    <message>
        <source>Whether the row is hot is not known.</source>
        <translation>Ob die Zeile im Hot-Modus ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Could not read the row&apos;s hot mode: %1</source>
        <translation>Hot-Modus der Zeile konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hot now: %Ln slot(s), holding %1 available unit(s).</source>
        <translation>
            <numerusform>Hot-Modus aktiv: %Ln Slot, verfügbar: %1 Einheit(en).</numerusform>
            <numerusform>Hot-Modus aktiv: %Ln Slots, verfügbar: %1 Einheit(en).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change to %Ln slot(s)</source>
        <translation>
            <numerusform>Auf %Ln Slot &amp;ändern</numerusform>
            <numerusform>Auf %Ln Slots &amp;ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreads the row&apos;s available units over the new number of slots.</source>
        <translation>Verteilt die verfügbaren Einheiten der Zeile auf die neue Anzahl Slots.</translation>
    </message>
    <message>
        <source>Not hot: checkouts reserve from the row itself, one at a time.</source>
        <translation>Kein Hot-Modus: Bezahlvorgänge reservieren nacheinander direkt aus der Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>Spreads the row&apos;s available units over %Ln slot(s).</source>
        <translation>
            <numerusform>Verteilt die verfügbaren Einheiten der Zeile auf %Ln Slot.</numerusform>
            <numerusform>Verteilt die verfügbaren Einheiten der Zeile auf %Ln Slots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing to %Ln slot(s)…</source>
        <translation>
            <numerusform>Wird auf %Ln Slot geändert…</numerusform>
            <numerusform>Wird auf %Ln Slots geändert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Switching hot mode on…</source>
        <translation>Hot-Modus wird eingeschaltet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 is hot with %Ln slot(s) now.</source>
        <translation>
            <numerusform>%1 am Standort %2 ist jetzt im Hot-Modus mit %Ln Slot.</numerusform>
            <numerusform>%1 am Standort %2 ist jetzt im Hot-Modus mit %Ln Slots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hot mode is on for %1 at %2, with %Ln slot(s).</source>
        <translation>
            <numerusform>Der Hot-Modus ist für %1 am Standort %2 aktiv, mit %Ln Slot.</numerusform>
            <numerusform>Der Hot-Modus ist für %1 am Standort %2 aktiv, mit %Ln Slots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch hot mode off</source>
        <translation>Hot-Modus ausschalten</translation>
    </message>
    <message numerus="yes">
        <source>Switch hot mode off for %1 at %2?

The %3 unit(s) in its %Ln slot(s) go back to the row, and checkouts reserve from the row one at a time again. Reservations already made stay as they are.</source>
        <translation>
            <numerusform>Hot-Modus für %1 am Standort %2 ausschalten?

Die %3 Einheit(en) im %Ln Slot gehen an die Zeile zurück, und Bezahlvorgänge reservieren wieder nacheinander aus der Zeile. Bereits getätigte Reservierungen bleiben bestehen.</numerusform>
            <numerusform>Hot-Modus für %1 am Standort %2 ausschalten?

Die %3 Einheit(en) in den %Ln Slots gehen an die Zeile zurück, und Bezahlvorgänge reservieren wieder nacheinander aus der Zeile. Bereits getätigte Reservierungen bleiben bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Keep it hot</source>
        <translation>Hot-Modus beibehalten</translation>
    </message>
    <message>
        <source>Switching hot mode off…</source>
        <translation>Hot-Modus wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>Hot mode is off for %1 at %2.</source>
        <translation>Der Hot-Modus ist für %1 am Standort %2 ausgeschaltet.</translation>
    </message>
    <message>
        <source>Your database role may not do this: hot mode needs the manager role. Nothing was changed.</source>
        <translation>Ihre Datenbankrolle darf das nicht: Der Hot-Modus erfordert die Rolle „manager“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The ledger refused it: %1
Nothing was changed.</source>
        <translation>Die Datenbank hat es abgelehnt: %1
Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::LedgerPanel</name>
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
    <message>
        <source>Movements, newest first</source>
        <translation>Buchungen, neueste zuerst</translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln Standort</numerusform>
            <numerusform>%Ln Standorten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 across %2: on hand %3 · reserved %4 · available %5 · inbound %6 · damaged %7</source>
        <translation>%1 über %2: Bestand %3 · reserviert %4 · verfügbar %5 · im Zulauf %6 · beschädigt %7</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::LocationDialog</name>
    <message>
        <source>Edit location %1</source>
        <translation>Standort %1 bearbeiten</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>e.g. North (optional)</source>
        <translation>z. B. Nord (optional)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>Breiten&amp;grad:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Längengrad:</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>A location needs a name.</source>
        <translation>Ein Standort benötigt eine Bezeichnung.</translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>Der Breitengrad muss eine Zahl zwischen -90 und 90 sein.</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>Der Längengrad muss eine Zahl zwischen -180 und 180 sein.</translation>
    </message>
    <message>
        <source>Latitude and longitude go together: enter both.</source>
        <translation>Breiten- und Längengrad gehören zusammen: Geben Sie beide ein.</translation>
    </message>
    <message>
        <source>A position once set can be moved but not removed.</source>
        <translation>Eine einmal festgelegte Position kann geändert, aber nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Location %1 saved.</source>
        <translation>Standort %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::MainWindow</name>
    <message>
        <source>Stockroom — %1</source>
        <translation>Stockroom — %1</translation>
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
        <source>never</source>
        <translation>nie</translation>
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
    <message>
        <source>An operation could not reach the ledger.</source>
        <translation>Ein Vorgang konnte die Datenbank nicht erreichen.</translation>
    </message>
    <message>
        <source>The ledger on this computer stopped; Stockroom is starting it again…</source>
        <translation>Die Datenbank auf diesem Computer wurde beendet; Stockroom startet sie neu…</translation>
    </message>
    <message numerus="yes">
        <source>The ledger on this computer could not be started again: %1. Stockroom tries again every %Ln second(s).</source>
        <translation>
            <numerusform>Die Datenbank auf diesem Computer konnte nicht neu gestartet werden: %1. Stockroom versucht es im Abstand von %Ln Sekunde erneut.</numerusform>
            <numerusform>Die Datenbank auf diesem Computer konnte nicht neu gestartet werden: %1. Stockroom versucht es im Abstand von %Ln Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting automatically…</source>
        <translation>Die Verbindung wird automatisch wiederhergestellt…</translation>
    </message>
    <message>
        <source>Offline since %1, showing stock as of %2. Operations you enter are kept and sent when the connection returns.</source>
        <translation>Offline seit %1, Stand des angezeigten Bestands: %2. Von Ihnen erfasste Vorgänge werden gespeichert und gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Edit &amp;SKU…</source>
        <translation>&amp;SKU bearbeiten…</translation>
    </message>
    <message>
        <source>Edit &amp;location…</source>
        <translation>Stan&amp;dort bearbeiten…</translation>
    </message>
    <message>
        <source>Set safety s&amp;tock…</source>
        <translation>Sicherheitsbestand &amp;festlegen…</translation>
    </message>
    <message>
        <source>Needs the manager or admin role.</source>
        <translation>Erfordert die Rolle „manager“ oder „admin“.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Umlagerungen</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Order board</source>
        <translation>Bestellübersicht</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>&amp;Import stock snapshot…</source>
        <translation>Bestandsabzug &amp;importieren…</translation>
    </message>
    <message>
        <source>Match an ERP or WMS stock file against the ledger at the time it was taken</source>
        <translation>Eine Bestandsdatei aus einem ERP oder WMS mit der Datenbank zum Zeitpunkt ihrer Erstellung abgleichen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Flash-sale simulator…</source>
        <translation>&amp;Flash-Sale-Simulator…</translation>
    </message>
    <message>
        <source>Run a flash sale through the ledger&apos;s API in a scratch database and watch it live</source>
        <translation>Einen Flash-Sale über die API der Datenbank in einer temporären Datenbank durchspielen und live verfolgen</translation>
    </message>
    <message>
        <source>Reads: primary — replica unreachable</source>
        <translation>Lesen: Primärserver — Replikat nicht erreichbar</translation>
    </message>
    <message>
        <source>The read replica %1 cannot be used: %2. The stock view, the ledger panel and the dashboard read from the primary until it can; Stockroom tries it again every few seconds.</source>
        <translation>Das Lesereplikat %1 kann nicht verwendet werden: %2. Bestandsansicht, Bewegungsbereich und Dashboard lesen so lange vom Primärserver; Stockroom versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>Reads: primary — %1</source>
        <translation>Lesen: Primärserver — %1</translation>
    </message>
    <message>
        <source>The stock view reads from the primary while the read replica %1 catches up.</source>
        <translation>Die Bestandsansicht liest vom Primärserver, bis das Lesereplikat %1 aufgeholt hat.</translation>
    </message>
    <message>
        <source>Reads: replica</source>
        <translation>Lesen: Replikat</translation>
    </message>
    <message>
        <source>The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary.</source>
        <translation>Bestandsansicht, Bewegungsbereich und Dashboard lesen von %1; alle Vorgänge gehen an den Primärserver.</translation>
    </message>
    <message>
        <source>Reads: replica, %1 s behind</source>
        <translation>Lesen: Replikat, %1 s zurück</translation>
    </message>
    <message numerus="yes">
        <source>The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary. A change that arrives from the outbox is shown once the replica has it (Stockroom waits up to %n second(s), then reads it from the primary).</source>
        <translation>
            <numerusform>Bestandsansicht, Bewegungsbereich und Dashboard lesen von %1; alle Vorgänge gehen an den Primärserver. Eine Änderung aus der Ausgangswarteschlange wird angezeigt, sobald das Replikat sie hat (Stockroom wartet bis zu %n Sekunde und liest sie dann vom Primärserver).</numerusform>
            <numerusform>Bestandsansicht, Bewegungsbereich und Dashboard lesen von %1; alle Vorgänge gehen an den Primärserver. Eine Änderung aus der Ausgangswarteschlange wird angezeigt, sobald das Replikat sie hat (Stockroom wartet bis zu %n Sekunden und liest sie dann vom Primärserver).</numerusform>
        </translation>
    </message>
    <message>
        <source> — figures may be out of date</source>
        <translation> — Zahlen sind eventuell nicht aktuell</translation>
    </message>
    <message>
        <source>&amp;Hot SKU mode…</source>
        <translation>&amp;Hot-SKU-Modus…</translation>
    </message>
    <message>
        <source>Staff and &amp;access…</source>
        <translation>&amp;Personal und Zugriff…</translation>
    </message>
    <message>
        <source>Let many checkouts reserve the selected row at once</source>
        <translation>Viele Bezahlvorgänge die ausgewählte Zeile gleichzeitig reservieren lassen</translation>
    </message>
    <message>
        <source>Needs the manager role</source>
        <translation>Erfordert die Rolle „manager“</translation>
    </message>
    <message>
        <source>Who works at which locations and channels</source>
        <translation>Wer an welchen Standorten und in welchen Kanälen arbeitet</translation>
    </message>
    <message>
        <source>Needs the admin role; %1 is connected as %2.</source>
        <translation>Erfordert die Rolle „admin“; aktuelle Rolle von %1: %2.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::NewCountSessionDialog</name>
    <message>
        <source>&amp;Blind: counters do not see the ledger&apos;s quantities</source>
        <translation>&amp;Blind: Zähler sehen die Mengen der Datenbank nicht</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>Sitzung &amp;erstellen</translation>
    </message>
    <message>
        <source>New count session</source>
        <translation>Neue Zählsitzung</translation>
    </message>
    <message>
        <source>&amp;Every SKU stocked at the location (full count)</source>
        <translation>&amp;Alle am Standort geführten SKUs (Vollzählung)</translation>
    </message>
    <message>
        <source>These &amp;SKUs:</source>
        <translation>Diese S&amp;KUs:</translation>
    </message>
    <message>
        <source>ABC c&amp;lass:</source>
        <translation>ABC-K&amp;lasse:</translation>
    </message>
    <message>
        <source>SKU codes or barcodes, separated by spaces or commas</source>
        <translation>SKU-Codes oder Barcodes, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <source>A — the fast movers (80 % of value moved)</source>
        <translation>A — Schnelldreher (80 % des bewegten Werts)</translation>
    </message>
    <message>
        <source>B — the next 15 %</source>
        <translation>B — die nächsten 15 %</translation>
    </message>
    <message>
        <source>C — the rest</source>
        <translation>C — der Rest</translation>
    </message>
    <message>
        <source>Recommended: people count what they see, not what they expect to see</source>
        <translation>Empfohlen: Man zählt, was man sieht, nicht was man zu sehen erwartet</translation>
    </message>
    <message>
        <source>Logins, separated by commas; empty: any associate</source>
        <translation>Anmeldenamen, durch Kommas getrennt; leer: alle Mitarbeitenden</translation>
    </message>
    <message>
        <source>Optional, shown to the counters</source>
        <translation>Optional, wird den Zählern angezeigt</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Zählen:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <source>Choose the location to count.</source>
        <translation>Wählen Sie den zu zählenden Standort.</translation>
    </message>
    <message>
        <source>Name at least one SKU to count, or count every SKU at the location.</source>
        <translation>Geben Sie mindestens eine zu zählende SKU an oder zählen Sie alle SKUs am Standort.</translation>
    </message>
    <message>
        <source>The session was not created: %1</source>
        <translation>Die Sitzung wurde nicht erstellt: %1</translation>
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
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
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
        <source>This form&apos;s key had been used for a different operation; press %1 again to send this one as a new operation.</source>
        <translation>Der Schlüssel dieses Formulars wurde bereits für einen anderen Vorgang verwendet; klicken Sie erneut auf „%1“, um diesen Vorgang als neuen Vorgang zu senden.</translation>
    </message>
    <message>
        <source>Offline: “%1” is saved in the local journal and will be sent when the connection returns.</source>
        <translation>Offline: „%1“ wurde im lokalen Journal gespeichert und wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Choose the destination</source>
        <translation>Ziel auswählen</translation>
    </message>
    <message>
        <source>&amp;Everything still in transit</source>
        <translation>&amp;Gesamte noch unterwegs befindliche Menge</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Umlagerung stornieren</translation>
    </message>
    <message>
        <source>Write off transfer</source>
        <translation>Umlagerung abschreiben</translation>
    </message>
    <message>
        <source>Commit hold</source>
        <translation>Reservierung abschließen</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Reservierung freigeben</translation>
    </message>
    <message>
        <source>Release holds</source>
        <translation>Reservierungen freigeben</translation>
    </message>
    <message>
        <source>Choose where the transfer goes.</source>
        <translation>Wählen Sie das Ziel der Umlagerung.</translation>
    </message>
    <message>
        <source>“%1” adds stock: enter a positive change, e.g. +2.</source>
        <translation>„%1“ erhöht den Bestand: Geben Sie eine positive Änderung ein, z. B. +2.</translation>
    </message>
    <message>
        <source>“%1” takes stock out: enter a negative change, e.g. -2.</source>
        <translation>„%1“ verringert den Bestand: Geben Sie eine negative Änderung ein, z. B. -2.</translation>
    </message>
    <message>
        <source>“%1” needs a note saying what happened.</source>
        <translation>„%1“ erfordert eine Bemerkung, was passiert ist.</translation>
    </message>
    <message>
        <source>Enter how many arrived, or tick “Everything still in transit”.</source>
        <translation>Geben Sie die eingetroffene Menge ein oder aktivieren Sie „Gesamte noch unterwegs befindliche Menge“.</translation>
    </message>
    <message>
        <source>Returned %1 × %2 at %3 as damaged.</source>
        <translation>%1 × %2 am Standort %3 als beschädigt zurückgenommen.</translation>
    </message>
    <message>
        <source>Returned %1 × %2 at %3 to stock.</source>
        <translation>%1 × %2 am Standort %3 in den Bestand zurückgenommen.</translation>
    </message>
    <message>
        <source>Never stocked at %1 yet.</source>
        <translation>Am Standort %1 noch nie im Bestand.</translation>
    </message>
    <message>
        <source>At %1: on hand %2 · reserved %3 · available %4 · inbound %5 · damaged %6</source>
        <translation>Am Standort %1: Bestand %2 · reserviert %3 · verfügbar %4 · im Zulauf %5 · beschädigt %6</translation>
    </message>
    <message>
        <source>“%1” was scanned into the quantity: it is taken as the transfer number. Enter the quantity that arrived.</source>
        <translation>„%1“ wurde in das Mengenfeld gescannt: Der Wert wird als Umlagerungsnummer übernommen. Geben Sie die eingetroffene Menge ein.</translation>
    </message>
    <message>
        <source>“%1” was scanned into the quantity: it is taken as the next SKU, not as a quantity. Enter the quantity.</source>
        <translation>„%1“ wurde in das Mengenfeld gescannt: Der Wert wird als nächste SKU übernommen, nicht als Menge. Geben Sie die Menge ein.</translation>
    </message>
    <message>
        <source>On hand would go from %1 to %2.</source>
        <translation>Der Bestand würde sich von %1 auf %2 ändern.</translation>
    </message>
    <message>
        <source>The stock on hand is not known here.</source>
        <translation>Der Bestand ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>That is far more than usual: over %1, and over ten times the stock on hand. A barcode scanned into the quantity looks like this.</source>
        <translation>Das ist weit mehr als üblich: über %1 und mehr als das Zehnfache des Bestands. So sieht es aus, wenn ein Barcode in das Mengenfeld gescannt wurde.</translation>
    </message>
    <message>
        <source>Unusually large quantity</source>
        <translation>Ungewöhnlich große Menge</translation>
    </message>
    <message>
        <source>Correct the quantity</source>
        <translation>Menge korrigieren</translation>
    </message>
    <message>
        <source>Your database role may not do this (%1): it needs the %2 role. Nothing was changed.</source>
        <translation>Ihre Datenbankrolle darf dies nicht (%1): Dafür ist die Rolle „%2“ nötig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4?</source>
        <translation>%1: %2 × %3 am Standort %4?</translation>
    </message>
    <message>
        <source>Yes, %1 is right</source>
        <translation>Ja, %1 stimmt</translation>
    </message>
    <message>
        <source>Record a count</source>
        <translation>Zählung erfassen</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OrderBoardView</name>
    <message>
        <source>A tile&apos;s colour is how long its oldest order has been in the state, against the state&apos;s time limit: green under half of it, amber under the limit, red at or past it (stuck). Final states, states without a limit and empty ones are not coloured.</source>
        <translation>Die Farbe einer Kachel zeigt, wie lange ihre älteste Bestellung schon im Status ist, gemessen an der Frist des Status: grün unter der Hälfte, gelb unter der Frist, rot ab Ablauf der Frist (hängt fest). Endstatus, Status ohne Frist und leere Kacheln werden nicht eingefärbt.</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <source>oldest %1 · average %2</source>
        <translation>max. %1 · Ø %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stuck</source>
        <translation>
            <numerusform>%Ln hängt fest</numerusform>
            <numerusform>%Ln hängen fest</numerusform>
        </translation>
    </message>
    <message>
        <source>time limit %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>%1: a final state, %2 in all.</source>
        <translation>%1: Endstatus, insgesamt %2.</translation>
    </message>
    <message>
        <source>%1: %2 now.</source>
        <translation>%1: aktuell %2.</translation>
    </message>
    <message>
        <source>The oldest has been here %1, on average %2.</source>
        <translation>Verweildauer: höchstens %1, im Schnitt %2.</translation>
    </message>
    <message numerus="yes">
        <source>Time limit %1; %Ln stuck past it.</source>
        <translation>
            <numerusform>Frist %1; %Ln hat sie überschritten und hängt fest.</numerusform>
            <numerusform>Frist %1; %Ln haben sie überschritten und hängen fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Übersicht wird gelesen…</translation>
    </message>
    <message>
        <source>Order board</source>
        <translation>Bestellübersicht</translation>
    </message>
    <message>
        <source>oldest under half the state&apos;s time limit</source>
        <translation>älteste unter der Hälfte der Statusfrist</translation>
    </message>
    <message>
        <source>past half of it</source>
        <translation>über der Hälfte</translation>
    </message>
    <message>
        <source>past the limit: stuck</source>
        <translation>über der Frist: hängt fest</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Fulfillments (one per location an order ships from)</source>
        <translation>Auslieferungen (eine je Standort, von dem eine Bestellung versendet wird)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Could not read the board: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the order board: %1</source>
        <translation>Die Bestellübersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) open</source>
        <translation>
            <numerusform>%Ln Bestellung offen</numerusform>
            <numerusform>%Ln Bestellungen offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No orders yet: they arrive from the shop&apos;s checkout or stockroomctl order create.</source>
        <translation>Noch keine Bestellungen: Sie kommen aus dem Bezahlvorgang des Shops oder über stockroomctl order create.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Stand: %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OrderDetailDialog</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
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
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>Versand ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>Im Status seit</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Auslieferung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Zuteilen…</translation>
    </message>
    <message>
        <source>Request &amp;return…</source>
        <translation>&amp;Retoure anfordern…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Fulfillments</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <source>&amp;State machine of:</source>
        <translation>&amp;Statusablauf für:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Could not read order %1: %2</source>
        <translation>Bestellung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Fulfillment %1 from %2</source>
        <translation>Auslieferung %1 ab %2</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Retoure %1</translation>
    </message>
    <message>
        <source>pickup at %1</source>
        <translation>Abholung am Standort %1</translation>
    </message>
    <message>
        <source>ships to %1, %2</source>
        <translation>Versand nach %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; seit %2</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>payment window until %1</source>
        <translation>Zahlungsfrist bis %1</translation>
    </message>
    <message>
        <source>%1 (stuck)</source>
        <translation>%1 (hängt fest)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Ask for stock that shipped to come back</source>
        <translation>Versendete Ware zurückfordern</translation>
    </message>
    <message>
        <source>Nothing has shipped yet, so nothing can be returned</source>
        <translation>Es wurde noch nichts versendet, daher kann nichts retourniert werden</translation>
    </message>
    <message>
        <source>Fulfillment %1</source>
        <translation>Auslieferung %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Not for this login: %1</source>
        <translation>Nicht mit dieser Anmeldung: %1</translation>
    </message>
    <message>
        <source>Nothing to do here: this is a final state, or the ledger moves it on by itself.</source>
        <translation>Hier ist nichts zu tun: Dies ist ein Endstatus, oder die Datenbank schaltet ihn selbst weiter.</translation>
    </message>
    <message>
        <source>This login may not fire these events.</source>
        <translation>Diese Anmeldung darf diese Ereignisse nicht auslösen.</translation>
    </message>
    <message>
        <source>Cancel order %1? Whatever is still held goes back to stock; what has shipped stays shipped.</source>
        <translation>Bestellung %1 stornieren? Alles noch Reservierte geht zurück in den Bestand; bereits Versendetes bleibt versendet.</translation>
    </message>
    <message>
        <source>Record that the payment for order %1 failed? Everything it holds goes back to stock.</source>
        <translation>Festhalten, dass die Zahlung für Bestellung %1 fehlgeschlagen ist? Alles, was für sie reserviert ist, geht zurück in den Bestand.</translation>
    </message>
    <message>
        <source>Reject return %1? Nothing comes back into stock.</source>
        <translation>Retoure %1 ablehnen? Nichts kommt in den Bestand zurück.</translation>
    </message>
    <message>
        <source>Receive return %1 as damaged? Its units go to the damaged bucket, not to sellable stock.</source>
        <translation>Retoure %1 als beschädigt einbuchen? Ihre Einheiten werden als beschädigt gebucht, nicht in den verkaufsfähigen Bestand.</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Grund (wird im Verlauf gespeichert):</translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation>„%1“ wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Order %1: %2 done</source>
        <translation>Bestellung %1: „%2“ ausgeführt</translation>
    </message>
    <message>
        <source>Request a return</source>
        <translation>Retoure anfordern</translation>
    </message>
    <message>
        <source>Return everything fulfillment %1 shipped that is not already coming back?</source>
        <translation>Alles zurückfordern, was Auslieferung %1 versendet hat und noch nicht zurückkommt?</translation>
    </message>
    <message>
        <source>The return was refused: %1</source>
        <translation>Die Retoure wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Order %1 allocated</source>
        <translation>Bestellung %1 zugeteilt</translation>
    </message>
    <message>
        <source>Stuck: this order has been in the state “%1” longer than its time limit.</source>
        <translation>Hängt fest: Diese Bestellung ist länger als erlaubt im Status „%1“.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OrdersView</name>
    <message>
        <source>&amp;Stuck only</source>
        <translation>Nur &amp;festhängende</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Find an order by reference</source>
        <translation>Bestellung nach Referenz suchen</translation>
    </message>
    <message>
        <source>Only orders that have been in their state longer than its time limit</source>
        <translation>Nur Bestellungen, die länger in ihrem Status sind, als dessen Frist erlaubt</translation>
    </message>
    <message>
        <source>Open the selected order (Enter)</source>
        <translation>Ausgewählte Bestellung öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Keine Bestellung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No orders yet. Orders arrive from the online shop&apos;s checkout, or from “stockroomctl order create”.</source>
        <translation>Noch keine Bestellungen. Bestellungen kommen aus dem Bezahlvorgang des Onlineshops oder von „stockroomctl order create“.</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (für weitere scrollen)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) listed%1 — %2 selected</source>
        <translation>
            <numerusform>%Ln Bestellung angezeigt%1 — %2 ausgewählt</numerusform>
            <numerusform>%Ln Bestellungen angezeigt%1 — %2 ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) listed%1</source>
        <translation>
            <numerusform>%Ln Bestellung angezeigt%1</numerusform>
            <numerusform>%Ln Bestellungen angezeigt%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Beliebiges Alter</translation>
    </message>
    <message>
        <source>Older than 1 hour</source>
        <translation>Älter als 1 Stunde</translation>
    </message>
    <message>
        <source>Older than 4 hours</source>
        <translation>Älter als 4 Stunden</translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation>Älter als 1 Tag</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>Älter als 3 Tage</translation>
    </message>
    <message>
        <source>Only orders created at least this long ago</source>
        <translation>Nur Bestellungen, deren Erstellung mindestens so lange zurückliegt</translation>
    </message>
    <message>
        <source>Show orders whatever their fulfillments&apos; states</source>
        <translation>Bestellungen unabhängig vom Status ihrer Auslieferungen anzeigen</translation>
    </message>
    <message>
        <source>Fulfillment: %1</source>
        <translation>Auslieferung: %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::RecordPage</name>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Offline: “%1” is kept and sent when the connection returns.</source>
        <translation>Offline: „%1“ wird gespeichert und gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ReferenceDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>Aktuelle Werte werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the current values: %1</source>
        <translation>Die aktuellen Werte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ReservationsView</name>
    <message>
        <source>&amp;Expired, not yet swept</source>
        <translation>Abg&amp;elaufen, noch nicht bereinigt</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>Absch&amp;ließen…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Release %Ln hold(s)…</source>
        <translation>
            <numerusform>%Ln Reservierung &amp;freigeben…</numerusform>
            <numerusform>%Ln Reservierungen &amp;freigeben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing several holds at once needs the %1 role.</source>
        <translation>Zum gleichzeitigen Freigeben mehrerer Reservierungen ist die Rolle „%1“ erforderlich.</translation>
    </message>
    <message>
        <source>Return the held stock to available.</source>
        <translation>Den reservierten Bestand wieder verfügbar machen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln Reservierung</numerusform>
            <numerusform>%Ln Reservierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, davon %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln abgelaufen</numerusform>
            <numerusform>%Ln abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>No hold is past its time: the sweeper is keeping up.</source>
        <translation>Keine Reservierung ist überfällig: Die automatische Bereinigung ist auf dem aktuellen Stand.</translation>
    </message>
    <message>
        <source>No stock is held.
A checkout or an order reserves stock here until it is sold or released.</source>
        <translation>Es ist kein Bestand reserviert.
Ein Bezahlvorgang oder eine Bestellung reserviert hier Bestand, bis er verkauft oder freigegeben wird.</translation>
    </message>
    <message>
        <source>No stock is held at %1.</source>
        <translation>Am Standort %1 ist kein Bestand reserviert.</translation>
    </message>
    <message>
        <source>Commit hold %1</source>
        <translation>Reservierung %1 abschließen</translation>
    </message>
    <message>
        <source>Commit hold %1? Its stock leaves on hand as sold; this cannot be undone here.</source>
        <translation>Reservierung %1 abschließen? Der reservierte Bestand wird als verkauft ausgebucht; dies kann hier nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation>Reservierung %1 freigeben</translation>
    </message>
    <message>
        <source>Release hold %1? Its stock becomes available to sell again.</source>
        <translation>Reservierung %1 freigeben? Der reservierte Bestand ist dann wieder für den Verkauf verfügbar.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln hold(s)</source>
        <translation>
            <numerusform>%Ln Reservierung freigeben</numerusform>
            <numerusform>%Ln Reservierungen freigeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln hold(s)? Their stock becomes available to sell again.
Why (recorded in the ledger with each release):</source>
        <translation>
            <numerusform>%Ln Reservierung freigeben? Der reservierte Bestand ist dann wieder für den Verkauf verfügbar.
Grund (wird bei jeder Freigabe in der Datenbank vermerkt):</numerusform>
            <numerusform>%Ln Reservierungen freigeben? Der reservierte Bestand ist dann wieder für den Verkauf verfügbar.
Grund (wird bei jeder Freigabe in der Datenbank vermerkt):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing released: a bulk release needs a reason.</source>
        <translation>Nichts freigegeben: Eine Sammelfreigabe muss begründet werden.</translation>
    </message>
    <message>
        <source>Hold %1 committed: its stock is sold.</source>
        <translation>Reservierung %1 abgeschlossen: Der Bestand ist verkauft.</translation>
    </message>
    <message>
        <source>Hold %1 released: its stock is available again.</source>
        <translation>Reservierung %1 freigegeben: Der Bestand ist wieder verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s) released</source>
        <translation>
            <numerusform>%Ln Reservierung freigegeben</numerusform>
            <numerusform>%Ln Reservierungen freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already ended</source>
        <translation>
            <numerusform>%Ln bereits beendet</numerusform>
            <numerusform>%Ln bereits beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SafetyStockDialog</name>
    <message>
        <source>Safety stock of %1 at %2</source>
        <translation>Sicherheitsbestand von %1 am Standort %2</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>&amp;Safety stock:</source>
        <translation>Sicherheits&amp;bestand:</translation>
    </message>
    <message>
        <source>Safety stock of %1 at %2 is now %3.</source>
        <translation>Der Sicherheitsbestand von %1 am Standort %2 beträgt jetzt %3.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SheetEntryDialog</name>
    <message>
        <source>Enter counts from sheet: session %1 at %2</source>
        <translation>Zählungen aus Liste eingeben: Sitzung %1 am Standort %2</translation>
    </message>
    <message>
        <source>Type each count as written on the sheet and press Enter for the next row. Rows left empty are not recorded.</source>
        <translation>Geben Sie jede Zählung so ein, wie sie auf der Liste steht, und drücken Sie Eingabe für die nächste Zeile. Leere Zeilen werden nicht erfasst.</translation>
    </message>
    <message>
        <source>optional: the aisle or shelf the sheet covers</source>
        <translation>optional: Gang oder Regal, den die Liste abdeckt</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %Ln count(s)</source>
        <translation>
            <numerusform>%Ln Zählung &amp;speichern</numerusform>
            <numerusform>%Ln Zählungen &amp;speichern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording %Ln count(s)…</source>
        <translation>
            <numerusform>%Ln Zählung wird erfasst…</numerusform>
            <numerusform>%Ln Zählungen werden erfasst…</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>Nr. %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count(s) recorded.</source>
        <translation>
            <numerusform>%Ln Zählung erfasst.</numerusform>
            <numerusform>%Ln Zählungen erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not recorded; their counts are kept, correct them and save again:</source>
        <translation>
            <numerusform>%Ln Zeile wurde nicht erfasst; ihre Zählung bleibt erhalten, korrigieren Sie sie und speichern Sie erneut:</numerusform>
            <numerusform>%Ln Zeilen wurden nicht erfasst; ihre Zählungen bleiben erhalten, korrigieren Sie sie und speichern Sie erneut:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SheetEntryModel</name>
    <message>
        <source>To record</source>
        <translation>Zu erfassen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
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
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ShrinkageCard</name>
    <message>
        <source>Shrinkage</source>
        <translation>Schwund</translation>
    </message>
    <message>
        <source>Units lost (% of units sold)</source>
        <translation>Verlorene Einheiten (% der verkauften Einheiten)</translation>
    </message>
    <message>
        <source>No units were sold %1, so there is no share to show: shrinkage is units lost (here %2) as a share of units sold.</source>
        <translation>Es wurden %1 keine Einheiten verkauft, daher gibt es keinen Anteil: Schwund ist der Anteil der verlorenen Einheiten (hier %2) an den verkauften Einheiten.</translation>
    </message>
    <message>
        <source>No units were sold or lost %1.</source>
        <translation>Es wurden %1 keine Einheiten verkauft oder verloren.</translation>
    </message>
    <message>
        <source>%1 % shrinkage: %2 units lost of %3 sold</source>
        <translation>%1 % Schwund: %2 Einheiten verloren bei %3 verkauften</translation>
    </message>
    <message>
        <source>Units lost: adjustments for lost, stolen, expired and scrapped stock, and counts that found less than the ledger; as a share of the units sold in the same days.</source>
        <translation>Verlorene Einheiten: Korrekturen für verlorenen, gestohlenen, abgelaufenen und verschrotteten Bestand sowie Zählungen, die weniger ergaben als die Datenbank; als Anteil der an denselben Tagen verkauften Einheiten.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SkuDialog</name>
    <message>
        <source>Edit SKU %1</source>
        <translation>SKU %1 bearbeiten</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>One barcode per line (EAN-13, UPC-A, …)</source>
        <translation>Ein Barcode pro Zeile (EAN-13, UPC-A, …)</translation>
    </message>
    <message>
        <source>&amp;Barcodes:</source>
        <translation>Ba&amp;rcodes:</translation>
    </message>
    <message>
        <source>e.g. 12.50 (optional)</source>
        <translation>z. B. 12.50 (optional)</translation>
    </message>
    <message>
        <source>Unit &amp;cost:</source>
        <translation>Stück&amp;kosten:</translation>
    </message>
    <message>
        <source>A SKU needs a name.</source>
        <translation>Eine SKU benötigt eine Bezeichnung.</translation>
    </message>
    <message>
        <source>“%1…” is too long for a barcode.</source>
        <translation>„%1…“ ist zu lang für einen Barcode.</translation>
    </message>
    <message>
        <source>Enter the unit cost as an amount such as 12.50.</source>
        <translation>Geben Sie die Stückkosten als Betrag mit Dezimalpunkt ein, z. B. 12.50.</translation>
    </message>
    <message>
        <source>A unit cost once set can be changed but not removed.</source>
        <translation>Einmal festgelegte Stückkosten können geändert, aber nicht entfernt werden.</translation>
    </message>
    <message>
        <source>SKU %1 saved.</source>
        <translation>SKU %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotCard</name>
    <message>
        <source>Snapshot reconciliation</source>
        <translation>Bestandsabzug-Abgleich</translation>
    </message>
    <message>
        <source>Lines (count)</source>
        <translation>Positionen (Anzahl)</translation>
    </message>
    <message>
        <source>Which snapshot: the newest, or an older one</source>
        <translation>Welcher Bestandsabzug: der neueste oder ein älterer</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>%1 · %2 as of %3</source>
        <translation>%1 · %2, Stand %3</translation>
    </message>
    <message>
        <source>No snapshot imported yet: import a stock file from the ERP or the warehouse system (File ▸ Import stock snapshot…) to see how it matches the ledger.</source>
        <translation>Noch kein Bestandsabzug importiert: Importieren Sie eine Bestandsdatei aus dem ERP oder dem Lagerverwaltungssystem (Datei ▸ Bestandsabzug importieren…), um zu sehen, wie sie zur Datenbank passt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2: %Ln true variance(s)</source>
        <translation>
            <numerusform>%1, Stand %2: %Ln echte Abweichung</numerusform>
            <numerusform>%1, Stand %2: %Ln echte Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln to approve</source>
        <translation>
            <numerusform>, %Ln freizugeben</numerusform>
            <numerusform>, %Ln freizugeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 (%2), %3, imported by %4: %Ln line(s)</source>
        <translation>
            <numerusform>Bestandsabzug %1 (%2), %3, importiert von %4: %Ln Position</numerusform>
            <numerusform>Bestandsabzug %1 (%2), %3, importiert von %4: %Ln Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 has no lines %2.</source>
        <translation>Bestandsabzug %1 hat keine Positionen %2.</translation>
    </message>
    <message>
        <source>in region %1</source>
        <translation>in Region %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>am Standort %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;hange its columns and policy</source>
        <translation>Spalten und Regel ä&amp;ndern</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import stock snapshot</source>
        <translation>Bestandsabzug importieren</translation>
    </message>
    <message>
        <source>A stock file from an ERP or a WMS is checked whole before anything is sent, then matched against the ledger as it was when the other system took it. Nothing is adjusted until you approve it in the review.</source>
        <translation>Eine Bestandsdatei aus einem ERP oder WMS wird vollständig geprüft, bevor etwas gesendet wird, und dann mit der Datenbank abgeglichen, wie sie zu dem Zeitpunkt war, als das andere System den Bestand erfasst hat. Nichts wird korrigiert, bevor Sie es in der Prüfung freigeben.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>a .csv file with a header row; drop it here or browse</source>
        <translation>eine .csv-Datei mit Kopfzeile; hierher ziehen oder durchsuchen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>e.g. ERP</source>
        <translation>z. B. ERP</translation>
    </message>
    <message>
        <source>Save other columns or another conflict policy with this source</source>
        <translation>Andere Spalten oder eine andere Konfliktregel mit dieser Quelle speichern</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>S&amp;KU or barcode:</source>
        <translation>S&amp;KU oder Barcode:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>&amp;Bestandsart:</translation>
    </message>
    <message>
        <source>Optional: a column saying on hand or damaged for each line</source>
        <translation>Optional: eine Spalte, die für jede Zeile Bestand oder beschädigt angibt</translation>
    </message>
    <message>
        <source>The lower quantity wins (never oversell)</source>
        <translation>Die kleinere Menge gilt (kein Überverkauf)</translation>
    </message>
    <message>
        <source>The snapshot wins</source>
        <translation>Der Bestandsabzug gilt</translation>
    </message>
    <message>
        <source>The ledger wins (nothing is proposed)</source>
        <translation>Die Datenbank gilt (nichts wird vorgeschlagen)</translation>
    </message>
    <message>
        <source>Which quantity a true variance proposes to keep</source>
        <translation>Welche Menge bei einer echten Abweichung beibehalten werden soll</translation>
    </message>
    <message>
        <source>When they &amp;differ:</source>
        <translation>Bei Abwei&amp;chung:</translation>
    </message>
    <message>
        <source>when the other system took the snapshot, not when the file was exported; set from the file&apos;s modification time</source>
        <translation>wann das andere System den Bestandsabzug erstellt hat, nicht wann die Datei exportiert wurde; aus dem Änderungszeitpunkt der Datei übernommen</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>movements this close to that time, and stock in transit, explain a difference as timing rather than a variance</source>
        <translation>Buchungen so nahe an diesem Zeitpunkt sowie Bestand unterwegs erklären eine Differenz als Zeitversatz statt als Abweichung</translation>
    </message>
    <message>
        <source>&amp;Timing window:</source>
        <translation>Zeit&amp;fenster:</translation>
    </message>
    <message>
        <source>Importing a stock snapshot</source>
        <translation>Das Importieren eines Bestandsabzugs</translation>
    </message>
    <message>
        <source>Could not read the sources: %1</source>
        <translation>Die Quellen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a stock snapshot</source>
        <translation>Bestandsabzug auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, no header row</source>
        <translation>%1, keine Kopfzeile</translation>
    </message>
    <message>
        <source>%1, columns: %2</source>
        <translation>%1, Spalten: %2</translation>
    </message>
    <message>
        <source>none: every line is on hand</source>
        <translation>keine: Jede Zeile ist Bestand</translation>
    </message>
    <message>
        <source>choose a file first</source>
        <translation>zuerst eine Datei wählen</translation>
    </message>
    <message>
        <source>choose a column</source>
        <translation>Spalte wählen</translation>
    </message>
    <message>
        <source>No source is saved yet: name the system the file comes from.</source>
        <translation>Noch keine Quelle gespeichert: Geben Sie das System an, aus dem die Datei stammt.</translation>
    </message>
    <message>
        <source>Choose the system the file comes from, or name a new one.</source>
        <translation>Wählen Sie das System, aus dem die Datei stammt, oder geben Sie ein neues an.</translation>
    </message>
    <message>
        <source>A new source: its columns and conflict policy are saved with it when you import.</source>
        <translation>Eine neue Quelle: Ihre Spalten und ihre Konfliktregel werden beim Importieren mit ihr gespeichert.</translation>
    </message>
    <message>
        <source>Saved by %1 on %2, with the columns and policy below.</source>
        <translation>Gespeichert von %1 am %2, mit den Spalten und der Regel unten.</translation>
    </message>
    <message>
        <source>Which quantity a true variance proposes to keep. This source also has %1 rule(s) for particular locations or kinds of location, which are kept.</source>
        <translation>Welche Menge bei einer echten Abweichung beibehalten werden soll. Diese Quelle hat außerdem Regeln für bestimmte Standorte oder Standorttypen (%1), die erhalten bleiben.</translation>
    </message>
    <message>
        <source>This file has no column %1, which the source maps. Check “Change its columns and policy” to map others, or choose another source.</source>
        <translation>Diese Datei hat keine Spalte %1, die die Quelle zuordnet. Aktivieren Sie „Spalten und Regel ändern“, um andere zuzuordnen, oder wählen Sie eine andere Quelle.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Matching at the cutoff runs in one step in the ledger and cannot be stopped</source>
        <translation>Der Abgleich zum Stichtag läuft in einem Schritt in der Datenbank und kann nicht angehalten werden</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>%1 is not a file this computer can read.</source>
        <translation>%1 ist keine Datei, die dieser Computer lesen kann.</translation>
    </message>
    <message>
        <source>Name the system the file comes from (for example ERP), or choose a source.</source>
        <translation>Geben Sie das System an, aus dem die Datei stammt (zum Beispiel ERP), oder wählen Sie eine Quelle.</translation>
    </message>
    <message>
        <source>A source&apos;s name is letters, digits, dots, dashes and underscores (up to 64), starting with a letter or digit: “%1” is not.</source>
        <translation>Der Name einer Quelle besteht aus Buchstaben, Ziffern, Punkten, Bindestrichen und Unterstrichen (bis zu 64) und beginnt mit einem Buchstaben oder einer Ziffer: „%1“ erfüllt das nicht.</translation>
    </message>
    <message>
        <source>The file has no header row: its first line must name the columns.</source>
        <translation>Die Datei hat keine Kopfzeile: Ihre erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s columns for the SKU, the location and the quantity.</source>
        <translation>Wählen Sie die Spalten der Datei für SKU, Standort und Menge.</translation>
    </message>
    <message>
        <source>Each column can be mapped once: the SKU, location, quantity and bucket need different columns.</source>
        <translation>Jede Spalte kann nur einmal zugeordnet werden: SKU, Standort, Menge und Bestandsart brauchen verschiedene Spalten.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s time cannot be in the future.</source>
        <translation>Der Zeitpunkt des Bestandsabzugs kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Stopping after the lines under way…</source>
        <translation>Wird nach den laufenden Zeilen angehalten…</translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation>Die ganze Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Saving source %1…</source>
        <translation>Quelle %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Sending the lines to the ledger…</source>
        <translation>Zeilen werden an die Datenbank gesendet…</translation>
    </message>
    <message>
        <source>Matching at the cutoff…</source>
        <translation>Abgleich zum Stichtag…</translation>
    </message>
    <message>
        <source>%1 of %2 lines sent</source>
        <translation>%1 von %2 Zeilen gesendet</translation>
    </message>
    <message>
        <source>%1 has a header row but no lines: there is nothing to import. Nothing was sent.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen: Es gibt nichts zu importieren. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Import stopped before anything was sent.</source>
        <translation>Import angehalten, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Import stopped: %1 of %2 lines were sent, none was matched and nothing was adjusted. Import again with the same file, source and time to continue this snapshot.</source>
        <translation>Import angehalten: %1 von %2 Zeilen wurden gesendet, keine wurde abgeglichen und nichts wurde korrigiert. Importieren Sie erneut mit derselben Datei, Quelle und Zeit, um diesen Bestandsabzug fortzusetzen.</translation>
    </message>
    <message>
        <source>while reading %1</source>
        <translation>beim Lesen von %1</translation>
    </message>
    <message>
        <source>while saving source %1</source>
        <translation>beim Speichern der Quelle %1</translation>
    </message>
    <message>
        <source>while sending the lines (%1 of %2 sent)</source>
        <translation>beim Senden der Zeilen (%1 von %2 gesendet)</translation>
    </message>
    <message>
        <source>while matching the lines at the cutoff</source>
        <translation>beim Abgleich der Zeilen zum Stichtag</translation>
    </message>
    <message>
        <source>The connection to the ledger was lost %1: %2. Nothing was adjusted. When the server is back, press Import again: it continues the same snapshot.</source>
        <translation>Die Verbindung zur Datenbank ist %1 abgebrochen: %2. Es wurde nichts korrigiert. Sobald der Server wieder erreichbar ist, klicken Sie erneut auf „Importieren“: Der Import setzt denselben Bestandsabzug fort.</translation>
    </message>
    <message>
        <source>The import stopped %1 without a reason from the server: the connection may have been lost. Nothing was adjusted. Press Import again: it continues the same snapshot.</source>
        <translation>Der Import ist %1 ohne Begründung des Servers abgebrochen: Die Verbindung ist möglicherweise unterbrochen. Es wurde nichts korrigiert. Klicken Sie erneut auf „Importieren“: Der Import setzt denselben Bestandsabzug fort.</translation>
    </message>
    <message>
        <source>The import stopped %1: %2</source>
        <translation>Der Import ist %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>and more: only the first %1 problems are listed</source>
        <translation>und weitere: Nur die ersten %1 Probleme werden aufgeführt</translation>
    </message>
    <message>
        <source>%1 was not imported: it has more than %2 problems; the first are listed below.</source>
        <translation>%1 wurde nicht importiert: Die Datei hat mehr als %2 Probleme; die ersten sind unten aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %Ln problem(s), listed below.</source>
        <translation>
            <numerusform>%1 wurde nicht importiert: %Ln Problem, unten aufgeführt.</numerusform>
            <numerusform>%1 wurde nicht importiert: %Ln Probleme, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent to the ledger. Correct the file (or the columns) and import it again.</source>
        <translation>Es wurde nichts an die Datenbank gesendet. Korrigieren Sie die Datei (oder die Spalten) und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotReviewDialog</name>
    <message>
        <source>Rows the file lacks</source>
        <translation>In der Datei fehlende Bestandszeilen</translation>
    </message>
    <message>
        <source>Unknown item</source>
        <translation>Unbekannter Eintrag</translation>
    </message>
    <message>
        <source>Stock rows at the file&apos;s locations that the file does not list; each is also counted in its class (usually a true variance)</source>
        <translation>Bestandszeilen an den Standorten der Datei, die die Datei nicht aufführt; jede wird auch in ihrer Klasse gezählt (meist eine echte Abweichung)</translation>
    </message>
    <message>
        <source>&amp;Approve checked</source>
        <translation>An&amp;gekreuzte freigeben</translation>
    </message>
    <message>
        <source>Approve all &amp;proposed</source>
        <translation>Alle &amp;vorgeschlagenen freigeben</translation>
    </message>
    <message>
        <source>Review snapshot %1</source>
        <translation>Bestandsabzug %1 prüfen</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Bestandsabzug %1</translation>
    </message>
    <message>
        <source>Every line that differs</source>
        <translation>Alle abweichenden Positionen</translation>
    </message>
    <message>
        <source>True variances</source>
        <translation>Echte Abweichungen</translation>
    </message>
    <message>
        <source>Adjustments to approve</source>
        <translation>Freizugebende Korrekturen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitversatz</translation>
    </message>
    <message>
        <source>Unknown items</source>
        <translation>Unbekannte Einträge</translation>
    </message>
    <message>
        <source>Bucket differences</source>
        <translation>Abweichende Bestandsarten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reviewing a stock snapshot</source>
        <translation>Das Prüfen eines Bestandsabzugs</translation>
    </message>
    <message>
        <source>Could not read snapshot %1</source>
        <translation>Bestandsabzug %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Snapshot %1 from %2, as of %3</source>
        <translation>Bestandsabzug %1 aus %2, Stand %3</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>%1 lines in the file</source>
        <translation>%1 Zeilen in der Datei</translation>
    </message>
    <message>
        <source>timing window ±%1 min</source>
        <translation>Zeitfenster ±%1 min</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 to approve, %2 approved</source>
        <translation>%1 freizugeben, %2 freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) name a SKU or location the ledger does not know: nothing is proposed for them. Check the source&apos;s columns, or add the SKUs or locations to the ledger, then import the file again.</source>
        <translation>
            <numerusform>%Ln Zeile nennt eine SKU oder einen Standort, die der Datenbank unbekannt sind: Dafür wird nichts vorgeschlagen. Prüfen Sie die Spalten der Quelle oder legen Sie die SKUs oder Standorte in der Datenbank an, und importieren Sie die Datei dann erneut.</numerusform>
            <numerusform>%Ln Zeilen nennen eine SKU oder einen Standort, die der Datenbank unbekannt sind: Für sie wird nichts vorgeschlagen. Prüfen Sie die Spalten der Quelle oder legen Sie die SKUs oder Standorte in der Datenbank an, und importieren Sie die Datei dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Positionen</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Bestandsabzug wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing to show: this login may not review snapshots.</source>
        <translation>Nichts anzuzeigen: Diese Anmeldung darf keine Bestandsabzüge prüfen.</translation>
    </message>
    <message>
        <source>This snapshot&apos;s import did not finish, so nothing was matched yet. Import the file again with the same source and time to continue it.</source>
        <translation>Der Import dieses Bestandsabzugs wurde nicht abgeschlossen, daher wurde noch nichts abgeglichen. Importieren Sie die Datei erneut mit derselben Quelle und Zeit, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>Every line of the file matched the ledger at the snapshot&apos;s time: nothing to review.</source>
        <translation>Jede Zeile der Datei stimmte zum Zeitpunkt des Bestandsabzugs mit der Datenbank überein: Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>No line of this kind. Choose “Every line that differs” to see them all.</source>
        <translation>Keine Position dieser Art. Wählen Sie „Alle abweichenden Positionen“, um alle zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Approve checked (%1)</source>
        <translation>An&amp;gekreuzte freigeben (%1)</translation>
    </message>
    <message>
        <source>Approve all &amp;proposed (%1)</source>
        <translation>Alle &amp;vorgeschlagenen freigeben (%1)</translation>
    </message>
    <message>
        <source>Approving adjustments needs the supervisor role.</source>
        <translation>Das Freigeben von Korrekturen erfordert die Rolle „supervisor“.</translation>
    </message>
    <message>
        <source>Posting the adjustments…</source>
        <translation>Korrekturen werden gebucht…</translation>
    </message>
    <message>
        <source>No adjustment is waiting for approval.</source>
        <translation>Keine Korrektur wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>Check the lines to approve (Space checks the selected rows), or approve all proposed.</source>
        <translation>Kreuzen Sie die freizugebenden Positionen an (die Leertaste kreuzt die ausgewählten Zeilen an) oder geben Sie alle vorgeschlagenen frei.</translation>
    </message>
    <message>
        <source>Post the checked lines&apos; adjustments to the ledger (all or nothing)</source>
        <translation>Die Korrekturen der angekreuzten Positionen in der Datenbank buchen (alle oder keine)</translation>
    </message>
    <message>
        <source>Post every proposed adjustment of this snapshot to the ledger (all or nothing)</source>
        <translation>Jede vorgeschlagene Korrektur dieses Bestandsabzugs in der Datenbank buchen (alle oder keine)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (ledger %4, file %5)</source>
        <translation>%1 am Standort %2: %3 (Datenbank %4, Datei %5)</translation>
    </message>
    <message numerus="yes">
        <source>Post %n adjustment(s) to the ledger?</source>
        <translation>
            <numerusform>%n Korrektur in der Datenbank buchen?</numerusform>
            <numerusform>%n Korrekturen in der Datenbank buchen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Units: %1 in all (%2 added, %3 removed).</source>
        <translation>Einheiten: %1 insgesamt (%2 zugebucht, %3 abgebucht).</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Each is an adjustment movement with the reason “reconciliation” and the reference “%1”. If the stock of any of them moved since the snapshot was matched, none is posted.</source>
        <translation>Jede ist eine Korrekturbuchung mit dem Grund „reconciliation“ und der Referenz „%1“. Hat sich der Bestand auch nur einer davon seit dem Abgleich des Bestandsabzugs bewegt, wird keine gebucht.</translation>
    </message>
    <message>
        <source>Approve adjustments</source>
        <translation>Korrekturen freigeben</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Post %n adjustment(s)</source>
        <translation>
            <numerusform>%n Korrektur &amp;buchen</numerusform>
            <numerusform>%n Korrekturen &amp;buchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving adjustments</source>
        <translation>Das Freigeben von Korrekturen</translation>
    </message>
    <message>
        <source>Nothing was posted</source>
        <translation>Es wurde nichts gebucht</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <translation>%1 am Standort %2 %3</translation>
    </message>
    <message>
        <source>Nothing new was posted.</source>
        <translation>Es wurde nichts Neues gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n adjustment(s): </source>
        <translation>
            <numerusform>%n Korrektur gebucht: </numerusform>
            <numerusform>%n Korrekturen gebucht: </numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>%1 line(s) left as they were: already approved, or the ledger&apos;s quantity is kept.</source>
        <translation>%1 Position(en) unverändert gelassen: bereits freigegeben, oder die Menge der Datenbank wird beibehalten.</translation>
    </message>
    <message>
        <source>Every proposed adjustment of this snapshot is approved.</source>
        <translation>Alle vorgeschlagenen Korrekturen dieses Bestandsabzugs sind freigegeben.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StaffDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Checkout service</source>
        <translation>Dienst für Bezahlvorgänge</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>&amp;Add login…</source>
        <translation>Anmeldung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit assignments…</source>
        <translation>Zuweisungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove assignments…</source>
        <translation>Zuweisungen &amp;entfernen…</translation>
    </message>
    <message>
        <source>Staff and access</source>
        <translation>Personal und Zugriff</translation>
    </message>
    <message>
        <source>Each login sees and changes stock only at the locations it is assigned, and sells only through its channels; the ledger refuses everything else. A login&apos;s role is the server&apos;s and is chosen when the login is created.</source>
        <translation>Jede Anmeldung sieht und ändert Bestand nur an den ihr zugewiesenen Standorten und verkauft nur über ihre Kanäle; alles andere lehnt die Datenbank ab. Die Rolle einer Anmeldung ist eine Serverrolle und wird beim Anlegen der Anmeldung gewählt.</translation>
    </message>
    <message>
        <source>No staff in this ledger yet.
Use “Add login…” to create a login, or to assign an existing one, to the locations and channels it works in.</source>
        <translation>Noch kein Personal in dieser Datenbank.
Mit „Anmeldung hinzufügen…“ legen Sie eine Anmeldung an – oder wählen eine bestehende – und weisen sie den Standorten und Kanälen zu, in denen sie arbeitet.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>May connect</source>
        <translation>Darf verbinden</translation>
    </message>
    <message>
        <source>Reading the staff…</source>
        <translation>Personal wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the staff: %1</source>
        <translation>Personal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>This login cannot connect to this ledger&apos;s database: the server has no such login, or it lacks the CONNECT privilege.</source>
        <translation>Diese Anmeldung kann sich nicht mit dieser Datenbank verbinden: Der Server kennt diese Anmeldung nicht, oder ihr fehlt das CONNECT-Recht.</translation>
    </message>
    <message>
        <source>Select a login first.</source>
        <translation>Wählen Sie zuerst eine Anmeldung aus.</translation>
    </message>
    <message>
        <source>%1 is assigned nowhere.</source>
        <translation>%1 ist nirgends zugewiesen.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StaffEditDialog</name>
    <message>
        <source>Add a login</source>
        <translation>Anmeldung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>e.g. ann.berg</source>
        <translation>z. B. ann.berg</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>A password is needed only when the login does not exist on the server yet (at least 8 characters). The server receives a SCRAM verifier, never the password; creating a login needs the CREATEROLE attribute.</source>
        <translation>Ein Passwort ist nur nötig, wenn die Anmeldung auf dem Server noch nicht existiert (mindestens 8 Zeichen). Der Server erhält einen SCRAM-Verifier, nie das Passwort; zum Anlegen einer Anmeldung ist das Attribut CREATEROLE erforderlich.</translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation>Zuweisungen von %1</translation>
    </message>
    <message>
        <source>Remove assignments of %1</source>
        <translation>Zuweisungen von %1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Take off these locations</source>
        <translation>Von diesen Standorten abziehen</translation>
    </message>
    <message>
        <source>Stop working at all locations</source>
        <translation>An keinem Standort mehr arbeiten</translation>
    </message>
    <message>
        <source>Take off these channels</source>
        <translation>Von diesen Kanälen abziehen</translation>
    </message>
    <message>
        <source>Stop selling through all channels</source>
        <translation>Über keinen Kanal mehr verkaufen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>All locations, including ones added later</source>
        <translation>Alle Standorte, auch später hinzugefügte</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>All channels, including ones added later</source>
        <translation>Alle Kanäle, auch später hinzugefügte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A login needs a name.</source>
        <translation>Eine Anmeldung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein: Geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Ein Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Tick the locations or channels to take %1 off.</source>
        <translation>Kreuzen Sie die Standorte oder Kanäle an, von denen %1 abgezogen werden soll.</translation>
    </message>
    <message>
        <source>%1 will be an admin: it can manage staff and change everything in this ledger.</source>
        <translation>%1 wird Administrator: Diese Anmeldung kann Personal verwalten und alles in dieser Datenbank ändern.</translation>
    </message>
    <message>
        <source>%1 will not be assigned to any location: it will see no stock and change nothing.</source>
        <translation>%1 wird keinem Standort zugewiesen: Diese Anmeldung sieht keinen Bestand und kann nichts ändern.</translation>
    </message>
    <message>
        <source>%1 will not be bound to any channel: as a checkout service it can sell nothing.</source>
        <translation>%1 wird an keinen Kanal gebunden: Als Dienst für Bezahlvorgänge kann diese Anmeldung nichts verkaufen.</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>This takes %1 off %2: from its next action, the ledger refuses what %1 does there.</source>
        <translation>Damit wird %1 von %2 abgezogen: Ab der nächsten Aktion lehnt die Datenbank ab, was %1 dort tut.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Abziehen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Login %1 created as %2 and assigned.</source>
        <translation>Anmeldung %1 als %2 angelegt und zugewiesen.</translation>
    </message>
    <message>
        <source>%1 assigned as %2; its password is unchanged.</source>
        <translation>%1 als %2 zugewiesen; das Passwort bleibt unverändert.</translation>
    </message>
    <message>
        <source>Assignments of %1 saved.</source>
        <translation>Zuweisungen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Assignments taken off %1.</source>
        <translation>Zuweisungen von %1 entfernt.</translation>
    </message>
    <message>
        <source>It cannot connect to this ledger yet: %1.</source>
        <translation>Sie kann sich noch nicht mit dieser Datenbank verbinden: %1.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StateMachineGraph</name>
    <message>
        <source>State machine</source>
        <translation>Statusablauf</translation>
    </message>
    <message>
        <source>%1 → %2 (%3, by the system)</source>
        <translation>%1 → %2 (%3, durch das System)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Path taken: %1</source>
        <translation>Bisheriger Weg: %1</translation>
    </message>
    <message>
        <source>Current state: %1</source>
        <translation>Aktueller Status: %1</translation>
    </message>
    <message>
        <source>Available now: %1</source>
        <translation>Jetzt möglich: %1</translation>
    </message>
    <message>
        <source>Fire %1</source>
        <translation>„%1“ auslösen</translation>
    </message>
    <message>
        <source>%1 → %2, by the system</source>
        <translation>%1 → %2, durch das System</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StockView</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>on hand %1 · available %2</source>
        <translation>Bestand %1 · verfügbar %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown, more below</source>
        <translation>
            <numerusform>%Ln Zeile angezeigt, weitere folgen</numerusform>
            <numerusform>%Ln Zeilen angezeigt, weitere folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger holds no stock yet.
Receive stock (F2) to start, or start Stockroom with --demo to try it with a demo shop.</source>
        <translation>Die Datenbank enthält noch keinen Bestand.
Buchen Sie zunächst einen Wareneingang (F2) oder starten Sie Stockroom mit --demo, um es mit einem Demo-Geschäft auszuprobieren.</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>below safety stock</source>
        <translation>unter Sicherheitsbestand</translation>
    </message>
    <message>
        <source>No stock matches %1.
Clear or change the filter to see more.</source>
        <translation>Kein Bestand passt zu %1.
Leeren oder ändern Sie den Filter, um mehr zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>order as of %1, %Ln change(s) since</source>
        <translation>
            <numerusform>Sortierung vom Stand %1, seitdem %Ln Änderung</numerusform>
            <numerusform>Sortierung vom Stand %1, seitdem %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>order up to date</source>
        <translation>Sortierung aktuell</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::TransfersView</name>
    <message>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Empfangen…</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer…</source>
        <translation>Umlagerung s&amp;tornieren…</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>Absch&amp;reiben…</translation>
    </message>
    <message>
        <source>Needs the %1 role.</source>
        <translation>Erfordert die Rolle „%1“.</translation>
    </message>
    <message>
        <source>Cancel the transfer: what is still in transit goes back to where it came from.</source>
        <translation>Umlagerung stornieren: Die noch unterwegs befindliche Menge geht zurück an den Ausgangsstandort.</translation>
    </message>
    <message>
        <source>Write off units lost or damaged on the way, with a reason.</source>
        <translation>Unterwegs verlorene oder beschädigte Einheiten mit Begründung abschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s)</source>
        <translation>
            <numerusform>%Ln Umlagerung</numerusform>
            <numerusform>%Ln Umlagerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No transfer is in transit.
Ship one with Stock ▸ Ship transfer (F7).</source>
        <translation>Es ist keine Umlagerung unterwegs.
Versenden Sie eine über Bestand ▸ Umlagerung versenden (F7).</translation>
    </message>
    <message>
        <source>No transfer to or from %1 is in transit.</source>
        <translation>Es ist keine Umlagerung von oder nach %1 unterwegs.</translation>
    </message>
    <message>
        <source>No transfer has been shipped yet.</source>
        <translation>Es wurde noch keine Umlagerung versendet.</translation>
    </message>
    <message>
        <source>No transfer to or from %1 yet.</source>
        <translation>Noch keine Umlagerung von oder nach %1.</translation>
    </message>
    <message>
        <source>Cancel transfer %1</source>
        <translation>Umlagerung %1 stornieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Umlagerung stornieren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Transfer %1 cancelled: what was in transit is back at its source.</source>
        <translation>Umlagerung %1 storniert: Die unterwegs befindliche Menge ist zurück am Ausgangsstandort.</translation>
    </message>
    <message>
        <source>Wrote off %1 of transfer %2 (%3).</source>
        <translation>%1 aus Umlagerung %2 abgeschrieben (%3).</translation>
    </message>
    <message>
        <source>Cancel transfer %1 of %2 from %3 to %4?

What is still in transit (%5) goes back to %3&apos;s stock on hand; what %4 has received stays there.</source>
        <translation>Umlagerung %1 von %2 von %3 nach %4 stornieren?

Was noch unterwegs ist (%5), geht zurück in den Bestand von %3; was %4 schon empfangen hat, bleibt dort.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::VarianceCard</name>
    <message>
        <source>Variance by reason</source>
        <translation>Abweichungen nach Grund</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translation>Bewegte Einheiten</translation>
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation>Kumuliert (%)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Bars in units moved, either way</source>
        <translation>Balken in bewegten Einheiten, in beide Richtungen</translation>
    </message>
    <message>
        <source>Bars in value at unit cost (SKUs without a unit cost count nothing)</source>
        <translation>Balken im Wert zu Stückkosten (SKUs ohne Stückkosten zählen nicht)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>Value at unit cost</source>
        <translation>Wert zu Stückkosten</translation>
    </message>
    <message>
        <source>No adjustments or count variances %1.</source>
        <translation>Es gab %1 keine Korrekturen oder Zählabweichungen.</translation>
    </message>
    <message numerus="yes">
        <source>Value %1 at unit cost in %Ln movement(s)</source>
        <translation>
            <numerusform>Wert %1 zu Stückkosten in %Ln Buchung</numerusform>
            <numerusform>Wert %1 zu Stückkosten in %Ln Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units moved in %Ln movement(s)</source>
        <translation>
            <numerusform>%1 Einheiten bewegt in %Ln Buchung</numerusform>
            <numerusform>%1 Einheiten bewegt in %Ln Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln reason(s) make 80 % of it</source>
        <translation>
            <numerusform>; %Ln Grund macht 80 % davon aus</numerusform>
            <numerusform>; %Ln Gründe machen 80 % davon aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln movement(s) of SKUs without a unit cost have no value)</source>
        <translation>
            <numerusform>(%Ln Buchung einer SKU ohne Stückkosten hat keinen Wert)</numerusform>
            <numerusform>(%Ln Buchungen von SKUs ohne Stückkosten haben keinen Wert)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these movements has a value: their SKUs have no unit cost. Set unit costs (Stock ▸ Edit SKU…) or show the variance in units.</source>
        <translation>Keine dieser Buchungen hat einen Wert: Ihre SKUs haben keine Stückkosten. Legen Sie Stückkosten fest (Bestand ▸ SKU bearbeiten…) oder zeigen Sie die Abweichung in Einheiten an.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::WriteOffDialog</name>
    <message>
        <source>Write off from transfer %1</source>
        <translation>Abschreibung aus Umlagerung %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3 to %4: %5 still in transit.</source>
        <translation>%1 %2 von %3 nach %4: %5 noch unterwegs.</translation>
    </message>
    <message>
        <source>Why the units are lost</source>
        <translation>Grund für den Verlust der Einheiten</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>Choose why the units are written off.</source>
        <translation>Wählen Sie den Grund für die Abschreibung.</translation>
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
    <message>
        <source>Read the stock view, the ledger panel and the dashboard from this streaming standby of the ledger server; every write still goes to the server.</source>
        <translation>Bestandsansicht, Bewegungsbereich und Dashboard von diesem Streaming-Standby des Datenbankservers lesen; alle Schreibvorgänge gehen weiterhin an den Server.</translation>
    </message>
</context>
</TS>
