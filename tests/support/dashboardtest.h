#pragma once

// A small ledger with something in every chart of the supervisors' dashboard, for tst_dashboardreader,
// tst_dashboardmodels and tst_dashboard. Written as the superuser on the ledger's clock set back (migration 0005), so
// that the figures fall on known days before today:
//   - locations W1 (warehouse) and S1 (store) in region North, S2 (store) in region South; SKUs A (unit cost 10), B
//     (2.50) and C (no unit cost), 100 of each received everywhere 10 days ago;
//   - 40 days ago A at S1 lost 7 (outside the last 30 days);
//   - 5 days ago: at S1 A lost 3, B damaged 2 (on hand to damaged), C found 1, 10 of A sold; at S2 A stolen 4 and 5
//     of A sold;
//   - 3 days ago, count session 1 at S1 over A (class A, from its sales) and B (class C): A counted right (within
//     tolerance), B 50 short (not; recounted by a second login, the same), both lines approved: accuracy at S1 50 %,
//     a count variance of -50 units of B;
//   - 2 days ago an ERP snapshot of W1 (A 100: matched; B 95: a variance; ZZZ: unknown; C missing: a variance);
//   - 1 day ago, count session 2 at S2 over A, counted 1 short (within tolerance) and submitted: a counted line to
//     decide.

#include <QString>

#include <connection/session.h>
#include <result.h>

namespace Stockroom::Tests {

inline Services::Status seedDashboardLedger(const Services::ConnectionSpec &superuser)
{
    Services::Session session(superuser, QStringLiteral("dashboard seed"));
    // Roles are cluster-wide; concurrent test processes may race to create the same one.
    (void)session.execScript(QStringLiteral(
        "DO $$ BEGIN CREATE ROLE test_dash_recounter LOGIN IN ROLE stockroom_owner, stockroom_associate; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"));
    return session.execScript(QStringLiteral(R"sql(
CREATE FUNCTION pg_temp.at(p_days_ago integer) RETURNS text LANGUAGE sql AS
    $$ SELECT set_config('stockroom.seed_at', (now() - p_days_ago * interval '1 day')::text, false) $$;
SELECT api.add_location('W1', 'Warehouse one', 'warehouse', 'North');
SELECT api.add_location('S1', 'Store one', 'store', 'North');
SELECT api.add_location('S2', 'Store two', 'store', 'South');
SELECT api.add_sku('A', 'Anvil', ARRAY['400000000101'], 10.00);
SELECT api.add_sku('B', 'Bucket', ARRAY['400000000102'], 2.50);
SELECT api.add_sku('C', 'Chisel', ARRAY['400000000103']);
SELECT pg_temp.at(41);
SELECT api.receive(s, l, 100, 'PO-1', 'dash-receive-' || s || l) FROM unnest(ARRAY['A', 'B', 'C']) s,
       unnest(ARRAY['W1', 'S1', 'S2']) l;
SELECT pg_temp.at(40);
SELECT api.adjust('A', 'S1', -7, 'lost', NULL, 'dash-old-loss');
SELECT pg_temp.at(5);
SELECT api.adjust('A', 'S1', -3, 'lost', NULL, 'dash-loss');
SELECT api.adjust('B', 'S1', -2, 'damaged', NULL, 'dash-damaged');
SELECT api.adjust('C', 'S1', 1, 'found', NULL, 'dash-found');
SELECT api.adjust('A', 'S2', -4, 'theft', NULL, 'dash-theft');
SELECT api.commit((api.reserve('A', 'S1', 10, 3600, 'store', NULL, 'dash-hold-1') ->> 'reservation')::bigint,
                  'dash-sale-1');
SELECT api.commit((api.reserve('A', 'S2', 5, 3600, 'store', NULL, 'dash-hold-2') ->> 'reservation')::bigint,
                  'dash-sale-2');
SELECT pg_temp.at(3);
SELECT api.count_session_create('S1', ARRAY['A', 'B'], NULL, false, true, NULL, 'dashboard', 'dash-session-1');
SELECT api.count_record(1, 'A', (SELECT on_hand FROM api.stock WHERE sku = 'A' AND location = 'S1'), 'Front', 'h1',
                        NULL, 'dash-count-a');
SELECT api.count_record(1, 'B', (SELECT on_hand - 50 FROM api.stock WHERE sku = 'B' AND location = 'S1'), 'Front',
                        'h1', NULL, 'dash-count-b');
SELECT api.count_submit(1, false, 'dash-submit-1');
-- B is out of tolerance: a recount by someone else (a login the ledger's clock also follows) confirms it.
SET SESSION AUTHORIZATION test_dash_recounter;
SELECT api.count_record(1, 'B', (SELECT on_hand - 50 FROM api.stock WHERE sku = 'B' AND location = 'S1'), 'Front',
                        'h2', NULL, 'dash-recount-b');
RESET SESSION AUTHORIZATION;
SELECT api.count_approve(1, NULL, false, false, 'cycle count', 'dash-approve-1');
SELECT pg_temp.at(2);
SELECT api.reconcile_source_set('ERP', '{"sku": "Item", "location": "Site", "quantity": "Qty"}',
                                '{"default": "erp"}', 'dash-source');
SELECT api.snapshot_begin('ERP', now() - interval '2 days', 'erp.csv', 3, 'dash-snapshot');
SELECT api.snapshot_load(1, '{1,2,3}', '{A,B,ZZZ}', '{W1,W1,W1}', '{on_hand,on_hand,on_hand}', '{100,95,4}');
SELECT api.snapshot_classify(1, interval '15 minutes');
SELECT pg_temp.at(1);
SELECT api.count_session_create('S2', ARRAY['A'], NULL, false, true, NULL, 'dashboard', 'dash-session-2');
SELECT api.count_record(2, 'A', (SELECT on_hand - 1 FROM api.stock WHERE sku = 'A' AND location = 'S2'), 'Back',
                        'h2', NULL, 'dash-count-2a');
SELECT api.count_submit(2, false, 'dash-submit-2');
SELECT set_config('stockroom.seed_at', '', false);
)sql"));
}

} // namespace Stockroom::Tests
