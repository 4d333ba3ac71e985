-- Version 11: the supervisors' dashboard. Every chart drills down to the lines behind it, so each of version 10's
-- chart reads gets a view of its lines, filtered the same way (location, region, and a time range on a column the
-- indexes below serve).
--
-- Rules this version enforces, for every client:
--   - The drill-down views read what the charts read and nothing more: supervisors and above.
--   - As in version 10, no view calls a ledger function (a view runs functions with its reader's rights).

-- The variance and loss movements are a small share of the ledger; the dashboard reads them by time.
CREATE INDEX movement_variance_at ON ledger.movement (at)
    WHERE kind IN ('adjust', 'count', 'count_variance');

-- The counted lines behind api.count_accuracy: decided_at is when the line was decided (or its session submitted).
CREATE VIEW api.count_accuracy_lines AS
    SELECT coalesce(cl.decided_at, cs.submitted_at) AS decided_at, coalesce(cl.decided_at, cs.submitted_at)::date AS day,
           l.code AS location, l.region, cl.abc_class, cl.session_id AS session, k.code AS sku, k.name, cl.expected,
           cl.counted, cl.variance, cl.within_tolerance, cl.recounted, cl.state, cl.decided_by
      FROM ledger.count_line cl JOIN ledger.count_session cs ON cs.id = cl.session_id
      JOIN ledger.location l ON l.id = cs.location_id JOIN ledger.sku k ON k.id = cl.sku_id
     WHERE cl.within_tolerance IS NOT NULL AND coalesce(cl.decided_at, cs.submitted_at) IS NOT NULL;

-- The movements behind api.variance_by_reason (variance: true) and the losses of api.shrinkage (loss: true). Filter
-- on at, not day, so that the index serves a date range.
CREATE VIEW api.dashboard_movements AS
    SELECT m.id AS movement, m.at, m.at::date AS day, l.code AS location, l.region, k.code AS sku, k.name, m.kind,
           coalesce(m.reason, m.kind) AS reason, m.bucket, m.quantity, abs(m.quantity) * k.unit_cost AS value,
           m.reference, m.actor,
           m.bucket = 'on_hand' AS variance,
           (m.kind = 'adjust' AND m.reason IN ('lost', 'theft', 'expired') AND m.bucket = 'on_hand'
            OR m.kind = 'adjust' AND m.reason = 'scrapped' AND m.bucket = 'damaged'
            OR m.kind IN ('count', 'count_variance') AND m.quantity < 0 AND m.bucket = 'on_hand') AS loss
      FROM ledger.movement m JOIN ledger.location l ON l.id = m.location_id JOIN ledger.sku k ON k.id = m.sku_id
     WHERE m.kind IN ('adjust', 'count', 'count_variance');

-- The stock rows behind api.count_coverage: when each was last counted and when its class's interval ends.
CREATE VIEW api.coverage_rows AS
    WITH last AS (
        SELECT s.sku_id, s.location_id, coalesce(c.abc_class, 'C') AS abc_class,
               greatest((SELECT max(cl.decided_at) FROM ledger.count_line cl
                           JOIN ledger.count_session cs ON cs.id = cl.session_id
                          WHERE cl.sku_id = s.sku_id AND cs.location_id = s.location_id AND cl.state = 'approved'),
                        (SELECT max(m.at) FROM ledger.movement m
                          WHERE m.kind = 'count' AND m.location_id = s.location_id AND m.sku_id = s.sku_id))
                   AS last_counted
          FROM ledger.stock_level s LEFT JOIN ledger.sku_class c ON c.sku_id = s.sku_id
    )
    SELECT k.code AS sku, k.name, l.code AS location, l.region, x.abc_class, x.last_counted,
           x.last_counted + interval '1 day' * (365.0 / p.counts_per_year) AS due,
           coalesce(x.last_counted > now() - interval '1 day' * (365.0 / p.counts_per_year), false) AS within_interval
      FROM last x JOIN ledger.count_policy p ON p.abc_class = x.abc_class
      JOIN ledger.location l ON l.id = x.location_id JOIN ledger.sku k ON k.id = x.sku_id;

-- The observations behind api.counts_per_day (one cell of the heat map).
CREATE VIEW api.count_observations AS
    SELECT o.recorded_at, o.recorded_at::date AS day, l.code AS location, l.region, k.code AS sku, k.name,
           o.session_id AS session, o.area, o.counter, o.counted, o.recount
      FROM ledger.count_observation o JOIN ledger.location l ON l.id = o.location_id
      JOIN ledger.sku k ON k.id = o.sku_id;

GRANT SELECT ON api.count_accuracy_lines, api.dashboard_movements, api.coverage_rows, api.count_observations
    TO stockroom_supervisor;
