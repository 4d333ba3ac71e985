<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CountSheet</name>
    <message>
        <source>Count sheet</source>
        <translation>Feuille de comptage</translation>
    </message>
    <message>
        <source>Save count sheet</source>
        <translation>Enregistrer la feuille de comptage</translation>
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
        <translation>En comptage</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En contrôle</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>To count</source>
        <translation>À compter</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recomptage</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Blind, full count</source>
        <translation>À l&apos;aveugle, complet</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>À l&apos;aveugle</translation>
    </message>
    <message>
        <source>Open, full count</source>
        <translation>Ouvert, complet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Choose a file name that ends in .png or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .png ou .pdf.</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>Count variance</source>
        <translation>Écart de comptage</translation>
    </message>
    <message>
        <source>Single-line count</source>
        <translation>Comptage ponctuel</translation>
    </message>
    <message>
        <source>Adjustment without reason</source>
        <translation>Ajustement sans motif</translation>
    </message>
    <message>
        <source>Snapshot variances to approve</source>
        <translation>Écarts d&apos;instantané à approuver</translation>
    </message>
    <message>
        <source>Drift findings</source>
        <translation>Dérives détectées</translation>
    </message>
    <message>
        <source>Counted lines to decide</source>
        <translation>Lignes comptées à décider</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Décalage temporel</translation>
    </message>
    <message>
        <source>Unknown SKU or location</source>
        <translation>SKU ou emplacement inconnu</translation>
    </message>
    <message>
        <source>Bucket difference</source>
        <translation>Catégorie de stock différente</translation>
    </message>
    <message>
        <source>True variance</source>
        <translation>Écart réel</translation>
    </message>
    <message>
        <source>the file and the ledger agree at the cutoff</source>
        <translation>le fichier et la base de données concordent à la date de l&apos;instantané</translation>
    </message>
    <message>
        <source>the difference is stock that moved around the cutoff or is in transit; nothing to do</source>
        <translation>la différence est du stock qui a bougé autour de la date de l&apos;instantané ou qui est en transit ; rien à faire</translation>
    </message>
    <message>
        <source>the file names a SKU or location the ledger does not know</source>
        <translation>le fichier désigne un SKU ou un emplacement inconnu de la base de données</translation>
    </message>
    <message>
        <source>the same units, counted as on hand in one and damaged in the other</source>
        <translation>les mêmes unités, comptées en stock d&apos;un côté et endommagées de l&apos;autre</translation>
    </message>
    <message>
        <source>a real difference (or a stock row the file lacks): an adjustment to approve or keep</source>
        <translation>une vraie différence (ou une ligne de stock absente du fichier) : un ajustement à approuver ou à conserver</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classifié</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>Ledger kept</source>
        <translation>Base de données conservée</translation>
    </message>
    <message>
        <source>File wins</source>
        <translation>Le fichier prévaut</translation>
    </message>
    <message>
        <source>Ledger wins</source>
        <translation>La base de données prévaut</translation>
    </message>
    <message>
        <source>Lower wins</source>
        <translation>La plus petite quantité prévaut</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 jour</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 jours</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 jours</translation>
    </message>
    <message>
        <source>7–30 days</source>
        <translation>7–30 jours</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 jours</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
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
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
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
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Dans la tolérance</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>Recompté</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Catégorie de stock</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation>Dernier comptage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Within interval</source>
        <translation>Dans l&apos;intervalle</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recomptage</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) %1 h</source>
        <translation>
            <numerusform>%Ln jour %1 h</numerusform>
            <numerusform>%Ln jours %1 h</numerusform>
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
        <translation>Inventaire tournant</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
</context>
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
    <message>
        <source>Scrapped</source>
        <translation>Mis au rebut</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Vol</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allouée</translation>
    </message>
    <message>
        <source>Payment authorized</source>
        <translation>Paiement autorisé</translation>
    </message>
    <message>
        <source>Fulfilling</source>
        <translation>En cours d&apos;expédition</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Retour demandé</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Allouer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Faire expirer</translation>
    </message>
    <message>
        <source>Authorize payment</source>
        <translation>Autoriser le paiement</translation>
    </message>
    <message>
        <source>Start fulfillment</source>
        <translation>Lancer l&apos;expédition</translation>
    </message>
    <message>
        <source>Part shipped</source>
        <translation>Expédition partielle</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Emballer</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Livrer</translation>
    </message>
    <message>
        <source>Request return</source>
        <translation>Demander un retour</translation>
    </message>
    <message>
        <source>Receive to stock</source>
        <translation>Réceptionner en stock</translation>
    </message>
    <message>
        <source>Receive as damaged</source>
        <translation>Réceptionner comme endommagé</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Nearest single location</source>
        <translation>Emplacement unique le plus proche</translation>
    </message>
    <message>
        <source>Fewest splits</source>
        <translation>Moins de fractionnements</translation>
    </message>
    <message>
        <source>Keep locations balanced</source>
        <translation>Équilibrer les emplacements</translation>
    </message>
    <message>
        <source>Protect safety stock</source>
        <translation>Protéger le stock de sécurité</translation>
    </message>
    <message>
        <source>No stock</source>
        <translation>Pas de stock</translation>
    </message>
    <message>
        <source>Would drop below safety stock</source>
        <translation>Passerait sous le stock de sécurité</translation>
    </message>
    <message>
        <source>Channel does not ship from here</source>
        <translation>Le canal n&apos;expédie pas d&apos;ici</translation>
    </message>
    <message>
        <source>Cannot ship the whole order</source>
        <translation>Ne peut pas expédier toute la commande</translation>
    </message>
    <message>
        <source>Farther than an equal alternative</source>
        <translation>Plus loin qu&apos;une alternative équivalente</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>No coordinates</source>
        <translation>Pas de coordonnées</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Vente en gros</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>Export de la vue du stock… %1 lignes</translation>
    </message>
</context>
<context>
    <name>SnapshotReviewDialog</name>
    <message>
        <source>%1 needs the supervisor role; the login %2 has no Stockroom role.</source>
        <translation>%1 nécessite le rôle « supervisor » ; l&apos;identifiant %2 n&apos;a aucun rôle Stockroom.</translation>
    </message>
    <message>
        <source>%1 needs the supervisor role; the login %2 has the %3 role.</source>
        <translation>%1 nécessite le rôle « supervisor » ; l&apos;identifiant %2 a le rôle « %3 ».</translation>
    </message>
    <message>
        <source>Ask a supervisor, or connect as one (File ▸ Connect to another ledger…).</source>
        <translation>Adressez-vous à un superviseur, ou connectez-vous en tant que superviseur (Fichier ▸ Se connecter à une autre base de données…).</translation>
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
    <message>
        <source>--read-db: %1</source>
        <translation>--read-db : %1</translation>
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
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Nom de l&apos;emplacement</translation>
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
    <name>Stockroom::Models::AccuracyModel</name>
    <message>
        <source>%1, %2: %3 % within tolerance (%4 of %5 counted lines)</source>
        <translation>%1, %2 : %3 % dans la tolérance (%4 lignes comptées sur %5)</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>Classe ABC</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Counted lines</source>
        <translation>Lignes comptées</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Dans la tolérance</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Exactitude (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CountDayModel</name>
    <message numerus="yes">
        <source>%1: %Ln count(s) of %2 SKU row(s)</source>
        <translation>
            <numerusform>%1 : %Ln comptage de %2 ligne SKU</numerusform>
            <numerusform>%1 : %Ln comptages de %2 ligne(s) SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>SKU rows</source>
        <translation>Lignes SKU</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CountReviewModel</name>
    <message>
        <source>Outside tolerance: the variance is more than this many units, or worth more than the class allows</source>
        <translation>Hors tolérance : l&apos;écart dépasse ce nombre d&apos;unités, ou sa valeur dépasse ce que la classe autorise</translation>
    </message>
    <message>
        <source>Within tolerance for class %1</source>
        <translation>Dans la tolérance de la classe %1</translation>
    </message>
    <message>
        <source>Approving leaves %1 on hand while %2 are reserved: approve with “release holds”, or recount.</source>
        <translation>Après approbation, le stock serait de %1 alors que %2 sont réservés : approuvez avec « libérer les réservations », ou recomptez.</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>Two counters counted this SKU in the same area: the units may have been counted twice</source>
        <translation>Deux compteurs ont compté ce SKU dans la même zone : les unités ont peut-être été comptées deux fois</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>outside ±%1</source>
        <translation>hors ±%1</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>confirmed (was %1)</source>
        <translation>confirmé (avant : %1)</translation>
    </message>
    <message>
        <source>differs (was %1)</source>
        <translation>différent (avant : %1)</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>Short of reserved (%1 held)</source>
        <translation>Sous les réservations (%1 réservés)</translation>
    </message>
    <message>
        <source>What the ledger held when the SKU was counted (at the count&apos;s pinned position)</source>
        <translation>Ce que contenait la base de données lors du comptage du SKU (selon l&apos;instantané du comptage)</translation>
    </message>
    <message>
        <source>The variance times the unit cost</source>
        <translation>L&apos;écart multiplié par le coût unitaire</translation>
    </message>
    <message>
        <source>Two counters counted the SKU in the same area: the units may have been counted twice</source>
        <translation>Deux compteurs ont compté le SKU dans la même zone : les unités ont peut-être été comptées deux fois</translation>
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
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recomptage</translation>
    </message>
    <message>
        <source>Double?</source>
        <translation>Double ?</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CountSessionModel</name>
    <message>
        <source>Blind: counters are not shown what the ledger expects</source>
        <translation>À l&apos;aveugle : les compteurs ne voient pas ce qu&apos;attend la base de données</translation>
    </message>
    <message>
        <source>Open: counters see what the ledger expects</source>
        <translation>Ouvert : les compteurs voient ce qu&apos;attend la base de données</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Comptées</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recomptage</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CoverageModel</name>
    <message numerus="yes">
        <source>%1 · %Ln day(s)</source>
        <translation>
            <numerusform>%1 · %Ln jour</numerusform>
            <numerusform>%1 · %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 stock rows counted in the last %Ln day(s) (%4 %); %5 overdue</source>
        <translation>
            <numerusform>%1 : %2 lignes de stock sur %3 comptées sur %Ln jour (%4 %) ; %5 en retard</numerusform>
            <numerusform>%1 : %2 lignes de stock sur %3 comptées sur les %Ln derniers jours (%4 %) ; %5 en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>Classe ABC</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Stock rows</source>
        <translation>Lignes de stock</translation>
    </message>
    <message>
        <source>Counted in time</source>
        <translation>Comptées à temps</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Couverture de comptage (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::DashboardLinesModel</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Variance (units)</source>
        <translation>Écart (unités)</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Point ouvert</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::DashboardModel</name>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::DiscrepancyModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Open %1: %Ln item(s)</source>
        <translation>
            <numerusform>Ancienneté %1 : %Ln point ouvert</numerusform>
            <numerusform>Ancienneté %1 : %Ln points ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Total ouverts</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::FlashSaleSampleModel</name>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
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
        <source>Returned by expiry</source>
        <translation>Libéré par expiration</translation>
    </message>
    <message>
        <source>Refused (sold out)</source>
        <translation>Refusé (épuisé)</translation>
    </message>
    <message>
        <source>Waiting for a lock</source>
        <translation>En attente d&apos;un verrou</translation>
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
    <message>
        <source>Stock</source>
        <translation>Type de stock</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::OrderModel</name>
    <message>
        <source>Stuck: longer in this state than its time limit</source>
        <translation>Bloquée : dans cet état depuis plus longtemps que son délai</translation>
    </message>
    <message>
        <source>Picked up at %1</source>
        <translation>Retrait à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>%1 (stuck)</source>
        <translation>%1 (bloquée)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation>Retrait : %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>Dans l&apos;état depuis</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ReadWorker</name>
    <message numerus="yes">
        <source>the replica is more than %n second(s) behind</source>
        <translation>
            <numerusform>la réplique a plus de %n seconde de retard</numerusform>
            <numerusform>la réplique a plus de %n secondes de retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ReservationModel</name>
    <message numerus="yes">
        <source>Expired %Ln second(s) ago</source>
        <translation>
            <numerusform>Expirée il y a %Ln seconde</numerusform>
            <numerusform>Expirée il y a %Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln minute(s) ago</source>
        <translation>
            <numerusform>Expirée il y a %Ln minute</numerusform>
            <numerusform>Expirée il y a %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln hour(s) ago</source>
        <translation>
            <numerusform>Expirée il y a %Ln heure</numerusform>
            <numerusform>Expirée il y a %Ln heures</numerusform>
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
        <translation>Le délai de la réservation est écoulé ; la prochaine purge remettra son stock en disponible.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Réservation</translation>
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
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ShrinkageModel</name>
    <message>
        <source>%1: %2 % shrinkage (%3 units lost, %4 sold)</source>
        <translation>%1 : %2 % de démarque (%3 unités perdues, %4 vendues)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Units lost</source>
        <translation>Unités perdues</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unités vendues</translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation>Démarque (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::SnapshotModel</name>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2 units apart — %3</source>
        <translation>
            <numerusform>%1 : %Ln ligne, %2 unités de différence — %3</numerusform>
            <numerusform>%1 : %Ln lignes, %2 unités de différence — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Units apart</source>
        <translation>Unités de différence</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::SnapshotReviewModel</name>
    <message>
        <source>Check to approve this adjustment (Space checks the selected lines)</source>
        <translation>Cochez pour approuver cet ajustement (Espace coche les lignes sélectionnées)</translation>
    </message>
    <message>
        <source>Line %1 of the file (the header is line 1)</source>
        <translation>Ligne %1 du fichier (l&apos;en-tête est la ligne 1)</translation>
    </message>
    <message>
        <source>Not in the file: the ledger had this stock at one of the file&apos;s locations</source>
        <translation>Absent du fichier : selon la base de données, ce stock se trouvait à l&apos;un des emplacements du fichier</translation>
    </message>
    <message>
        <source>What the ledger held at the snapshot&apos;s time, in the line&apos;s bucket</source>
        <translation>Ce que contenait la base de données à la date de l&apos;instantané, dans la catégorie de stock de la ligne</translation>
    </message>
    <message>
        <source>Conflict policy: %1</source>
        <translation>Règle de conflit : %1</translation>
    </message>
    <message>
        <source>The policy (%1) keeps the ledger&apos;s quantity: nothing is posted</source>
        <translation>La règle (%1) conserve la quantité de la base de données : rien n&apos;est comptabilisé</translation>
    </message>
    <message>
        <source>Posted as movement %1</source>
        <translation>Comptabilisé comme mouvement %1</translation>
    </message>
    <message>
        <source>not in file</source>
        <translation>absent du fichier</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (endommagé)</translation>
    </message>
    <message>
        <source>Unknown item</source>
        <translation>Élément inconnu</translation>
    </message>
    <message>
        <source>Lines checked for approval</source>
        <translation>Lignes cochées pour approbation</translation>
    </message>
    <message>
        <source>What the ledger held at the snapshot&apos;s time (the balance minus every movement after it)</source>
        <translation>Ce que contenait la base de données à la date de l&apos;instantané (le solde moins tous les mouvements postérieurs)</translation>
    </message>
    <message>
        <source>The quantity in the file</source>
        <translation>La quantité dans le fichier</translation>
    </message>
    <message>
        <source>The file&apos;s quantity minus the ledger&apos;s at the snapshot&apos;s time</source>
        <translation>La quantité du fichier moins celle de la base de données à la date de l&apos;instantané</translation>
    </message>
    <message>
        <source>The adjustment the source&apos;s conflict policy proposes</source>
        <translation>L&apos;ajustement que propose la règle de conflit de la source</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Book at cutoff</source>
        <translation>Stock comptable à la date</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
    <name>Stockroom::Models::TransferModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>En transit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réceptionné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Passé en perte</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
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
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Shipped by</source>
        <translation>Expédié par</translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::VarianceModel</name>
    <message numerus="yes">
        <source>%1: %Ln movement(s), %2 units moved (net %3), value %4; with the reasons before it %5 % of the whole</source>
        <translation>
            <numerusform>%1 : %Ln mouvement, %2 unités mouvementées (net %3), valeur %4 ; avec les motifs précédents, %5 % du total</numerusform>
            <numerusform>%1 : %Ln mouvements, %2 unités mouvementées (net %3), valeur %4 ; avec les motifs précédents, %5 % du total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s) of SKUs without a unit cost are not in the value.</source>
        <translation>
            <numerusform>%Ln mouvement d&apos;un SKU sans coût unitaire n&apos;est pas compris dans la valeur.</numerusform>
            <numerusform>%Ln mouvements de SKU sans coût unitaire ne sont pas compris dans la valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translation>Unités mouvementées</translation>
    </message>
    <message>
        <source>Net units</source>
        <translation>Unités nettes</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Valeur au coût</translation>
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation>Cumulé (%)</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::AccuracyCard</name>
    <message>
        <source>Inventory record accuracy</source>
        <translation>Exactitude des stocks</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Exactitude (%)</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Objectif %1 %</translation>
    </message>
    <message>
        <source>Best in class %1 %</source>
        <translation>Excellence %1 %</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>No counted lines were decided %1: accuracy appears once a count session is submitted and its lines are reviewed.</source>
        <translation>Aucune ligne comptée n&apos;a été décidée %1 : l&apos;exactitude des stocks apparaît dès qu&apos;une session de comptage est soumise et ses lignes contrôlées.</translation>
    </message>
    <message>
        <source>best in class</source>
        <translation>niveau d&apos;excellence atteint</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>below the 95 % target</source>
        <translation>sous l&apos;objectif de 95 %</translation>
    </message>
    <message>
        <source>%1%2 % of %3 counted lines within tolerance — %4</source>
        <translation>%1%2 % des %3 lignes comptées dans la tolérance — %4</translation>
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
        <translation>distance inconnue</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✓ Complete · best</source>
        <translation>✓ Complet · le meilleur</translation>
    </message>
    <message>
        <source>✓ Complete</source>
        <translation>✓ Complet</translation>
    </message>
    <message numerus="yes">
        <source>Short of %Ln unit(s)</source>
        <translation>
            <numerusform>Il manque %Ln unité</numerusform>
            <numerusform>Il manque %Ln unités</numerusform>
        </translation>
    </message>
    <message>
        <source>ships from nowhere</source>
        <translation>expédiée depuis aucun emplacement</translation>
    </message>
    <message>
        <source>Ships from 1 location (no split)</source>
        <translation>Expédiée depuis 1 emplacement (sans fractionnement)</translation>
    </message>
    <message>
        <source>Ships from %1 (%2)</source>
        <translation>Expédiée depuis %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln emplacement</numerusform>
            <numerusform>%Ln emplacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln split(s)</source>
        <translation>
            <numerusform>%Ln fractionnement</numerusform>
            <numerusform>%Ln fractionnements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>Distance unknown</source>
        <translation>Distance inconnue</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approché</translation>
    </message>
    <message>
        <source>Approximate: %1</source>
        <translation>Approché : %1</translation>
    </message>
    <message>
        <source>Score %1 (lower is better)</source>
        <translation>Score %1 (plus bas = meilleur)</translation>
    </message>
    <message>
        <source>100 per extra location, plus the kilometres from each location used, 1,000 per location of unknown distance, 10 per line left below safety stock and 10,000 per line the plan leaves short.</source>
        <translation>100 par emplacement supplémentaire, plus les kilomètres depuis chaque emplacement utilisé, 1&#xa0;000 par emplacement à distance inconnue, 10 par ligne laissée sous le stock de sécurité et 10&#xa0;000 par ligne que le plan ne couvre pas.</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>Identique à : %1</translation>
    </message>
    <message>
        <source>Press %1 to choose this plan.</source>
        <translation>Appuyez sur %1 pour choisir ce plan.</translation>
    </message>
    <message>
        <source>Lines of this plan</source>
        <translation>Lignes de ce plan</translation>
    </message>
    <message>
        <source>Locations passed over, and why</source>
        <translation>Emplacements écartés et motifs</translation>
    </message>
    <message>
        <source>&amp;Apply plan</source>
        <translation>&amp;Appliquer le plan</translation>
    </message>
    <message>
        <source>Allocate order %1</source>
        <translation>Allouer la commande %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Reste après</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Reading stock and working out the plans…</source>
        <translation>Lecture du stock et calcul des plans…</translation>
    </message>
    <message>
        <source>Could not work out the plans: %1</source>
        <translation>Impossible de calculer les plans : %1</translation>
    </message>
    <message>
        <source>No plans to show.</source>
        <translation>Aucun plan à afficher.</translation>
    </message>
    <message>
        <source>picked up at %1</source>
        <translation>retrait à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>ships to %1, %2</source>
        <translation>expédiée vers %1, %2</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · %4</source>
        <translation>Commande %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>warehouses</source>
        <translation>entrepôts</translation>
    </message>
    <message>
        <source>stores</source>
        <translation>magasins</translation>
    </message>
    <message>
        <source>%1 orders ship from %2; %3</source>
        <translation>Les commandes du canal « %1 » sont expédiées depuis des %2 ; %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>no plan takes a location below its safety stock.</source>
        <translation>aucun plan ne fait passer un emplacement sous son stock de sécurité.</translation>
    </message>
    <message>
        <source>plans may sell into safety stock, except &quot;%1&quot;.</source>
        <translation>les plans peuvent entamer le stock de sécurité, sauf « %1 ».</translation>
    </message>
    <message>
        <source>Leaves %1 below its safety stock</source>
        <translation>Passe %1 sous le stock de sécurité</translation>
    </message>
    <message>
        <source>After this plan %1 would have %2 of %3, below its safety stock of %4.</source>
        <translation>Après ce plan, %1 n&apos;aurait plus que %2 × %3, sous son stock de sécurité de %4.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>Short: no location this plan may use has it</source>
        <translation>Manquant : aucun emplacement utilisable par ce plan n&apos;en a</translation>
    </message>
    <message numerus="yes">
        <source>Lines of this plan (%Ln below safety stock)</source>
        <translation>
            <numerusform>Lignes de ce plan (%Ln sous le stock de sécurité)</numerusform>
            <numerusform>Lignes de ce plan (%Ln sous le stock de sécurité)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locations passed over, and why (%1)</source>
        <translation>Emplacements écartés et motifs (%1)</translation>
    </message>
    <message>
        <source>Order %1 is %2 now: only a new order (Created) can be allocated.</source>
        <translation>La commande %1 est maintenant à l&apos;état « %2 » : seule une nouvelle commande (Créée) peut être allouée.</translation>
    </message>
    <message>
        <source>There is no plan to apply.</source>
        <translation>Aucun plan à appliquer.</translation>
    </message>
    <message numerus="yes">
        <source>This plan is short of %Ln unit(s) and cannot be applied: choose a complete plan, or receive the stock first.</source>
        <translation>
            <numerusform>Il manque %Ln unité à ce plan, il ne peut donc pas être appliqué : choisissez un plan complet, ou réceptionnez d&apos;abord le stock.</numerusform>
            <numerusform>Il manque %Ln unités à ce plan, il ne peut donc pas être appliqué : choisissez un plan complet, ou réceptionnez d&apos;abord le stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying reserves %Ln unit(s) at %1 for this order.</source>
        <translation>
            <numerusform>L&apos;application réserve %Ln unité dans %1 pour cette commande.</numerusform>
            <numerusform>L&apos;application réserve %Ln unités dans %1 pour cette commande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserving the plan…</source>
        <translation>Réservation du plan…</translation>
    </message>
    <message>
        <source>Nothing was reserved: the stock changed while you were looking (something was sold, received or reserved). The plans below are worked out again from the stock as it is now; check the one you want and apply it again.</source>
        <translation>Rien n&apos;a été réservé : le stock a changé pendant que vous consultiez les plans (un article a été vendu, réceptionné ou réservé). Les plans ci-dessous sont recalculés à partir du stock actuel ; vérifiez celui que vous voulez et appliquez-le de nouveau.</translation>
    </message>
    <message>
        <source>Could not reserve the plan: %1</source>
        <translation>Impossible de réserver le plan : %1</translation>
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
        <translation>distance inconnue</translation>
    </message>
    <message>
        <source>Where the order ships from</source>
        <translation>D&apos;où part la commande</translation>
    </message>
    <message>
        <source>Longitude (°)</source>
        <translation>Longitude (°)</translation>
    </message>
    <message>
        <source>Latitude (°)</source>
        <translation>Latitude (°)</translation>
    </message>
    <message>
        <source>Reading where the order can ship from…</source>
        <translation>Lecture des emplacements d&apos;expédition possibles…</translation>
    </message>
    <message>
        <source>Where order %1 ships from</source>
        <translation>D&apos;où part la commande %1</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Not for this channel</source>
        <translation>Pas pour ce canal</translation>
    </message>
    <message>
        <source>%1 (%2), %3 from the destination</source>
        <translation>%1 (%2), jusqu&apos;à la destination : %3</translation>
    </message>
    <message numerus="yes">
        <source>Ships %Ln unit(s) in this plan</source>
        <translation>
            <numerusform>Expédie %Ln unité dans ce plan</numerusform>
            <numerusform>Expédie %Ln unités dans ce plan</numerusform>
        </translation>
    </message>
    <message>
        <source>The channel does not ship from a %1.</source>
        <translation>Le canal n&apos;expédie pas depuis un %1.</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>entrepôt</translation>
    </message>
    <message>
        <source>store</source>
        <translation>magasin</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Pickup at %1</source>
        <translation>Retrait à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>The order ships here</source>
        <translation>La commande est expédiée ici</translation>
    </message>
    <message>
        <source>Picked up at %1</source>
        <translation>Retrait à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>No location has coordinates, so there is no map.
Set them with Stock ▸ Edit location (Ctrl+Shift+L).</source>
        <translation>Aucun emplacement n’a de coordonnées : pas de carte.
Saisissez-les avec Stock ▸ Modifier l’emplacement (Ctrl+Maj+L).</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CalendarCard</name>
    <message>
        <source>Counts per day</source>
        <translation>Comptages par jour</translation>
    </message>
    <message>
        <source>No counts were recorded %1.</source>
        <translation>Aucun comptage n&apos;a été enregistré %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 counts on %2 of %Ln day(s); the busiest, %3, had %4</source>
        <translation>
            <numerusform>%1 comptages sur %2 jour sur %Ln ; le jour le plus chargé, le %3, en a compté %4</numerusform>
            <numerusform>%1 comptages sur %2 des %Ln jours ; le jour le plus chargé, le %3, en a compté %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CalendarHeatMap</name>
    <message>
        <source>Counts per day</source>
        <translation>Comptages par jour</translation>
    </message>
    <message>
        <source>%1: no counts</source>
        <translation>%1 : aucun comptage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Counts per day:</source>
        <translation>Comptages par jour :</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ChartCard</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Lines…</source>
        <translation>Lignes…</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Lecture de la base de données…</translation>
    </message>
    <message>
        <source>The lines behind this chart, with the dashboard&apos;s filters</source>
        <translation>Les lignes derrière ce graphique, avec les filtres du tableau de bord</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG) or a PDF</source>
        <translation>Enregistrer ce graphique en image (PNG) ou en PDF</translation>
    </message>
    <message>
        <source>As PNG picture…</source>
        <translation>En image PNG…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>En PDF…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Semaine (à partir du lundi)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation> dans la région %1</translation>
    </message>
    <message>
        <source>between %1 and %2%3</source>
        <translation>entre le %1 et le %2%3</translation>
    </message>
    <message>
        <source>Could not read this chart: %1</source>
        <translation>Impossible de lire ce graphique : %1</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>Impossible de lire la base de données : %1</translation>
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
    <message>
        <source>&amp;Allow sending the remembered password to this server without TLS</source>
        <translation>Envoyer le mot de passe enregistré à ce serveur &amp;sans TLS</translation>
    </message>
    <message>
        <source>Without TLS anyone on the network path can read the password. Leave this off unless the server cannot do TLS and the network is yours.</source>
        <translation>Sans TLS, n’importe qui sur le chemin réseau peut lire le mot de passe. Laissez cette option désactivée sauf si le serveur ne gère pas TLS et que le réseau est le vôtre.</translation>
    </message>
    <message>
        <source>optional: postgresql://standby.example.com:5432/stockroom</source>
        <translation>facultatif : postgresql://standby.example.com:5432/stockroom</translation>
    </message>
    <message>
        <source>A streaming standby of this server. The stock view, the ledger panel and the dashboard read from it; every operation still goes to the server above. Same user and password, same TLS mode unless the URL names one. Leave empty to read from the server.</source>
        <translation>Un serveur de secours (standby) en streaming de ce serveur. La vue du stock, le panneau des mouvements et le tableau de bord y lisent leurs données ; toutes les opérations vont toujours au serveur ci-dessus. Même utilisateur, même mot de passe et même mode TLS, sauf si l&apos;URL en indique un autre. Laisser vide pour lire depuis le serveur.</translation>
    </message>
    <message>
        <source>Read r&amp;eplica URL:</source>
        <translation>URL de la répl&amp;ique en lecture :</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountPlanDialog</name>
    <message>
        <source>Went to zero</source>
        <translation>Tombé à zéro</translation>
    </message>
    <message>
        <source>Last count found a difference</source>
        <translation>Écart au dernier comptage</translation>
    </message>
    <message>
        <source>Never counted</source>
        <translation>Jamais compté</translation>
    </message>
    <message>
        <source>Due by its class</source>
        <translation>Dû selon sa classe</translation>
    </message>
    <message>
        <source>&amp;Blind (counters do not see expected quantities)</source>
        <translation>À l&apos;&amp;aveugle (les compteurs ne voient pas les quantités attendues)</translation>
    </message>
    <message>
        <source>&amp;Start a session for this plan</source>
        <translation>&amp;Lancer une session pour ce plan</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>Que compter</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
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
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Dû depuis</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Lecture du plan…</translation>
    </message>
    <message>
        <source>Could not read the plan: %1</source>
        <translation>Impossible de lire le plan : %1</translation>
    </message>
    <message>
        <source>%1 rows due, %2 of them triggered; %3 planned for the day, %4 over the daily cap, %5 already in an open session.</source>
        <translation>%1 lignes dues, dont %2 déclenchées par un événement ; %3 planifiées pour la journée, %4 au-delà du plafond quotidien, %5 déjà dans une session ouverte.</translation>
    </message>
    <message>
        <source>Nothing is due on this day: every row was counted within its class&apos;s interval, and none went to zero or showed a difference since.</source>
        <translation>Rien n&apos;est dû ce jour-là : chaque ligne a été comptée dans l&apos;intervalle de sa classe, et aucune n&apos;est tombée à zéro ni n&apos;a présenté d&apos;écart depuis.</translation>
    </message>
    <message>
        <source>Starting a count session needs the manager role</source>
        <translation>Lancer une session de comptage nécessite le rôle « manager »</translation>
    </message>
    <message>
        <source>Choose one location: a session counts one location</source>
        <translation>Choisissez un emplacement : une session compte un seul emplacement</translation>
    </message>
    <message>
        <source>Nothing to count</source>
        <translation>Rien à compter</translation>
    </message>
    <message>
        <source>One session with the planned rows of this location and day</source>
        <translation>Une session avec les lignes planifiées de cet emplacement et de ce jour</translation>
    </message>
    <message>
        <source>The session was not started: %1</source>
        <translation>La session n&apos;a pas été lancée : %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountReviewDialog</name>
    <message>
        <source>&amp;Outside tolerance only</source>
        <translation>&amp;Hors tolérance uniquement</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;Approuver la sélection</translation>
    </message>
    <message>
        <source>Approve all &amp;within tolerance</source>
        <translation>Approuver tout dans la to&amp;lérance</translation>
    </message>
    <message>
        <source>&amp;Reject selected…</source>
        <translation>&amp;Rejeter la sélection…</translation>
    </message>
    <message>
        <source>Order re&amp;count</source>
        <translation>Demander un re&amp;comptage</translation>
    </message>
    <message>
        <source>Review count session %1</source>
        <translation>Contrôler la session de comptage %1</translation>
    </message>
    <message>
        <source>Show only the lines whose variance is outside their class&apos;s tolerance</source>
        <translation>N&apos;afficher que les lignes dont l&apos;écart est hors de la tolérance de leur classe</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Could not read the review</source>
        <translation>Impossible de lire le contrôle</translation>
    </message>
    <message>
        <source>Review count session %1 — %2</source>
        <translation>Contrôler la session de comptage %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 lines: %4 to approve, %5 waiting for a recount, %6 decided, %7 outside tolerance</source>
        <translation>%1 · %2 · %3 lignes : %4 à approuver, %5 en attente de recomptage, %6 décidées, %7 hors tolérance</translation>
    </message>
    <message>
        <source>Approving, rejecting and recounting need the supervisor role; %1 is connected as %2.</source>
        <translation>Approuver, rejeter et recompter nécessitent le rôle « supervisor » ; rôle actuel de %1 : %2.</translation>
    </message>
    <message>
        <source>no stockroom role</source>
        <translation>aucun rôle Stockroom</translation>
    </message>
    <message>
        <source>This session is %1: there is nothing to decide.</source>
        <translation>Cette session est %1 : il n&apos;y a rien à décider.</translation>
    </message>
    <message>
        <source>Post the selected lines&apos; variances to the ledger (all or nothing)</source>
        <translation>Comptabiliser les écarts des lignes sélectionnées dans la base de données (toutes ou aucune)</translation>
    </message>
    <message numerus="yes">
        <source>Approve every line waiting for approval whose variance is within tolerance: %n line(s)</source>
        <translation>
            <numerusform>Approuver chaque ligne en attente d&apos;approbation dont l&apos;écart est dans la tolérance : %n ligne</numerusform>
            <numerusform>Approuver chaque ligne en attente d&apos;approbation dont l&apos;écart est dans la tolérance : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the ledger as it is for the selected lines, with a reason</source>
        <translation>Laisser la base de données inchangée pour les lignes sélectionnées, avec un motif</translation>
    </message>
    <message>
        <source>Send the selected lines to be counted again, by someone who did not count them</source>
        <translation>Faire recompter les lignes sélectionnées par quelqu&apos;un qui ne les a pas comptées</translation>
    </message>
    <message>
        <source>%1 %2: %3 on hand after approval, %4 reserved</source>
        <translation>%1 %2 : %3 en stock après approbation, %4 réservés</translation>
    </message>
    <message>
        <source>Approve counts</source>
        <translation>Approuver les comptages</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approving leaves less on hand than is reserved for these SKUs. Release holds (not orders&apos; holds) so the count can be applied, or cancel and order a recount:</source>
        <translation>Après approbation, le stock de ces SKU serait inférieur aux quantités réservées. Libérez des réservations (pas celles des commandes) pour que le comptage puisse être appliqué, ou annulez et demandez un recomptage :</translation>
    </message>
    <message>
        <source>Release holds and approve</source>
        <translation>Libérer les réservations et approuver</translation>
    </message>
    <message>
        <source>Approve without releasing</source>
        <translation>Approuver sans libérer</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n line(s)? Each posts its variance to the ledger once.</source>
        <translation>
            <numerusform>Approuver %n ligne ? Son écart est comptabilisé une seule fois dans la base de données.</numerusform>
            <numerusform>Approuver %n lignes ? Chacune comptabilise son écart une seule fois dans la base de données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n line(s) within tolerance? Each posts its variance to the ledger once.</source>
        <translation>
            <numerusform>Approuver la %n ligne dans la tolérance ? Son écart est comptabilisé une seule fois dans la base de données.</numerusform>
            <numerusform>Approuver les %n lignes dans la tolérance ? Chacune comptabilise son écart une seule fois dans la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject counts</source>
        <translation>Rejeter les comptages</translation>
    </message>
    <message numerus="yes">
        <source>Reject the counts of %n line(s)? The ledger keeps its quantities for them.</source>
        <translation>
            <numerusform>Rejeter le comptage de %n ligne ? La base de données conserve sa quantité.</numerusform>
            <numerusform>Rejeter les comptages de %n lignes ? La base de données conserve leurs quantités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason (required, kept with the count):</source>
        <translation>Motif (obligatoire, conservé avec le comptage) :</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Nothing was approved</source>
        <translation>Rien n&apos;a été approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Nothing was rejected</source>
        <translation>Rien n&apos;a été rejeté</translation>
    </message>
    <message>
        <source>Sent for a recount</source>
        <translation>Envoyées en recomptage</translation>
    </message>
    <message>
        <source>No recount was ordered</source>
        <translation>Aucun recomptage n&apos;a été demandé</translation>
    </message>
    <message>
        <source>%1: %2 line(s).</source>
        <translation>%1 : %2 ligne(s).</translation>
    </message>
    <message>
        <source>%1 line(s) left as they were (already decided, or outside tolerance).</source>
        <translation>%1 ligne(s) laissée(s) telle(s) quelle(s) (déjà décidée(s), ou hors tolérance).</translation>
    </message>
    <message>
        <source>%1 hold(s) released.</source>
        <translation>%1 réservation(s) libérée(s).</translation>
    </message>
    <message>
        <source>Every line is decided: the session is closed.</source>
        <translation>Toutes les lignes sont décidées : la session est clôturée.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountScreen</name>
    <message>
        <source>&amp;Finish and submit…</source>
        <translation>&amp;Terminer et soumettre…</translation>
    </message>
    <message>
        <source>Count session %1</source>
        <translation>Session de comptage %1</translation>
    </message>
    <message>
        <source>Shelf or bay, if you count by area</source>
        <translation>Étagère ou travée, si vous comptez par zone</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Scannez un code-barres ou saisissez un SKU, puis Entrée</translation>
    </message>
    <message>
        <source>How many are there?</source>
        <translation>Combien y en a-t-il ?</translation>
    </message>
    <message>
        <source>Enter records the count; the scan field is then ready for the next label.</source>
        <translation>Entrée enregistre le comptage ; le champ de scan est alors prêt pour l&apos;étiquette suivante.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan :</translation>
    </message>
    <message>
        <source>C&amp;ounted:</source>
        <translation>&amp;Compté :</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>Derniers enregistrements</translation>
    </message>
    <message>
        <source>Offline: keep counting. Counts are kept on this device and sent when the connection returns.</source>
        <translation>Hors ligne : continuez à compter. Les comptages sont conservés sur cet appareil et envoyés au retour de la connexion.</translation>
    </message>
    <message>
        <source>Could not read the count sheet: %1</source>
        <translation>Impossible de lire la feuille de comptage : %1</translation>
    </message>
    <message>
        <source>Count session %1 — %2</source>
        <translation>Session de comptage %1 — %2</translation>
    </message>
    <message>
        <source>Blind count: count what you see; the ledger&apos;s quantities are not shown.</source>
        <translation>Comptage à l&apos;aveugle : comptez ce que vous voyez ; les quantités de la base de données ne sont pas affichées.</translation>
    </message>
    <message>
        <source>Open count: the ledger&apos;s quantity is shown after each scan.</source>
        <translation>Comptage ouvert : la quantité de la base de données s&apos;affiche après chaque scan.</translation>
    </message>
    <message>
        <source>Full count: everything at this location, including SKUs not on the sheet.</source>
        <translation>Comptage complet : tout ce qui est à cet emplacement, y compris les SKU absents de la feuille.</translation>
    </message>
    <message>
        <source>Recount: only the SKUs sent for a recount take counts now.</source>
        <translation>Recomptage : seuls les SKU envoyés en recomptage acceptent des comptages.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>End counting and send the session for review</source>
        <translation>Terminer le comptage et soumettre la session au contrôle</translation>
    </message>
    <message>
        <source>This session is %1: counting has ended</source>
        <translation>État de la session : %1 — le comptage est terminé</translation>
    </message>
    <message>
        <source>This session is %1: it takes no more counts.</source>
        <translation>Cette session est %1 : elle n&apos;accepte plus de comptages.</translation>
    </message>
    <message>
        <source>%1 of %2 recounted</source>
        <translation>%1 sur %2 recomptés</translation>
    </message>
    <message>
        <source>%1 of %2 SKUs counted</source>
        <translation>%1 SKU sur %2 comptés</translation>
    </message>
    <message>
        <source>%1 is not on this sheet: it is added to the full count if the ledger knows it.</source>
        <translation>%1 n&apos;est pas sur cette feuille : il est ajouté au comptage complet si la base de données le connaît.</translation>
    </message>
    <message>
        <source>“%1” is not on this count sheet. Check the label, or scan the next one.</source>
        <translation>« %1 » n&apos;est pas sur cette feuille de comptage. Vérifiez l&apos;étiquette ou scannez la suivante.</translation>
    </message>
    <message>
        <source>%1 %2 is not waiting for a recount: scan one of the SKUs sent for a recount.</source>
        <translation>%1 %2 n&apos;attend pas de recomptage : scannez l&apos;un des SKU envoyés en recomptage.</translation>
    </message>
    <message>
        <source>The ledger holds %1.</source>
        <translation>Selon la base de données : %1.</translation>
    </message>
    <message>
        <source>Counted before in this session: %1. A new count is added to it (count each area once).</source>
        <translation>Déjà compté dans cette session : %1. Un nouveau comptage s&apos;y ajoute (comptez chaque zone une seule fois).</translation>
    </message>
    <message>
        <source>Type the number of units you counted, then Enter.</source>
        <translation>Saisissez le nombre d&apos;unités comptées, puis Entrée.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Recorded %1 × %2. Scan the next label.</source>
        <translation>%1 × %2 enregistré. Scannez l&apos;étiquette suivante.</translation>
    </message>
    <message>
        <source>Recorded (sent before)</source>
        <translation>Enregistré (déjà envoyé)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>The count of %1 was not recorded: %2</source>
        <translation>Le comptage de %1 n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Kept offline — sent when the connection returns</source>
        <translation>Conservé hors ligne — envoyé au retour de la connexion</translation>
    </message>
    <message>
        <source>Recorded (sent after reconnecting)</source>
        <translation>Enregistré (envoyé après reconnexion)</translation>
    </message>
    <message>
        <source>Finish and submit</source>
        <translation>Terminer et soumettre</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s) have not reached the ledger yet. Submit once they have been sent: the list below says when.</source>
        <translation>
            <numerusform>%n comptage n&apos;a pas encore atteint la base de données. Soumettez une fois qu&apos;il aura été envoyé : la liste ci-dessous l&apos;indique.</numerusform>
            <numerusform>%n comptages n&apos;ont pas encore atteint la base de données. Soumettez une fois qu&apos;ils auront été envoyés : la liste ci-dessous l&apos;indique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish count session %1 and send it for review? Only recounts can be added afterwards.</source>
        <translation>Terminer la session de comptage %1 et la soumettre au contrôle ? Seuls des recomptages pourront être ajoutés ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) on the sheet were not counted: they are left out of this count.</source>
        <translation>
            <numerusform>%n SKU de la feuille n&apos;a pas été compté : il est exclu de ce comptage.</numerusform>
            <numerusform>%n SKU de la feuille n&apos;ont pas été comptés : ils sont exclus de ce comptage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncounted SKUs</source>
        <translation>SKU non comptés</translation>
    </message>
    <message numerus="yes">
        <source>This is a full count and %n SKU(s) on the sheet were not counted. Confirm that none of them is at this location? They are recorded as counted zero.</source>
        <translation>
            <numerusform>C&apos;est un comptage complet et %n SKU de la feuille n&apos;a pas été compté. Confirmez-vous qu&apos;il n&apos;est pas à cet emplacement ? Il sera enregistré comme compté à zéro.</numerusform>
            <numerusform>C&apos;est un comptage complet et %n SKU de la feuille n&apos;ont pas été comptés. Confirmez-vous qu&apos;aucun d&apos;eux n&apos;est à cet emplacement ? Ils seront enregistrés comme comptés à zéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Non soumis : %1</translation>
    </message>
    <message>
        <source>Submitted for review: %1 line(s) to approve, %2 sent for a recount.</source>
        <translation>Soumis au contrôle : %1 ligne(s) à approuver, %2 envoyée(s) en recomptage.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountSheet</name>
    <message>
        <source>Count sheet: session %1</source>
        <translation>Feuille de comptage : session %1</translation>
    </message>
    <message numerus="yes">
        <source>Location %1 · printed %2 · %Ln SKU(s)</source>
        <translation>
            <numerusform>Emplacement %1 · imprimée le %2 · %Ln SKU</numerusform>
            <numerusform>Emplacement %1 · imprimée le %2 · %Ln SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind count: expected quantities are not shown</source>
        <translation>Comptage à l&apos;aveugle : quantités attendues non affichées</translation>
    </message>
    <message>
        <source>Open count: expected quantities shown</source>
        <translation>Comptage ouvert : quantités attendues affichées</translation>
    </message>
    <message>
        <source>Write the number of units you count in the box; write 0 when there are none.</source>
        <translation>Inscrivez dans la case le nombre d&apos;unités comptées ; inscrivez 0 s&apos;il n&apos;y en a aucune.</translation>
    </message>
    <message>
        <source>Full count: every SKU on this sheet needs a number.</source>
        <translation>Comptage complet : chaque SKU de cette feuille doit avoir un nombre.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>SKU and name</source>
        <translation>SKU et désignation</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>No barcode: the code is too long to print one. Type the SKU.</source>
        <translation>Pas de code-barres : le code est trop long pour être imprimé. Saisissez le SKU.</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu %1</translation>
    </message>
    <message>
        <source>This session has no SKUs to count.</source>
        <translation>Cette session n&apos;a aucun SKU à compter.</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write to it.</source>
        <translation>Impossible d&apos;écrire %1 : vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Writing %1 did not finish: the disk may be full.</source>
        <translation>L&apos;écriture de %1 n&apos;a pas abouti : le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountsView</name>
    <message>
        <source>no stockroom role</source>
        <translation>aucun rôle Stockroom</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Compter</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>C&amp;ontrôler</translation>
    </message>
    <message>
        <source>&amp;What to count…</source>
        <translation>&amp;Que compter…</translation>
    </message>
    <message>
        <source>Open (counting or in review)</source>
        <translation>Ouvertes (en comptage ou en contrôle)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>F&amp;euille</translation>
    </message>
    <message>
        <source>&amp;Print a count sheet…</source>
        <translation>&amp;Imprimer une feuille de comptage…</translation>
    </message>
    <message>
        <source>&amp;Enter counts from a sheet…</source>
        <translation>&amp;Saisir les comptages d&apos;une feuille…</translation>
    </message>
    <message>
        <source>Counting needs the associate role; %1 is connected as %2.</source>
        <translation>Compter nécessite le rôle « associate » ; rôle actuel de %1 : %2.</translation>
    </message>
    <message>
        <source>Select a session to count</source>
        <translation>Sélectionnez une session à compter</translation>
    </message>
    <message>
        <source>This session is %1: it takes no more counts.</source>
        <translation>Cette session est %1 : elle n&apos;accepte plus de comptages.</translation>
    </message>
    <message>
        <source>Open the count screen: scan, type the count, Enter (Enter on the row)</source>
        <translation>Ouvrir l&apos;écran de comptage : scanner, saisir la quantité, Entrée (Entrée sur la ligne)</translation>
    </message>
    <message>
        <source>Reviewing shows the ledger&apos;s quantities: it needs the manager role; %1 is connected as %2.</source>
        <translation>Le contrôle affiche les quantités de la base de données : il nécessite le rôle « manager » ; rôle actuel de %1 : %2.</translation>
    </message>
    <message>
        <source>Select a session to review</source>
        <translation>Sélectionnez une session à contrôler</translation>
    </message>
    <message>
        <source>Variances, tolerances and recounts; approve, reject or order a recount</source>
        <translation>Écarts, tolérances et recomptages ; approuver, rejeter ou demander un recomptage</translation>
    </message>
    <message>
        <source>Variances, tolerances and recounts (approving needs the supervisor role)</source>
        <translation>Écarts, tolérances et recomptages (approuver nécessite le rôle « supervisor »)</translation>
    </message>
    <message>
        <source>Print the session&apos;s count sheet, or type in the counts written on it</source>
        <translation>Imprimer la feuille de comptage de la session, ou saisir les comptages qui y sont inscrits</translation>
    </message>
    <message>
        <source>Select a session being counted</source>
        <translation>Sélectionnez une session en comptage</translation>
    </message>
    <message>
        <source>The rows due today by their ABC class, and those that went to zero or showed a difference, up to each location&apos;s daily cap</source>
        <translation>Les lignes dues aujourd&apos;hui selon leur classe ABC, et celles tombées à zéro ou ayant présenté un écart, dans la limite du plafond quotidien de chaque emplacement</translation>
    </message>
    <message>
        <source>The count plan shows what the ledger holds: it needs the manager role</source>
        <translation>Le plan de comptage montre le contenu de la base de données : il nécessite le rôle « manager »</translation>
    </message>
    <message>
        <source>Start a count at a location: every SKU, chosen SKUs or one ABC class</source>
        <translation>Lancer un comptage à un emplacement : tous les SKU, des SKU choisis ou une classe ABC</translation>
    </message>
    <message>
        <source>Starting a count session needs the manager role; %1 is connected as %2.</source>
        <translation>Lancer une session de comptage nécessite le rôle « manager » ; rôle actuel de %1 : %2.</translation>
    </message>
    <message>
        <source>No count sessions match these filters.</source>
        <translation>Aucune session de comptage ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No count session is open. Start one with “New session…”: choose a location and what to count there; associates then count it here with a scanner or a tablet.</source>
        <translation>Aucune session de comptage n&apos;est ouverte. Lancez-en une avec « Nouvelle session… » : choisissez un emplacement et ce qu&apos;il faut y compter ; les employés la comptent ensuite ici avec un scanner ou une tablette.</translation>
    </message>
    <message>
        <source>No count session is open. A manager starts one; it appears here for you to count.</source>
        <translation>Aucune session de comptage n&apos;est ouverte. Un responsable en lance une ; elle apparaît ici pour que vous la comptiez.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count session(s) — session %1 selected</source>
        <translation>
            <numerusform>%Ln session de comptage — session %1 sélectionnée</numerusform>
            <numerusform>%Ln sessions de comptage — session %1 sélectionnée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count session(s)</source>
        <translation>
            <numerusform>%Ln session de comptage</numerusform>
            <numerusform>%Ln sessions de comptage</numerusform>
        </translation>
    </message>
    <message>
        <source>Count session %1 created</source>
        <translation>Session de comptage %1 créée</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CoverageCard</name>
    <message>
        <source>Count coverage</source>
        <translation>Couverture de comptage</translation>
    </message>
    <message>
        <source>Counted within interval (%)</source>
        <translation>Comptées dans l&apos;intervalle (%)</translation>
    </message>
    <message>
        <source>ABC class · count interval</source>
        <translation>Classe ABC · intervalle de comptage</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value %</translation>
    </message>
    <message>
        <source> here</source>
        <translation> ici</translation>
    </message>
    <message>
        <source>No stock rows%1 to count: coverage is the share of stock rows counted within their class&apos;s interval.</source>
        <translation>Aucune ligne de stock à compter%1 : la couverture de comptage est la part des lignes de stock comptées dans l&apos;intervalle de leur classe.</translation>
    </message>
    <message>
        <source>%1 of %2 stock rows (%3 %) counted within their class&apos;s interval, as of now</source>
        <translation>%1 lignes de stock sur %2 (%3 %) comptées dans l&apos;intervalle de leur classe, à ce jour</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DashboardFilterBar</name>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>The first day the charts over time show</source>
        <translation>Le premier jour affiché par les graphiques chronologiques</translation>
    </message>
    <message>
        <source>The last day the charts over time show</source>
        <translation>Le dernier jour affiché par les graphiques chronologiques</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>For inventory record accuracy and count coverage</source>
        <translation>Pour l&apos;exactitude des stocks et la couverture de comptage</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>A&amp;BC class:</source>
        <translation>&amp;Classe ABC :</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>tous les emplacements</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DashboardView</name>
    <message>
        <source>Reconciliation dashboard</source>
        <translation>Tableau de bord du rapprochement</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as a picture (PNG) or a PDF; each chart has its own Export</source>
        <translation>Enregistrer tout le tableau de bord en image (PNG) ou en PDF ; chaque graphique a son propre bouton « Exporter »</translation>
    </message>
    <message>
        <source>Dashboard as PNG picture…</source>
        <translation>Tableau de bord en image PNG…</translation>
    </message>
    <message>
        <source>Dashboard as PDF…</source>
        <translation>Tableau de bord en PDF…</translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>Impossible de lire le tableau de bord : %1</translation>
    </message>
    <message>
        <source>%1 is connected as %2.</source>
        <translation>Rôle actuel de %1 : %2.</translation>
    </message>
    <message>
        <source>a login without a Stockroom role</source>
        <translation>aucun rôle Stockroom</translation>
    </message>
    <message>
        <source>The reconciliation dashboard is for supervisors: its figures (inventory record accuracy, variance, shrinkage, coverage, open discrepancies, snapshots) need the supervisor role.%1 Ask an administrator for the role, or connect as a supervisor.</source>
        <translation>Le tableau de bord du rapprochement est réservé aux superviseurs : ses indicateurs (exactitude des stocks, écarts, démarque, couverture de comptage, divergences ouvertes, instantanés) nécessitent le rôle « supervisor ».%1 Demandez ce rôle à un administrateur, ou connectez-vous en tant que superviseur.</translation>
    </message>
    <message>
        <source>accuracy %1 %</source>
        <translation>exactitude des stocks %1 %</translation>
    </message>
    <message>
        <source>shrinkage %1 %</source>
        <translation>démarque %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancy(ies) open</source>
        <translation>
            <numerusform>%Ln divergence ouverte</numerusform>
            <numerusform>%Ln divergences ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Tableau de bord : %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1 — %2 — as of %3</source>
        <translation>%1 — %2 — au %3</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DiscrepancyCard</name>
    <message>
        <source>Open discrepancies by age</source>
        <translation>Divergences ouvertes par ancienneté</translation>
    </message>
    <message>
        <source>Open items (count)</source>
        <translation>Points ouverts (nombre)</translation>
    </message>
    <message>
        <source>Open for (days)</source>
        <translation>Ancienneté (jours)</translation>
    </message>
    <message>
        <source>Nothing is open: no snapshot variance waits for approval, no drift finding is open and no counted line waits for a decision%1.</source>
        <translation>Rien n&apos;est ouvert : aucun écart d&apos;instantané n&apos;attend d&apos;approbation, aucune dérive détectée n&apos;est ouverte et aucune ligne comptée n&apos;attend de décision%1.</translation>
    </message>
    <message>
        <source> here</source>
        <translation> ici</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open as of now</source>
        <translation>
            <numerusform>%Ln ouverte à ce jour</numerusform>
            <numerusform>%Ln ouvertes à ce jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln open for a week or more</source>
        <translation>
            <numerusform>; %Ln ouverte depuis une semaine ou plus</numerusform>
            <numerusform>; %Ln ouvertes depuis une semaine ou plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DrillDownDialog</name>
    <message>
        <source>%1 — the lines behind it</source>
        <translation>%1 — les lignes sous-jacentes</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Valeurs du graphique</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Figures of the chart (choose one to see its lines; none: all of them):</source>
        <translation>&amp;Valeurs du graphique (choisissez-en une pour voir ses lignes ; aucune : toutes) :</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>Lecture des lignes…</translation>
    </message>
    <message>
        <source>These lines need the supervisor role.</source>
        <translation>Ces lignes nécessitent le rôle « supervisor ».</translation>
    </message>
    <message>
        <source>Could not read the lines: %1</source>
        <translation>Impossible de lire les lignes : %1</translation>
    </message>
    <message>
        <source>No lines: nothing here matches these filters.</source>
        <translation>Aucune ligne : rien ici ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The first %1 lines; narrow the filters or choose a figure to see the rest.</source>
        <translation>Les %1 premières lignes ; affinez les filtres ou choisissez une valeur pour voir le reste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted lines</source>
        <translation>Lignes comptées</translation>
    </message>
    <message>
        <source>Counted lines within tolerance</source>
        <translation>Lignes comptées dans la tolérance</translation>
    </message>
    <message>
        <source>Counted lines out of tolerance</source>
        <translation>Lignes comptées hors tolérance</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Adjustments and count variances of stock on hand</source>
        <translation>Ajustements et écarts de comptage du stock</translation>
    </message>
    <message>
        <source>Adjustments and count variances with reason “%1”</source>
        <translation>Ajustements et écarts de comptage avec le motif « %1 »</translation>
    </message>
    <message>
        <source>Units lost (lost, theft, expired, scrapped, counted short)</source>
        <translation>Unités perdues (perte, vol, péremption, mise au rebut, manquant au comptage)</translation>
    </message>
    <message>
        <source>Stock rows, the overdue first, as of now</source>
        <translation>Lignes de stock, celles en retard en premier, à ce jour</translation>
    </message>
    <message>
        <source>Stock rows of %1, the overdue first, as of now</source>
        <translation>Lignes de stock (%1), celles en retard en premier, à ce jour</translation>
    </message>
    <message>
        <source>Counts recorded</source>
        <translation>Comptages enregistrés</translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation>Divergences ouvertes</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>(as of now)</source>
        <translation>(à ce jour)</translation>
    </message>
    <message>
        <source>Lines of snapshot %1</source>
        <translation>Lignes de l&apos;instantané %1</translation>
    </message>
    <message>
        <source>%1 lines of snapshot %2</source>
        <translation>Lignes « %1 » de l&apos;instantané %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>in region %1</source>
        <translation>dans la région %1</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>tous les emplacements</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::FilterBar</name>
    <message>
        <source>&amp;Below safety stock</source>
        <translation>So&amp;us le stock de sécurité</translation>
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
    <name>Stockroom::Ui::FlashSaleDialog</name>
    <message>
        <source>Flash-sale simulator</source>
        <translation>Simulateur de vente flash</translation>
    </message>
    <message>
        <source>The sale</source>
        <translation>La vente</translation>
    </message>
    <message>
        <source>Units of one SKU put on sale at one warehouse</source>
        <translation>Unités d&apos;un SKU mises en vente dans un entrepôt</translation>
    </message>
    <message>
        <source>&amp;Units on sale:</source>
        <translation>&amp;Unités en vente :</translation>
    </message>
    <message>
        <source>Each buyer tries to reserve one unit</source>
        <translation>Chaque acheteur tente de réserver une unité</translation>
    </message>
    <message>
        <source>&amp;Buyers:</source>
        <translation>A&amp;cheteurs :</translation>
    </message>
    <message>
        <source>Connections to the ledger the buyers share, as a shop&apos;s checkout servers would</source>
        <translation>Connexions à la base de données que les acheteurs se partagent, comme le feraient les serveurs de passage en caisse d&apos;une boutique</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>C&amp;onnexions :</translation>
    </message>
    <message>
        <source>All at once (burst)</source>
        <translation>Tous en même temps (rafale)</translation>
    </message>
    <message>
        <source>At random (Poisson)</source>
        <translation>Aléatoire (Poisson)</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Arrivées :</translation>
    </message>
    <message>
        <source> buyers/s</source>
        <translation> acheteurs/s</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Débit :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a reservation holds its unit before the sweep returns it</source>
        <translation>Durée pendant laquelle une réservation bloque son unité avant que la purge ne la libère</translation>
    </message>
    <message>
        <source>&amp;Hold time:</source>
        <translation>Durée de &amp;réservation :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Buyers with a reservation who never pay: their hold expires</source>
        <translation>Acheteurs ayant une réservation qui ne paient jamais : leur réservation expire</translation>
    </message>
    <message>
        <source>Aba&amp;ndon:</source>
        <translation>Aba&amp;ndon :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a paying buyer takes, on average, from reservation to commit</source>
        <translation>Temps moyen que met un acheteur payant entre la réservation et la validation</translation>
    </message>
    <message>
        <source>&amp;Payment time:</source>
        <translation>Durée de &amp;paiement :</translation>
    </message>
    <message>
        <source>Hot-SKU mode</source>
        <translation>Mode SKU à forte demande</translation>
    </message>
    <message>
        <source> slots</source>
        <translation> compartiments</translation>
    </message>
    <message>
        <source>Splits the SKU&apos;s stock row into slots that buyers take from in parallel</source>
        <translation>Répartit la ligne de stock du SKU en compartiments dans lesquels les acheteurs puisent en parallèle</translation>
    </message>
    <message>
        <source>The same seed, the same buyers: arrivals, who abandons and payment times</source>
        <translation>Même graine, mêmes acheteurs : arrivées, abandons et durées de paiement</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Runs in a scratch database on %1, made for the run and dropped after it: this ledger is not touched.</source>
        <translation>S&apos;exécute dans une base de données temporaire sur %1, créée pour la simulation et supprimée ensuite : la base de données connectée n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stock of the sale&apos;s SKU over time</source>
        <translation>Stock du SKU en vente au fil du temps</translation>
    </message>
    <message>
        <source>Time since the sale opened (s)</source>
        <translation>Temps depuis l&apos;ouverture de la vente (s)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Reserved (held, not yet paid)</source>
        <translation>Réservé (bloqué, pas encore payé)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>No sale yet. Set the sale&apos;s parameters and press Start: the units available, reserved and sold appear here as buyers come, read from the ledger five times a second.</source>
        <translation>Aucune vente pour l&apos;instant. Réglez les paramètres de la vente et cliquez sur « Lancer » : les unités disponibles, réservées et vendues s&apos;affichent ici à mesure que les acheteurs arrivent, lues dans la base de données cinq fois par seconde.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Making the scratch database…</source>
        <translation>Création de la base de données temporaire…</translation>
    </message>
    <message>
        <source>Stopping: the buyers stop and the scratch database is dropped…</source>
        <translation>Arrêt : les acheteurs s&apos;arrêtent et la base de données temporaire est supprimée…</translation>
    </message>
    <message>
        <source>%1 s: %2 available, %3 reserved, %4 sold, %5 returned by expiry, %6 refused (sold out)</source>
        <translation>%1 s : %2 disponibles, %3 réservées, %4 vendues, %5 libérées par expiration, %6 refusées (épuisé)</translation>
    </message>
    <message>
        <source>The simulation could not run: %1</source>
        <translation>La simulation n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>Stopped. The scratch database was dropped.</source>
        <translation>Arrêtée. La base de données temporaire a été supprimée.</translation>
    </message>
    <message>
        <source>Done in %1 s. The scratch database was dropped.</source>
        <translation>Terminée en %1 s. La base de données temporaire a été supprimée.</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Taux d&apos;écoulement</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 sold)</source>
        <translation>%1 % (%2 sur %3 vendues)</translation>
    </message>
    <message>
        <source>Oversold</source>
        <translation>Survente</translation>
    </message>
    <message>
        <source>0 — never more sold than was on sale</source>
        <translation>0 — jamais plus de ventes que d&apos;unités en vente</translation>
    </message>
    <message>
        <source>%1 UNITS OVERSOLD — the ledger broke its rule</source>
        <translation>%1 UNITÉS SURVENDUES — la base de données a enfreint sa règle</translation>
    </message>
    <message>
        <source>Sold out after</source>
        <translation>Épuisé après</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Returned by expiry</source>
        <translation>Libéré par expiration</translation>
    </message>
    <message>
        <source>%1 (%2 abandoned, %3 paid too late)</source>
        <translation>%1 (%2 abandonnées, %3 payées trop tard)</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>%1 /s (%2 calls/s with refusals)</source>
        <translation>%1 /s (%2 appels/s refus compris)</translation>
    </message>
    <message>
        <source>Reserve latency</source>
        <translation>Latence de réservation</translation>
    </message>
    <message>
        <source>p50 %1 ms, p99 %2 ms</source>
        <translation>p50 %1 ms, p99 %2 ms</translation>
    </message>
    <message>
        <source>Refused (sold out)</source>
        <translation>Refusé (épuisé)</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Attentes de verrou</translation>
    </message>
    <message>
        <source>peak %1, mean %2 sessions waiting (pg_locks)</source>
        <translation>pic %1, moyenne %2 sessions en attente (pg_locks)</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Appels en échec</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 — first: %2</source>
        <translation>%1 — premier : %2</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>Contrôle de la base de données</translation>
    </message>
    <message>
        <source>consistent (api.verify), every unit accounted for</source>
        <translation>cohérente (api.verify), chaque unité est justifiée</translation>
    </message>
    <message>
        <source>%1 difference(s): not consistent</source>
        <translation>%1 écart(s) : incohérente</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::HotSkuDialog</name>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Hot SKU mode — %1 at %2</source>
        <translation>Mode SKU à forte demande — %1 à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>Hot mode spreads the row&apos;s available units over a number of slots, so many checkouts can reserve %1 at %2 at the same time instead of queuing for one row. Nothing can be oversold, and the stock view still shows one row.</source>
        <translation>Le mode forte demande répartit les unités disponibles de la ligne sur plusieurs compartiments, afin que de nombreux passages en caisse puissent réserver %1 à l&apos;emplacement %2 en même temps au lieu d&apos;attendre leur tour sur une seule ligne. Aucune survente n&apos;est possible, et la vue du stock affiche toujours une seule ligne.</translation>
    </message>
    <message>
        <source>Reading whether the row is hot…</source>
        <translation>Lecture du mode de la ligne…</translation>
    </message>
    <message>
        <source>More slots let more checkouts reserve at once; 16 suits most sales.</source>
        <translation>Plus de compartiments permettent à plus de passages en caisse de réserver simultanément ; 16 conviennent à la plupart des ventes.</translation>
    </message>
    <message>
        <source>&amp;Slots:</source>
        <translation>&amp;Compartiments :</translation>
    </message>
    <message>
        <source>Returns the units parked in the slots to the row; reserves queue on it again.</source>
        <translation>Rend à la ligne les unités placées dans les compartiments ; les réservations y font de nouveau la queue.</translation>
    </message>
    <message>
        <source>Whether the row is hot is not known.</source>
        <translation>On ne sait pas si la ligne est en mode forte demande.</translation>
    </message>
    <message>
        <source>Could not read the row&apos;s hot mode: %1</source>
        <translation>Impossible de lire le mode forte demande de la ligne : %1</translation>
    </message>
    <message numerus="yes">
        <source>Hot now: %Ln slot(s), holding %1 available unit(s).</source>
        <translation>
            <numerusform>Forte demande active : %Ln compartiment, %1 unité(s) disponible(s).</numerusform>
            <numerusform>Forte demande active : %Ln compartiments, %1 unité(s) disponible(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change to %Ln slot(s)</source>
        <translation>
            <numerusform>&amp;Passer à %Ln compartiment</numerusform>
            <numerusform>&amp;Passer à %Ln compartiments</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreads the row&apos;s available units over the new number of slots.</source>
        <translation>Répartit les unités disponibles de la ligne sur le nouveau nombre de compartiments.</translation>
    </message>
    <message>
        <source>Not hot: checkouts reserve from the row itself, one at a time.</source>
        <translation>Pas en forte demande : les passages en caisse réservent directement sur la ligne, un à la fois.</translation>
    </message>
    <message numerus="yes">
        <source>Spreads the row&apos;s available units over %Ln slot(s).</source>
        <translation>
            <numerusform>Répartit les unités disponibles de la ligne sur %Ln compartiment.</numerusform>
            <numerusform>Répartit les unités disponibles de la ligne sur %Ln compartiments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing to %Ln slot(s)…</source>
        <translation>
            <numerusform>Passage à %Ln compartiment…</numerusform>
            <numerusform>Passage à %Ln compartiments…</numerusform>
        </translation>
    </message>
    <message>
        <source>Switching hot mode on…</source>
        <translation>Activation du mode forte demande…</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 is hot with %Ln slot(s) now.</source>
        <translation>
            <numerusform>%1 à l&apos;emplacement %2 est maintenant en forte demande avec %Ln compartiment.</numerusform>
            <numerusform>%1 à l&apos;emplacement %2 est maintenant en forte demande avec %Ln compartiments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hot mode is on for %1 at %2, with %Ln slot(s).</source>
        <translation>
            <numerusform>Le mode forte demande est actif pour %1 à l&apos;emplacement %2, avec %Ln compartiment.</numerusform>
            <numerusform>Le mode forte demande est actif pour %1 à l&apos;emplacement %2, avec %Ln compartiments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch hot mode off</source>
        <translation>Désactiver le mode forte demande</translation>
    </message>
    <message numerus="yes">
        <source>Switch hot mode off for %1 at %2?

The %3 unit(s) in its %Ln slot(s) go back to the row, and checkouts reserve from the row one at a time again. Reservations already made stay as they are.</source>
        <translation>
            <numerusform>Désactiver le mode forte demande pour %1 à l&apos;emplacement %2 ?

Les %3 unité(s) de son %Ln compartiment retournent à la ligne, et les passages en caisse réservent de nouveau sur la ligne, un à la fois. Les réservations déjà faites restent inchangées.</numerusform>
            <numerusform>Désactiver le mode forte demande pour %1 à l&apos;emplacement %2 ?

Les %3 unité(s) de ses %Ln compartiments retournent à la ligne, et les passages en caisse réservent de nouveau sur la ligne, un à la fois. Les réservations déjà faites restent inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch it off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Keep it hot</source>
        <translation>Conserver la forte demande</translation>
    </message>
    <message>
        <source>Switching hot mode off…</source>
        <translation>Désactivation du mode forte demande…</translation>
    </message>
    <message>
        <source>Hot mode is off for %1 at %2.</source>
        <translation>Le mode forte demande est désactivé pour %1 à l&apos;emplacement %2.</translation>
    </message>
    <message>
        <source>Your database role may not do this: hot mode needs the manager role. Nothing was changed.</source>
        <translation>Votre rôle de base de données ne le permet pas : le mode forte demande nécessite le rôle « manager ». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The ledger refused it: %1
Nothing was changed.</source>
        <translation>La base de données l&apos;a refusé : %1
Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::LedgerPanel</name>
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
    <message>
        <source>Movements, newest first</source>
        <translation>Mouvements, les plus récents en premier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln emplacement</numerusform>
            <numerusform>%Ln emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 across %2: on hand %3 · reserved %4 · available %5 · inbound %6 · damaged %7</source>
        <translation>%1 sur %2 : en stock %3 · réservé %4 · disponible %5 · à recevoir %6 · endommagé %7</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::LocationDialog</name>
    <message>
        <source>Edit location %1</source>
        <translation>Modifier l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. North (optional)</source>
        <translation>p. ex. Nord (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude :</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude :</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>A location needs a name.</source>
        <translation>Un emplacement doit avoir un nom.</translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>La latitude doit être un nombre compris entre -90 et 90.</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>La longitude doit être un nombre compris entre -180 et 180.</translation>
    </message>
    <message>
        <source>Latitude and longitude go together: enter both.</source>
        <translation>La latitude et la longitude vont ensemble : saisissez les deux.</translation>
    </message>
    <message>
        <source>A position once set can be moved but not removed.</source>
        <translation>Une position déjà définie peut être modifiée, mais pas supprimée.</translation>
    </message>
    <message>
        <source>Location %1 saved.</source>
        <translation>Emplacement %1 enregistré.</translation>
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
        <source>never</source>
        <translation>jamais</translation>
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
    <message>
        <source>An operation could not reach the ledger.</source>
        <translation>Une opération n&apos;a pas pu atteindre la base de données.</translation>
    </message>
    <message>
        <source>The ledger on this computer stopped; Stockroom is starting it again…</source>
        <translation>La base de données de cet ordinateur s&apos;est arrêtée ; Stockroom la redémarre…</translation>
    </message>
    <message numerus="yes">
        <source>The ledger on this computer could not be started again: %1. Stockroom tries again every %Ln second(s).</source>
        <translation>
            <numerusform>La base de données de cet ordinateur n&apos;a pas pu être redémarrée : %1. Stockroom réessaie à intervalles de %Ln seconde.</numerusform>
            <numerusform>La base de données de cet ordinateur n&apos;a pas pu être redémarrée : %1. Stockroom réessaie à intervalles de %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting automatically…</source>
        <translation>Reconnexion automatique en cours…</translation>
    </message>
    <message>
        <source>Offline since %1, showing stock as of %2. Operations you enter are kept and sent when the connection returns.</source>
        <translation>Hors ligne depuis %1, dernière mise à jour du stock affiché : %2. Les opérations que vous saisissez sont conservées et seront envoyées au retour de la connexion.</translation>
    </message>
    <message>
        <source>Edit &amp;SKU…</source>
        <translation>Modifier le &amp;SKU…</translation>
    </message>
    <message>
        <source>Edit &amp;location…</source>
        <translation>Modifier l&apos;emp&amp;lacement…</translation>
    </message>
    <message>
        <source>Set safety s&amp;tock…</source>
        <translation>Définir le stoc&amp;k de sécurité…</translation>
    </message>
    <message>
        <source>Needs the manager or admin role.</source>
        <translation>Nécessite le rôle « manager » ou « admin ».</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Order board</source>
        <translation>Tableau des commandes</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>&amp;Import stock snapshot…</source>
        <translation>&amp;Importer un instantané de stock…</translation>
    </message>
    <message>
        <source>Match an ERP or WMS stock file against the ledger at the time it was taken</source>
        <translation>Rapprocher un fichier de stock d&apos;un ERP ou d&apos;un WMS de la base de données à la date où il a été pris</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Flash-sale simulator…</source>
        <translation>Simulateur de vente &amp;flash…</translation>
    </message>
    <message>
        <source>Run a flash sale through the ledger&apos;s API in a scratch database and watch it live</source>
        <translation>Simuler une vente flash via l&apos;API de la base de données dans une base temporaire et la suivre en direct</translation>
    </message>
    <message>
        <source>Reads: primary — replica unreachable</source>
        <translation>Lecture : serveur principal — réplique injoignable</translation>
    </message>
    <message>
        <source>The read replica %1 cannot be used: %2. The stock view, the ledger panel and the dashboard read from the primary until it can; Stockroom tries it again every few seconds.</source>
        <translation>La réplique en lecture %1 est inutilisable : %2. La vue du stock, le panneau des mouvements et le tableau de bord lisent depuis le serveur principal en attendant ; Stockroom réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Reads: primary — %1</source>
        <translation>Lecture : serveur principal — %1</translation>
    </message>
    <message>
        <source>The stock view reads from the primary while the read replica %1 catches up.</source>
        <translation>La vue du stock lit depuis le serveur principal le temps que la réplique en lecture %1 rattrape son retard.</translation>
    </message>
    <message>
        <source>Reads: replica</source>
        <translation>Lecture : réplique</translation>
    </message>
    <message>
        <source>The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary.</source>
        <translation>La vue du stock, le panneau des mouvements et le tableau de bord lisent depuis %1 ; toutes les opérations vont au serveur principal.</translation>
    </message>
    <message>
        <source>Reads: replica, %1 s behind</source>
        <translation>Lecture : réplique, %1 s de retard</translation>
    </message>
    <message numerus="yes">
        <source>The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary. A change that arrives from the outbox is shown once the replica has it (Stockroom waits up to %n second(s), then reads it from the primary).</source>
        <translation>
            <numerusform>La vue du stock, le panneau des mouvements et le tableau de bord lisent depuis %1 ; toutes les opérations vont au serveur principal. Une modification issue de la file d&apos;envoi s&apos;affiche dès que la réplique l&apos;a reçue (Stockroom attend jusqu&apos;à %n seconde, puis la lit depuis le serveur principal).</numerusform>
            <numerusform>La vue du stock, le panneau des mouvements et le tableau de bord lisent depuis %1 ; toutes les opérations vont au serveur principal. Une modification issue de la file d&apos;envoi s&apos;affiche dès que la réplique l&apos;a reçue (Stockroom attend jusqu&apos;à %n secondes, puis la lit depuis le serveur principal).</numerusform>
        </translation>
    </message>
    <message>
        <source> — figures may be out of date</source>
        <translation> — les chiffres peuvent ne pas être à jour</translation>
    </message>
    <message>
        <source>&amp;Hot SKU mode…</source>
        <translation>Mode SKU à forte &amp;demande…</translation>
    </message>
    <message>
        <source>Staff and &amp;access…</source>
        <translation>&amp;Personnel et accès…</translation>
    </message>
    <message>
        <source>Let many checkouts reserve the selected row at once</source>
        <translation>Permettre à de nombreux passages en caisse de réserver la ligne sélectionnée en même temps</translation>
    </message>
    <message>
        <source>Needs the manager role</source>
        <translation>Nécessite le rôle « manager »</translation>
    </message>
    <message>
        <source>Who works at which locations and channels</source>
        <translation>Qui travaille sur quels emplacements et par quels canaux</translation>
    </message>
    <message>
        <source>Needs the admin role; %1 is connected as %2.</source>
        <translation>Nécessite le rôle « admin » ; rôle actuel de %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::NewCountSessionDialog</name>
    <message>
        <source>&amp;Blind: counters do not see the ledger&apos;s quantities</source>
        <translation>À l&apos;&amp;aveugle : les compteurs ne voient pas les quantités de la base de données</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>&amp;Créer la session</translation>
    </message>
    <message>
        <source>New count session</source>
        <translation>Nouvelle session de comptage</translation>
    </message>
    <message>
        <source>&amp;Every SKU stocked at the location (full count)</source>
        <translation>&amp;Tous les SKU stockés à l&apos;emplacement (comptage complet)</translation>
    </message>
    <message>
        <source>These &amp;SKUs:</source>
        <translation>Ces &amp;SKU :</translation>
    </message>
    <message>
        <source>ABC c&amp;lass:</source>
        <translation>C&amp;lasse ABC :</translation>
    </message>
    <message>
        <source>SKU codes or barcodes, separated by spaces or commas</source>
        <translation>Codes SKU ou codes-barres, séparés par des espaces ou des virgules</translation>
    </message>
    <message>
        <source>A — the fast movers (80 % of value moved)</source>
        <translation>A — rotation rapide (80 % de la valeur mouvementée)</translation>
    </message>
    <message>
        <source>B — the next 15 %</source>
        <translation>B — les 15 % suivants</translation>
    </message>
    <message>
        <source>C — the rest</source>
        <translation>C — le reste</translation>
    </message>
    <message>
        <source>Recommended: people count what they see, not what they expect to see</source>
        <translation>Recommandé : on compte ce que l&apos;on voit, pas ce que l&apos;on s&apos;attend à voir</translation>
    </message>
    <message>
        <source>Logins, separated by commas; empty: any associate</source>
        <translation>Identifiants, séparés par des virgules ; vide : tout employé</translation>
    </message>
    <message>
        <source>Optional, shown to the counters</source>
        <translation>Facultatif, affiché aux compteurs</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Compter :</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>Assi&amp;gnée à :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Choose the location to count.</source>
        <translation>Choisissez l&apos;emplacement à compter.</translation>
    </message>
    <message>
        <source>Name at least one SKU to count, or count every SKU at the location.</source>
        <translation>Indiquez au moins un SKU à compter, ou comptez tous les SKU de l&apos;emplacement.</translation>
    </message>
    <message>
        <source>The session was not created: %1</source>
        <translation>La session n&apos;a pas été créée : %1</translation>
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
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
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
        <source>This form&apos;s key had been used for a different operation; press %1 again to send this one as a new operation.</source>
        <translation>La clé de ce formulaire a déjà servi pour une autre opération ; cliquez de nouveau sur « %1 » pour envoyer celle-ci comme nouvelle opération.</translation>
    </message>
    <message>
        <source>Offline: “%1” is saved in the local journal and will be sent when the connection returns.</source>
        <translation>Hors ligne : « %1 » est enregistré dans le journal local et sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Choose the destination</source>
        <translation>Choisissez la destination</translation>
    </message>
    <message>
        <source>&amp;Everything still in transit</source>
        <translation>To&amp;ute la quantité encore en transit</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Write off transfer</source>
        <translation>Passer un transfert en perte</translation>
    </message>
    <message>
        <source>Commit hold</source>
        <translation>Valider la réservation</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Libérer la réservation</translation>
    </message>
    <message>
        <source>Release holds</source>
        <translation>Libérer des réservations</translation>
    </message>
    <message>
        <source>Choose where the transfer goes.</source>
        <translation>Choisissez la destination du transfert.</translation>
    </message>
    <message>
        <source>“%1” adds stock: enter a positive change, e.g. +2.</source>
        <translation>« %1 » augmente le stock : saisissez une variation positive, par exemple +2.</translation>
    </message>
    <message>
        <source>“%1” takes stock out: enter a negative change, e.g. -2.</source>
        <translation>« %1 » diminue le stock : saisissez une variation négative, par exemple -2.</translation>
    </message>
    <message>
        <source>“%1” needs a note saying what happened.</source>
        <translation>« %1 » nécessite une remarque expliquant ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Enter how many arrived, or tick “Everything still in transit”.</source>
        <translation>Saisissez la quantité arrivée ou cochez « Toute la quantité encore en transit ».</translation>
    </message>
    <message>
        <source>Returned %1 × %2 at %3 as damaged.</source>
        <translation>Retour de %1 × %2 à l&apos;emplacement %3 à l&apos;état endommagé.</translation>
    </message>
    <message>
        <source>Returned %1 × %2 at %3 to stock.</source>
        <translation>Retour de %1 × %2 à l&apos;emplacement %3, remis en stock.</translation>
    </message>
    <message>
        <source>Never stocked at %1 yet.</source>
        <translation>Encore jamais en stock à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>At %1: on hand %2 · reserved %3 · available %4 · inbound %5 · damaged %6</source>
        <translation>À l&apos;emplacement %1 : en stock %2 · réservé %3 · disponible %4 · à recevoir %5 · endommagé %6</translation>
    </message>
    <message>
        <source>“%1” was scanned into the quantity: it is taken as the transfer number. Enter the quantity that arrived.</source>
        <translation>« %1 » a été scanné dans le champ de quantité : il est pris comme numéro de transfert. Saisissez la quantité arrivée.</translation>
    </message>
    <message>
        <source>“%1” was scanned into the quantity: it is taken as the next SKU, not as a quantity. Enter the quantity.</source>
        <translation>« %1 » a été scanné dans le champ de quantité : il est pris comme SKU suivant, et non comme quantité. Saisissez la quantité.</translation>
    </message>
    <message>
        <source>On hand would go from %1 to %2.</source>
        <translation>Le stock passerait de %1 à %2.</translation>
    </message>
    <message>
        <source>The stock on hand is not known here.</source>
        <translation>Le stock n&apos;est pas connu ici.</translation>
    </message>
    <message>
        <source>That is far more than usual: over %1, and over ten times the stock on hand. A barcode scanned into the quantity looks like this.</source>
        <translation>C&apos;est bien plus que d&apos;habitude : plus de %1, et plus de dix fois le stock. C&apos;est ce qui arrive typiquement lorsqu&apos;un code-barres est scanné dans le champ de quantité.</translation>
    </message>
    <message>
        <source>Unusually large quantity</source>
        <translation>Quantité inhabituellement élevée</translation>
    </message>
    <message>
        <source>Correct the quantity</source>
        <translation>Corriger la quantité</translation>
    </message>
    <message>
        <source>Your database role may not do this (%1): it needs the %2 role. Nothing was changed.</source>
        <translation>Votre rôle dans la base de données ne permet pas cette opération (%1) : elle nécessite le rôle « %2 ». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4?</source>
        <translation>%1 : %2 × %3 à l&apos;emplacement %4 ?</translation>
    </message>
    <message>
        <source>Yes, %1 is right</source>
        <translation>Oui, %1 est correct</translation>
    </message>
    <message>
        <source>Record a count</source>
        <translation>Enregistrer un comptage</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OrderBoardView</name>
    <message>
        <source>A tile&apos;s colour is how long its oldest order has been in the state, against the state&apos;s time limit: green under half of it, amber under the limit, red at or past it (stuck). Final states, states without a limit and empty ones are not coloured.</source>
        <translation>La couleur d&apos;une tuile indique depuis combien de temps sa plus ancienne commande est dans l&apos;état, par rapport au délai de l&apos;état : vert sous la moitié du délai, orange avant le délai, rouge au délai ou au-delà (bloquée). Les états finaux, les états sans délai et les tuiles vides ne sont pas colorés.</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>rien en attente</translation>
    </message>
    <message>
        <source>oldest %1 · average %2</source>
        <translation>max. %1 · moy. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stuck</source>
        <translation>
            <numerusform>%Ln bloquée</numerusform>
            <numerusform>%Ln bloquées</numerusform>
        </translation>
    </message>
    <message>
        <source>time limit %1</source>
        <translation>délai %1</translation>
    </message>
    <message>
        <source>%1: a final state, %2 in all.</source>
        <translation>%1 : état final, %2 au total.</translation>
    </message>
    <message>
        <source>%1: %2 now.</source>
        <translation>%1 : %2 actuellement.</translation>
    </message>
    <message>
        <source>The oldest has been here %1, on average %2.</source>
        <translation>Ancienneté : %1 au maximum, %2 en moyenne.</translation>
    </message>
    <message numerus="yes">
        <source>Time limit %1; %Ln stuck past it.</source>
        <translation>
            <numerusform>Délai %1 ; %Ln l&apos;a dépassé et est bloquée.</numerusform>
            <numerusform>Délai %1 ; %Ln l&apos;ont dépassé et sont bloquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Lecture du tableau…</translation>
    </message>
    <message>
        <source>Order board</source>
        <translation>Tableau des commandes</translation>
    </message>
    <message>
        <source>oldest under half the state&apos;s time limit</source>
        <translation>ancienneté max. sous la moitié du délai de l&apos;état</translation>
    </message>
    <message>
        <source>past half of it</source>
        <translation>au-delà de la moitié</translation>
    </message>
    <message>
        <source>past the limit: stuck</source>
        <translation>au-delà du délai : bloquée</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Fulfillments (one per location an order ships from)</source>
        <translation>Expéditions (une par emplacement d&apos;où part une commande)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Could not read the board: %1</source>
        <translation>Impossible de lire le tableau : %1</translation>
    </message>
    <message>
        <source>Could not read the order board: %1</source>
        <translation>Impossible de lire le tableau des commandes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) open</source>
        <translation>
            <numerusform>%Ln commande ouverte</numerusform>
            <numerusform>%Ln commandes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No orders yet: they arrive from the shop&apos;s checkout or stockroomctl order create.</source>
        <translation>Aucune commande pour l&apos;instant : elles arrivent du passage en caisse de la boutique ou de stockroomctl order create.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
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
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>Dans l&apos;état depuis</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Allouer…</translation>
    </message>
    <message>
        <source>Request &amp;return…</source>
        <translation>Demander un &amp;retour…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Fulfillments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>&amp;State machine of:</source>
        <translation>&amp;Diagramme d&apos;états de :</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Étape suivante :</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Could not read order %1: %2</source>
        <translation>Impossible de lire la commande %1 : %2</translation>
    </message>
    <message>
        <source>Fulfillment %1 from %2</source>
        <translation>Expédition %1 depuis %2</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Retour %1</translation>
    </message>
    <message>
        <source>pickup at %1</source>
        <translation>retrait à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>ships to %1, %2</source>
        <translation>expédiée vers %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; depuis %2</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>créée le %1 par %2</translation>
    </message>
    <message>
        <source>payment window until %1</source>
        <translation>délai de paiement jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 (stuck)</source>
        <translation>%1 (bloquée)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Ask for stock that shipped to come back</source>
        <translation>Demander le retour du stock expédié</translation>
    </message>
    <message>
        <source>Nothing has shipped yet, so nothing can be returned</source>
        <translation>Rien n&apos;a encore été expédié, donc rien ne peut être retourné</translation>
    </message>
    <message>
        <source>Fulfillment %1</source>
        <translation>Expédition %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1 : %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <source>Not for this login: %1</source>
        <translation>Non autorisé pour cet identifiant : %1</translation>
    </message>
    <message>
        <source>Nothing to do here: this is a final state, or the ledger moves it on by itself.</source>
        <translation>Rien à faire ici : c&apos;est un état final, ou la base de données le fait avancer d&apos;elle-même.</translation>
    </message>
    <message>
        <source>This login may not fire these events.</source>
        <translation>Cet identifiant ne peut pas déclencher ces événements.</translation>
    </message>
    <message>
        <source>Cancel order %1? Whatever is still held goes back to stock; what has shipped stays shipped.</source>
        <translation>Annuler la commande %1 ? Tout ce qui est encore réservé retourne en stock ; ce qui a été expédié le reste.</translation>
    </message>
    <message>
        <source>Record that the payment for order %1 failed? Everything it holds goes back to stock.</source>
        <translation>Enregistrer l&apos;échec du paiement de la commande %1 ? Tout ce qu&apos;elle réserve retourne en stock.</translation>
    </message>
    <message>
        <source>Reject return %1? Nothing comes back into stock.</source>
        <translation>Refuser le retour %1 ? Rien ne revient en stock.</translation>
    </message>
    <message>
        <source>Receive return %1 as damaged? Its units go to the damaged bucket, not to sellable stock.</source>
        <translation>Réceptionner le retour %1 comme endommagé ? Ses unités vont dans le stock endommagé, pas dans le stock vendable.</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Motif (conservé dans l&apos;historique) :</translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation>« %1 » a été refusé : %2</translation>
    </message>
    <message>
        <source>Order %1: %2 done</source>
        <translation>Commande %1 : « %2 » effectué</translation>
    </message>
    <message>
        <source>Request a return</source>
        <translation>Demander un retour</translation>
    </message>
    <message>
        <source>Return everything fulfillment %1 shipped that is not already coming back?</source>
        <translation>Demander le retour de tout ce qu&apos;a envoyé l&apos;expédition %1 et qui n&apos;est pas déjà en retour ?</translation>
    </message>
    <message>
        <source>The return was refused: %1</source>
        <translation>Le retour a été refusé : %1</translation>
    </message>
    <message>
        <source>Order %1 allocated</source>
        <translation>Commande %1 allouée</translation>
    </message>
    <message>
        <source>Stuck: this order has been in the state “%1” longer than its time limit.</source>
        <translation>Bloquée : cette commande est dans l’état « %1 » depuis plus longtemps que son délai.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OrdersView</name>
    <message>
        <source>&amp;Stuck only</source>
        <translation>&amp;Bloquées uniquement</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Find an order by reference</source>
        <translation>Rechercher une commande par référence</translation>
    </message>
    <message>
        <source>Only orders that have been in their state longer than its time limit</source>
        <translation>Uniquement les commandes restées dans leur état plus longtemps que son délai</translation>
    </message>
    <message>
        <source>Open the selected order (Enter)</source>
        <translation>Ouvrir la commande sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Aucune commande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No orders yet. Orders arrive from the online shop&apos;s checkout, or from “stockroomctl order create”.</source>
        <translation>Aucune commande pour l&apos;instant. Les commandes arrivent du passage en caisse de la boutique en ligne, ou de « stockroomctl order create ».</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (faites défiler pour en voir plus)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) listed%1 — %2 selected</source>
        <translation>
            <numerusform>%Ln commande affichée%1 — %2 sélectionnée</numerusform>
            <numerusform>%Ln commandes affichées%1 — %2 sélectionnée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) listed%1</source>
        <translation>
            <numerusform>%Ln commande affichée%1</numerusform>
            <numerusform>%Ln commandes affichées%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Toute ancienneté</translation>
    </message>
    <message>
        <source>Older than 1 hour</source>
        <translation>Plus d&apos;une heure</translation>
    </message>
    <message>
        <source>Older than 4 hours</source>
        <translation>Plus de 4 heures</translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation>Plus d&apos;un jour</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>Plus de 3 jours</translation>
    </message>
    <message>
        <source>Only orders created at least this long ago</source>
        <translation>Uniquement les commandes créées il y a au moins cette durée</translation>
    </message>
    <message>
        <source>Show orders whatever their fulfillments&apos; states</source>
        <translation>Afficher les commandes quel que soit l&apos;état de leurs expéditions</translation>
    </message>
    <message>
        <source>Fulfillment: %1</source>
        <translation>Expédition : %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::RecordPage</name>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Offline: “%1” is kept and sent when the connection returns.</source>
        <translation>Hors ligne : « %1 » est conservé et sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ReferenceDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>Lecture des valeurs actuelles…</translation>
    </message>
    <message>
        <source>Could not read the current values: %1</source>
        <translation>Impossible de lire les valeurs actuelles : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ReservationsView</name>
    <message>
        <source>&amp;Expired, not yet swept</source>
        <translation>E&amp;xpirées, pas encore purgées</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Release %Ln hold(s)…</source>
        <translation>
            <numerusform>&amp;Libérer %Ln réservation…</numerusform>
            <numerusform>&amp;Libérer %Ln réservations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing several holds at once needs the %1 role.</source>
        <translation>Libérer plusieurs réservations à la fois nécessite le rôle « %1 ».</translation>
    </message>
    <message>
        <source>Return the held stock to available.</source>
        <translation>Remettre le stock réservé en disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln réservation</numerusform>
            <numerusform>%Ln réservations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, dont %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expirée</numerusform>
            <numerusform>%Ln expirées</numerusform>
        </translation>
    </message>
    <message>
        <source>No hold is past its time: the sweeper is keeping up.</source>
        <translation>Aucune réservation n&apos;a dépassé son délai : la purge automatique est à jour.</translation>
    </message>
    <message>
        <source>No stock is held.
A checkout or an order reserves stock here until it is sold or released.</source>
        <translation>Aucun stock n&apos;est réservé.
Un passage en caisse ou une commande réserve ici du stock jusqu&apos;à sa vente ou sa libération.</translation>
    </message>
    <message>
        <source>No stock is held at %1.</source>
        <translation>Aucun stock n&apos;est réservé à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Commit hold %1</source>
        <translation>Valider la réservation %1</translation>
    </message>
    <message>
        <source>Commit hold %1? Its stock leaves on hand as sold; this cannot be undone here.</source>
        <translation>Valider la réservation %1 ? Son stock sort du stock en tant que vendu ; cette opération ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation>Libérer la réservation %1</translation>
    </message>
    <message>
        <source>Release hold %1? Its stock becomes available to sell again.</source>
        <translation>Libérer la réservation %1 ? Son stock redevient disponible à la vente.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln hold(s)</source>
        <translation>
            <numerusform>Libérer %Ln réservation</numerusform>
            <numerusform>Libérer %Ln réservations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln hold(s)? Their stock becomes available to sell again.
Why (recorded in the ledger with each release):</source>
        <translation>
            <numerusform>Libérer %Ln réservation ? Son stock redevient disponible à la vente.
Motif (enregistré dans la base de données pour chaque libération) :</numerusform>
            <numerusform>Libérer %Ln réservations ? Leur stock redevient disponible à la vente.
Motif (enregistré dans la base de données pour chaque libération) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing released: a bulk release needs a reason.</source>
        <translation>Rien n&apos;a été libéré : une libération groupée nécessite un motif.</translation>
    </message>
    <message>
        <source>Hold %1 committed: its stock is sold.</source>
        <translation>Réservation %1 validée : son stock est vendu.</translation>
    </message>
    <message>
        <source>Hold %1 released: its stock is available again.</source>
        <translation>Réservation %1 libérée : son stock est de nouveau disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s) released</source>
        <translation>
            <numerusform>%Ln réservation libérée</numerusform>
            <numerusform>%Ln réservations libérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already ended</source>
        <translation>
            <numerusform>%Ln déjà terminée</numerusform>
            <numerusform>%Ln déjà terminées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SafetyStockDialog</name>
    <message>
        <source>Safety stock of %1 at %2</source>
        <translation>Stock de sécurité de %1 à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Safety stock:</source>
        <translation>&amp;Stock de sécurité :</translation>
    </message>
    <message>
        <source>Safety stock of %1 at %2 is now %3.</source>
        <translation>Le stock de sécurité de %1 à l&apos;emplacement %2 est désormais de %3.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SheetEntryDialog</name>
    <message>
        <source>Enter counts from sheet: session %1 at %2</source>
        <translation>Saisir les comptages d&apos;une feuille : session %1 à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>Type each count as written on the sheet and press Enter for the next row. Rows left empty are not recorded.</source>
        <translation>Saisissez chaque comptage tel qu&apos;inscrit sur la feuille et appuyez sur Entrée pour passer à la ligne suivante. Les lignes laissées vides ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>optional: the aisle or shelf the sheet covers</source>
        <translation>facultatif : l&apos;allée ou l&apos;étagère couverte par la feuille</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %Ln count(s)</source>
        <translation>
            <numerusform>&amp;Enregistrer %Ln comptage</numerusform>
            <numerusform>&amp;Enregistrer %Ln comptages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording %Ln count(s)…</source>
        <translation>
            <numerusform>Enregistrement de %Ln comptage…</numerusform>
            <numerusform>Enregistrement de %Ln comptages…</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>N° %1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count(s) recorded.</source>
        <translation>
            <numerusform>%Ln comptage enregistré.</numerusform>
            <numerusform>%Ln comptages enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not recorded; their counts are kept, correct them and save again:</source>
        <translation>
            <numerusform>%Ln ligne n&apos;a pas été enregistrée ; son comptage est conservé, corrigez-le et enregistrez de nouveau :</numerusform>
            <numerusform>%Ln lignes n&apos;ont pas été enregistrées ; leurs comptages sont conservés, corrigez-les et enregistrez de nouveau :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SheetEntryModel</name>
    <message>
        <source>To record</source>
        <translation>À enregistrer</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
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
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ShrinkageCard</name>
    <message>
        <source>Shrinkage</source>
        <translation>Démarque</translation>
    </message>
    <message>
        <source>Units lost (% of units sold)</source>
        <translation>Unités perdues (% des unités vendues)</translation>
    </message>
    <message>
        <source>No units were sold %1, so there is no share to show: shrinkage is units lost (here %2) as a share of units sold.</source>
        <translation>Aucune unité n&apos;a été vendue %1, il n&apos;y a donc pas de part à afficher : la démarque est la part des unités perdues (ici %2) dans les unités vendues.</translation>
    </message>
    <message>
        <source>No units were sold or lost %1.</source>
        <translation>Aucune unité n&apos;a été vendue ni perdue %1.</translation>
    </message>
    <message>
        <source>%1 % shrinkage: %2 units lost of %3 sold</source>
        <translation>%1 % de démarque : %2 unités perdues pour %3 vendues</translation>
    </message>
    <message>
        <source>Units lost: adjustments for lost, stolen, expired and scrapped stock, and counts that found less than the ledger; as a share of the units sold in the same days.</source>
        <translation>Unités perdues : ajustements pour stock perdu, volé, périmé ou mis au rebut, et comptages inférieurs à la base de données ; en part des unités vendues sur les mêmes jours.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SkuDialog</name>
    <message>
        <source>Edit SKU %1</source>
        <translation>Modifier le SKU %1</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Désignation :</translation>
    </message>
    <message>
        <source>One barcode per line (EAN-13, UPC-A, …)</source>
        <translation>Un code-barres par ligne (EAN-13, UPC-A, …)</translation>
    </message>
    <message>
        <source>&amp;Barcodes:</source>
        <translation>&amp;Codes-barres :</translation>
    </message>
    <message>
        <source>e.g. 12.50 (optional)</source>
        <translation>p. ex. 12.50 (facultatif)</translation>
    </message>
    <message>
        <source>Unit &amp;cost:</source>
        <translation>C&amp;oût unitaire :</translation>
    </message>
    <message>
        <source>A SKU needs a name.</source>
        <translation>Un SKU doit avoir une désignation.</translation>
    </message>
    <message>
        <source>“%1…” is too long for a barcode.</source>
        <translation>« %1… » est trop long pour un code-barres.</translation>
    </message>
    <message>
        <source>Enter the unit cost as an amount such as 12.50.</source>
        <translation>Saisissez le coût unitaire sous forme de montant avec un point décimal, par exemple 12.50.</translation>
    </message>
    <message>
        <source>A unit cost once set can be changed but not removed.</source>
        <translation>Un coût unitaire déjà défini peut être modifié, mais pas supprimé.</translation>
    </message>
    <message>
        <source>SKU %1 saved.</source>
        <translation>SKU %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotCard</name>
    <message>
        <source>Snapshot reconciliation</source>
        <translation>Rapprochement des instantanés</translation>
    </message>
    <message>
        <source>Lines (count)</source>
        <translation>Lignes (nombre)</translation>
    </message>
    <message>
        <source>Which snapshot: the newest, or an older one</source>
        <translation>Quel instantané : le plus récent, ou un plus ancien</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>%1 · %2 as of %3</source>
        <translation>%1 · %2 au %3</translation>
    </message>
    <message>
        <source>No snapshot imported yet: import a stock file from the ERP or the warehouse system (File ▸ Import stock snapshot…) to see how it matches the ledger.</source>
        <translation>Aucun instantané importé pour l&apos;instant : importez un fichier de stock de l&apos;ERP ou du système de gestion d&apos;entrepôt (Fichier ▸ Importer un instantané de stock…) pour voir s&apos;il concorde avec la base de données.</translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2: %Ln true variance(s)</source>
        <translation>
            <numerusform>%1 au %2 : %Ln écart réel</numerusform>
            <numerusform>%1 au %2 : %Ln écarts réels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln to approve</source>
        <translation>
            <numerusform>, %Ln à approuver</numerusform>
            <numerusform>, %Ln à approuver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 (%2), %3, imported by %4: %Ln line(s)</source>
        <translation>
            <numerusform>Instantané %1 (%2), %3, importé par %4 : %Ln ligne</numerusform>
            <numerusform>Instantané %1 (%2), %3, importé par %4 : %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 has no lines %2.</source>
        <translation>L&apos;instantané %1 n&apos;a aucune ligne %2.</translation>
    </message>
    <message>
        <source>in region %1</source>
        <translation>dans la région %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à l&apos;emplacement %1</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;hange its columns and policy</source>
        <translation>&amp;Modifier ses colonnes et sa règle</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import stock snapshot</source>
        <translation>Importer un instantané de stock</translation>
    </message>
    <message>
        <source>A stock file from an ERP or a WMS is checked whole before anything is sent, then matched against the ledger as it was when the other system took it. Nothing is adjusted until you approve it in the review.</source>
        <translation>Un fichier de stock issu d&apos;un ERP ou d&apos;un WMS est vérifié en entier avant tout envoi, puis rapproché de la base de données telle qu&apos;elle était au moment où l&apos;autre système l&apos;a pris. Rien n&apos;est ajusté avant que vous l&apos;approuviez lors du contrôle.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>a .csv file with a header row; drop it here or browse</source>
        <translation>un fichier .csv avec une ligne d&apos;en-tête ; déposez-le ici ou parcourez</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>e.g. ERP</source>
        <translation>p. ex. ERP</translation>
    </message>
    <message>
        <source>Save other columns or another conflict policy with this source</source>
        <translation>Enregistrer d&apos;autres colonnes ou une autre règle de conflit avec cette source</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>S&amp;KU or barcode:</source>
        <translation>S&amp;KU ou code-barres :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>&amp;Catégorie de stock :</translation>
    </message>
    <message>
        <source>Optional: a column saying on hand or damaged for each line</source>
        <translation>Facultatif : une colonne indiquant en stock ou endommagé pour chaque ligne</translation>
    </message>
    <message>
        <source>The lower quantity wins (never oversell)</source>
        <translation>La plus petite quantité prévaut (jamais de survente)</translation>
    </message>
    <message>
        <source>The snapshot wins</source>
        <translation>L&apos;instantané prévaut</translation>
    </message>
    <message>
        <source>The ledger wins (nothing is proposed)</source>
        <translation>La base de données prévaut (rien n&apos;est proposé)</translation>
    </message>
    <message>
        <source>Which quantity a true variance proposes to keep</source>
        <translation>Quelle quantité un écart réel propose de conserver</translation>
    </message>
    <message>
        <source>When they &amp;differ:</source>
        <translation>En cas d&apos;éc&amp;art :</translation>
    </message>
    <message>
        <source>when the other system took the snapshot, not when the file was exported; set from the file&apos;s modification time</source>
        <translation>quand l&apos;autre système a pris l&apos;instantané, et non quand le fichier a été exporté ; repris de la date de modification du fichier</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Date de l&apos;instantané :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>movements this close to that time, and stock in transit, explain a difference as timing rather than a variance</source>
        <translation>les mouvements aussi proches de ce moment, et le stock en transit, expliquent une différence comme un décalage temporel plutôt qu&apos;un écart</translation>
    </message>
    <message>
        <source>&amp;Timing window:</source>
        <translation>Fenêtre &amp;temporelle :</translation>
    </message>
    <message>
        <source>Importing a stock snapshot</source>
        <translation>Importer un instantané de stock</translation>
    </message>
    <message>
        <source>Could not read the sources: %1</source>
        <translation>Impossible de lire les sources : %1</translation>
    </message>
    <message>
        <source>Choose a stock snapshot</source>
        <translation>Choisir un instantané de stock</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>Impossible de lire ce fichier : %1</translation>
    </message>
    <message>
        <source>%1, no header row</source>
        <translation>%1, pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1, columns: %2</source>
        <translation>%1, colonnes : %2</translation>
    </message>
    <message>
        <source>none: every line is on hand</source>
        <translation>aucune : chaque ligne est en stock</translation>
    </message>
    <message>
        <source>choose a file first</source>
        <translation>choisissez d&apos;abord un fichier</translation>
    </message>
    <message>
        <source>choose a column</source>
        <translation>choisissez une colonne</translation>
    </message>
    <message>
        <source>No source is saved yet: name the system the file comes from.</source>
        <translation>Aucune source enregistrée pour l&apos;instant : nommez le système d&apos;où provient le fichier.</translation>
    </message>
    <message>
        <source>Choose the system the file comes from, or name a new one.</source>
        <translation>Choisissez le système d&apos;où provient le fichier, ou nommez-en un nouveau.</translation>
    </message>
    <message>
        <source>A new source: its columns and conflict policy are saved with it when you import.</source>
        <translation>Une nouvelle source : ses colonnes et sa règle de conflit sont enregistrées avec elle lors de l&apos;import.</translation>
    </message>
    <message>
        <source>Saved by %1 on %2, with the columns and policy below.</source>
        <translation>Enregistrée par %1 le %2, avec les colonnes et la règle ci-dessous.</translation>
    </message>
    <message>
        <source>Which quantity a true variance proposes to keep. This source also has %1 rule(s) for particular locations or kinds of location, which are kept.</source>
        <translation>Quelle quantité un écart réel propose de conserver. Cette source a aussi des règles pour des emplacements ou des types d&apos;emplacement particuliers (%1), qui sont conservées.</translation>
    </message>
    <message>
        <source>This file has no column %1, which the source maps. Check “Change its columns and policy” to map others, or choose another source.</source>
        <translation>Ce fichier n&apos;a pas de colonne %1, que la source utilise. Cochez « Modifier ses colonnes et sa règle » pour en choisir d&apos;autres, ou choisissez une autre source.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Matching at the cutoff runs in one step in the ledger and cannot be stopped</source>
        <translation>Le rapprochement à la date de l&apos;instantané s&apos;exécute en une seule étape dans la base de données et ne peut pas être interrompu</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>%1 is not a file this computer can read.</source>
        <translation>%1 n&apos;est pas un fichier lisible par cet ordinateur.</translation>
    </message>
    <message>
        <source>Name the system the file comes from (for example ERP), or choose a source.</source>
        <translation>Nommez le système d&apos;où provient le fichier (par exemple ERP), ou choisissez une source.</translation>
    </message>
    <message>
        <source>A source&apos;s name is letters, digits, dots, dashes and underscores (up to 64), starting with a letter or digit: “%1” is not.</source>
        <translation>Le nom d&apos;une source se compose de lettres, chiffres, points, tirets et tirets bas (64 au plus) et commence par une lettre ou un chiffre : « %1 » ne convient pas.</translation>
    </message>
    <message>
        <source>The file has no header row: its first line must name the columns.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête : sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s columns for the SKU, the location and the quantity.</source>
        <translation>Choisissez les colonnes du fichier pour le SKU, l&apos;emplacement et la quantité.</translation>
    </message>
    <message>
        <source>Each column can be mapped once: the SKU, location, quantity and bucket need different columns.</source>
        <translation>Chaque colonne ne peut être utilisée qu&apos;une fois : le SKU, l&apos;emplacement, la quantité et la catégorie de stock nécessitent des colonnes différentes.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s time cannot be in the future.</source>
        <translation>La date de l&apos;instantané ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Stopping after the lines under way…</source>
        <translation>Arrêt après les lignes en cours…</translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation>Vérification du fichier entier…</translation>
    </message>
    <message>
        <source>Saving source %1…</source>
        <translation>Enregistrement de la source %1…</translation>
    </message>
    <message>
        <source>Sending the lines to the ledger…</source>
        <translation>Envoi des lignes à la base de données…</translation>
    </message>
    <message>
        <source>Matching at the cutoff…</source>
        <translation>Rapprochement à la date de l&apos;instantané…</translation>
    </message>
    <message>
        <source>%1 of %2 lines sent</source>
        <translation>%1 lignes sur %2 envoyées</translation>
    </message>
    <message>
        <source>%1 has a header row but no lines: there is nothing to import. Nothing was sent.</source>
        <translation>%1 a une ligne d&apos;en-tête mais aucune ligne : il n&apos;y a rien à importer. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Import stopped before anything was sent.</source>
        <translation>Import arrêté avant tout envoi.</translation>
    </message>
    <message>
        <source>Import stopped: %1 of %2 lines were sent, none was matched and nothing was adjusted. Import again with the same file, source and time to continue this snapshot.</source>
        <translation>Import arrêté : %1 lignes sur %2 ont été envoyées, aucune n&apos;a été rapprochée et rien n&apos;a été ajusté. Importez de nouveau avec le même fichier, la même source et la même date pour poursuivre cet instantané.</translation>
    </message>
    <message>
        <source>while reading %1</source>
        <translation>pendant la lecture de %1</translation>
    </message>
    <message>
        <source>while saving source %1</source>
        <translation>pendant l&apos;enregistrement de la source %1</translation>
    </message>
    <message>
        <source>while sending the lines (%1 of %2 sent)</source>
        <translation>pendant l&apos;envoi des lignes (%1 sur %2 envoyées)</translation>
    </message>
    <message>
        <source>while matching the lines at the cutoff</source>
        <translation>pendant le rapprochement des lignes à la date de l&apos;instantané</translation>
    </message>
    <message>
        <source>The connection to the ledger was lost %1: %2. Nothing was adjusted. When the server is back, press Import again: it continues the same snapshot.</source>
        <translation>La connexion à la base de données a été perdue %1 : %2. Rien n&apos;a été ajusté. Quand le serveur sera de retour, cliquez de nouveau sur « Importer » : l&apos;import poursuivra le même instantané.</translation>
    </message>
    <message>
        <source>The import stopped %1 without a reason from the server: the connection may have been lost. Nothing was adjusted. Press Import again: it continues the same snapshot.</source>
        <translation>L&apos;import s&apos;est arrêté %1 sans motif donné par le serveur : la connexion a peut-être été perdue. Rien n&apos;a été ajusté. Cliquez de nouveau sur « Importer » : l&apos;import poursuivra le même instantané.</translation>
    </message>
    <message>
        <source>The import stopped %1: %2</source>
        <translation>L&apos;import s&apos;est arrêté %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>and more: only the first %1 problems are listed</source>
        <translation>et d&apos;autres : seuls les %1 premiers problèmes sont listés</translation>
    </message>
    <message>
        <source>%1 was not imported: it has more than %2 problems; the first are listed below.</source>
        <translation>%1 n&apos;a pas été importé : il comporte plus de %2 problèmes ; les premiers sont listés ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %Ln problem(s), listed below.</source>
        <translation>
            <numerusform>%1 n&apos;a pas été importé : %Ln problème, listé ci-dessous.</numerusform>
            <numerusform>%1 n&apos;a pas été importé : %Ln problèmes, listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent to the ledger. Correct the file (or the columns) and import it again.</source>
        <translation>Rien n&apos;a été envoyé à la base de données. Corrigez le fichier (ou les colonnes) et importez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotReviewDialog</name>
    <message>
        <source>Rows the file lacks</source>
        <translation>Lignes de stock absentes du fichier</translation>
    </message>
    <message>
        <source>Unknown item</source>
        <translation>Élément inconnu</translation>
    </message>
    <message>
        <source>Stock rows at the file&apos;s locations that the file does not list; each is also counted in its class (usually a true variance)</source>
        <translation>Lignes de stock aux emplacements du fichier que le fichier ne liste pas ; chacune est aussi comptée dans sa classe (généralement un écart réel)</translation>
    </message>
    <message>
        <source>&amp;Approve checked</source>
        <translation>&amp;Approuver les lignes cochées</translation>
    </message>
    <message>
        <source>Approve all &amp;proposed</source>
        <translation>Approuver toutes les &amp;propositions</translation>
    </message>
    <message>
        <source>Review snapshot %1</source>
        <translation>Contrôler l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantané %1</translation>
    </message>
    <message>
        <source>Every line that differs</source>
        <translation>Toutes les lignes différentes</translation>
    </message>
    <message>
        <source>True variances</source>
        <translation>Écarts réels</translation>
    </message>
    <message>
        <source>Adjustments to approve</source>
        <translation>Ajustements à approuver</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Décalage temporel</translation>
    </message>
    <message>
        <source>Unknown items</source>
        <translation>Éléments inconnus</translation>
    </message>
    <message>
        <source>Bucket differences</source>
        <translation>Catégories de stock différentes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reviewing a stock snapshot</source>
        <translation>Contrôler un instantané de stock</translation>
    </message>
    <message>
        <source>Could not read snapshot %1</source>
        <translation>Impossible de lire l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Snapshot %1 from %2, as of %3</source>
        <translation>Instantané %1 de %2, au %3</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>%1 lines in the file</source>
        <translation>%1 lignes dans le fichier</translation>
    </message>
    <message>
        <source>timing window ±%1 min</source>
        <translation>fenêtre temporelle ±%1 min</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>état : %1</translation>
    </message>
    <message>
        <source>%1 to approve, %2 approved</source>
        <translation>%1 à approuver, %2 approuvées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) name a SKU or location the ledger does not know: nothing is proposed for them. Check the source&apos;s columns, or add the SKUs or locations to the ledger, then import the file again.</source>
        <translation>
            <numerusform>%Ln ligne désigne un SKU ou un emplacement inconnu de la base de données : rien n&apos;est proposé pour elle. Vérifiez les colonnes de la source, ou ajoutez les SKU ou les emplacements à la base de données, puis importez de nouveau le fichier.</numerusform>
            <numerusform>%Ln lignes désignent un SKU ou un emplacement inconnu de la base de données : rien n&apos;est proposé pour elles. Vérifiez les colonnes de la source, ou ajoutez les SKU ou les emplacements à la base de données, puis importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Lecture de l&apos;instantané…</translation>
    </message>
    <message>
        <source>Nothing to show: this login may not review snapshots.</source>
        <translation>Rien à afficher : cet identifiant ne peut pas contrôler les instantanés.</translation>
    </message>
    <message>
        <source>This snapshot&apos;s import did not finish, so nothing was matched yet. Import the file again with the same source and time to continue it.</source>
        <translation>L&apos;import de cet instantané n&apos;est pas terminé, rien n&apos;a donc encore été rapproché. Importez de nouveau le fichier avec la même source et la même date pour le poursuivre.</translation>
    </message>
    <message>
        <source>Every line of the file matched the ledger at the snapshot&apos;s time: nothing to review.</source>
        <translation>Chaque ligne du fichier concordait avec la base de données à la date de l&apos;instantané : rien à contrôler.</translation>
    </message>
    <message>
        <source>No line of this kind. Choose “Every line that differs” to see them all.</source>
        <translation>Aucune ligne de ce type. Choisissez « Toutes les lignes différentes » pour les voir toutes.</translation>
    </message>
    <message>
        <source>&amp;Approve checked (%1)</source>
        <translation>&amp;Approuver les lignes cochées (%1)</translation>
    </message>
    <message>
        <source>Approve all &amp;proposed (%1)</source>
        <translation>Approuver toutes les &amp;propositions (%1)</translation>
    </message>
    <message>
        <source>Approving adjustments needs the supervisor role.</source>
        <translation>Approuver des ajustements nécessite le rôle « supervisor ».</translation>
    </message>
    <message>
        <source>Posting the adjustments…</source>
        <translation>Comptabilisation des ajustements…</translation>
    </message>
    <message>
        <source>No adjustment is waiting for approval.</source>
        <translation>Aucun ajustement n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <source>Check the lines to approve (Space checks the selected rows), or approve all proposed.</source>
        <translation>Cochez les lignes à approuver (Espace coche les lignes sélectionnées), ou approuvez toutes les propositions.</translation>
    </message>
    <message>
        <source>Post the checked lines&apos; adjustments to the ledger (all or nothing)</source>
        <translation>Comptabiliser les ajustements des lignes cochées dans la base de données (tous ou aucun)</translation>
    </message>
    <message>
        <source>Post every proposed adjustment of this snapshot to the ledger (all or nothing)</source>
        <translation>Comptabiliser chaque ajustement proposé de cet instantané dans la base de données (tous ou aucun)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (ledger %4, file %5)</source>
        <translation>%1 à l&apos;emplacement %2 : %3 (base de données %4, fichier %5)</translation>
    </message>
    <message numerus="yes">
        <source>Post %n adjustment(s) to the ledger?</source>
        <translation>
            <numerusform>Comptabiliser %n ajustement dans la base de données ?</numerusform>
            <numerusform>Comptabiliser %n ajustements dans la base de données ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Units: %1 in all (%2 added, %3 removed).</source>
        <translation>Unités : %1 au total (%2 ajoutées, %3 retirées).</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Each is an adjustment movement with the reason “reconciliation” and the reference “%1”. If the stock of any of them moved since the snapshot was matched, none is posted.</source>
        <translation>Chacun est un mouvement d&apos;ajustement avec le motif « reconciliation » et la référence « %1 ». Si le stock de l&apos;un d&apos;eux a bougé depuis le rapprochement de l&apos;instantané, aucun n&apos;est comptabilisé.</translation>
    </message>
    <message>
        <source>Approve adjustments</source>
        <translation>Approuver les ajustements</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Post %n adjustment(s)</source>
        <translation>
            <numerusform>&amp;Comptabiliser %n ajustement</numerusform>
            <numerusform>&amp;Comptabiliser %n ajustements</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving adjustments</source>
        <translation>Approuver des ajustements</translation>
    </message>
    <message>
        <source>Nothing was posted</source>
        <translation>Rien n&apos;a été comptabilisé</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <translation>%1 à l&apos;emplacement %2 %3</translation>
    </message>
    <message>
        <source>Nothing new was posted.</source>
        <translation>Rien de nouveau n&apos;a été comptabilisé.</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n adjustment(s): </source>
        <translation>
            <numerusform>%n ajustement comptabilisé : </numerusform>
            <numerusform>%n ajustements comptabilisés : </numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>%1 line(s) left as they were: already approved, or the ledger&apos;s quantity is kept.</source>
        <translation>%1 ligne(s) laissée(s) telle(s) quelle(s) : déjà approuvée(s), ou la quantité de la base de données est conservée.</translation>
    </message>
    <message>
        <source>Every proposed adjustment of this snapshot is approved.</source>
        <translation>Tous les ajustements proposés de cet instantané sont approuvés.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StaffDialog</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Checkout service</source>
        <translation>Service de caisse</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>&amp;Add login…</source>
        <translation>&amp;Ajouter un identifiant…</translation>
    </message>
    <message>
        <source>&amp;Edit assignments…</source>
        <translation>&amp;Modifier les affectations…</translation>
    </message>
    <message>
        <source>&amp;Remove assignments…</source>
        <translation>&amp;Retirer des affectations…</translation>
    </message>
    <message>
        <source>Staff and access</source>
        <translation>Personnel et accès</translation>
    </message>
    <message>
        <source>Each login sees and changes stock only at the locations it is assigned, and sells only through its channels; the ledger refuses everything else. A login&apos;s role is the server&apos;s and is chosen when the login is created.</source>
        <translation>Chaque identifiant ne voit et ne modifie le stock que sur les emplacements qui lui sont affectés, et ne vend que par ses canaux ; la base de données refuse tout le reste. Le rôle d&apos;un identifiant est un rôle du serveur, choisi à la création de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>No staff in this ledger yet.
Use “Add login…” to create a login, or to assign an existing one, to the locations and channels it works in.</source>
        <translation>Aucun personnel dans cette base de données pour l&apos;instant.
Utilisez « Ajouter un identifiant… » pour créer un identifiant, ou en affecter un existant, aux emplacements et canaux où il travaille.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>May connect</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>Reading the staff…</source>
        <translation>Lecture du personnel…</translation>
    </message>
    <message>
        <source>Could not read the staff: %1</source>
        <translation>Impossible de lire le personnel : %1</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>This login cannot connect to this ledger&apos;s database: the server has no such login, or it lacks the CONNECT privilege.</source>
        <translation>Cet identifiant ne peut pas se connecter à cette base de données : le serveur ne connaît pas cet identifiant, ou il n&apos;a pas le privilège CONNECT.</translation>
    </message>
    <message>
        <source>Select a login first.</source>
        <translation>Sélectionnez d&apos;abord un identifiant.</translation>
    </message>
    <message>
        <source>%1 is assigned nowhere.</source>
        <translation>%1 n&apos;est affecté nulle part.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StaffEditDialog</name>
    <message>
        <source>Add a login</source>
        <translation>Ajouter un identifiant</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>e.g. ann.berg</source>
        <translation>p. ex. ann.berg</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>A password is needed only when the login does not exist on the server yet (at least 8 characters). The server receives a SCRAM verifier, never the password; creating a login needs the CREATEROLE attribute.</source>
        <translation>Un mot de passe n&apos;est nécessaire que si l&apos;identifiant n&apos;existe pas encore sur le serveur (au moins 8 caractères). Le serveur reçoit un vérificateur SCRAM, jamais le mot de passe ; créer un identifiant nécessite l&apos;attribut CREATEROLE.</translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation>Affectations de %1</translation>
    </message>
    <message>
        <source>Remove assignments of %1</source>
        <translation>Retirer des affectations de %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Take off these locations</source>
        <translation>Retirer de ces emplacements</translation>
    </message>
    <message>
        <source>Stop working at all locations</source>
        <translation>Ne plus travailler sur aucun emplacement</translation>
    </message>
    <message>
        <source>Take off these channels</source>
        <translation>Retirer de ces canaux</translation>
    </message>
    <message>
        <source>Stop selling through all channels</source>
        <translation>Ne plus vendre par aucun canal</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>All locations, including ones added later</source>
        <translation>Tous les emplacements, y compris ceux ajoutés plus tard</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>All channels, including ones added later</source>
        <translation>Tous les canaux, y compris ceux ajoutés plus tard</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A login needs a name.</source>
        <translation>Un identifiant doit avoir un nom.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent : saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Un mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Tick the locations or channels to take %1 off.</source>
        <translation>Cochez les emplacements ou canaux dont retirer %1.</translation>
    </message>
    <message>
        <source>%1 will be an admin: it can manage staff and change everything in this ledger.</source>
        <translation>%1 sera administrateur : il pourra gérer le personnel et tout modifier dans cette base de données.</translation>
    </message>
    <message>
        <source>%1 will not be assigned to any location: it will see no stock and change nothing.</source>
        <translation>%1 ne sera affecté à aucun emplacement : il ne verra aucun stock et ne pourra rien modifier.</translation>
    </message>
    <message>
        <source>%1 will not be bound to any channel: as a checkout service it can sell nothing.</source>
        <translation>%1 ne sera lié à aucun canal : en tant que service de caisse, il ne pourra rien vendre.</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>tous les emplacements</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>This takes %1 off %2: from its next action, the ledger refuses what %1 does there.</source>
        <translation>Cela retire %1 de %2 : dès sa prochaine action, la base de données refuse ce que %1 y fait.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Login %1 created as %2 and assigned.</source>
        <translation>Identifiant %1 créé en tant que %2 et affecté.</translation>
    </message>
    <message>
        <source>%1 assigned as %2; its password is unchanged.</source>
        <translation>%1 affecté en tant que %2 ; son mot de passe est inchangé.</translation>
    </message>
    <message>
        <source>Assignments of %1 saved.</source>
        <translation>Affectations de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Assignments taken off %1.</source>
        <translation>Affectations retirées à %1.</translation>
    </message>
    <message>
        <source>It cannot connect to this ledger yet: %1.</source>
        <translation>Il ne peut pas encore se connecter à cette base de données : %1.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StateMachineGraph</name>
    <message>
        <source>State machine</source>
        <translation>Diagramme d&apos;états</translation>
    </message>
    <message>
        <source>%1 → %2 (%3, by the system)</source>
        <translation>%1 → %2 (%3, par le système)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Path taken: %1</source>
        <translation>Parcours suivi : %1</translation>
    </message>
    <message>
        <source>Current state: %1</source>
        <translation>État actuel : %1</translation>
    </message>
    <message>
        <source>Available now: %1</source>
        <translation>Possible maintenant : %1</translation>
    </message>
    <message>
        <source>Fire %1</source>
        <translation>Déclencher « %1 »</translation>
    </message>
    <message>
        <source>%1 → %2, by the system</source>
        <translation>%1 → %2, par le système</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis le %2</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StockView</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>on hand %1 · available %2</source>
        <translation>en stock %1 · disponible %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown, more below</source>
        <translation>
            <numerusform>%Ln ligne affichée, suite plus bas</numerusform>
            <numerusform>%Ln lignes affichées, suite plus bas</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger holds no stock yet.
Receive stock (F2) to start, or start Stockroom with --demo to try it with a demo shop.</source>
        <translation>La base de données ne contient encore aucun stock.
Réceptionnez du stock (F2) pour commencer, ou lancez Stockroom avec --demo pour l&apos;essayer avec un magasin de démonstration.</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>texte « %1 »</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>emplacement %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>below safety stock</source>
        <translation>sous le stock de sécurité</translation>
    </message>
    <message>
        <source>No stock matches %1.
Clear or change the filter to see more.</source>
        <translation>Aucun stock ne correspond à : %1.
Effacez ou modifiez le filtre pour en voir davantage.</translation>
    </message>
    <message numerus="yes">
        <source>order as of %1, %Ln change(s) since</source>
        <translation>
            <numerusform>tri au %1, %Ln modification depuis</numerusform>
            <numerusform>tri au %1, %Ln modifications depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>order up to date</source>
        <translation>tri à jour</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::TransfersView</name>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Ouverts uniquement</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Réceptionner…</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer…</source>
        <translation>Annuler le &amp;transfert…</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Passer en perte…</translation>
    </message>
    <message>
        <source>Needs the %1 role.</source>
        <translation>Nécessite le rôle « %1 ».</translation>
    </message>
    <message>
        <source>Cancel the transfer: what is still in transit goes back to where it came from.</source>
        <translation>Annuler le transfert : ce qui est encore en transit retourne à son emplacement d&apos;origine.</translation>
    </message>
    <message>
        <source>Write off units lost or damaged on the way, with a reason.</source>
        <translation>Passer en perte, avec un motif, les unités perdues ou endommagées en route.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfer(s)</source>
        <translation>
            <numerusform>%Ln transfert</numerusform>
            <numerusform>%Ln transferts</numerusform>
        </translation>
    </message>
    <message>
        <source>No transfer is in transit.
Ship one with Stock ▸ Ship transfer (F7).</source>
        <translation>Aucun transfert n&apos;est en transit.
Expédiez-en un avec Stock ▸ Expédier un transfert (F7).</translation>
    </message>
    <message>
        <source>No transfer to or from %1 is in transit.</source>
        <translation>Aucun transfert vers ou depuis %1 n&apos;est en transit.</translation>
    </message>
    <message>
        <source>No transfer has been shipped yet.</source>
        <translation>Aucun transfert n&apos;a encore été expédié.</translation>
    </message>
    <message>
        <source>No transfer to or from %1 yet.</source>
        <translation>Aucun transfert vers ou depuis %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cancel transfer %1</source>
        <translation>Annuler le transfert %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Transfer %1 cancelled: what was in transit is back at its source.</source>
        <translation>Transfert %1 annulé : ce qui était en transit est revenu à son emplacement d&apos;origine.</translation>
    </message>
    <message>
        <source>Wrote off %1 of transfer %2 (%3).</source>
        <translation>Transfert %2 : quantité %1 passée en perte (%3).</translation>
    </message>
    <message>
        <source>Cancel transfer %1 of %2 from %3 to %4?

What is still in transit (%5) goes back to %3&apos;s stock on hand; what %4 has received stays there.</source>
        <translation>Annuler le transfert %1 de %2 de %3 vers %4 ?

Ce qui est encore en transit (%5) retourne dans le stock de %3 ; ce que %4 a déjà reçu y reste.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::VarianceCard</name>
    <message>
        <source>Variance by reason</source>
        <translation>Écarts par motif</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translation>Unités mouvementées</translation>
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation>Cumulé (%)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Bars in units moved, either way</source>
        <translation>Barres en unités mouvementées, dans les deux sens</translation>
    </message>
    <message>
        <source>Bars in value at unit cost (SKUs without a unit cost count nothing)</source>
        <translation>Barres en valeur au coût unitaire (les SKU sans coût unitaire ne comptent pas)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Part cumulée</translation>
    </message>
    <message>
        <source>Value at unit cost</source>
        <translation>Valeur au coût unitaire</translation>
    </message>
    <message>
        <source>No adjustments or count variances %1.</source>
        <translation>Aucun ajustement ni écart de comptage %1.</translation>
    </message>
    <message numerus="yes">
        <source>Value %1 at unit cost in %Ln movement(s)</source>
        <translation>
            <numerusform>Valeur %1 au coût unitaire en %Ln mouvement</numerusform>
            <numerusform>Valeur %1 au coût unitaire en %Ln mouvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units moved in %Ln movement(s)</source>
        <translation>
            <numerusform>%1 unités mouvementées en %Ln mouvement</numerusform>
            <numerusform>%1 unités mouvementées en %Ln mouvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln reason(s) make 80 % of it</source>
        <translation>
            <numerusform>; %Ln motif en représente 80 %</numerusform>
            <numerusform>; %Ln motifs en représentent 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln movement(s) of SKUs without a unit cost have no value)</source>
        <translation>
            <numerusform>(%Ln mouvement d&apos;un SKU sans coût unitaire n&apos;a pas de valeur)</numerusform>
            <numerusform>(%Ln mouvements de SKU sans coût unitaire n&apos;ont pas de valeur)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these movements has a value: their SKUs have no unit cost. Set unit costs (Stock ▸ Edit SKU…) or show the variance in units.</source>
        <translation>Aucun de ces mouvements n&apos;a de valeur : leurs SKU n&apos;ont pas de coût unitaire. Définissez des coûts unitaires (Stock ▸ Modifier le SKU…) ou affichez l&apos;écart en unités.</translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::WriteOffDialog</name>
    <message>
        <source>Write off from transfer %1</source>
        <translation>Passer en perte sur le transfert %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3 to %4: %5 still in transit.</source>
        <translation>%1 %2 de %3 vers %4 : %5 encore en transit.</translation>
    </message>
    <message>
        <source>Why the units are lost</source>
        <translation>Motif de la perte des unités</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Passer en perte</translation>
    </message>
    <message>
        <source>Choose why the units are written off.</source>
        <translation>Choisissez pourquoi les unités sont passées en perte.</translation>
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
    <message>
        <source>Read the stock view, the ledger panel and the dashboard from this streaming standby of the ledger server; every write still goes to the server.</source>
        <translation>Lire la vue du stock, le panneau des mouvements et le tableau de bord depuis ce serveur de secours en streaming du serveur de base de données ; toutes les écritures vont toujours au serveur.</translation>
    </message>
</context>
</TS>
