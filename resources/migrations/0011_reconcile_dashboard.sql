-- Version 11: reconciliation at a million lines and the supervisors' dashboard.
--   - Every dashboard chart drills down to the lines behind it: a view of its lines per chart read of version 10,
--     filtered the same way (location, region, and a time range on a column an index serves).
--   - Classification in one set-based pass that writes only the lines that are not matched (see its section).
--   - api.stock_as_of: every stock row's buckets at a time.
--   - api.dashboard_refresh: shrinkage rolled up per closed business day and the ABC classes of the day, so that no
--     chart sums a year of sales; days are the ledger's business days (api.dashboard_state).
--
-- Rules this version enforces, for every client:
--   - The drill-down views read what the charts read and nothing more: supervisors and above.
--   - As in version 10, no view calls a ledger function (a view runs functions with its reader's rights).

SET LOCAL ROLE stockroom_owner;

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

-- When each stock row was last counted (an approved session line, or a single-line count), set-based: version 10's
-- count_coverage asked two subqueries per stock row (15 s over a million rows); now both sources are grouped once and
-- joined. ledger.last_counted is read by api.count_coverage and api.coverage_rows (below, with the dashboard's
-- classes) only.
CREATE VIEW ledger.last_counted AS
    SELECT c.sku_id, c.location_id, max(c.at) AS at
      FROM (SELECT cl.sku_id, cs.location_id, cl.decided_at AS at
              FROM ledger.count_line cl JOIN ledger.count_session cs ON cs.id = cl.session_id
             WHERE cl.state = 'approved'
            UNION ALL
            SELECT m.sku_id, m.location_id, m.at FROM ledger.movement m WHERE m.kind = 'count') c
     GROUP BY 1, 2;

-- The observations behind api.counts_per_day (one cell of the heat map).
CREATE VIEW api.count_observations AS
    SELECT o.recorded_at, o.recorded_at::date AS day, l.code AS location, l.region, k.code AS sku, k.name,
           o.session_id AS session, o.area, o.counter, o.counted, o.recount
      FROM ledger.count_observation o JOIN ledger.location l ON l.id = o.location_id
      JOIN ledger.sku k ON k.id = o.sku_id;

GRANT SELECT ON api.count_accuracy_lines, api.dashboard_movements, api.count_observations TO stockroom_supervisor;

-- ---------------------------------------------------------------------------------------------------------
-- Classification at a million lines. Version 10 inserted every line, added the stock rows the snapshot lacks with a
-- NOT EXISTS against the lines just inserted, then updated each line twice (its book, then its class): three logged
-- writes of every line, 33 s for a million, and loading counted every line loaded so far after each batch. Now:
--   - The file's lines stay where loading put them (snapshot_staging, unlogged). Classification reads them once,
--     computes the book at the cutoff and the class of every line in one set-based statement, and writes to
--     snapshot_line only the lines that are not matched (usually a few in a thousand); the matched ones stay in
--     staging, and the counts per class are kept with the snapshot. A server crash empties an unlogged table: the
--     matched lines of a past snapshot are then no longer listed (their count is kept); nothing with a consequence
--     (a variance, an approval) is in it.
--   - A snapshot counts its lines as they are loaded.
--   - A line's id is its line in the file (the client sends that now); the stock rows the snapshot lacks follow the
--     last line.
--   - A difference is timing also when the window and stock in transit together explain it (the snapshot within
--     the window's range shifted by what was in transit).
--   - The result says how long each phase took.

ALTER TABLE ledger.snapshot ADD COLUMN loaded integer NOT NULL DEFAULT 0,
    ADD COLUMN summary jsonb; -- counts per class, set by classification (NULL: classified by version 10)

-- Written by api.snapshot_classify alone, under the snapshot's lock, so the foreign key's check per line goes; a line
-- resolved to a SKU and a location keeps no copy of their text.
ALTER TABLE ledger.snapshot_line DROP CONSTRAINT snapshot_line_snapshot_id_fkey,
    ALTER COLUMN sku_text DROP NOT NULL, ALTER COLUMN location_text DROP NOT NULL,
    ADD CONSTRAINT snapshot_line_named CHECK (sku_id IS NOT NULL OR sku_text IS NOT NULL),
    ADD CONSTRAINT snapshot_line_placed CHECK (location_id IS NOT NULL OR location_text IS NOT NULL);

CREATE OR REPLACE FUNCTION api.snapshot_load(p_snapshot bigint, p_line_no integer[], p_sku text[], p_location text[],
                                             p_bucket text[], p_quantity bigint[])
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    s ledger.snapshot;
    v_n integer := cardinality(p_line_no);
    v_added integer;
BEGIN
    SELECT * INTO s FROM ledger.snapshot WHERE id = p_snapshot FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown snapshot %', p_snapshot USING ERRCODE = 'SR003';
    END IF;
    IF s.state <> 'importing' THEN
        RAISE EXCEPTION 'snapshot % is %: lines are loaded while it is importing', s.id, s.state USING ERRCODE = 'SR005';
    END IF;
    IF cardinality(p_sku) <> v_n OR cardinality(p_location) <> v_n OR cardinality(p_bucket) <> v_n
       OR cardinality(p_quantity) <> v_n THEN
        RAISE EXCEPTION 'a batch''s arrays must be equally long' USING ERRCODE = 'SR004';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_line_no, p_bucket, p_quantity) x (n, b, q)
                WHERE n IS NULL OR n < 1 OR b NOT IN ('on_hand', 'damaged') OR q IS NULL OR q < 0) THEN
        RAISE EXCEPTION 'a line needs a line number, a bucket (on_hand or damaged) and a quantity of zero or more'
            USING ERRCODE = 'SR004';
    END IF;
    INSERT INTO ledger.snapshot_staging (snapshot_id, line_no, sku, location, bucket, quantity)
    SELECT p_snapshot, n, btrim(k), btrim(l), b, q FROM unnest(p_line_no, p_sku, p_location, p_bucket, p_quantity) x (n, k, l, b, q)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS v_added = ROW_COUNT;
    UPDATE ledger.snapshot SET loaded = loaded + v_added WHERE id = s.id;
    RETURN jsonb_build_object('snapshot', p_snapshot, 'loaded', s.loaded + v_added, 'lines', s.line_count);
END
$$;

-- The counts per class (kept at classification), with what approval changed since.
CREATE OR REPLACE FUNCTION ledger.snapshot_counts(p_snapshot bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT coalesce(s.summary, jsonb_build_object(
                        'matched', count(*) FILTER (WHERE x.class = 'matched'),
                        'timing', count(*) FILTER (WHERE x.class = 'timing'),
                        'unknown', count(*) FILTER (WHERE x.class = 'unknown'),
                        'bucket', count(*) FILTER (WHERE x.class = 'bucket'),
                        'variance', count(*) FILTER (WHERE x.class = 'variance'),
                        'ledger_only', count(*) FILTER (WHERE x.line_no IS NULL)))
           || jsonb_build_object('proposed', count(*) FILTER (WHERE x.state = 'proposed'),
                                 'approved', count(*) FILTER (WHERE x.state = 'approved'))
      FROM ledger.snapshot s LEFT JOIN ledger.snapshot_line x ON x.snapshot_id = s.id
     WHERE s.id = p_snapshot
     GROUP BY s.id
$$;

-- jit off: compiling the big statement's expressions took longer (6.7 s) than running it; work_mem: hash joins of a
-- million lines in memory rather than in batches on disk.
CREATE OR REPLACE FUNCTION api.snapshot_classify(p_snapshot bigint, p_timing_window interval)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER
SET search_path = ledger, pg_catalog, pg_temp SET jit = off SET work_mem = '256MB' AS $$
DECLARE
    s ledger.snapshot := ledger.snapshot_of(p_snapshot);
    r ledger.reconcile_source;
    v_window interval := coalesce(p_timing_window, interval '15 minutes');
    v_last integer;
    v_summary jsonb;
    v_t timestamptz := clock_timestamp();
    v_phases jsonb := '{}';
BEGIN
    IF s.state <> 'importing' THEN
        RETURN jsonb_build_object('snapshot', s.id, 'state', s.state, 'summary', ledger.snapshot_counts(s.id),
                                  'replayed', true);
    END IF;
    IF v_window < interval '0' OR v_window > interval '7 days' THEN
        RAISE EXCEPTION 'a timing window is between 0 and 7 days' USING ERRCODE = 'SR004';
    END IF;
    IF s.loaded <> s.line_count THEN
        RAISE EXCEPTION 'snapshot % has % of its % lines: load the rest first', s.id, s.loaded, s.line_count
            USING ERRCODE = 'SR005';
    END IF;
    SELECT * INTO r FROM ledger.reconcile_source WHERE name = s.source;
    ANALYZE ledger.snapshot_staging; -- its statistics are of an earlier import's lines, or none

    -- Resolve: each line's SKU (code, then barcode) and location; then the stock rows at the snapshot's locations
    -- that it lacks (kept below only when their book at the cutoff is not zero).
    CREATE TEMP TABLE recon_line ON COMMIT DROP AS
        SELECT st.line_no AS id, st.line_no, st.sku AS sku_text, st.location AS location_text,
               coalesce(k.id, b.sku_id) AS sku_id, l.id AS location_id, st.bucket, st.quantity
          FROM ledger.snapshot_staging st
          LEFT JOIN ledger.sku k ON k.code = st.sku
          LEFT JOIN ledger.barcode b ON k.id IS NULL AND b.barcode = st.sku
          LEFT JOIN ledger.location l ON l.code = st.location
         WHERE st.snapshot_id = s.id;
    ANALYZE recon_line;
    SELECT max(line_no) INTO v_last FROM recon_line;
    INSERT INTO recon_line (id, line_no, sku_text, location_text, sku_id, location_id, bucket, quantity)
    SELECT coalesce(v_last, 0) + row_number() OVER (ORDER BY k.code, l.code), NULL, k.code, l.code, sl.sku_id,
           sl.location_id, 'on_hand', 0
      FROM ledger.stock_level sl
      JOIN ledger.sku k ON k.id = sl.sku_id JOIN ledger.location l ON l.id = sl.location_id
     WHERE sl.location_id IN (SELECT DISTINCT x.location_id FROM recon_line x WHERE x.location_id IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM recon_line x WHERE x.sku_id = sl.sku_id AND x.location_id = sl.location_id);
    v_phases := v_phases || jsonb_build_object('resolve_ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000));
    v_t := clock_timestamp();

    -- As of the cutoff: the movements since the window opened, per stock row (a range scan of movement_at), and
    -- per stock row the stock shipped from it and still in transit at the cutoff.
    CREATE TEMP TABLE recon_after ON COMMIT DROP AS
        SELECT m.sku_id, m.location_id,
               sum(m.quantity) FILTER (WHERE m.bucket = 'on_hand' AND m.at > s.as_of)::bigint AS on_hand,
               sum(m.quantity) FILTER (WHERE m.bucket = 'damaged' AND m.at > s.as_of)::bigint AS damaged,
               sum(m.quantity) FILTER (WHERE m.bucket = 'reserved' AND m.at > s.as_of)::bigint AS reserved,
               sum(m.quantity) FILTER (WHERE m.bucket = 'inbound' AND m.at > s.as_of)::bigint AS inbound,
               sum(m.quantity) FILTER (WHERE m.bucket = 'on_hand' AND m.at > s.as_of - v_window
                                         AND m.at <= s.as_of)::bigint AS on_hand_before,
               sum(m.quantity) FILTER (WHERE m.bucket = 'on_hand' AND m.at > s.as_of
                                         AND m.at <= s.as_of + v_window)::bigint AS on_hand_within,
               sum(m.quantity) FILTER (WHERE m.bucket = 'damaged' AND m.at > s.as_of - v_window
                                         AND m.at <= s.as_of)::bigint AS damaged_before,
               sum(m.quantity) FILTER (WHERE m.bucket = 'damaged' AND m.at > s.as_of
                                         AND m.at <= s.as_of + v_window)::bigint AS damaged_within
          FROM ledger.movement m WHERE m.at > s.as_of - v_window
         GROUP BY 1, 2;
    ANALYZE recon_after;
    CREATE TEMP TABLE recon_out ON COMMIT DROP AS
        SELECT t.sku_id, t.from_location_id AS location_id,
               sum(t.shipped - t.received - t.cancelled - t.written_off - coalesce(a.q, 0))::bigint AS q
          FROM ledger.transfer t
          LEFT JOIN (SELECT m.transfer_id, sum(m.quantity) AS q FROM ledger.movement m
                      WHERE m.at > s.as_of AND m.transfer_id IS NOT NULL AND m.bucket = 'inbound' GROUP BY 1) a
                 ON a.transfer_id = t.id
         WHERE t.shipped_at <= s.as_of AND (t.status = 'in_transit' OR t.updated_at > s.as_of OR t.received_at > s.as_of)
         GROUP BY 1, 2;
    v_phases := v_phases || jsonb_build_object('as_of_ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000));
    v_t := clock_timestamp();

    -- Classify every line; write the ones that are not matched, and count them all.
    WITH classified AS MATERIALIZED (
        SELECT x.id, x.line_no, x.sku_text, x.location_text, x.sku_id, x.location_id, x.bucket, x.quantity, b.book,
               b.damaged, b.reserved, b.inbound, b.outbound, w.low, w.high, p.policy, b.current,
               CASE WHEN x.sku_id IS NULL OR x.location_id IS NULL THEN 'unknown'
                    WHEN x.quantity = b.book THEN 'matched'
                    WHEN x.bucket = 'on_hand'
                         AND (b.damaged <> 0 AND x.quantity = b.book + b.damaged
                              OR b.reserved <> 0 AND x.quantity = b.book - b.reserved) THEN 'bucket'
                    WHEN x.quantity BETWEEN w.low AND w.high AND w.low <> w.high THEN 'timing'
                    WHEN x.bucket = 'on_hand'
                         AND (b.inbound <> 0 AND x.quantity - b.inbound BETWEEN w.low AND w.high
                              OR b.outbound <> 0 AND x.quantity - b.outbound BETWEEN w.low AND w.high) THEN 'timing'
                    ELSE 'variance' END AS class
          FROM recon_line x
          LEFT JOIN ledger.stock_level sl ON sl.sku_id = x.sku_id AND sl.location_id = x.location_id
          LEFT JOIN recon_after a ON a.sku_id = x.sku_id AND a.location_id = x.location_id
          LEFT JOIN recon_out o ON o.sku_id = x.sku_id AND o.location_id = x.location_id
          LEFT JOIN ledger.location l ON l.id = x.location_id
          CROSS JOIN LATERAL (
              SELECT CASE x.bucket WHEN 'damaged' THEN coalesce(sl.damaged, 0) - coalesce(a.damaged, 0)
                                   ELSE coalesce(sl.on_hand, 0) - coalesce(a.on_hand, 0) END AS book,
                     coalesce(sl.damaged, 0) - coalesce(a.damaged, 0) AS damaged,
                     coalesce(sl.reserved, 0) - coalesce(a.reserved, 0) AS reserved,
                     coalesce(sl.inbound, 0) - coalesce(a.inbound, 0) AS inbound,
                     coalesce(o.q, 0) AS outbound,
                     CASE x.bucket WHEN 'damaged' THEN coalesce(sl.damaged, 0) ELSE coalesce(sl.on_hand, 0) END
                         AS current,
                     CASE x.bucket WHEN 'damaged' THEN a.damaged_before ELSE a.on_hand_before END AS before,
                     CASE x.bucket WHEN 'damaged' THEN a.damaged_within ELSE a.on_hand_within END AS within
          ) b
          CROSS JOIN LATERAL (
              SELECT least(b.book - coalesce(b.before, 0), b.book, b.book + coalesce(b.within, 0)) AS low,
                     greatest(b.book - coalesce(b.before, 0), b.book, b.book + coalesce(b.within, 0)) AS high
          ) w
          CROSS JOIN LATERAL (
              SELECT coalesce(r.policy ->> l.code, r.policy ->> l.kind, r.policy ->> 'default', 'conservative')
                         AS policy
          ) p
         WHERE x.line_no IS NOT NULL OR b.book <> 0
    ), written AS (
        INSERT INTO ledger.snapshot_line (snapshot_id, id, line_no, sku_text, location_text, sku_id, location_id,
                                          bucket, quantity, book, book_damaged, book_reserved, in_transit_in,
                                          in_transit_out, window_low, window_high, class, difference, policy, proposed,
                                          expected_on_hand, state)
        SELECT s.id, c.id, c.line_no, CASE WHEN c.sku_id IS NULL THEN c.sku_text END,
               CASE WHEN c.location_id IS NULL THEN c.location_text END, c.sku_id, c.location_id, c.bucket,
               c.quantity, c.book, c.damaged, c.reserved, c.inbound, c.outbound, c.low, c.high, c.class,
               CASE WHEN c.class <> 'unknown' THEN c.quantity - c.book END,
               CASE WHEN c.class = 'variance' THEN c.policy END,
               CASE WHEN c.class <> 'variance' THEN NULL
                    WHEN c.policy = 'erp' THEN c.quantity - c.book
                    WHEN c.policy = 'conservative' THEN least(c.quantity - c.book, 0)
                    ELSE 0 END,
               c.current,
               CASE WHEN c.class <> 'variance' THEN NULL
                    WHEN c.policy = 'erp' AND c.quantity <> c.book
                      OR c.policy = 'conservative' AND c.quantity < c.book THEN 'proposed'
                    ELSE 'kept' END
          FROM classified c WHERE c.class <> 'matched'
        RETURNING 1
    )
    SELECT jsonb_build_object('matched', count(*) FILTER (WHERE class = 'matched'),
                              'timing', count(*) FILTER (WHERE class = 'timing'),
                              'unknown', count(*) FILTER (WHERE class = 'unknown'),
                              'bucket', count(*) FILTER (WHERE class = 'bucket'),
                              'variance', count(*) FILTER (WHERE class = 'variance'),
                              'ledger_only', count(*) FILTER (WHERE line_no IS NULL),
                              'written', (SELECT count(*) FROM written))
      INTO v_summary FROM classified;
    v_phases := v_phases || jsonb_build_object('classify_ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000));
    v_t := clock_timestamp();

    -- Staging keeps the matched lines.
    DELETE FROM ledger.snapshot_staging st USING ledger.snapshot_line x
     WHERE st.snapshot_id = s.id AND x.snapshot_id = s.id AND x.line_no = st.line_no;
    DROP TABLE recon_line, recon_after, recon_out;
    UPDATE ledger.snapshot SET state = 'classified', timing_window = v_window, classified_at = ledger.clock(),
                               summary = v_summary - 'written'
     WHERE id = s.id;
    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
    VALUES ('snapshot:' || s.id, 1, 'snapshot',
            jsonb_build_object('snapshot', s.id, 'event', 'classified', 'source', s.source));
    v_phases := v_phases || jsonb_build_object('clean_up_ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000));
    RETURN jsonb_build_object('snapshot', s.id, 'state', 'classified', 'summary', ledger.snapshot_counts(s.id),
                              'replayed', false, 'phases', v_phases);
END
$$;

-- Every line of a snapshot: those classification wrote, and the matched ones it left in staging.
CREATE OR REPLACE VIEW api.snapshot_lines AS
    SELECT x.snapshot_id AS snapshot, x.line_no, coalesce(k.code, x.sku_text) AS sku,
           coalesce(l.code, x.location_text) AS location, l.region, x.bucket, x.class, x.book, x.quantity AS theirs,
           x.difference, x.policy, x.proposed, x.expected_on_hand, x.state, x.movement_id
      FROM ledger.snapshot_line x LEFT JOIN ledger.sku k ON k.id = x.sku_id
      LEFT JOIN ledger.location l ON l.id = x.location_id
    UNION ALL
    SELECT st.snapshot_id, st.line_no, coalesce(k.code, kb.code, st.sku), st.location, l.region, st.bucket, 'matched',
           st.quantity, st.quantity, 0, NULL, NULL, NULL, NULL, NULL
      FROM ledger.snapshot_staging st JOIN ledger.snapshot s ON s.id = st.snapshot_id AND s.state <> 'importing'
      LEFT JOIN ledger.sku k ON k.code = st.sku
      LEFT JOIN ledger.barcode b ON k.id IS NULL AND b.barcode = st.sku LEFT JOIN ledger.sku kb ON kb.id = b.sku_id
      LEFT JOIN ledger.location l ON l.code = st.location;

CREATE OR REPLACE VIEW api.snapshot_summary AS
    SELECT s.id AS snapshot, s.source, s.as_of, s.state, s.file_name, s.imported_by, s.imported_at, s.line_count,
           coalesce((s.summary ->> 'matched')::bigint, count(x.id) FILTER (WHERE x.class = 'matched')) AS matched,
           coalesce((s.summary ->> 'timing')::bigint, count(x.id) FILTER (WHERE x.class = 'timing')) AS timing,
           coalesce((s.summary ->> 'unknown')::bigint, count(x.id) FILTER (WHERE x.class = 'unknown')) AS unknown,
           coalesce((s.summary ->> 'bucket')::bigint, count(x.id) FILTER (WHERE x.class = 'bucket')) AS bucket,
           coalesce((s.summary ->> 'variance')::bigint, count(x.id) FILTER (WHERE x.class = 'variance')) AS variance,
           count(x.id) FILTER (WHERE x.state = 'proposed') AS proposed,
           count(x.id) FILTER (WHERE x.state = 'approved') AS approved,
           coalesce((s.summary ->> 'ledger_only')::bigint, count(x.id) FILTER (WHERE x.line_no IS NULL)) AS ledger_only
      FROM ledger.snapshot s LEFT JOIN ledger.snapshot_line x ON x.snapshot_id = s.id
     GROUP BY s.id;

-- The review: per class counts, then the lines that are not matched (p_all: every line), in the file's order.
CREATE OR REPLACE FUNCTION api.snapshot_review(p_snapshot bigint, p_all boolean DEFAULT false)
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'snapshot', s.id, 'source', s.source, 'as_of', s.as_of, 'state', s.state, 'file', s.file_name,
        'timing_window', s.timing_window::text, 'summary', ledger.snapshot_counts(s.id),
        'lines', coalesce((
            SELECT jsonb_agg(jsonb_build_object(
                       'line', v.line_no, 'sku', v.sku, 'location', v.location, 'bucket', v.bucket, 'class', v.class,
                       'book', v.book, 'theirs', v.theirs, 'difference', v.difference, 'policy', v.policy,
                       'proposed', v.proposed, 'expected_on_hand', v.expected_on_hand, 'state', v.state,
                       'movement', v.movement_id)
                   ORDER BY v.line_no NULLS LAST, v.sku, v.location)
              FROM (SELECT x.line_no, coalesce(k.code, x.sku_text) AS sku, coalesce(l.code, x.location_text) AS location,
                           x.bucket, x.class, x.book, x.quantity AS theirs, x.difference, x.policy, x.proposed,
                           x.expected_on_hand, x.state, x.movement_id
                      FROM ledger.snapshot_line x LEFT JOIN ledger.sku k ON k.id = x.sku_id
                      LEFT JOIN ledger.location l ON l.id = x.location_id
                     WHERE x.snapshot_id = s.id AND (p_all OR x.class <> 'matched')
                    UNION ALL -- the matched lines classification left in staging
                    SELECT st.line_no, coalesce(k.code, kb.code, st.sku), st.location, st.bucket, 'matched',
                           st.quantity, st.quantity, 0, NULL, NULL, NULL, NULL, NULL
                      FROM ledger.snapshot_staging st
                      LEFT JOIN ledger.sku k ON k.code = st.sku
                      LEFT JOIN ledger.barcode b ON k.id IS NULL AND b.barcode = st.sku
                      LEFT JOIN ledger.sku kb ON kb.id = b.sku_id
                     WHERE p_all AND st.snapshot_id = s.id AND s.state <> 'importing') v), '[]'))
      FROM ledger.snapshot s WHERE s.id = p_snapshot
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Stock as of a time: each stock row's buckets then (the balance minus the movements after it, read by time
-- through movement_at), at one location or all. What classification takes as the book, for a report or a check.
CREATE FUNCTION api.stock_as_of(p_at timestamptz, p_location text DEFAULT NULL)
RETURNS TABLE (sku text, location text, on_hand bigint, reserved bigint, inbound bigint, damaged bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp SET jit = off AS $$
    SELECT k.code, l.code, sl.on_hand - coalesce(a.on_hand, 0), sl.reserved - coalesce(a.reserved, 0),
           sl.inbound - coalesce(a.inbound, 0), sl.damaged - coalesce(a.damaged, 0)
      FROM ledger.stock_level sl
      JOIN ledger.sku k ON k.id = sl.sku_id JOIN ledger.location l ON l.id = sl.location_id
      LEFT JOIN (SELECT m.sku_id, m.location_id,
                        sum(m.quantity) FILTER (WHERE m.bucket = 'on_hand')::bigint AS on_hand,
                        sum(m.quantity) FILTER (WHERE m.bucket = 'reserved')::bigint AS reserved,
                        sum(m.quantity) FILTER (WHERE m.bucket = 'inbound')::bigint AS inbound,
                        sum(m.quantity) FILTER (WHERE m.bucket = 'damaged')::bigint AS damaged
                   FROM ledger.movement m WHERE m.at > p_at GROUP BY 1, 2) a
             ON a.sku_id = sl.sku_id AND a.location_id = sl.location_id
     WHERE p_location IS NULL OR l.code = p_location
$$;

REVOKE EXECUTE ON FUNCTION api.stock_as_of(timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.stock_as_of(timestamptz, text) TO stockroom_supervisor;

-- ---------------------------------------------------------------------------------------------------------
-- The dashboard on a ledger of ten million movements. Two of its reads cannot be answered from an index in under a
-- second: shrinkage (every sale in the range: a month of a busy chain is most of a million movements) and count
-- coverage by ABC class (the classes come from the value sold over 90 days). So api.dashboard_refresh() keeps:
--   - ledger.shrink_day: units lost and sold per business day and location, for days closed two days ago or more
--     (no transaction stays open that long; a movement backdated into a rolled-up day, as the demo seed's clock
--     writes them, is added by the next refresh, which also reads every movement after the last it saw);
--     api.shrinkage adds the days since from the movements themselves (a short range of movement_at);
--   - ledger.sku_abc: each SKU's ABC class, computed again when a day old; until the first refresh the views
--     compute it live.
-- Days are business days in the ledger's time zone (ledger.dashboard_state.time_zone, the server's at this
-- migration), the same for every workstation. The dashboard refreshes when it opens; so does every sweep.

CREATE TABLE ledger.dashboard_state (
    id              boolean PRIMARY KEY DEFAULT true CHECK (id),
    time_zone       text NOT NULL,
    rolled_through  date,   -- shrink_day holds every day up to this one
    rolled_movement bigint NOT NULL DEFAULT 0, -- the newest movement the last refresh saw
    abc_at          timestamptz,
    refreshed_at    timestamptz
);
INSERT INTO ledger.dashboard_state (time_zone) VALUES (current_setting('TimeZone'));

CREATE TABLE ledger.shrink_day (
    day         date NOT NULL,
    location_id integer NOT NULL,
    units_lost  bigint NOT NULL,
    units_sold  bigint NOT NULL,
    PRIMARY KEY (day, location_id)
);

CREATE TABLE ledger.sku_abc (
    sku_id    integer PRIMARY KEY,
    abc_class text NOT NULL CHECK (abc_class IN ('A', 'B', 'C'))
);

-- A movement's units lost, as api.shrinkage counts them (which spells it out: a view calls no ledger function).
CREATE FUNCTION ledger.units_lost(p_kind text, p_reason text, p_bucket text, p_quantity bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_kind = 'adjust' AND p_reason IN ('lost', 'theft', 'expired') AND p_bucket = 'on_hand'
                  OR p_kind = 'adjust' AND p_reason = 'scrapped' AND p_bucket = 'damaged'
                  OR p_kind IN ('count', 'count_variance') AND p_quantity < 0 AND p_bucket = 'on_hand'
                THEN -p_quantity ELSE 0 END
$$;

CREATE FUNCTION api.dashboard_refresh() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
    d ledger.dashboard_state;
    v_close date;
    v_newest bigint;
    v_days integer := 0;
    v_late bigint := 0;
    v_abc boolean := false;
BEGIN
    SELECT * INTO d FROM ledger.dashboard_state FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('skipped', true); -- another refresh is at work
    END IF;
    v_close := (now() AT TIME ZONE d.time_zone)::date - 2;
    SELECT coalesce(max(id), 0) INTO v_newest FROM ledger.movement;
    -- Movements backdated into days already rolled up since the last refresh.
    IF d.rolled_through IS NOT NULL THEN
        WITH late AS (
            SELECT (m.at AT TIME ZONE d.time_zone)::date AS day, m.location_id,
                   sum(ledger.units_lost(m.kind, m.reason, m.bucket, m.quantity)) AS lost,
                   coalesce(sum(-m.quantity) FILTER (WHERE m.kind = 'commit' AND m.bucket = 'on_hand'), 0) AS sold
              FROM ledger.movement m
             WHERE m.id > d.rolled_movement AND m.id <= v_newest
               AND m.kind IN ('adjust', 'count', 'count_variance', 'commit')
               AND (m.at AT TIME ZONE d.time_zone)::date <= d.rolled_through
             GROUP BY 1, 2
        ), added AS (
            INSERT INTO ledger.shrink_day AS s (day, location_id, units_lost, units_sold)
            SELECT day, location_id, lost, sold FROM late
            ON CONFLICT (day, location_id)
               DO UPDATE SET units_lost = s.units_lost + excluded.units_lost, units_sold = s.units_sold + excluded.units_sold
            RETURNING 1
        )
        SELECT count(*) INTO v_late FROM added;
    END IF;
    -- The days closed since.
    IF d.rolled_through IS NULL OR d.rolled_through < v_close THEN
        WITH rolled AS (
            INSERT INTO ledger.shrink_day (day, location_id, units_lost, units_sold)
            SELECT (m.at AT TIME ZONE d.time_zone)::date, m.location_id,
                   sum(ledger.units_lost(m.kind, m.reason, m.bucket, m.quantity)),
                   coalesce(sum(-m.quantity) FILTER (WHERE m.kind = 'commit' AND m.bucket = 'on_hand'), 0)
              FROM ledger.movement m
             WHERE m.kind IN ('adjust', 'count', 'count_variance', 'commit') AND m.id <= v_newest
               AND m.at < ((v_close + 1)::timestamp AT TIME ZONE d.time_zone)
               AND (d.rolled_through IS NULL OR m.at >= ((d.rolled_through + 1)::timestamp AT TIME ZONE d.time_zone))
             GROUP BY 1, 2
            RETURNING day
        )
        SELECT count(DISTINCT day) INTO v_days FROM rolled;
        d.rolled_through := v_close;
    END IF;
    IF d.abc_at IS NULL OR d.abc_at < now() - interval '1 day' THEN
        DELETE FROM ledger.sku_abc;
        INSERT INTO ledger.sku_abc (sku_id, abc_class) SELECT sku_id, abc_class FROM ledger.sku_class;
        d.abc_at := now();
        v_abc := true;
    END IF;
    UPDATE ledger.dashboard_state
       SET rolled_through = d.rolled_through, rolled_movement = v_newest, abc_at = d.abc_at, refreshed_at = now();
    RETURN jsonb_build_object('skipped', false, 'rolled_through', d.rolled_through, 'days', v_days,
                              'late_days', v_late, 'abc', v_abc);
END
$$;

-- Shrinkage per business day and location: the days rolled up, then the movements since.
CREATE OR REPLACE VIEW api.shrinkage AS
    WITH d AS (SELECT * FROM ledger.dashboard_state)
    SELECT s.day, l.code AS location, l.region, s.units_lost, s.units_sold
      FROM ledger.shrink_day s JOIN ledger.location l ON l.id = s.location_id
     WHERE s.day <= (SELECT rolled_through FROM d)
    UNION ALL
    SELECT (m.at AT TIME ZONE (SELECT time_zone FROM d))::date, l.code, l.region,
           coalesce(sum(-m.quantity) FILTER (WHERE m.kind = 'adjust' AND m.reason IN ('lost', 'theft', 'expired')
                                                   AND m.bucket = 'on_hand'
                                              OR m.kind = 'adjust' AND m.reason = 'scrapped' AND m.bucket = 'damaged'
                                              OR m.kind IN ('count', 'count_variance') AND m.quantity < 0
                                                 AND m.bucket = 'on_hand'), 0),
           coalesce(sum(-m.quantity) FILTER (WHERE m.kind = 'commit' AND m.bucket = 'on_hand'), 0)
      FROM ledger.movement m JOIN ledger.location l ON l.id = m.location_id
     WHERE m.kind IN ('adjust', 'count', 'count_variance', 'commit')
       AND m.at >= coalesce(((SELECT rolled_through FROM d) + 1)::timestamp AT TIME ZONE (SELECT time_zone FROM d),
                            '-infinity')
     GROUP BY 1, 2, 3;

-- The classes the dashboard reads: the refreshed ones, or live before the first refresh.
CREATE VIEW ledger.dashboard_class AS
    SELECT sku_id, abc_class FROM ledger.sku_abc
     WHERE (SELECT abc_at FROM ledger.dashboard_state) IS NOT NULL
    UNION ALL
    SELECT sku_id, abc_class FROM ledger.sku_class
     WHERE (SELECT abc_at FROM ledger.dashboard_state) IS NULL;

-- Rows per location and class counted once over stock_level; the rows counted within their interval from the
-- counts (few), not tested row by row.
CREATE OR REPLACE VIEW api.count_coverage AS
    WITH classes AS (SELECT sku_id, abc_class FROM ledger.dashboard_class),
    stocked AS (
        SELECT s.location_id, coalesce(c.abc_class, 'C') AS abc_class, count(*) AS rows
          FROM ledger.stock_level s LEFT JOIN classes c ON c.sku_id = s.sku_id
         GROUP BY 1, 2
    ), counted AS (
        SELECT x.location_id, coalesce(c.abc_class, 'C') AS abc_class, count(*) AS counted
          FROM ledger.last_counted x
          JOIN ledger.stock_level s ON s.sku_id = x.sku_id AND s.location_id = x.location_id
          LEFT JOIN classes c ON c.sku_id = x.sku_id
          JOIN ledger.count_policy p ON p.abc_class = coalesce(c.abc_class, 'C')
         WHERE x.at > now() - interval '1 day' * (365.0 / p.counts_per_year)
         GROUP BY 1, 2
    )
    SELECT l.code AS location, l.region, r.abc_class, r.rows, coalesce(k.counted, 0) AS counted_within_interval,
           round(coalesce(k.counted, 0)::numeric / r.rows, 4) AS share
      FROM stocked r JOIN ledger.location l ON l.id = r.location_id
      LEFT JOIN counted k ON k.location_id = r.location_id AND k.abc_class = r.abc_class;

-- The stock rows behind api.count_coverage: when each was last counted and when its class's interval ends.
CREATE VIEW api.coverage_rows AS
    SELECT k.code AS sku, k.name, l.code AS location, l.region, coalesce(c.abc_class, 'C') AS abc_class,
           x.at AS last_counted, x.at + interval '1 day' * (365.0 / p.counts_per_year) AS due,
           coalesce(x.at > now() - interval '1 day' * (365.0 / p.counts_per_year), false) AS within_interval
      FROM ledger.stock_level s LEFT JOIN ledger.dashboard_class c ON c.sku_id = s.sku_id
      LEFT JOIN ledger.last_counted x ON x.sku_id = s.sku_id AND x.location_id = s.location_id
      JOIN ledger.count_policy p ON p.abc_class = coalesce(c.abc_class, 'C')
      JOIN ledger.location l ON l.id = s.location_id JOIN ledger.sku k ON k.id = s.sku_id;

-- The ledger's time zone and how far the roll-up reaches: the dashboard reads its days in that zone.
CREATE VIEW api.dashboard_state AS SELECT time_zone, rolled_through, abc_at, refreshed_at FROM ledger.dashboard_state;

-- The calendar's drill-down reads a day's observations by time.
CREATE INDEX count_observation_recorded_at ON ledger.count_observation (recorded_at);

REVOKE EXECUTE ON FUNCTION api.dashboard_refresh(), ledger.units_lost(text, text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.dashboard_refresh() TO stockroom_supervisor;
GRANT SELECT ON api.dashboard_state, api.coverage_rows TO stockroom_supervisor;
