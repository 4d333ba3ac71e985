<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardWords</name>
    <message numerus="yes">
        <source>%Ln day(s) %1 h</source>
        <translation>
            <numerusform>%Ln day %1 h</numerusform>
            <numerusform>%Ln days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CountDayModel</name>
    <message numerus="yes">
        <source>%1: %Ln count(s) of %2 SKU row(s)</source>
        <translation>
            <numerusform>%1: %Ln count of %2 SKU row</numerusform>
            <numerusform>%1: %Ln counts of %2 SKU row(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::CoverageModel</name>
    <message numerus="yes">
        <source>%1 · %Ln day(s)</source>
        <translation>
            <numerusform>%1 · %Ln day</numerusform>
            <numerusform>%1 · %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 stock rows counted in the last %Ln day(s) (%4 %); %5 overdue</source>
        <translation>
            <numerusform>%1: %2 of %3 stock rows counted in the last %Ln day (%4 %); %5 overdue</numerusform>
            <numerusform>%1: %2 of %3 stock rows counted in the last %Ln days (%4 %); %5 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::DiscrepancyModel</name>
    <message numerus="yes">
        <source>Open %1: %Ln item(s)</source>
        <translation>
            <numerusform>Open %1: %Ln item</numerusform>
            <numerusform>Open %1: %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ReadWorker</name>
    <message numerus="yes">
        <source>the replica is more than %n second(s) behind</source>
        <translation>
            <numerusform>the replica is more than %n second behind</numerusform>
            <numerusform>the replica is more than %n seconds behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::ReservationModel</name>
    <message numerus="yes">
        <source>Expired %Ln second(s) ago</source>
        <translation>
            <numerusform>Expired %Ln second ago</numerusform>
            <numerusform>Expired %Ln seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln minute(s) ago</source>
        <translation>
            <numerusform>Expired %Ln minute ago</numerusform>
            <numerusform>Expired %Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln hour(s) ago</source>
        <translation>
            <numerusform>Expired %Ln hour ago</numerusform>
            <numerusform>Expired %Ln hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::SnapshotModel</name>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2 units apart — %3</source>
        <translation>
            <numerusform>%1: %Ln line, %2 units apart — %3</numerusform>
            <numerusform>%1: %Ln lines, %2 units apart — %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Models::VarianceModel</name>
    <message numerus="yes">
        <source>%1: %Ln movement(s), %2 units moved (net %3), value %4; with the reasons before it %5 % of the whole</source>
        <translation>
            <numerusform>%1: %Ln movement, %2 units moved (net %3), value %4; with the reasons before it %5 % of the whole</numerusform>
            <numerusform>%1: %Ln movements, %2 units moved (net %3), value %4; with the reasons before it %5 % of the whole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s) of SKUs without a unit cost are not in the value.</source>
        <translation>
            <numerusform>%Ln movement of a SKU without a unit cost is not in the value.</numerusform>
            <numerusform>%Ln movements of SKUs without a unit cost are not in the value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::AllocationDialog</name>
    <message numerus="yes">
        <source>Short of %Ln unit(s)</source>
        <translation>
            <numerusform>Short of %Ln unit</numerusform>
            <numerusform>Short of %Ln units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln location</numerusform>
            <numerusform>%Ln locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln split(s)</source>
        <translation>
            <numerusform>%Ln split</numerusform>
            <numerusform>%Ln splits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of this plan (%Ln below safety stock)</source>
        <translation>
            <numerusform>Lines of this plan (%Ln below safety stock)</numerusform>
            <numerusform>Lines of this plan (%Ln below safety stock)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This plan is short of %Ln unit(s) and cannot be applied: choose a complete plan, or receive the stock first.</source>
        <translation>
            <numerusform>This plan is short of %Ln unit and cannot be applied: choose a complete plan, or receive the stock first.</numerusform>
            <numerusform>This plan is short of %Ln units and cannot be applied: choose a complete plan, or receive the stock first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying reserves %Ln unit(s) at %1 for this order.</source>
        <translation>
            <numerusform>Applying reserves %Ln unit at %1 for this order.</numerusform>
            <numerusform>Applying reserves %Ln units at %1 for this order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::AllocationMap</name>
    <message numerus="yes">
        <source>Ships %Ln unit(s) in this plan</source>
        <translation>
            <numerusform>Ships %Ln unit in this plan</numerusform>
            <numerusform>Ships %Ln units in this plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CalendarCard</name>
    <message numerus="yes">
        <source>%1 counts on %2 of %Ln day(s); the busiest, %3, had %4</source>
        <translation>
            <numerusform>%1 counts on %2 of %Ln day; the busiest, %3, had %4</numerusform>
            <numerusform>%1 counts on %2 of %Ln days; the busiest, %3, had %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountReviewDialog</name>
    <message numerus="yes">
        <source>Approve every line waiting for approval whose variance is within tolerance: %n line(s)</source>
        <translation>
            <numerusform>Approve every line waiting for approval whose variance is within tolerance: %n line</numerusform>
            <numerusform>Approve every line waiting for approval whose variance is within tolerance: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n line(s)? Each posts its variance to the ledger once.</source>
        <translation>
            <numerusform>Approve %n line? It posts its variance to the ledger once.</numerusform>
            <numerusform>Approve %n lines? Each posts its variance to the ledger once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n line(s) within tolerance? Each posts its variance to the ledger once.</source>
        <translation>
            <numerusform>Approve the %n line within tolerance? It posts its variance to the ledger once.</numerusform>
            <numerusform>Approve all %n lines within tolerance? Each posts its variance to the ledger once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject the counts of %n line(s)? The ledger keeps its quantities for them.</source>
        <translation>
            <numerusform>Reject the count of %n line? The ledger keeps its quantity for it.</numerusform>
            <numerusform>Reject the counts of %n lines? The ledger keeps its quantities for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountScreen</name>
    <message numerus="yes">
        <source>%n count(s) have not reached the ledger yet. Submit once they have been sent: the list below says when.</source>
        <translation>
            <numerusform>%n count has not reached the ledger yet. Submit once it has been sent: the list below says when.</numerusform>
            <numerusform>%n counts have not reached the ledger yet. Submit once they have been sent: the list below says when.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) on the sheet were not counted: they are left out of this count.</source>
        <translation>
            <numerusform>%n SKU on the sheet was not counted: it is left out of this count.</numerusform>
            <numerusform>%n SKUs on the sheet were not counted: they are left out of this count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is a full count and %n SKU(s) on the sheet were not counted. Confirm that none of them is at this location? They are recorded as counted zero.</source>
        <translation>
            <numerusform>This is a full count and %n SKU on the sheet was not counted. Confirm that it is not at this location? It is recorded as counted zero.</numerusform>
            <numerusform>This is a full count and %n SKUs on the sheet were not counted. Confirm that none of them is at this location? They are recorded as counted zero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountSheet</name>
    <message numerus="yes">
        <source>Location %1 · printed %2 · %Ln SKU(s)</source>
        <translation>
            <numerusform>Location %1 · printed %2 · %Ln SKU</numerusform>
            <numerusform>Location %1 · printed %2 · %Ln SKUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::CountsView</name>
    <message numerus="yes">
        <source>%Ln count session(s) — session %1 selected</source>
        <translation>
            <numerusform>%Ln count session — session %1 selected</numerusform>
            <numerusform>%Ln count sessions — session %1 selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count session(s)</source>
        <translation>
            <numerusform>%Ln count session</numerusform>
            <numerusform>%Ln count sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DashboardView</name>
    <message numerus="yes">
        <source>%Ln discrepancy(ies) open</source>
        <translation>
            <numerusform>%Ln discrepancy open</numerusform>
            <numerusform>%Ln discrepancies open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DiscrepancyCard</name>
    <message numerus="yes">
        <source>%Ln open as of now</source>
        <translation>
            <numerusform>%Ln open as of now</numerusform>
            <numerusform>%Ln open as of now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln open for a week or more</source>
        <translation>
            <numerusform>; %Ln open for a week or more</numerusform>
            <numerusform>; %Ln open for a week or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::HotSkuDialog</name>
    <message numerus="yes">
        <source>Hot now: %Ln slot(s), holding %1 available unit(s).</source>
        <translation>
            <numerusform>Hot now: %Ln slot, holding %1 available unit(s).</numerusform>
            <numerusform>Hot now: %Ln slots, holding %1 available unit(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change to %Ln slot(s)</source>
        <translation>
            <numerusform>&amp;Change to %Ln slot</numerusform>
            <numerusform>&amp;Change to %Ln slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spreads the row&apos;s available units over %Ln slot(s).</source>
        <translation>
            <numerusform>Spreads the row&apos;s available units over %Ln slot.</numerusform>
            <numerusform>Spreads the row&apos;s available units over %Ln slots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing to %Ln slot(s)…</source>
        <translation>
            <numerusform>Changing to %Ln slot…</numerusform>
            <numerusform>Changing to %Ln slots…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 is hot with %Ln slot(s) now.</source>
        <translation>
            <numerusform>%1 at %2 is hot with %Ln slot now.</numerusform>
            <numerusform>%1 at %2 is hot with %Ln slots now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hot mode is on for %1 at %2, with %Ln slot(s).</source>
        <translation>
            <numerusform>Hot mode is on for %1 at %2, with %Ln slot.</numerusform>
            <numerusform>Hot mode is on for %1 at %2, with %Ln slots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch hot mode off for %1 at %2?

The %3 unit(s) in its %Ln slot(s) go back to the row, and checkouts reserve from the row one at a time again. Reservations already made stay as they are.</source>
        <translation>
            <numerusform>Switch hot mode off for %1 at %2?

The %3 unit(s) in its %Ln slot go back to the row, and checkouts reserve from the row one at a time again. Reservations already made stay as they are.</numerusform>
            <numerusform>Switch hot mode off for %1 at %2?

The %3 unit(s) in its %Ln slots go back to the row, and checkouts reserve from the row one at a time again. Reservations already made stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::LedgerPanel</name>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln location</numerusform>
            <numerusform>%Ln locations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n operation waiting to be sent</numerusform>
            <numerusform>%n operations waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online. %n operation(s) typed while offline were sent.</source>
        <translation>
            <numerusform>Back online. %n operation typed while offline was sent.</numerusform>
            <numerusform>Back online. %n operations typed while offline were sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ledger on this computer could not be started again: %1. Stockroom tries again every %Ln second(s).</source>
        <translation>
            <numerusform>The ledger on this computer could not be started again: %1. Stockroom tries again every %Ln second.</numerusform>
            <numerusform>The ledger on this computer could not be started again: %1. Stockroom tries again every %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary. A change that arrives from the outbox is shown once the replica has it (Stockroom waits up to %n second(s), then reads it from the primary).</source>
        <translation>
            <numerusform>The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary. A change that arrives from the outbox is shown once the replica has it (Stockroom waits up to %n second, then reads it from the primary).</numerusform>
            <numerusform>The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary. A change that arrives from the outbox is shown once the replica has it (Stockroom waits up to %n seconds, then reads it from the primary).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OrderBoardView</name>
    <message numerus="yes">
        <source>%Ln stuck</source>
        <translation>
            <numerusform>%Ln stuck</numerusform>
            <numerusform>%Ln stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time limit %1; %Ln stuck past it.</source>
        <translation>
            <numerusform>Time limit %1; %Ln stuck past it.</numerusform>
            <numerusform>Time limit %1; %Ln stuck past it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) open</source>
        <translation>
            <numerusform>%Ln order open</numerusform>
            <numerusform>%Ln orders open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::OrdersView</name>
    <message numerus="yes">
        <source>%Ln order(s) listed%1 — %2 selected</source>
        <translation>
            <numerusform>%Ln order listed%1 — %2 selected</numerusform>
            <numerusform>%Ln orders listed%1 — %2 selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) listed%1</source>
        <translation>
            <numerusform>%Ln order listed%1</numerusform>
            <numerusform>%Ln orders listed%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::ReservationsView</name>
    <message numerus="yes">
        <source>&amp;Release %Ln hold(s)…</source>
        <translation>
            <numerusform>&amp;Release %Ln hold…</numerusform>
            <numerusform>&amp;Release %Ln holds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln hold</numerusform>
            <numerusform>%Ln holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln hold(s)</source>
        <translation>
            <numerusform>Release %Ln hold</numerusform>
            <numerusform>Release %Ln holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln hold(s)? Their stock becomes available to sell again.
Why (recorded in the ledger with each release):</source>
        <translation>
            <numerusform>Release %Ln hold? Its stock becomes available to sell again.
Why (recorded in the ledger with each release):</numerusform>
            <numerusform>Release %Ln holds? Their stock becomes available to sell again.
Why (recorded in the ledger with each release):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s) released</source>
        <translation>
            <numerusform>%Ln hold released</numerusform>
            <numerusform>%Ln holds released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already ended</source>
        <translation>
            <numerusform>%Ln already ended</numerusform>
            <numerusform>%Ln already ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SheetEntryDialog</name>
    <message numerus="yes">
        <source>&amp;Save %Ln count(s)</source>
        <translation>
            <numerusform>&amp;Save %Ln count</numerusform>
            <numerusform>&amp;Save %Ln counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording %Ln count(s)…</source>
        <translation>
            <numerusform>Recording %Ln count…</numerusform>
            <numerusform>Recording %Ln counts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count(s) recorded.</source>
        <translation>
            <numerusform>%Ln count recorded.</numerusform>
            <numerusform>%Ln counts recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not recorded; their counts are kept, correct them and save again:</source>
        <translation>
            <numerusform>%Ln row was not recorded; its count is kept, correct it and save again:</numerusform>
            <numerusform>%Ln rows were not recorded; their counts are kept, correct them and save again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotCard</name>
    <message numerus="yes">
        <source>%1 as of %2: %Ln true variance(s)</source>
        <translation>
            <numerusform>%1 as of %2: %Ln true variance</numerusform>
            <numerusform>%1 as of %2: %Ln true variances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln to approve</source>
        <translation>
            <numerusform>, %Ln to approve</numerusform>
            <numerusform>, %Ln to approve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 (%2), %3, imported by %4: %Ln line(s)</source>
        <translation>
            <numerusform>Snapshot %1 (%2), %3, imported by %4: %Ln line</numerusform>
            <numerusform>Snapshot %1 (%2), %3, imported by %4: %Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotImportDialog</name>
    <message numerus="yes">
        <source>%1 was not imported: %Ln problem(s), listed below.</source>
        <translation>
            <numerusform>%1 was not imported: %Ln problem, listed below.</numerusform>
            <numerusform>%1 was not imported: %Ln problems, listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::SnapshotReviewDialog</name>
    <message numerus="yes">
        <source>%Ln line(s) name a SKU or location the ledger does not know: nothing is proposed for them. Check the source&apos;s columns, or add the SKUs or locations to the ledger, then import the file again.</source>
        <translation>
            <numerusform>%Ln line names a SKU or location the ledger does not know: nothing is proposed for it. Check the source&apos;s columns, or add the SKUs or locations to the ledger, then import the file again.</numerusform>
            <numerusform>%Ln lines name a SKU or location the ledger does not know: nothing is proposed for them. Check the source&apos;s columns, or add the SKUs or locations to the ledger, then import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post %n adjustment(s) to the ledger?</source>
        <translation>
            <numerusform>Post %n adjustment to the ledger?</numerusform>
            <numerusform>Post %n adjustments to the ledger?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Post %n adjustment(s)</source>
        <translation>
            <numerusform>&amp;Post %n adjustment</numerusform>
            <numerusform>&amp;Post %n adjustments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posted %n adjustment(s): </source>
        <translation>
            <numerusform>Posted %n adjustment: </numerusform>
            <numerusform>Posted %n adjustments: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::StockView</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown, more below</source>
        <translation>
            <numerusform>%Ln row shown, more below</numerusform>
            <numerusform>%Ln rows shown, more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>order as of %1, %Ln change(s) since</source>
        <translation>
            <numerusform>order as of %1, %Ln change since</numerusform>
            <numerusform>order as of %1, %Ln changes since</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::TransfersView</name>
    <message numerus="yes">
        <source>%Ln transfer(s)</source>
        <translation>
            <numerusform>%Ln transfer</numerusform>
            <numerusform>%Ln transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockroom::Ui::VarianceCard</name>
    <message numerus="yes">
        <source>Value %1 at unit cost in %Ln movement(s)</source>
        <translation>
            <numerusform>Value %1 at unit cost in %Ln movement</numerusform>
            <numerusform>Value %1 at unit cost in %Ln movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units moved in %Ln movement(s)</source>
        <translation>
            <numerusform>%1 units moved in %Ln movement</numerusform>
            <numerusform>%1 units moved in %Ln movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln reason(s) make 80 % of it</source>
        <translation>
            <numerusform>; %Ln reason makes 80 % of it</numerusform>
            <numerusform>; %Ln reasons make 80 % of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln movement(s) of SKUs without a unit cost have no value)</source>
        <translation>
            <numerusform>(%Ln movement of a SKU without a unit cost has no value)</numerusform>
            <numerusform>(%Ln movements of SKUs without a unit cost have no value)</numerusform>
        </translation>
    </message>
</context>
</TS>
