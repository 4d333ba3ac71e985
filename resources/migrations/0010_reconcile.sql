-- Version 10: reconciliation. Outside stock snapshots (an ERP's, a WMS's) are matched against the ledger as of their
-- cutoff, not as of now, and only what no timing, mapping or bucket difference explains becomes a proposed
-- adjustment; a drift monitor checks the ledger's own invariants incrementally from the outbox.
--
-- Rules this version enforces, for every client:
--   - A source has a column mapping (which CSV header holds the SKU code or barcode, the location code, the quantity
--     and optionally the bucket) and a conflict policy per location, per location kind, or by default: 'erp' (the
--     snapshot wins), 'ledger' (the ledger wins: nothing is proposed) or 'conservative' (the lower quantity wins,
--     never overselling). api.reconcile_source_set is idempotent under its key.
--   - Loading: the client parses and validates the whole file first (every error with its line and column; a
--     malformed file is rejected whole and nothing is sent), then api.snapshot_begin, batches of rows through
--     api.snapshot_load (parallel arrays, into an UNLOGGED staging table; a batch sent twice is stored once), then
--     api.snapshot_classify matches every line set-based. Not COPY: the Qt driver (QPSQL) has no COPY FROM STDIN,
--     and COPY FROM a file reads the server's file system, which a client neither has nor may use.
--   - The book at the cutoff is the balance minus every movement after it (by movement.at, through the btree
--     movement_at; see there why not BRIN). Classes: matched; bucket (the snapshot equals on hand + damaged or on
--     hand - reserved at the cutoff); timing (the snapshot lies within what on hand was during the timing window
--     around the cutoff, or equals the book plus the stock in transit to or from the location at the cutoff:
--     shipped before and not yet received); unknown (SKU or location the ledger does not know, kept with its raw
--     text); variance (all else). Stock rows at the snapshot's locations that the snapshot lacks are lines too
--     (quantity 0 on their side, no line number).
--   - Only variances get a proposed adjustment (by the policy), approved by a supervisor line by line or all at
--     once: one 'adjust' movement per line (reason 'reconciliation', reference 'snapshot N from SOURCE'),
--     compare-and-set on the on hand the review showed (stock that moved since refuses the line). A selection with
--     any refused line applies nothing and names every one. Lines are decided once under the snapshot's lock; the
--     key replays.
--   - Drift: api.drift_check reads the outbox after its cursor (tx, id: the order api.events_after gives, so that a
--     transaction committing late is not skipped), and for the stock rows those events touched compares every
--     bucket with its movements, reserved and backordered with the open holds, inbound with the transfers in
--     transit (api.verify's rules, on those rows only); a divergence is recorded once, with the movement after
--     which the running sum no longer agrees with the balance the events recorded. Repair posts a compensating
--     movement with a reason; a balance is never overwritten.
--   - Reads for the supervisors' dashboard (api.count_accuracy, api.variance_by_reason, api.shrinkage,
--     api.count_coverage, api.counts_per_day, api.open_discrepancies, api.snapshot_summary) call no ledger function.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- "Movements after T" for the book at a cutoff. A btree, not BRIN: movement.at is ledger.clock(), which the seed
-- clock sets back in time, so at does not follow the table's physical order and a BRIN range would cover most of
-- the table; the btree answers a recent cutoff by reading only the movements after it.
CREATE INDEX movement_at ON ledger.movement (at);
CREATE INDEX movement_transfer ON ledger.movement (transfer_id) WHERE transfer_id IS NOT NULL;

CREATE TABLE ledger.reconcile_source (
    name       text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    mapping    jsonb NOT NULL, -- {"sku": header, "location": header, "quantity": header, "bucket": header or absent}
    policy     jsonb NOT NULL DEFAULT '{"default": "conservative"}', -- key: location code, kind, or "default"
    updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT ledger.clock()
);

CREATE TABLE ledger.snapshot (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source        text NOT NULL REFERENCES ledger.reconcile_source (name),
    as_of         timestamptz NOT NULL,
    file_name     text CHECK (length(file_name) <= 400),
    line_count    integer NOT NULL CHECK (line_count >= 0),
    state         text NOT NULL DEFAULT 'importing' CHECK (state IN ('importing', 'classified', 'approved', 'closed')),
    timing_window interval,
    imported_by   text NOT NULL DEFAULT session_user,
    imported_at   timestamptz NOT NULL DEFAULT ledger.clock(),
    classified_at timestamptz,
    approved_at   timestamptz
);

-- Rows as the client sent them, until classification. UNLOGGED: a crash loses only an import in progress, which is
-- sent again.
CREATE UNLOGGED TABLE ledger.snapshot_staging (
    snapshot_id bigint NOT NULL,
    line_no     integer NOT NULL,
    sku         text NOT NULL,
    location    text NOT NULL,
    bucket      text NOT NULL,
    quantity    bigint NOT NULL,
    PRIMARY KEY (snapshot_id, line_no)
);

-- One line of a snapshot, or a stock row the snapshot lacks (line_no NULL, quantity 0). Quantities: theirs
-- (quantity), the book at the cutoff in the line's bucket, and what classification looked at. state: proposed
-- (a variance with an adjustment to approve), kept (a variance the ledger wins), approved; NULL for other classes.
CREATE TABLE ledger.snapshot_line (
    snapshot_id      bigint NOT NULL REFERENCES ledger.snapshot (id),
    id               integer NOT NULL,
    line_no          integer,
    sku_text         text NOT NULL,
    location_text    text NOT NULL,
    sku_id           integer,
    location_id      integer,
    bucket           text NOT NULL CHECK (bucket IN ('on_hand', 'damaged')),
    quantity         bigint NOT NULL,
    book             bigint,
    book_damaged     bigint,
    book_reserved    bigint,
    in_transit_in    bigint,
    in_transit_out   bigint,
    window_low       bigint,
    window_high      bigint,
    class            text CHECK (class IN ('matched', 'timing', 'unknown', 'bucket', 'variance')),
    difference       bigint,
    policy           text,
    proposed         bigint,
    expected_on_hand bigint, -- the balance (in the line's bucket) the review showed: approval compares it
    state            text CHECK (state IN ('proposed', 'kept', 'approved')),
    decided_by       text,
    decided_at       timestamptz,
    movement_id      bigint,
    PRIMARY KEY (snapshot_id, id)
);
CREATE INDEX snapshot_line_open ON ledger.snapshot_line (snapshot_id) WHERE state = 'proposed';

-- The drift monitor's cursor: the newest outbox event checked, in (tx, id) order.
CREATE TABLE ledger.drift_state (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_tx    xid8 NOT NULL DEFAULT '0',
    last_id    bigint NOT NULL DEFAULT 0,
    checked_at timestamptz
);
INSERT INTO ledger.drift_state DEFAULT VALUES;

-- A divergence: the bucket's balance against what it should be (source: 'ledger' = its movements, 'reservations'
-- = open holds, 'transfers' = in transit). first_divergent_movement: the first movement after the last one whose
-- event recorded the balance its running sum gives (NULL: none since; after_movement says the last that agreed).
CREATE TABLE ledger.drift_finding (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku_id                   integer NOT NULL,
    location_id              integer NOT NULL,
    bucket                   text NOT NULL,
    source                   text NOT NULL,
    balance                  bigint NOT NULL,
    expected                 bigint NOT NULL,
    first_divergent_movement bigint,
    after_movement           bigint,
    found_at                 timestamptz NOT NULL DEFAULT ledger.clock(),
    resolved_at              timestamptz,
    resolved_by              text,
    repair_movement          bigint,
    repair_reason            text
);
CREATE UNIQUE INDEX drift_finding_open ON ledger.drift_finding (sku_id, location_id, bucket, source)
    WHERE resolved_at IS NULL;

-- ---------------------------------------------------------------------------------------------------------
-- Internal helpers

-- A snapshot, locked for the rest of the transaction.
CREATE FUNCTION ledger.snapshot_of(p_snapshot bigint) RETURNS ledger.snapshot
LANGUAGE plpgsql AS $$
DECLARE
    s ledger.snapshot;
BEGIN
    SELECT * INTO s FROM ledger.snapshot WHERE id = p_snapshot FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown snapshot %', p_snapshot USING ERRCODE = 'SR003';
    END IF;
    RETURN s;
END
$$;

CREATE FUNCTION ledger.snapshot_counts(p_snapshot bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('matched', count(*) FILTER (WHERE class = 'matched'),
                              'timing', count(*) FILTER (WHERE class = 'timing'),
                              'unknown', count(*) FILTER (WHERE class = 'unknown'),
                              'bucket', count(*) FILTER (WHERE class = 'bucket'),
                              'variance', count(*) FILTER (WHERE class = 'variance'),
                              'proposed', count(*) FILTER (WHERE state = 'proposed'),
                              'approved', count(*) FILTER (WHERE state = 'approved'),
                              'ledger_only', count(*) FILTER (WHERE line_no IS NULL))
      FROM ledger.snapshot_line WHERE snapshot_id = p_snapshot
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Sources

CREATE FUNCTION api.reconcile_source_set(p_name text, p_mapping jsonb, p_policy jsonb, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_policy jsonb := coalesce(p_policy, '{"default": "conservative"}');
    v_req jsonb := jsonb_build_object('name', p_name, 'mapping', p_mapping, 'policy', v_policy);
    v_done jsonb := ledger.replay(p_key, 'reconcile_source_set', v_req);
    v_bad text;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_name IS NULL OR p_name !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' THEN
        RAISE EXCEPTION 'source name "%": letters, digits, dot, dash, underscore', coalesce(p_name, '')
            USING ERRCODE = 'SR004';
    END IF;
    IF jsonb_typeof(p_mapping) IS DISTINCT FROM 'object'
       OR EXISTS (SELECT 1 FROM unnest(ARRAY['sku', 'location', 'quantity']) f
                   WHERE jsonb_typeof(p_mapping -> f) IS DISTINCT FROM 'string' OR btrim(p_mapping ->> f) = '')
       OR EXISTS (SELECT 1 FROM jsonb_object_keys(p_mapping) k WHERE k NOT IN ('sku', 'location', 'quantity', 'bucket'))
    THEN
        RAISE EXCEPTION 'a mapping names the CSV headers of sku, location and quantity (and optionally bucket), not %',
            coalesce(p_mapping::text, 'nothing') USING ERRCODE = 'SR004';
    END IF;
    SELECT string_agg(format('%s: %s', e.key, e.value), ', ') INTO v_bad FROM jsonb_each(v_policy) e
     WHERE e.value NOT IN ('"erp"', '"ledger"', '"conservative"')
        OR e.key NOT IN ('default', 'warehouse', 'store') AND NOT EXISTS (SELECT 1 FROM ledger.location l
                                                                          WHERE l.code = e.key);
    IF jsonb_typeof(v_policy) IS DISTINCT FROM 'object' OR v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'a policy maps "default", a location kind (warehouse, store) or a location code to erp, ledger or conservative; not %',
            coalesce(v_bad, v_policy::text) USING ERRCODE = 'SR004';
    END IF;
    INSERT INTO ledger.reconcile_source AS r (name, mapping, policy) VALUES (p_name, p_mapping, v_policy)
    ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, policy = excluded.policy, updated_by = session_user,
                                     updated_at = ledger.clock();
    RETURN ledger.remember(p_key, 'reconcile_source_set', v_req, v_req);
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Import

CREATE FUNCTION api.snapshot_begin(p_source text, p_as_of timestamptz, p_file text, p_line_count integer, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('source', p_source, 'as_of', p_as_of, 'file', p_file, 'lines', p_line_count);
    v_done jsonb := ledger.replay(p_key, 'snapshot_begin', v_req);
    r ledger.reconcile_source;
    v_id bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    SELECT * INTO r FROM ledger.reconcile_source WHERE name = p_source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown reconciliation source "%"', p_source USING ERRCODE = 'SR003';
    END IF;
    IF p_as_of IS NULL OR p_as_of > now() THEN
        RAISE EXCEPTION 'a snapshot''s as-of time is required and not in the future' USING ERRCODE = 'SR004';
    END IF;
    IF p_line_count IS NULL OR p_line_count < 0 THEN
        RAISE EXCEPTION 'line count must be zero or more' USING ERRCODE = 'SR004';
    END IF;
    INSERT INTO ledger.snapshot (source, as_of, file_name, line_count) VALUES (p_source, p_as_of, p_file, p_line_count)
    RETURNING id INTO v_id;
    RETURN ledger.remember(p_key, 'snapshot_begin', v_req,
                           jsonb_build_object('snapshot', v_id, 'mapping', r.mapping, 'state', 'importing'));
END
$$;

-- A batch of lines; sent again (a retry), the lines already stored are kept as they are.
CREATE FUNCTION api.snapshot_load(p_snapshot bigint, p_line_no integer[], p_sku text[], p_location text[],
                                  p_bucket text[], p_quantity bigint[])
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    s ledger.snapshot;
    v_n integer := cardinality(p_line_no);
    v_loaded bigint;
BEGIN
    SELECT * INTO s FROM ledger.snapshot WHERE id = p_snapshot FOR SHARE;
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
    SELECT count(*) INTO v_loaded FROM ledger.snapshot_staging WHERE snapshot_id = p_snapshot;
    RETURN jsonb_build_object('snapshot', p_snapshot, 'loaded', v_loaded, 'lines', s.line_count);
END
$$;

-- The policy of a location under a source: its code, then its kind, then the default.
CREATE FUNCTION ledger.policy_for(p_policy jsonb, p_code text, p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(p_policy ->> p_code, p_policy ->> p_kind, p_policy ->> 'default', 'conservative')
$$;

-- Matches every line at the snapshot's cutoff (see the head for the classes) and proposes the adjustments.
CREATE FUNCTION api.snapshot_classify(p_snapshot bigint, p_timing_window interval)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    s ledger.snapshot := ledger.snapshot_of(p_snapshot);
    r ledger.reconcile_source;
    v_window interval := coalesce(p_timing_window, interval '15 minutes');
    v_loaded bigint;
BEGIN
    IF s.state <> 'importing' THEN
        RETURN jsonb_build_object('snapshot', s.id, 'state', s.state, 'summary', ledger.snapshot_counts(s.id),
                                  'replayed', true);
    END IF;
    IF v_window < interval '0' OR v_window > interval '7 days' THEN
        RAISE EXCEPTION 'a timing window is between 0 and 7 days' USING ERRCODE = 'SR004';
    END IF;
    SELECT count(*) INTO v_loaded FROM ledger.snapshot_staging WHERE snapshot_id = s.id;
    IF v_loaded <> s.line_count THEN
        RAISE EXCEPTION 'snapshot % has % of its % lines: load the rest first', s.id, v_loaded, s.line_count
            USING ERRCODE = 'SR005';
    END IF;
    SELECT * INTO r FROM ledger.reconcile_source WHERE name = s.source;

    -- Movements after the cutoff minus the window, summed per stock row and bucket: after the cutoff, and within
    -- the window on either side of it; and per transfer, the inbound after the cutoff.
    CREATE TEMP TABLE recon_after ON COMMIT DROP AS
        SELECT m.sku_id, m.location_id, m.bucket,
               sum(m.quantity) FILTER (WHERE m.at > s.as_of)::bigint AS after,
               sum(m.quantity) FILTER (WHERE m.at > s.as_of - v_window AND m.at <= s.as_of)::bigint AS before_in_window,
               sum(m.quantity) FILTER (WHERE m.at > s.as_of AND m.at <= s.as_of + v_window)::bigint AS after_in_window
          FROM ledger.movement m WHERE m.at > s.as_of - v_window
         GROUP BY 1, 2, 3;
    CREATE INDEX ON recon_after (sku_id, location_id);
    ANALYZE recon_after;
    -- Stock shipped from a location and still in transit at the cutoff (the source may still count it there).
    CREATE TEMP TABLE recon_out ON COMMIT DROP AS
        SELECT t.sku_id, t.from_location_id AS location_id,
               sum(t.shipped - t.received - t.cancelled - t.written_off - coalesce(a.q, 0))::bigint AS q
          FROM ledger.transfer t
          LEFT JOIN (SELECT m.transfer_id, sum(m.quantity) AS q FROM ledger.movement m
                      WHERE m.at > s.as_of AND m.transfer_id IS NOT NULL AND m.bucket = 'inbound' GROUP BY 1) a
                 ON a.transfer_id = t.id
         WHERE t.shipped_at <= s.as_of AND (t.status = 'in_transit' OR t.updated_at > s.as_of OR t.received_at > s.as_of)
         GROUP BY 1, 2;

    INSERT INTO ledger.snapshot_line (snapshot_id, id, line_no, sku_text, location_text, sku_id, location_id, bucket,
                                      quantity)
    SELECT s.id, row_number() OVER (ORDER BY st.line_no), st.line_no, st.sku, st.location,
           coalesce(k.id, b.sku_id), l.id, st.bucket, st.quantity
      FROM ledger.snapshot_staging st
      LEFT JOIN ledger.sku k ON k.code = st.sku
      LEFT JOIN ledger.barcode b ON k.id IS NULL AND b.barcode = st.sku
      LEFT JOIN ledger.location l ON l.code = st.location
     WHERE st.snapshot_id = s.id;
    -- Stock rows at the snapshot's locations that it lacks, with anything on hand at the cutoff or since.
    INSERT INTO ledger.snapshot_line (snapshot_id, id, sku_text, location_text, sku_id, location_id, bucket, quantity)
    SELECT s.id, s.line_count + row_number() OVER (ORDER BY k.code, l.code), k.code, l.code, sl.sku_id,
           sl.location_id, 'on_hand', 0
      FROM ledger.stock_level sl
      JOIN ledger.sku k ON k.id = sl.sku_id JOIN ledger.location l ON l.id = sl.location_id
      LEFT JOIN recon_after a ON a.sku_id = sl.sku_id AND a.location_id = sl.location_id AND a.bucket = 'on_hand'
     WHERE sl.location_id IN (SELECT DISTINCT x.location_id FROM ledger.snapshot_line x
                               WHERE x.snapshot_id = s.id AND x.location_id IS NOT NULL)
       AND sl.on_hand - coalesce(a.after, 0) <> 0
       AND NOT EXISTS (SELECT 1 FROM ledger.snapshot_line x WHERE x.snapshot_id = s.id AND x.sku_id = sl.sku_id
                                                                AND x.location_id = sl.location_id);

    -- The book at the cutoff, and what explains a difference.
    UPDATE ledger.snapshot_line x
       SET book = CASE x.bucket WHEN 'damaged' THEN b.damaged ELSE b.on_hand END,
           book_damaged = b.damaged, book_reserved = b.reserved, in_transit_in = b.inbound,
           in_transit_out = coalesce(o.q, 0),
           window_low = least(b.on_hand - coalesce(w.before_in_window, 0), b.on_hand,
                              b.on_hand + coalesce(w.after_in_window, 0)),
           window_high = greatest(b.on_hand - coalesce(w.before_in_window, 0), b.on_hand,
                                  b.on_hand + coalesce(w.after_in_window, 0)),
           expected_on_hand = CASE x.bucket WHEN 'damaged' THEN coalesce(sl.damaged, 0) ELSE coalesce(sl.on_hand, 0) END
      FROM ledger.snapshot_line y
      LEFT JOIN ledger.stock_level sl ON sl.sku_id = y.sku_id AND sl.location_id = y.location_id
      LEFT JOIN recon_out o ON o.sku_id = y.sku_id AND o.location_id = y.location_id
      LEFT JOIN recon_after w ON w.sku_id = y.sku_id AND w.location_id = y.location_id AND w.bucket = y.bucket
      CROSS JOIN LATERAL (
          SELECT coalesce(sl.on_hand, 0) - coalesce(sum(a.after) FILTER (WHERE a.bucket = 'on_hand'), 0) AS on_hand,
                 coalesce(sl.damaged, 0) - coalesce(sum(a.after) FILTER (WHERE a.bucket = 'damaged'), 0) AS damaged,
                 coalesce(sl.reserved, 0) - coalesce(sum(a.after) FILTER (WHERE a.bucket = 'reserved'), 0) AS reserved,
                 coalesce(sl.inbound, 0) - coalesce(sum(a.after) FILTER (WHERE a.bucket = 'inbound'), 0) AS inbound
            FROM recon_after a WHERE a.sku_id = y.sku_id AND a.location_id = y.location_id) b
     WHERE x.snapshot_id = s.id AND y.snapshot_id = s.id AND y.id = x.id
       AND x.sku_id IS NOT NULL AND x.location_id IS NOT NULL;

    UPDATE ledger.snapshot_line x
       SET class = c.class, difference = x.quantity - x.book,
           policy = CASE WHEN c.class = 'variance' THEN c.policy END,
           proposed = CASE WHEN c.class <> 'variance' THEN NULL
                           WHEN c.policy = 'erp' THEN x.quantity - x.book
                           WHEN c.policy = 'conservative' THEN least(x.quantity - x.book, 0)
                           ELSE 0 END,
           state = CASE WHEN c.class <> 'variance' THEN NULL
                        WHEN c.policy = 'erp' AND x.quantity <> x.book
                          OR c.policy = 'conservative' AND x.quantity < x.book THEN 'proposed'
                        ELSE 'kept' END
      FROM (SELECT y.id,
                   ledger.policy_for(r.policy, l.code, l.kind) AS policy,
                   CASE WHEN y.sku_id IS NULL OR y.location_id IS NULL THEN 'unknown'
                        WHEN y.quantity = y.book THEN 'matched'
                        WHEN y.bucket = 'on_hand'
                             AND (y.book_damaged <> 0 AND y.quantity = y.book + y.book_damaged
                                  OR y.book_reserved <> 0 AND y.quantity = y.book - y.book_reserved) THEN 'bucket'
                        WHEN y.bucket = 'on_hand' AND y.window_low <> y.window_high
                             AND y.quantity BETWEEN y.window_low AND y.window_high THEN 'timing'
                        WHEN y.bucket = 'on_hand'
                             AND (y.in_transit_in <> 0 AND y.quantity = y.book + y.in_transit_in
                                  OR y.in_transit_out <> 0 AND y.quantity = y.book + y.in_transit_out) THEN 'timing'
                        ELSE 'variance' END AS class
              FROM ledger.snapshot_line y LEFT JOIN ledger.location l ON l.id = y.location_id
             WHERE y.snapshot_id = s.id) c
     WHERE x.snapshot_id = s.id AND x.id = c.id;

    DROP TABLE recon_after, recon_out;
    DELETE FROM ledger.snapshot_staging WHERE snapshot_id = s.id;
    UPDATE ledger.snapshot SET state = 'classified', timing_window = v_window, classified_at = ledger.clock()
     WHERE id = s.id;
    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
    VALUES ('snapshot:' || s.id, 1, 'snapshot',
            jsonb_build_object('snapshot', s.id, 'event', 'classified', 'source', s.source));
    RETURN jsonb_build_object('snapshot', s.id, 'state', 'classified', 'summary', ledger.snapshot_counts(s.id),
                              'replayed', false);
END
$$;

-- The review: per class counts, then the lines that are not matched (p_all: every line).
CREATE FUNCTION api.snapshot_review(p_snapshot bigint, p_all boolean DEFAULT false)
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'snapshot', s.id, 'source', s.source, 'as_of', s.as_of, 'state', s.state, 'file', s.file_name,
        'timing_window', s.timing_window::text, 'summary', ledger.snapshot_counts(s.id),
        'lines', coalesce((
            SELECT jsonb_agg(jsonb_build_object(
                       'line', x.line_no, 'sku', coalesce(k.code, x.sku_text), 'location', coalesce(l.code, x.location_text),
                       'bucket', x.bucket, 'class', x.class, 'book', x.book, 'theirs', x.quantity,
                       'difference', x.difference, 'policy', x.policy, 'proposed', x.proposed,
                       'expected_on_hand', x.expected_on_hand, 'state', x.state, 'movement', x.movement_id)
                   ORDER BY x.id)
              FROM ledger.snapshot_line x LEFT JOIN ledger.sku k ON k.id = x.sku_id
              LEFT JOIN ledger.location l ON l.id = x.location_id
             WHERE x.snapshot_id = s.id AND (p_all OR x.class <> 'matched')), '[]'))
      FROM ledger.snapshot s WHERE s.id = p_snapshot
$$;

-- Approves proposed adjustments (p_lines: 'SKU@LOCATION' each, NULL: every proposed line).
CREATE FUNCTION api.snapshot_approve(p_snapshot bigint, p_lines text[], p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_lines text[] := ARRAY(SELECT DISTINCT btrim(x) FROM unnest(p_lines) x ORDER BY 1);
    v_req jsonb := jsonb_build_object('snapshot', p_snapshot,
                                      'lines', CASE WHEN p_lines IS NOT NULL THEN to_jsonb(v_lines) END);
    v_done jsonb := ledger.replay(p_key, 'snapshot_approve', v_req);
    s ledger.snapshot;
    v_reference text;
    v_unknown text;
    v_problems text[];
    v_approved jsonb;
    v_skipped jsonb;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    s := ledger.snapshot_of(p_snapshot);
    IF s.state NOT IN ('classified', 'approved') THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'snapshot % is %: only a classified snapshot is approved', s.id, s.state USING ERRCODE = 'SR005';
    END IF;
    v_reference := format('snapshot %s from %s', s.id, s.source);
    CREATE TEMP TABLE recon_pick ON COMMIT DROP AS
        SELECT x.id, x.sku_id, x.location_id, x.bucket, x.proposed, x.expected_on_hand, x.state,
               k.code AS sku, l.code AS location
          FROM ledger.snapshot_line x JOIN ledger.sku k ON k.id = x.sku_id JOIN ledger.location l ON l.id = x.location_id
         WHERE x.snapshot_id = s.id AND x.class = 'variance'
           AND (p_lines IS NULL OR k.code || '@' || l.code = ANY (v_lines));
    SELECT string_agg(n, ', ') INTO v_unknown FROM unnest(v_lines) n
     WHERE p_lines IS NOT NULL AND NOT EXISTS (SELECT 1 FROM recon_pick p WHERE p.sku || '@' || p.location = n);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'snapshot % has no variance line %', s.id, v_unknown USING ERRCODE = 'SR003';
    END IF;
    -- Lock the rows in order, then compare every line's balance with what the review showed.
    PERFORM 1 FROM ledger.stock_level sl JOIN recon_pick p ON p.sku_id = sl.sku_id AND p.location_id = sl.location_id
     WHERE p.state = 'proposed' ORDER BY sl.sku_id, sl.location_id FOR NO KEY UPDATE OF sl;
    SELECT array_agg(problem ORDER BY problem) INTO v_problems FROM (
        SELECT CASE WHEN coalesce(CASE p.bucket WHEN 'damaged' THEN sl.damaged ELSE sl.on_hand END, 0)
                         <> p.expected_on_hand
                    THEN format('%s@%s: %s is %s now, the review showed %s: classify a new snapshot', p.sku,
                                p.location, p.bucket,
                                coalesce(CASE p.bucket WHEN 'damaged' THEN sl.damaged ELSE sl.on_hand END, 0),
                                p.expected_on_hand)
                    WHEN p.bucket = 'on_hand' AND coalesce(sl.on_hand, 0) + p.proposed < coalesce(sl.reserved, 0)
                    THEN format('%s@%s: %s on hand would be less than the %s reserved', p.sku, p.location,
                                coalesce(sl.on_hand, 0) + p.proposed, sl.reserved)
                    WHEN coalesce(CASE p.bucket WHEN 'damaged' THEN sl.damaged ELSE sl.on_hand END, 0) + p.proposed < 0
                    THEN format('%s@%s: %s would go below zero', p.sku, p.location, p.bucket)
               END AS problem
          FROM recon_pick p
          LEFT JOIN ledger.stock_level sl ON sl.sku_id = p.sku_id AND sl.location_id = p.location_id
         WHERE p.state = 'proposed') q WHERE problem IS NOT NULL;
    IF v_problems IS NOT NULL THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'snapshot %: % line(s) cannot be approved, so none was: %', s.id, cardinality(v_problems),
            array_to_string(v_problems[1:100], '; ')
            || CASE WHEN cardinality(v_problems) > 100 THEN format('; and %s more', cardinality(v_problems) - 100)
                    ELSE '' END
            USING ERRCODE = 'SR005';
    END IF;
    WITH changed AS (
        UPDATE ledger.stock_level sl
           SET on_hand = sl.on_hand + CASE p.bucket WHEN 'on_hand' THEN p.proposed ELSE 0 END,
               damaged = sl.damaged + CASE p.bucket WHEN 'damaged' THEN p.proposed ELSE 0 END,
               version = sl.version + 1, updated_at = ledger.clock()
          FROM recon_pick p
         WHERE p.state = 'proposed' AND sl.sku_id = p.sku_id AND sl.location_id = p.location_id
        RETURNING sl.*, p.id AS line_id, p.bucket AS line_bucket, p.proposed, p.sku, p.location
    ), moved AS (
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        SELECT 'adjust', c.sku_id, c.location_id, c.line_bucket, c.proposed, 'reconciliation', v_reference, p_key
          FROM changed c ORDER BY c.sku_id, c.location_id
        RETURNING id, sku_id, location_id
    ), told AS (
        INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
        SELECT c.sku || '@' || c.location, c.version, 'adjust',
               jsonb_build_object('sku', c.sku, 'location', c.location, 'on_hand', c.on_hand, 'reserved', c.reserved,
                                  'available', c.on_hand - c.reserved, 'inbound', c.inbound, 'damaged', c.damaged,
                                  'safety_stock', c.safety_stock, 'backordered', c.backordered, 'version', c.version,
                                  'reason', 'reconciliation', 'snapshot', s.id, 'difference', c.proposed)
          FROM changed c
    )
    UPDATE ledger.snapshot_line x
       SET state = 'approved', decided_by = session_user, decided_at = ledger.clock(), movement_id = m.id
      FROM changed c JOIN moved m ON m.sku_id = c.sku_id AND m.location_id = c.location_id
     WHERE x.snapshot_id = s.id AND x.id = c.line_id;
    SELECT coalesce(jsonb_agg(jsonb_build_object('sku', p.sku, 'location', p.location, 'adjustment', p.proposed,
                                                 'movement', x.movement_id) ORDER BY p.sku, p.location)
                        FILTER (WHERE p.state = 'proposed'), '[]'),
           coalesce(jsonb_agg(jsonb_build_object('sku', p.sku, 'location', p.location, 'state', p.state)
                              ORDER BY p.sku, p.location) FILTER (WHERE p.state <> 'proposed'), '[]')
      INTO v_approved, v_skipped
      FROM recon_pick p JOIN ledger.snapshot_line x ON x.snapshot_id = s.id AND x.id = p.id;
    DROP TABLE recon_pick;
    IF NOT EXISTS (SELECT 1 FROM ledger.snapshot_line WHERE snapshot_id = s.id AND state = 'proposed') THEN
        UPDATE ledger.snapshot SET state = 'approved', approved_at = coalesce(approved_at, ledger.clock())
         WHERE id = s.id;
    END IF;
    RETURN ledger.remember(p_key, 'snapshot_approve', v_req,
                           jsonb_build_object('snapshot', s.id, 'approved', v_approved, 'skipped', v_skipped,
                                              'reference', v_reference,
                                              'state', (SELECT state FROM ledger.snapshot WHERE id = s.id)));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Drift

-- api.verify's rules on the stock rows given (sku_id, location_id pairs).
CREATE FUNCTION ledger.verify_rows(p_sku integer[], p_location integer[])
RETURNS TABLE (sku_id integer, location_id integer, bucket text, balance bigint, expected bigint, source text)
LANGUAGE sql STABLE AS $$
    WITH rows AS (
        SELECT DISTINCT r.sku_id, r.location_id FROM unnest(p_sku, p_location) r (sku_id, location_id)
    ), balances AS (
        SELECT s.sku_id, s.location_id, b.bucket, b.q
          FROM rows r JOIN ledger.stock_level s USING (sku_id, location_id)
         CROSS JOIN LATERAL (VALUES ('on_hand', s.on_hand), ('reserved', s.reserved), ('inbound', s.inbound),
                                    ('damaged', s.damaged), ('safety_stock', s.safety_stock),
                                    ('backordered', s.backordered)) b (bucket, q)
    ), sums AS (
        SELECT m.sku_id, m.location_id, m.bucket, sum(m.quantity)::bigint AS q
          FROM rows r JOIN ledger.movement m USING (sku_id, location_id) GROUP BY 1, 2, 3
    ), holds AS (
        SELECT rl.sku_id, rl.location_id, h.bucket, sum(h.q)::bigint AS q
          FROM rows r JOIN ledger.reservation_line rl USING (sku_id, location_id)
          JOIN ledger.reservation rv ON rv.id = rl.reservation_id
         CROSS JOIN LATERAL (VALUES ('reserved', rl.quantity - rl.backordered), ('backordered', rl.backordered)) h (bucket, q)
         WHERE rv.status = 'active' GROUP BY 1, 2, 3
    ), transit AS (
        SELECT t.sku_id, t.to_location_id AS location_id, 'inbound'::text AS bucket,
               sum(t.shipped - t.received - t.cancelled - t.written_off)::bigint AS q
          FROM rows r JOIN ledger.transfer t ON t.sku_id = r.sku_id AND t.to_location_id = r.location_id
         WHERE t.status = 'in_transit' GROUP BY 1, 2
    )
    SELECT coalesce(b.sku_id, m.sku_id), coalesce(b.location_id, m.location_id), coalesce(b.bucket, m.bucket),
           coalesce(b.q, 0), coalesce(m.q, 0), 'ledger'
      FROM balances b FULL JOIN sums m USING (sku_id, location_id, bucket)
     WHERE coalesce(b.q, 0) <> coalesce(m.q, 0)
    UNION ALL
    SELECT b.sku_id, b.location_id, b.bucket, b.q, coalesce(h.q, 0), 'reservations'
      FROM balances b LEFT JOIN holds h USING (sku_id, location_id, bucket)
     WHERE b.bucket IN ('reserved', 'backordered') AND b.q <> coalesce(h.q, 0)
    UNION ALL
    SELECT b.sku_id, b.location_id, b.bucket, b.q, coalesce(t.q, 0), 'transfers'
      FROM balances b LEFT JOIN transit t USING (sku_id, location_id, bucket)
     WHERE b.bucket = 'inbound' AND b.q <> coalesce(t.q, 0)
$$;

-- The last movement of a row's bucket whose running sum equals the balance an event of its own transaction recorded,
-- and the first movement after it.
CREATE FUNCTION ledger.drift_origin(p_sku integer, p_location integer, p_bucket text,
                                    OUT after_movement bigint, OUT first_divergent bigint)
LANGUAGE sql STABLE AS $$
    WITH run AS (
        SELECT m.id, m.xmin::text AS xid,
               sum(m.quantity) OVER (ORDER BY m.id) AS total
          FROM ledger.movement m WHERE m.sku_id = p_sku AND m.location_id = p_location AND m.bucket = p_bucket
    ), agreed AS (
        SELECT max(r.id) AS id FROM run r
         WHERE EXISTS (SELECT 1 FROM ledger.outbox o
                        WHERE (o.tx::text::bigint % 4294967296)::text = r.xid
                          AND o.payload ->> 'sku' = (SELECT code FROM ledger.sku WHERE id = p_sku)
                          AND o.payload ->> 'location' = (SELECT code FROM ledger.location WHERE id = p_location)
                          AND (o.payload ->> p_bucket)::bigint = r.total)
    )
    SELECT a.id, (SELECT min(r.id) FROM run r WHERE r.id > coalesce(a.id, 0)) FROM agreed a
$$;

-- Checks the stock rows touched by up to p_limit outbox events after the cursor and advances it.
CREATE FUNCTION api.drift_check(p_limit integer DEFAULT 10000)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    d ledger.drift_state;
    v_events integer;
    v_last_tx xid8;
    v_last_id bigint;
    v_sku integer[];
    v_location integer[];
    v_found integer;
    v_open integer;
BEGIN
    SELECT * INTO d FROM ledger.drift_state FOR UPDATE;
    WITH batch AS (
        SELECT o.tx, o.id, o.payload FROM ledger.outbox o
         WHERE (o.tx, o.id) > (d.last_tx, d.last_id) AND o.tx < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY o.tx, o.id LIMIT greatest(coalesce(p_limit, 10000), 1)
    ), last AS (
        SELECT b.tx, b.id FROM batch b ORDER BY b.tx DESC, b.id DESC LIMIT 1
    )
    SELECT (SELECT count(*) FROM batch), (SELECT tx FROM last), (SELECT id FROM last),
           array_agg(k.id), array_agg(l.id)
      INTO v_events, v_last_tx, v_last_id, v_sku, v_location
      FROM (SELECT DISTINCT b.payload ->> 'sku' AS sku, b.payload ->> 'location' AS location FROM batch b
             WHERE b.payload ? 'sku' AND b.payload ? 'location') t
      JOIN ledger.sku k ON k.code = t.sku JOIN ledger.location l ON l.code = t.location;
    IF v_events = 0 THEN
        SELECT count(*) INTO v_open FROM ledger.drift_finding WHERE resolved_at IS NULL;
        UPDATE ledger.drift_state SET checked_at = ledger.clock();
        RETURN jsonb_build_object('events', 0, 'rows', 0, 'found', 0, 'open', v_open);
    END IF;
    WITH diverged AS (
        SELECT v.* FROM ledger.verify_rows(coalesce(v_sku, '{}'), coalesce(v_location, '{}')) v
    ), fresh AS (
        INSERT INTO ledger.drift_finding (sku_id, location_id, bucket, source, balance, expected,
                                          first_divergent_movement, after_movement)
        SELECT v.sku_id, v.location_id, v.bucket, v.source, v.balance, v.expected, o.first_divergent, o.after_movement
          FROM diverged v CROSS JOIN LATERAL ledger.drift_origin(v.sku_id, v.location_id, v.bucket) o
        ON CONFLICT (sku_id, location_id, bucket, source) WHERE resolved_at IS NULL
           DO UPDATE SET balance = excluded.balance, expected = excluded.expected
        RETURNING 1
    )
    SELECT count(*) INTO v_found FROM fresh;
    -- Findings on the rows checked that no longer diverge resolve themselves (a repair, or the cause undone).
    UPDATE ledger.drift_finding f SET resolved_at = ledger.clock(), resolved_by = coalesce(f.resolved_by, 'drift_check')
     WHERE f.resolved_at IS NULL
       AND (f.sku_id, f.location_id) IN (SELECT * FROM unnest(v_sku, v_location))
       AND NOT EXISTS (SELECT 1 FROM ledger.verify_rows(ARRAY[f.sku_id], ARRAY[f.location_id]) v
                        WHERE v.bucket = f.bucket AND v.source = f.source);
    UPDATE ledger.drift_state SET last_tx = v_last_tx, last_id = v_last_id, checked_at = ledger.clock();
    SELECT count(*) INTO v_open FROM ledger.drift_finding WHERE resolved_at IS NULL;
    RETURN jsonb_build_object('events', v_events, 'rows', coalesce(cardinality(v_sku), 0), 'found', v_found,
                              'open', v_open);
END
$$;

-- Repairs a row's bucket whose balance differs from its movements by a compensating movement (kind 'adjust', the
-- reason given, reference 'drift finding N'): the movements then sum to the balance. The balance is not changed.
CREATE FUNCTION api.drift_repair(p_sku text, p_location text, p_bucket text, p_reason text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_reason text := nullif(btrim(p_reason), '');
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'bucket', p_bucket, 'reason', v_reason);
    v_done jsonb := ledger.replay(p_key, 'drift_repair', v_req);
    k record;
    l record;
    s ledger.stock_level;
    v_sum bigint;
    v_balance bigint;
    v_finding bigint;
    v_movement bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF v_reason IS NULL OR length(v_reason) > 200 THEN
        RAISE EXCEPTION 'reason required: say in 1 to 200 characters why the ledger is repaired' USING ERRCODE = 'SR004';
    END IF;
    IF p_bucket IS NULL OR p_bucket NOT IN ('on_hand', 'reserved', 'inbound', 'damaged', 'safety_stock', 'backordered') THEN
        RAISE EXCEPTION 'unknown bucket "%"', coalesce(p_bucket, '') USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    SELECT * INTO s FROM ledger.stock_level WHERE sku_id = k.id AND location_id = l.id FOR NO KEY UPDATE;
    SELECT coalesce(sum(m.quantity), 0)::bigint INTO v_sum FROM ledger.movement m
     WHERE m.sku_id = k.id AND m.location_id = l.id AND m.bucket = p_bucket;
    v_balance := coalesce((ledger.balances(s) ->> p_bucket)::bigint, 0);
    IF v_balance = v_sum THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION '% of % at % equals its movements (%): nothing to repair', p_bucket, k.code, l.code, v_sum
            USING ERRCODE = 'SR005';
    END IF;
    SELECT id INTO v_finding FROM ledger.drift_finding
     WHERE sku_id = k.id AND location_id = l.id AND bucket = p_bucket AND source = 'ledger' AND resolved_at IS NULL;
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
    VALUES ('adjust', k.id, l.id, p_bucket, v_balance - v_sum, v_reason,
            coalesce('drift finding ' || v_finding, 'drift repair'), p_key)
    RETURNING id INTO v_movement;
    UPDATE ledger.drift_finding SET resolved_at = ledger.clock(), resolved_by = session_user,
                                    repair_movement = v_movement, repair_reason = v_reason
     WHERE id = v_finding;
    UPDATE ledger.stock_level SET version = version + 1 WHERE sku_id = k.id AND location_id = l.id RETURNING * INTO s;
    PERFORM ledger.emit('drift_repair', s, k.code, l.code,
                        jsonb_build_object('bucket', p_bucket, 'compensation', v_balance - v_sum, 'reason', v_reason));
    RETURN ledger.remember(p_key, 'drift_repair', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code, 'bucket', p_bucket,
                                              'compensation', v_balance - v_sum, 'movement', v_movement,
                                              'finding', v_finding));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Reads (no view calls a ledger function: a view runs functions with its reader's rights)

CREATE VIEW api.reconcile_sources AS
    SELECT name, mapping, policy, updated_by, updated_at FROM ledger.reconcile_source;

CREATE VIEW api.drift AS
    SELECT f.id AS finding, k.code AS sku, l.code AS location, l.region, f.bucket, f.source, f.balance, f.expected,
           f.balance - f.expected AS difference, f.first_divergent_movement, f.after_movement, f.found_at,
           now() - f.found_at AS age
      FROM ledger.drift_finding f JOIN ledger.sku k ON k.id = f.sku_id JOIN ledger.location l ON l.id = f.location_id
     WHERE f.resolved_at IS NULL;

CREATE VIEW api.snapshot_summary AS
    SELECT s.id AS snapshot, s.source, s.as_of, s.state, s.file_name, s.imported_by, s.imported_at, s.line_count,
           count(x.id) FILTER (WHERE x.class = 'matched') AS matched,
           count(x.id) FILTER (WHERE x.class = 'timing') AS timing,
           count(x.id) FILTER (WHERE x.class = 'unknown') AS unknown,
           count(x.id) FILTER (WHERE x.class = 'bucket') AS bucket,
           count(x.id) FILTER (WHERE x.class = 'variance') AS variance,
           count(x.id) FILTER (WHERE x.state = 'proposed') AS proposed,
           count(x.id) FILTER (WHERE x.state = 'approved') AS approved,
           count(x.id) FILTER (WHERE x.line_no IS NULL) AS ledger_only
      FROM ledger.snapshot s LEFT JOIN ledger.snapshot_line x ON x.snapshot_id = s.id
     GROUP BY s.id;

-- The lines behind the summary (drill-down), filter on snapshot, class, location, region.
CREATE VIEW api.snapshot_lines AS
    SELECT x.snapshot_id AS snapshot, x.line_no, coalesce(k.code, x.sku_text) AS sku,
           coalesce(l.code, x.location_text) AS location, l.region, x.bucket, x.class, x.book, x.quantity AS theirs,
           x.difference, x.policy, x.proposed, x.expected_on_hand, x.state, x.movement_id
      FROM ledger.snapshot_line x LEFT JOIN ledger.sku k ON k.id = x.sku_id
      LEFT JOIN ledger.location l ON l.id = x.location_id;

-- Inventory record accuracy: per day, location and ABC class, the counted lines decided and those within tolerance.
CREATE VIEW api.count_accuracy AS
    SELECT coalesce(cl.decided_at, cs.submitted_at)::date AS day, l.code AS location, l.region, cl.abc_class,
           count(*) AS counted_lines, count(*) FILTER (WHERE cl.within_tolerance) AS within_tolerance,
           round(count(*) FILTER (WHERE cl.within_tolerance)::numeric / count(*), 4) AS share
      FROM ledger.count_line cl JOIN ledger.count_session cs ON cs.id = cl.session_id
      JOIN ledger.location l ON l.id = cs.location_id
     WHERE cl.within_tolerance IS NOT NULL AND coalesce(cl.decided_at, cs.submitted_at) IS NOT NULL
     GROUP BY 1, 2, 3, 4;

-- Adjustments and count variances by reason (on hand; damaged moves count under their reason): units (signed and
-- absolute) and value at unit cost (NULL cost: no value).
CREATE VIEW api.variance_by_reason AS
    SELECT m.at::date AS day, l.code AS location, l.region, m.kind, coalesce(m.reason, m.kind) AS reason,
           count(*) AS movements, sum(m.quantity) AS units, sum(abs(m.quantity)) AS units_abs,
           sum(abs(m.quantity) * k.unit_cost) AS value
      FROM ledger.movement m JOIN ledger.location l ON l.id = m.location_id JOIN ledger.sku k ON k.id = m.sku_id
     WHERE m.kind IN ('adjust', 'count', 'count_variance') AND m.bucket = 'on_hand'
     GROUP BY 1, 2, 3, 4, 5;

-- Shrinkage per day and location: units lost (adjustments lost, theft, damaged, expired, scrapped, and negative count
-- variances) against units sold (commits).
CREATE VIEW api.shrinkage AS
    SELECT m.at::date AS day, l.code AS location, l.region,
           coalesce(sum(-m.quantity) FILTER (WHERE m.kind = 'adjust' AND m.reason IN ('lost', 'theft', 'expired')
                                                  AND m.bucket = 'on_hand'
                                             OR m.kind = 'adjust' AND m.reason = 'scrapped' AND m.bucket = 'damaged'
                                             OR m.kind IN ('count', 'count_variance') AND m.quantity < 0
                                                AND m.bucket = 'on_hand'), 0) AS units_lost,
           coalesce(sum(-m.quantity) FILTER (WHERE m.kind = 'commit' AND m.bucket = 'on_hand'), 0) AS units_sold
      FROM ledger.movement m JOIN ledger.location l ON l.id = m.location_id
     WHERE m.kind IN ('adjust', 'count', 'count_variance', 'commit')
     GROUP BY 1, 2, 3;

-- Count coverage: per location and ABC class, stock rows and those counted within their class's interval (365 /
-- counts_per_year days; last count: an approved session line or a single-line count, as version 9 reads it).
CREATE VIEW api.count_coverage AS
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
    SELECT l.code AS location, l.region, x.abc_class, count(*) AS rows,
           count(*) FILTER (WHERE x.last_counted > now() - interval '1 day' * (365.0 / p.counts_per_year))
               AS counted_within_interval,
           round(count(*) FILTER (WHERE x.last_counted > now() - interval '1 day' * (365.0 / p.counts_per_year))::numeric
                 / count(*), 4) AS share
      FROM last x JOIN ledger.count_policy p ON p.abc_class = x.abc_class
      JOIN ledger.location l ON l.id = x.location_id
     GROUP BY 1, 2, 3;

-- Counts per day (the heat map): observations and distinct SKUs counted per location.
CREATE VIEW api.counts_per_day AS
    SELECT o.recorded_at::date AS day, l.code AS location, l.region, count(*) AS observations,
           count(DISTINCT o.sku_id) AS skus
      FROM ledger.count_observation o JOIN ledger.location l ON l.id = o.location_id
     GROUP BY 1, 2, 3;

-- What is open, with its age: snapshot variances to approve, drift findings, count lines waiting for a decision.
CREATE VIEW api.open_discrepancies AS
    SELECT 'snapshot_variance' AS kind, 'snapshot ' || x.snapshot_id AS reference, k.code AS sku, l.code AS location,
           l.region, x.proposed AS units, s.classified_at AS since, now() - s.classified_at AS age
      FROM ledger.snapshot_line x JOIN ledger.snapshot s ON s.id = x.snapshot_id
      JOIN ledger.sku k ON k.id = x.sku_id JOIN ledger.location l ON l.id = x.location_id
     WHERE x.state = 'proposed'
    UNION ALL
    SELECT 'drift', 'drift finding ' || f.id, k.code, l.code, l.region, f.balance - f.expected, f.found_at,
           now() - f.found_at
      FROM ledger.drift_finding f JOIN ledger.sku k ON k.id = f.sku_id JOIN ledger.location l ON l.id = f.location_id
     WHERE f.resolved_at IS NULL
    UNION ALL
    SELECT 'count_pending', 'count session ' || cl.session_id, k.code, l.code, l.region, cl.variance,
           cs.submitted_at, now() - cs.submitted_at
      FROM ledger.count_line cl JOIN ledger.count_session cs ON cs.id = cl.session_id
      JOIN ledger.sku k ON k.id = cl.sku_id JOIN ledger.location l ON l.id = cs.location_id
     WHERE cl.state IN ('pending', 'recount') AND cs.state = 'review';

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

GRANT SELECT ON api.reconcile_sources, api.drift, api.snapshot_summary, api.snapshot_lines, api.count_accuracy,
                api.variance_by_reason, api.shrinkage, api.count_coverage, api.counts_per_day, api.open_discrepancies
    TO stockroom_supervisor;
GRANT EXECUTE ON FUNCTION api.drift_repair(text, text, text, text, text) TO stockroom_manager;
GRANT EXECUTE ON FUNCTION api.reconcile_source_set(text, jsonb, jsonb, text),
                          api.snapshot_begin(text, timestamptz, text, integer, text),
                          api.snapshot_load(bigint, integer[], text[], text[], text[], bigint[]),
                          api.snapshot_classify(bigint, interval), api.snapshot_review(bigint, boolean),
                          api.snapshot_approve(bigint, text[], text), api.drift_check(integer)
    TO stockroom_supervisor;
