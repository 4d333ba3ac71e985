-- Version 17: reads that show only what the login may see (issue 10). Version 14 scoped the writes and the views;
-- these reads still answered for every location.
--
-- Changes
--   api.events_after(after, limit)   a login with a scope gets the events of its locations (a stock row's event by
--                              its location, an order's when api.orders shows the order, a count session's by the
--                              session's location); reference events (SKUs, locations, policies, snapshots) stay
--                              everyone's. When the events in scope run out before the limit, one last row of type
--                              'scope_skip' (no aggregate, an empty payload) carries the id of the newest event
--                              passed over, so that the caller's cursor moves past what it may not see instead of
--                              reading it again on every call. Unscoped logins get exactly what they got before.
--   api.stock_as_of, api.verify, api.count_due_on   the rows of the login's locations; a location named outside
--                              them is refused (42501) like a write there. Their old bodies stay as
--                              ledger.unscoped_<name>, which no persona may call.
--   ledger.count_plan_of       (api.count_plan's, api.count_session_from_plan's) the plan of the login's locations; a
--                              location outside them is refused (42501) before anything is planned
--   api.count_sheet, api.count_review   a session at a location outside the login's is refused (42501)
--   api.allocation_preview     only locations in the login's scope are eligible, so every plan (and
--                              api.order_allocate_strategy, which takes its plan from here) ships from where the
--                              login may reserve; other locations are listed as not eligible, with no stock
--   api.snapshot_review        the lines at the login's locations, and the summary counted from them
--   api.snapshot_summary       counts of the lines at the login's locations (the stored summary is the whole file's)
--   api.order_board            counts of the orders api.orders shows, their fulfillments api.fulfillments shows, and
--                              their returns
--
-- Left as they were: api.drift_check, api.sweep, api.purge and api.stock_rank_refresh are ledger-wide jobs (their
-- results are counts); api.events_head is one number; SKUs, locations, channels and policies are reference data.

SET LOCAL ROLE stockroom_owner;

-- ---------------------------------------------------------------------------------------------------------
-- Which events a login sees

-- Whether the login sees an outbox event; p_locations and p_channels are its scope (NULL: everything).
CREATE FUNCTION ledger.event_in_scope(p_type text, p_payload jsonb, p_locations text[], p_channels text[])
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT CASE
               WHEN p_type = 'order' THEN
                   (p_channels IS NULL OR p_payload ->> 'channel' = ANY (p_channels))
                   AND (p_locations IS NULL
                        OR EXISTS (SELECT 1 FROM api.orders o
                                    WHERE o.ref = p_payload ->> 'order' AND o.channel = p_payload ->> 'channel'))
               WHEN p_type = 'count' THEN
                   p_locations IS NULL
                   OR EXISTS (SELECT 1 FROM ledger.count_session cs JOIN ledger.location l ON l.id = cs.location_id
                               WHERE cs.id = (p_payload ->> 'session')::bigint AND l.code = ANY (p_locations))
               WHEN p_payload ? 'location' AND p_payload ? 'sku' THEN
                   p_locations IS NULL OR p_payload ->> 'location' = ANY (p_locations)
               ELSE true
           END
$$;

CREATE OR REPLACE FUNCTION api.events_after(p_after bigint DEFAULT 0, p_limit integer DEFAULT 1000)
RETURNS TABLE (id bigint, aggregate text, aggregate_version bigint, event_type text, payload jsonb,
               created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_tx xid8 := '0';
    r ledger.retention;
    v_locations text[] := ledger.scope_location_codes();
    v_channels text[] := ledger.scope_channels();
    v_shown integer := 0;
    v_passed bigint;
    e record;
BEGIN
    IF coalesce(p_after, 0) > 0 THEN
        SELECT o.tx INTO v_tx FROM ledger.outbox o WHERE o.id = p_after;
        IF NOT FOUND THEN
            SELECT * INTO r FROM ledger.retention;
            IF p_after <= r.events_purged_through THEN
                RAISE EXCEPTION 'event % is gone: events up to % were purged after the retention of %; start again from api.events_head()',
                    p_after, r.events_purged_through, r.event_retention USING ERRCODE = 'SR007';
            END IF;
            RAISE EXCEPTION 'unknown event %: the outbox never had it (a cursor from another ledger?); start again from api.events_head()',
                p_after USING ERRCODE = 'SR003';
        END IF;
    END IF;
    IF v_locations IS NULL AND v_channels IS NULL THEN
        RETURN QUERY
            SELECT o.id, o.aggregate, o.aggregate_version, o.event_type, o.payload, o.created_at
              FROM ledger.outbox o
             WHERE (o.tx, o.id) > (v_tx, greatest(coalesce(p_after, 0), 0))
               AND o.tx < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY o.tx, o.id
             LIMIT greatest(p_limit, 1);
        RETURN;
    END IF;
    FOR e IN SELECT o.id, o.aggregate, o.aggregate_version, o.event_type, o.payload, o.created_at
               FROM ledger.outbox o
              WHERE (o.tx, o.id) > (v_tx, greatest(coalesce(p_after, 0), 0))
                AND o.tx < pg_snapshot_xmin(pg_current_snapshot())
              ORDER BY o.tx, o.id
    LOOP
        IF ledger.event_in_scope(e.event_type, e.payload, v_locations, v_channels) THEN
            id := e.id;
            aggregate := e.aggregate;
            aggregate_version := e.aggregate_version;
            event_type := e.event_type;
            payload := e.payload;
            created_at := e.created_at;
            RETURN NEXT;
            v_passed := NULL;
            v_shown := v_shown + 1;
            EXIT WHEN v_shown >= greatest(p_limit, 1);
        ELSE
            v_passed := e.id;
        END IF;
    END LOOP;
    IF v_passed IS NOT NULL THEN
        id := v_passed;
        aggregate := NULL;
        aggregate_version := NULL;
        event_type := 'scope_skip';
        payload := '{}';
        created_at := NULL;
        RETURN NEXT;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Reads of rows by location: the old bodies kept as ledger.unscoped_<name>, the API filters them

-- A location the caller names must be one of the login's (NULL: no location named).
CREATE FUNCTION ledger.require_location_code(p_location text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_location IS NOT NULL THEN
        PERFORM ledger.require_location((ledger.location_of(p_location)).id);
    END IF;
END
$$;

ALTER FUNCTION api.stock_as_of(timestamptz, text) RENAME TO unscoped_stock_as_of;
ALTER FUNCTION api.unscoped_stock_as_of(timestamptz, text) SET SCHEMA ledger;
ALTER FUNCTION api.verify() RENAME TO unscoped_verify;
ALTER FUNCTION api.unscoped_verify() SET SCHEMA ledger;
ALTER FUNCTION api.count_due_on(text, date) RENAME TO unscoped_count_due_on;
ALTER FUNCTION api.unscoped_count_due_on(text, date) SET SCHEMA ledger;
ALTER FUNCTION api.count_sheet(bigint) RENAME TO unscoped_count_sheet;
ALTER FUNCTION api.unscoped_count_sheet(bigint) SET SCHEMA ledger;
ALTER FUNCTION api.count_review(bigint) RENAME TO unscoped_count_review;
ALTER FUNCTION api.unscoped_count_review(bigint) SET SCHEMA ledger;
ALTER FUNCTION api.snapshot_review(bigint, boolean) RENAME TO unscoped_snapshot_review;
ALTER FUNCTION api.unscoped_snapshot_review(bigint, boolean) SET SCHEMA ledger;
REVOKE EXECUTE ON FUNCTION ledger.unscoped_stock_as_of(timestamptz, text), ledger.unscoped_verify(),
                           ledger.unscoped_count_due_on(text, date), ledger.unscoped_count_sheet(bigint),
                           ledger.unscoped_count_review(bigint), ledger.unscoped_snapshot_review(bigint, boolean)
    FROM stockroom_associate, stockroom_manager, stockroom_supervisor, stockroom_checkout, stockroom_admin;

CREATE FUNCTION api.stock_as_of(p_at timestamptz, p_location text DEFAULT NULL)
RETURNS TABLE (sku text, location text, on_hand bigint, reserved bigint, inbound bigint, damaged bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM ledger.require_location_code(p_location);
    RETURN QUERY
        SELECT v.* FROM ledger.unscoped_stock_as_of(p_at, p_location) v
         WHERE (SELECT ledger.scope_location_codes()) IS NULL
            OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[]);
END
$$;

CREATE FUNCTION api.verify()
RETURNS TABLE (sku text, location text, bucket text, balance bigint, expected bigint, source text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    SELECT v.* FROM ledger.unscoped_verify() v
     WHERE (SELECT ledger.scope_location_codes()) IS NULL
        OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[])
$$;

CREATE FUNCTION api.count_due_on(p_location text, p_date date)
RETURNS TABLE (location text, sku text, name text, abc_class text, reason text, due_since date, next_due date,
               last_counted timestamptz, last_variance bigint, in_session bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM ledger.require_location_code(p_location);
    RETURN QUERY
        SELECT v.* FROM ledger.unscoped_count_due_on(p_location, p_date) v
         WHERE (SELECT ledger.scope_location_codes()) IS NULL
            OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[]);
END
$$;

-- api.count_due filters ledger.unscoped_count_due, which called the old body: the caller may not call it now.
CREATE OR REPLACE VIEW ledger.unscoped_count_due AS SELECT * FROM api.count_due_on(NULL, current_date);

-- A session the login may not see is refused as its writes are; an unknown one is the old body's SR003.
CREATE FUNCTION ledger.require_session_scope(p_session bigint) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_location integer := (SELECT cs.location_id FROM ledger.count_session cs WHERE cs.id = p_session);
BEGIN
    IF v_location IS NOT NULL THEN
        PERFORM ledger.require_location(v_location);
    END IF;
END
$$;

CREATE FUNCTION api.count_sheet(p_session bigint)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM ledger.require_session_scope(p_session);
    RETURN ledger.unscoped_count_sheet(p_session);
END
$$;

CREATE FUNCTION api.count_review(p_session bigint)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM ledger.require_session_scope(p_session);
    RETURN ledger.unscoped_count_review(p_session);
END
$$;

-- The review of the lines at the login's locations: every line is read (p_all), the summary is counted from the
-- lines kept, then the matched ones are dropped unless asked for. A line whose location the ledger does not know
-- is nobody's location: only unscoped logins see it.
CREATE FUNCTION api.snapshot_review(p_snapshot bigint, p_all boolean DEFAULT false)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_locations text[] := ledger.scope_location_codes();
    v_review jsonb;
    v_lines jsonb;
BEGIN
    IF v_locations IS NULL THEN
        RETURN ledger.unscoped_snapshot_review(p_snapshot, p_all);
    END IF;
    v_review := ledger.unscoped_snapshot_review(p_snapshot, true);
    IF v_review IS NULL THEN
        RETURN NULL;
    END IF;
    v_lines := coalesce((SELECT jsonb_agg(l.value ORDER BY l.n) FROM jsonb_array_elements(v_review -> 'lines')
                                                                      WITH ORDINALITY l (value, n)
                          WHERE l.value ->> 'location' = ANY (v_locations)), '[]');
    RETURN v_review || jsonb_build_object(
        'summary', (SELECT jsonb_build_object(
                               'matched', count(*) FILTER (WHERE l.value ->> 'class' = 'matched'),
                               'timing', count(*) FILTER (WHERE l.value ->> 'class' = 'timing'),
                               'unknown', count(*) FILTER (WHERE l.value ->> 'class' = 'unknown'),
                               'bucket', count(*) FILTER (WHERE l.value ->> 'class' = 'bucket'),
                               'variance', count(*) FILTER (WHERE l.value ->> 'class' = 'variance'),
                               'ledger_only', count(*) FILTER (WHERE l.value -> 'line' = 'null'),
                               'proposed', count(*) FILTER (WHERE l.value ->> 'state' = 'proposed'),
                               'approved', count(*) FILTER (WHERE l.value ->> 'state' = 'approved'))
                      FROM jsonb_array_elements(v_lines) l),
        'lines', CASE WHEN p_all THEN v_lines
                      ELSE coalesce((SELECT jsonb_agg(l.value ORDER BY l.n)
                                       FROM jsonb_array_elements(v_lines) WITH ORDINALITY l (value, n)
                                      WHERE l.value ->> 'class' <> 'matched'), '[]') END);
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- The plan of a day, of the login's locations only (see version 9); a location named outside them is refused.
CREATE OR REPLACE FUNCTION ledger.count_plan_of(p_date date, p_location integer) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_location IS NOT NULL THEN
        PERFORM ledger.require_location(p_location);
    END IF;
    RETURN (
        WITH due AS (
            SELECT d.*, k.code AS sku, k.name, l.code AS location,
                   CASE d.reason WHEN 'zero' THEN 0 WHEN 'variance' THEN 1 ELSE 2 END AS urgency
              FROM ledger.count_schedule(p_date, p_location) d
              JOIN ledger.sku k ON k.id = d.sku_id JOIN ledger.location l ON l.id = d.location_id
             WHERE d.reason IS NOT NULL
               AND ((SELECT ledger.scope_locations()) IS NULL
                    OR d.location_id = ANY ((SELECT ledger.scope_locations())::integer[]))
        ), ranked AS (
            SELECT due.*,
                   row_number() OVER (PARTITION BY due.location_id, due.in_session IS NULL
                                      ORDER BY due.urgency, due.due_since, due.abc_class, due.sku) AS priority
              FROM due
        ), place AS (
            SELECT l.id, l.code,
                   coalesce((SELECT c.lines_per_day FROM ledger.count_capacity c WHERE c.location_id = l.id),
                            (SELECT c.lines_per_day FROM ledger.count_capacity c WHERE c.location_id IS NULL), 200)
                       AS lines_per_day
              FROM ledger.location l
             WHERE (p_location IS NULL OR l.id = p_location)
               AND ((SELECT ledger.scope_locations()) IS NULL OR l.id = ANY ((SELECT ledger.scope_locations())::integer[]))
        ), counted AS (
            SELECT p.id, p.code, p.lines_per_day,
                   count(r.sku_id) FILTER (WHERE r.in_session IS NULL) AS due,
                   count(r.sku_id) FILTER (WHERE r.in_session IS NULL AND r.priority <= p.lines_per_day) AS planned,
                   count(r.sku_id) FILTER (WHERE r.in_session IS NULL AND r.priority > p.lines_per_day) AS over_cap,
                   count(r.sku_id) FILTER (WHERE r.in_session IS NOT NULL) AS in_session,
                   count(r.sku_id) FILTER (WHERE r.in_session IS NULL AND r.urgency < 2) AS triggered
              FROM place p LEFT JOIN ranked r ON r.location_id = p.id
             GROUP BY p.id, p.code, p.lines_per_day
        )
        SELECT jsonb_build_object(
            'date', p_date,
            'location', (SELECT code FROM ledger.location WHERE id = p_location),
            'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                          'location', r.location, 'sku', r.sku, 'name', r.name, 'abc_class', r.abc_class,
                          'reason', r.reason, 'trigger', r.urgency < 2, 'due_since', r.due_since,
                          'days_overdue', p_date - r.due_since, 'last_counted', r.last_counted, 'priority', r.priority)
                          ORDER BY r.location, r.priority), '[]')
                        FROM ranked r JOIN place p ON p.id = r.location_id
                       WHERE r.in_session IS NULL AND r.priority <= p.lines_per_day),
            'locations', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                              'location', c.code, 'lines_per_day', c.lines_per_day, 'due', c.due, 'planned', c.planned,
                              'over_cap', c.over_cap, 'in_session', c.in_session, 'triggered', c.triggered)
                              ORDER BY c.code), '[]')
                            FROM counted c),
            'totals', (SELECT jsonb_build_object('due', coalesce(sum(c.due), 0), 'planned', coalesce(sum(c.planned), 0),
                                                 'over_cap', coalesce(sum(c.over_cap), 0),
                                                 'in_session', coalesce(sum(c.in_session), 0),
                                                 'triggered', coalesce(sum(c.triggered), 0))
                         FROM counted c)));
END
$$;
-- ---------------------------------------------------------------------------------------------------------
-- Allocation from where the login may reserve (version 7's body; only the site's eligibility changes)

CREATE OR REPLACE FUNCTION api.allocation_preview(p_ref text, p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    k_budget CONSTANT integer := 50000;
    o ledger.customer_order := ledger.order_of(p_ref, p_channel);
    c ledger.channel;
    d record;
    n record;
    f record;
    v_lines ledger.allocation_line[];
    v_sites ledger.allocation_site[];
    v_cells ledger.allocation_cell[];
    v_strict ledger.allocation_cell[];
    v_standing ledger.allocation_standing[];
    v_strict_standing ledger.allocation_standing[];
    v_picks ledger.allocation_pick[];
    v_exact boolean;
    v_note text;
    v_evaluated integer;
    v_plans jsonb[] := '{}';
BEGIN
    SELECT * INTO c FROM ledger.channel WHERE code = o.channel;
    SELECT * INTO d FROM ledger.order_destination(o);

    -- Everything the plans are computed from, in one query: the stock rows of the order's SKUs by primary key.
    WITH line AS (
        SELECT ol.line_no, (row_number() OVER (ORDER BY ol.line_no) - 1)::integer AS bit, ol.sku_id, k.code AS sku,
               ol.quantity AS wanted
          FROM ledger.order_line ol JOIN ledger.sku k ON k.id = ol.sku_id
         WHERE ol.order_id = o.id
    ), site AS (
        SELECT x.*, row_number() OVER (ORDER BY x.distance_km NULLS LAST, x.code)::integer AS nearness
          FROM (SELECT lo.id AS location_id, lo.code, lo.name, lo.kind, lo.latitude, lo.longitude,
                       ledger.distance_km(d.latitude, d.longitude, lo.latitude, lo.longitude) AS distance_km,
                       lo.kind = ANY (c.ship_from)
                           AND ((SELECT ledger.scope_locations()) IS NULL
                                OR lo.id = ANY ((SELECT ledger.scope_locations())::integer[])) AS eligible
                  FROM ledger.location lo) x
    ), stock AS MATERIALIZED (
        -- One index scan of the primary key for the order's SKUs, rather than a probe per line and location.
        SELECT st.sku_id, st.location_id, st.on_hand, st.reserved, st.safety_stock, st.version
          FROM ledger.stock_level st WHERE st.sku_id = ANY (ARRAY(SELECT l.sku_id FROM line l))
    ), cell AS (
        SELECT l.line_no, s.location_id, coalesce(st.on_hand, 0) AS on_hand, coalesce(st.reserved, 0) AS reserved,
               coalesce(st.safety_stock, 0) AS safety_stock, st.version
          FROM line l CROSS JOIN site s
          LEFT JOIN stock st ON st.sku_id = l.sku_id AND st.location_id = s.location_id
         WHERE s.eligible
    )
    SELECT ARRAY(SELECT ROW(l.line_no, l.bit, l.sku_id, l.sku, l.wanted)::ledger.allocation_line
                   FROM line l ORDER BY l.line_no),
           ARRAY(SELECT ROW(s.location_id, s.code, s.name, s.kind, s.latitude, s.longitude, s.distance_km, s.eligible,
                            s.nearness)::ledger.allocation_site
                   FROM site s ORDER BY s.nearness),
           ARRAY(SELECT ROW(x.line_no, x.location_id, x.on_hand, x.reserved, x.safety_stock, x.version,
                            greatest(x.on_hand - x.reserved
                                     - CASE WHEN c.respects_safety_stock THEN x.safety_stock ELSE 0 END, 0)
                           )::ledger.allocation_cell
                   FROM cell x),
           ARRAY(SELECT ROW(x.line_no, x.location_id, x.on_hand, x.reserved, x.safety_stock, x.version,
                            greatest(x.on_hand - x.reserved - x.safety_stock, 0))::ledger.allocation_cell
                   FROM cell x)
      INTO v_lines, v_sites, v_cells, v_strict;
    v_standing := ledger.allocation_standing(v_lines, v_cells, c.respects_safety_stock);
    v_strict_standing := CASE WHEN c.respects_safety_stock THEN v_standing
                              ELSE ledger.allocation_standing(v_lines, v_strict, true) END;

    SELECT * INTO n FROM ledger.allocation_fill(v_lines, v_sites, v_cells, false);
    v_plans := v_plans || ledger.allocation_plan(
        'nearest', n.picks, v_lines, v_sites, v_cells, v_standing, c, true, n.single,
        CASE WHEN NOT n.single THEN 'no single location can ship every line whole: taken from the nearest in turn' END);

    SELECT * INTO f FROM ledger.allocation_cover(v_lines, v_sites, v_cells, k_budget);
    v_evaluated := f.evaluated;
    v_plans := v_plans || ledger.allocation_same(v_plans[1], n.picks, f.picks, 'fewest_splits', f.exact, f.note);
    IF v_plans[2] IS NULL THEN
        v_plans[2] := ledger.allocation_plan('fewest_splits', f.picks, v_lines, v_sites, v_cells, v_standing, c, true,
                                             f.exact, f.note);
    END IF;

    v_plans := v_plans || ledger.allocation_plan(
        'balanced', (ledger.allocation_fill(v_lines, v_sites, v_cells, true)).picks, v_lines, v_sites, v_cells,
        v_standing, c, false, true, NULL);

    -- Where the channel respects safety stock its rule is this plan's already: nearest's or fewest_splits' plan.
    IF NOT c.respects_safety_stock THEN
        SELECT * INTO n FROM ledger.allocation_fill(v_lines, v_sites, v_strict, false);
    END IF;
    IF n.single THEN
        v_picks := n.picks;
        v_exact := true;
        v_note := NULL;
    ELSE
        IF NOT c.respects_safety_stock THEN
            SELECT * INTO f FROM ledger.allocation_cover(v_lines, v_sites, v_strict, k_budget);
            v_evaluated := v_evaluated + f.evaluated;
        END IF;
        v_picks := f.picks;
        v_exact := f.exact;
        v_note := f.note;
    END IF;
    IF c.respects_safety_stock THEN
        v_note := concat_ws('; ', format('channel %s already keeps safety stock', c.code), v_note);
    END IF;
    IF c.respects_safety_stock THEN
        v_plans[4] := coalesce(
            ledger.allocation_same(v_plans[1], n.picks, v_picks, 'protect_safety_stock', v_exact, v_note),
            ledger.allocation_same(v_plans[2], f.picks, v_picks, 'protect_safety_stock', v_exact, v_note));
    END IF;
    IF v_plans[4] IS NULL THEN
        v_plans[4] := ledger.allocation_plan('protect_safety_stock', v_picks, v_lines, v_sites, v_strict,
                                             v_strict_standing, c, true, v_exact, v_note);
    END IF;

    RETURN jsonb_build_object(
        'order', o.ref, 'channel', o.channel, 'state', o.state, 'allocatable', o.state = 'created',
        'destination', jsonb_build_object('latitude', d.latitude, 'longitude', d.longitude, 'pickup', d.pickup),
        'channel_policy', jsonb_build_object('channel', c.code, 'respects_safety_stock', c.respects_safety_stock,
                                             'ship_from', to_jsonb(c.ship_from)),
        'budget', jsonb_build_object('subsets', k_budget, 'evaluated', v_evaluated),
        'locations', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                 'location', s.code, 'name', s.name, 'kind', s.kind, 'latitude', s.latitude,
                                 'longitude', s.longitude, 'distance_km', round(s.distance_km::numeric, 3),
                                 'eligible', s.eligible) ORDER BY s.nearness), '[]')
                        FROM pg_catalog.unnest(v_sites) s),
        'plans', (WITH plan AS (
                      SELECT x.plan, x.n,
                             (SELECT jsonb_agg(jsonb_build_array(e.value -> 'sku', e.value -> 'location',
                                                                 e.value -> 'quantity')
                                               ORDER BY e.value ->> 'sku', e.value ->> 'location')
                                FROM jsonb_array_elements(x.plan -> 'lines') e) AS allocation
                        FROM pg_catalog.unnest(v_plans) WITH ORDINALITY x (plan, n)
                  ), ranked AS (
                      SELECT p.*, row_number() OVER (ORDER BY (p.plan ->> 'complete')::boolean DESC,
                                                     (p.plan ->> 'score')::numeric, p.n) AS rank
                        FROM plan p
                  )
                  SELECT jsonb_agg(r.plan || jsonb_build_object(
                             'rank', r.rank,
                             'same_as', (SELECT coalesce(jsonb_agg(q.plan -> 'strategy' ORDER BY q.n), '[]') FROM plan q
                                          WHERE q.n <> r.n AND q.allocation = r.allocation)) ORDER BY r.rank)
                    FROM ranked r));
END
$$;
-- ---------------------------------------------------------------------------------------------------------
-- Counts of what the login may see

-- The orders api.orders shows, their fulfillments api.fulfillments shows, and their returns.
CREATE OR REPLACE VIEW api.order_board AS
    WITH visible AS (
        SELECT o.id FROM api.orders o
    ), current AS (
        SELECT 'order'::text AS machine, o.state, o.state_since
          FROM ledger.customer_order o WHERE o.id IN (SELECT v.id FROM visible v)
        UNION ALL
        SELECT 'fulfillment', f.state, f.state_since
          FROM ledger.fulfillment f WHERE f.id IN (SELECT x.id FROM api.fulfillments x)
        UNION ALL
        SELECT 'return', r.state, r.state_since
          FROM ledger.order_return r WHERE r.order_id IN (SELECT v.id FROM visible v)
    )
    SELECT s.machine, s.state, s.position, s.terminal, extract(epoch FROM s.time_limit)::bigint AS time_limit_seconds,
           count(c.state) AS count, min(c.state_since) AS oldest_since,
           coalesce(extract(epoch FROM now() - min(c.state_since)), 0)::bigint AS oldest_age_seconds,
           coalesce(extract(epoch FROM avg(now() - c.state_since)), 0)::bigint AS average_age_seconds,
           count(c.state) FILTER (WHERE c.state_since + s.time_limit < now()) AS stuck
      FROM ledger.order_state s LEFT JOIN current c ON c.machine = s.machine AND c.state = s.state
     GROUP BY s.machine, s.state, s.position, s.terminal, s.time_limit;

-- The stored summary counts the whole file: a login with a scope gets its lines counted instead.
CREATE OR REPLACE VIEW api.snapshot_summary AS
    SELECT s.id AS snapshot, s.source, s.as_of, s.state, s.file_name, s.imported_by, s.imported_at, s.line_count,
           coalesce(w.summary ->> 'matched', count(x.id) FILTER (WHERE x.class = 'matched')::text)::bigint AS matched,
           coalesce(w.summary ->> 'timing', count(x.id) FILTER (WHERE x.class = 'timing')::text)::bigint AS timing,
           coalesce(w.summary ->> 'unknown', count(x.id) FILTER (WHERE x.class = 'unknown')::text)::bigint AS unknown,
           coalesce(w.summary ->> 'bucket', count(x.id) FILTER (WHERE x.class = 'bucket')::text)::bigint AS bucket,
           coalesce(w.summary ->> 'variance', count(x.id) FILTER (WHERE x.class = 'variance')::text)::bigint
               AS variance,
           count(x.id) FILTER (WHERE x.state = 'proposed') AS proposed,
           count(x.id) FILTER (WHERE x.state = 'approved') AS approved,
           coalesce(w.summary ->> 'ledger_only', count(x.id) FILTER (WHERE x.line_no IS NULL)::text)::bigint
               AS ledger_only
      FROM ledger.snapshot s
     CROSS JOIN LATERAL (SELECT CASE WHEN (SELECT ledger.scope_locations()) IS NULL THEN s.summary END AS summary) w
      LEFT JOIN ledger.snapshot_line x
             ON x.snapshot_id = s.id
            AND ((SELECT ledger.scope_locations()) IS NULL
                 OR x.location_id = ANY ((SELECT ledger.scope_locations())::integer[]))
     GROUP BY s.id, w.summary;

-- ---------------------------------------------------------------------------------------------------------
-- The grants the replaced functions had (see the versions that made them)

REVOKE EXECUTE ON FUNCTION ledger.event_in_scope(text, jsonb, text[], text[]), ledger.require_location_code(text),
                           ledger.require_session_scope(bigint)
    FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION api.stock_as_of(timestamptz, text), api.verify(), api.count_due_on(text, date),
                           api.count_sheet(bigint), api.count_review(bigint), api.snapshot_review(bigint, boolean)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.count_sheet(bigint) TO stockroom_associate;
GRANT EXECUTE ON FUNCTION api.count_due_on(text, date), api.count_review(bigint) TO stockroom_manager;
GRANT EXECUTE ON FUNCTION api.verify(), api.stock_as_of(timestamptz, text), api.snapshot_review(bigint, boolean)
    TO stockroom_supervisor;
