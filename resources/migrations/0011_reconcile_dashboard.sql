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

-- ---------------------------------------------------------------------------------------------------------
-- Classification in one pass. Version 10 inserted every line, added the stock rows the snapshot lacks with a
-- NOT EXISTS against the lines just inserted, then updated each line twice (its book, then its class): three
-- writes of every line, 33 s for a million. Now the lines are resolved into a temporary table (no WAL), the book
-- at the cutoff and the class are computed in one set-based SELECT, and each line is written once. A line's id is
-- its line in the file (the client sends that now, so the review names it); the stock rows the snapshot lacks
-- follow the last line. Also new: a difference is timing when the window and stock in transit together explain
-- it (the snapshot within the window's range shifted by what was in transit), and the result says how long each
-- phase took.

-- A million lines a snapshot: the lines are written by api.snapshot_classify alone, under the snapshot's lock, so
-- the foreign key's check per line (a third of the time) goes; a line resolved to a SKU and a location keeps no
-- copy of their text, and a matched line none of what would explain a difference.
ALTER TABLE ledger.snapshot_line DROP CONSTRAINT snapshot_line_snapshot_id_fkey,
    ALTER COLUMN sku_text DROP NOT NULL, ALTER COLUMN location_text DROP NOT NULL,
    ADD CONSTRAINT snapshot_line_named CHECK (sku_id IS NOT NULL OR sku_text IS NOT NULL),
    ADD CONSTRAINT snapshot_line_placed CHECK (location_id IS NOT NULL OR location_text IS NOT NULL);

-- jit off: compiling the big statements' expressions took longer (6.7 s) than running them; work_mem: hash joins
-- of a million lines in memory rather than in sixteen batches on disk.
CREATE OR REPLACE FUNCTION api.snapshot_classify(p_snapshot bigint, p_timing_window interval)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp SET jit = off SET work_mem = '256MB' AS $$
DECLARE
    s ledger.snapshot := ledger.snapshot_of(p_snapshot);
    r ledger.reconcile_source;
    v_window interval := coalesce(p_timing_window, interval '15 minutes');
    v_loaded bigint;
    v_last integer;
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
    SELECT count(*), max(line_no) INTO v_loaded, v_last FROM ledger.snapshot_staging WHERE snapshot_id = s.id;
    IF v_loaded <> s.line_count THEN
        RAISE EXCEPTION 'snapshot % has % of its % lines: load the rest first', s.id, v_loaded, s.line_count
            USING ERRCODE = 'SR005';
    END IF;
    SELECT * INTO r FROM ledger.reconcile_source WHERE name = s.source;

    ANALYZE ledger.snapshot_staging; -- its statistics are of the last import's lines, or none
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

    -- Classify, and write each line once.
    INSERT INTO ledger.snapshot_line (snapshot_id, id, line_no, sku_text, location_text, sku_id, location_id, bucket,
                                      quantity, book, book_damaged, book_reserved, in_transit_in, in_transit_out,
                                      window_low, window_high, class, difference, policy, proposed, expected_on_hand,
                                      state)
    SELECT s.id, x.id, x.line_no, CASE WHEN x.sku_id IS NULL THEN x.sku_text END,
           CASE WHEN x.location_id IS NULL THEN x.location_text END, x.sku_id, x.location_id, x.bucket, x.quantity,
           b.book, e.damaged, e.reserved, e.inbound, e.outbound, e.low, e.high, c.class,
           CASE WHEN c.class <> 'unknown' THEN x.quantity - b.book END,
           CASE WHEN c.class = 'variance' THEN p.policy END,
           CASE WHEN c.class <> 'variance' THEN NULL
                WHEN p.policy = 'erp' THEN x.quantity - b.book
                WHEN p.policy = 'conservative' THEN least(x.quantity - b.book, 0)
                ELSE 0 END,
           e.current,
           CASE WHEN c.class <> 'variance' THEN NULL
                WHEN p.policy = 'erp' AND x.quantity <> b.book
                  OR p.policy = 'conservative' AND x.quantity < b.book THEN 'proposed'
                ELSE 'kept' END
      FROM recon_line x
      LEFT JOIN ledger.stock_level sl ON sl.sku_id = x.sku_id AND sl.location_id = x.location_id
      LEFT JOIN recon_after a ON a.sku_id = x.sku_id AND a.location_id = x.location_id
      LEFT JOIN recon_out o ON o.sku_id = x.sku_id AND o.location_id = x.location_id
      LEFT JOIN ledger.location l ON l.id = x.location_id
      CROSS JOIN LATERAL (
          SELECT coalesce(sl.on_hand, 0) - coalesce(a.on_hand, 0) AS on_hand,
                 coalesce(sl.damaged, 0) - coalesce(a.damaged, 0) AS damaged,
                 coalesce(sl.reserved, 0) - coalesce(a.reserved, 0) AS reserved,
                 coalesce(sl.inbound, 0) - coalesce(a.inbound, 0) AS inbound,
                 coalesce(o.q, 0) AS outbound,
                 CASE x.bucket WHEN 'damaged' THEN coalesce(sl.damaged, 0) ELSE coalesce(sl.on_hand, 0) END AS current
      ) q
      CROSS JOIN LATERAL (
          SELECT CASE x.bucket WHEN 'damaged' THEN q.damaged ELSE q.on_hand END AS book, q.damaged, q.reserved,
                 q.inbound, q.outbound, q.current
      ) b
      CROSS JOIN LATERAL (
          SELECT least(b.book - coalesce(w.before, 0), b.book, b.book + coalesce(w.within, 0)) AS low,
                 greatest(b.book - coalesce(w.before, 0), b.book, b.book + coalesce(w.within, 0)) AS high
            FROM (SELECT CASE x.bucket WHEN 'damaged' THEN a.damaged_before ELSE a.on_hand_before END AS before,
                         CASE x.bucket WHEN 'damaged' THEN a.damaged_within ELSE a.on_hand_within END AS within) w
      ) w
      CROSS JOIN LATERAL (
          SELECT coalesce(r.policy ->> l.code, r.policy ->> l.kind, r.policy ->> 'default', 'conservative') AS policy
      ) p
      CROSS JOIN LATERAL (
          SELECT CASE WHEN x.sku_id IS NULL OR x.location_id IS NULL THEN 'unknown'
                      WHEN x.quantity = b.book THEN 'matched'
                      WHEN x.bucket = 'on_hand'
                           AND (b.damaged <> 0 AND x.quantity = b.book + b.damaged
                                OR b.reserved <> 0 AND x.quantity = b.book - b.reserved) THEN 'bucket'
                      WHEN x.quantity BETWEEN w.low AND w.high AND w.low <> w.high THEN 'timing'
                      WHEN x.bucket = 'on_hand'
                           AND (b.inbound <> 0 AND x.quantity - b.inbound BETWEEN w.low AND w.high
                                OR b.outbound <> 0 AND x.quantity - b.outbound BETWEEN w.low AND w.high) THEN 'timing'
                      ELSE 'variance' END AS class
      ) c
      CROSS JOIN LATERAL (SELECT c.class <> 'matched' AS keep) k
      CROSS JOIN LATERAL (
          SELECT CASE WHEN k.keep THEN b.damaged END AS damaged, CASE WHEN k.keep THEN b.reserved END AS reserved,
                 CASE WHEN k.keep THEN b.inbound END AS inbound, CASE WHEN k.keep THEN b.outbound END AS outbound,
                 CASE WHEN k.keep THEN w.low END AS low, CASE WHEN k.keep THEN w.high END AS high,
                 CASE WHEN k.keep THEN b.current END AS current
      ) e
     WHERE x.line_no IS NOT NULL OR b.book <> 0;
    v_phases := v_phases || jsonb_build_object('classify_ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000));
    v_t := clock_timestamp();

    DROP TABLE recon_line, recon_after, recon_out;
    DELETE FROM ledger.snapshot_staging WHERE snapshot_id = s.id;
    UPDATE ledger.snapshot SET state = 'classified', timing_window = v_window, classified_at = ledger.clock()
     WHERE id = s.id;
    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
    VALUES ('snapshot:' || s.id, 1, 'snapshot',
            jsonb_build_object('snapshot', s.id, 'event', 'classified', 'source', s.source));
    v_phases := v_phases || jsonb_build_object('clean_up_ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000));
    RETURN jsonb_build_object('snapshot', s.id, 'state', 'classified', 'summary', ledger.snapshot_counts(s.id),
                              'replayed', false, 'phases', v_phases);
END
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
