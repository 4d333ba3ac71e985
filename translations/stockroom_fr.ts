<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LedgerWords</name>
    <message>
        <source>Received</source>
        <translation>Réceptionné</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Transfer shipped</source>
        <translation>Transfert expédié</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfert réceptionné</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Réservation expirée</translation>
    </message>
    <message>
        <source>Backorder filled</source>
        <translation>Reliquat livré</translation>
    </message>
    <message>
        <source>Safety stock set</source>
        <translation>Stock de sécurité défini</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>À recevoir</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>En reliquat</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exporting the stock view… %1 rows</source>
        <translation>Export de la vue du stock… %1 lignes</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the ledger…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
    <message>
        <source>Seeding the demo data (%1 of %2): %3…</source>
        <translation>Création des données de démonstration (%1 sur %2) : %3…</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::MovementModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Type de stock</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::StockTableModel</name>
    <message>
        <source>Available %1 is below the safety stock of %2</source>
        <translation>Le stock disponible (%1) est inférieur au stock de sécurité (%2)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>À recevoir</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>En reliquat</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ConnectDialog</name>
    <message>
        <source>&amp;This computer — a private ledger only you can reach (the default)</source>
        <translation>&amp;Cet ordinateur — une base de données privée accessible à vous seul (par défaut)</translation>
    </message>
    <message>
        <source>A &amp;shared server</source>
        <translation>Un serveur &amp;partagé</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to a Stockroom ledger</source>
        <translation>Se connecter à une base de données Stockroom</translation>
    </message>
    <message>
        <source>disable — no TLS</source>
        <translation>disable — sans TLS</translation>
    </message>
    <message>
        <source>prefer — TLS when the server offers it</source>
        <translation>prefer — TLS si le serveur le propose</translation>
    </message>
    <message>
        <source>require — always TLS</source>
        <translation>require — TLS systématique</translation>
    </message>
    <message>
        <source>verify-ca — TLS, trusted certificate</source>
        <translation>verify-ca — TLS, certificat de confiance</translation>
    </message>
    <message>
        <source>verify-full — TLS, certificate and host name</source>
        <translation>verify-full — TLS, certificat et nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the database user to connect as.</source>
        <translation>Indiquez l&apos;utilisateur de base de données à utiliser pour la connexion.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::FilterBar</name>
    <message>
        <source>&amp;Below safety stock</source>
        <translation>&amp;Sous le stock de sécurité</translation>
    </message>
    <message>
        <source>Filter by SKU, name or barcode (Ctrl+F)</source>
        <translation>Filtrer par SKU, désignation ou code-barres (Ctrl+F)</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::LedgerPanel</name>
    <message>
        <source>Recent movements</source>
        <translation>Mouvements récents</translation>
    </message>
    <message>
        <source>No stock row selected</source>
        <translation>Aucune ligne de stock sélectionnée</translation>
    </message>
    <message>
        <source>Select a row to see its movements: who changed it, when and why.</source>
        <translation>Sélectionnez une ligne pour voir ses mouvements : qui l&apos;a modifiée, quand et pourquoi.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>On hand %1 · reserved %2 · available %3 · inbound %4 · damaged %5 · safety stock %6</source>
        <translation>En stock %1 · réservé %2 · disponible %3 · à recevoir %4 · endommagé %5 · stock de sécurité %6</translation>
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
        <translation>Une opération n&apos;a pas pu atteindre la base de données</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <source>Connected to %1%2</source>
        <translation>Connecté à %1%2</translation>
    </message>
    <message>
        <source>Offline — %1%2</source>
        <translation>Hors ligne — %1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n opération en attente d&apos;envoi</numerusform>
            <numerusform>%n opérations en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows shown, more below</source>
        <translation>%1 lignes affichées, suite plus bas</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Offline since %1, showing stock as of %2. Operations you enter are kept and sent when the connection returns; reconnecting automatically…</source>
        <translation>Hors ligne depuis %1, dernière mise à jour du stock affiché : %2. Les opérations que vous saisissez sont conservées et seront envoyées au retour de la connexion ; reconnexion automatique en cours…</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>&amp;Exporter la vue en CSV…</translation>
    </message>
    <message>
        <source>&amp;Connect to another ledger…</source>
        <translation>Se &amp;connecter à une autre base de données…</translation>
    </message>
    <message>
        <source>&amp;About Stockroom</source>
        <translation>À &amp;propos de Stockroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Export the stock view</source>
        <translation>Exporter la vue du stock</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the stock view…</source>
        <translation>Export de la vue du stock…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 lignes exportées vers %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>About Stockroom</source>
        <translation>À propos de Stockroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;Warehouse and store inventory on a shared PostgreSQL ledger.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PostgreSQL server&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ledger schema&lt;/td&gt;&lt;td&gt;version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connected to&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;As&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Stockroom %1&lt;/h3&gt;&lt;p&gt;Gestion des stocks pour entrepôts et magasins sur une base de données PostgreSQL partagée.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (compilé avec %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Serveur PostgreSQL&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schéma de la base&lt;/td&gt;&lt;td&gt;version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connecté à&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;En tant que&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Réceptionner…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;tour…</translation>
    </message>
    <message>
        <source>&amp;Count…</source>
        <translation>&amp;Compter…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Ajuster…</translation>
    </message>
    <message>
        <source>&amp;Ship transfer…</source>
        <translation>&amp;Expédier un transfert…</translation>
    </message>
    <message>
        <source>Receive trans&amp;fer…</source>
        <translation>Réceptionner un trans&amp;fert…</translation>
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
        <translation>%1 — nécessite le rôle « %2 » ; rôle actuel de %3 : %4.</translation>
    </message>
    <message>
        <source>no stockroom role</source>
        <translation>aucun rôle Stockroom</translation>
    </message>
    <message numerus="yes">
        <source>Back online. %n operation(s) typed while offline were sent.</source>
        <translation>
            <numerusform>De nouveau en ligne. %n opération saisie hors ligne a été envoyée.</numerusform>
            <numerusform>De nouveau en ligne. %n opérations saisies hors ligne ont été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Appliquées :</translation>
    </message>
    <message>
        <source>Refused by the ledger:</source>
        <translation>Refusées par la base de données :</translation>
    </message>
    <message>
        <source>Offline operations sent</source>
        <translation>Opérations hors ligne envoyées</translation>
    </message>
    <message>
        <source>%1 applied, %2 refused from the offline journal</source>
        <translation>Journal hors ligne — appliquées : %1, refusées : %2</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OperationDialog</name>
    <message>
        <source>&amp;Transfer:</source>
        <translation>&amp;Transfert :</translation>
    </message>
    <message>
        <source>Scan or type the transfer number</source>
        <translation>Scannez ou saisissez le numéro de transfert</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU :</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU</source>
        <translation>Scannez un code-barres ou saisissez un SKU</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>&amp;Change by:</source>
        <translation>&amp;Variation :</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>Quantité &amp;comptée :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>+5 found, -2 damaged</source>
        <translation>+5 trouvés, -2 endommagés</translation>
    </message>
    <message>
        <source>Empty: everything still in transit</source>
        <translation>Vide : toute la quantité encore en transit</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>theft</source>
        <translation>vol</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>Why the stock changes</source>
        <translation>Motif de la variation de stock</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Delivery note or PO (optional)</source>
        <translation>Bon de livraison ou bon de commande (facultatif)</translation>
    </message>
    <message>
        <source>Receipt or RMA (optional)</source>
        <translation>Ticket de caisse ou n° RMA (facultatif)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Remarque (facultatif)</translation>
    </message>
    <message>
        <source>Back to stoc&amp;k</source>
        <translation>Retour en stoc&amp;k</translation>
    </message>
    <message>
        <source>Da&amp;maged</source>
        <translation>Endo&amp;mmagé</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation>Réceptionner du stock</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>Compter le stock</translation>
    </message>
    <message>
        <source>Ship transfer</source>
        <translation>Expédier un transfert</translation>
    </message>
    <message>
        <source>Receive transfer</source>
        <translation>Réceptionner un transfert</translation>
    </message>
    <message>
        <source>Return stock</source>
        <translation>Enregistrer un retour</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 from %4 to %5</source>
        <translation>%1 — %2 × %3 de %4 vers %5</translation>
    </message>
    <message>
        <source>Scan or type the SKU first.</source>
        <translation>Scannez ou saisissez d&apos;abord le SKU.</translation>
    </message>
    <message>
        <source>Choose a location.</source>
        <translation>Choisissez un emplacement.</translation>
    </message>
    <message>
        <source>A transfer goes to another location than it comes from.</source>
        <translation>La destination d&apos;un transfert doit être différente de son emplacement d&apos;origine.</translation>
    </message>
    <message>
        <source>Choose or scan a transfer number.</source>
        <translation>Choisissez ou scannez un numéro de transfert.</translation>
    </message>
    <message>
        <source>Enter by how much the stock changes, e.g. -2 or +5.</source>
        <translation>Indiquez de combien le stock varie, par exemple -2 ou +5.</translation>
    </message>
    <message>
        <source>Say why: an adjustment needs a reason.</source>
        <translation>Indiquez pourquoi : un ajustement nécessite un motif.</translation>
    </message>
    <message>
        <source>Enter how many you counted.</source>
        <translation>Saisissez la quantité comptée.</translation>
    </message>
    <message>
        <source>Enter a quantity of at least 1.</source>
        <translation>Saisissez une quantité d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <source>Received %1 × %2 at %3: on hand now %4.</source>
        <translation>Réception de %1 × %2 à l&apos;emplacement %3 : stock désormais à %4.</translation>
    </message>
    <message>
        <source>Adjusted %1 at %2 by %3: on hand now %4.</source>
        <translation>%1 à l&apos;emplacement %2 ajusté de %3 : stock désormais à %4.</translation>
    </message>
    <message>
        <source>Counted %1 × %2 at %3 (difference %4).</source>
        <translation>Comptage de %1 × %2 à l&apos;emplacement %3 (écart %4).</translation>
    </message>
    <message>
        <source>Transfer %1 shipped: %2 × %3 from %4 to %5.</source>
        <translation>Transfert %1 expédié : %2 × %3 de %4 vers %5.</translation>
    </message>
    <message>
        <source>Received %1 of transfer %2 at %3.</source>
        <translation>Transfert %2 : quantité %1 réceptionnée à l&apos;emplacement %3.</translation>
    </message>
    <message>
        <source>Returned %1 × %2 at %3 %4.</source>
        <translation>Retour de %1 × %2 %4 à l&apos;emplacement %3.</translation>
    </message>
    <message>
        <source>as damaged</source>
        <translation>à l&apos;état endommagé</translation>
    </message>
    <message>
        <source>to stock</source>
        <translation>remis en stock</translation>
    </message>
    <message>
        <source>(It had already been applied; nothing changed twice.)</source>
        <translation>(L&apos;opération avait déjà été appliquée ; rien n&apos;a été modifié deux fois.)</translation>
    </message>
    <message>
        <source>There is no transfer %1.</source>
        <translation>Le transfert %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Unknown SKU or barcode “%1”.</source>
        <translation>SKU ou code-barres « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Your database role may not %1: it needs the %2 role. Nothing was changed.</source>
        <translation>Votre rôle de base de données ne vous autorise pas à %1 : il faut le rôle « %2 ». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This form&apos;s key had been used for a different operation; press %1 again to send this one as a new operation.</source>
        <translation>La clé de ce formulaire a déjà servi pour une autre opération ; cliquez de nouveau sur « %1 » pour envoyer celle-ci comme nouvelle opération.</translation>
    </message>
    <message>
        <source>Offline: “%1” is saved in the local journal and will be sent when the connection returns.</source>
        <translation>Hors ligne : « %1 » est enregistré dans le journal local et sera envoyé au retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Warehouse and store inventory</source>
        <translation>Gestion des stocks pour entrepôts et magasins</translation>
    </message>
    <message>
        <source>Join a shared ledger server.</source>
        <translation>Se connecter à un serveur de base de données partagé.</translation>
    </message>
    <message>
        <source>Seed the demo data set.</source>
        <translation>Créer le jeu de données de démonstration.</translation>
    </message>
    <message>
        <source>Stockroom</source>
        <translation>Stockroom</translation>
    </message>
</context>
</TS>
