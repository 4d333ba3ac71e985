-- Version 9: count schedules. What is due to be counted, per stock row (SKU x location): its ABC class (version 8's
-- ledger.sku_class, from the value sold over the last 90 days), its last approved count, and the class's frequency
-- (count_policy.counts_per_year, so every 365 / counts_per_year days); plus triggers that make a row due now. A
-- daily workload cap per location turns what is due into today's plan, and one call makes the plan a session.
--
-- Rules this version enforces, for every client:
--   - A row's last count is its newest approved count: a session's line approved at that location (counted when its
--     newest observation was recorded), or a single-line count (api.count, movement kind 'count'; one that found no
--     difference leaves no movement, so it is not seen). A row never counted is due now.
--   - Triggers make a row due now, whatever its date: "zero", it went to zero since its last count (on hand 0 and
--     its newest on-hand movement took stock away, and was not a count); "variance", its last count found a
--     difference (a session line's variance, or any single-line count, which only leaves a movement when it found
--     one). A count clears both. Refused calls for insufficient stock would be a third trigger, but a refusal rolls
--     back with its transaction and nothing records it; recording them would put a write on the hot path's failure
--     branch, so this version does not.
--   - Rows already in an open session (counting or under review) are shown as such and never planned twice.
--   - The plan of a day takes, per location, at most its lines_per_day (count_capacity; a row without a location
--     is the default for every other), in priority order: triggers first (zero, then variance), then the most
--     overdue, then class A before B before C, then SKU code. It shows no quantities, and only managers read it:
--     the "zero" reason would tell a blind counter what to expect. Associates get their work as sessions.
--   - api.count_session_from_plan creates the session of a location's plan in one call; two at once for one
--     location plan one after the other, so they never take the same rows.
--   - Policies and capacities are supervisors' settings, idempotent with keys and told as outbox events.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

ALTER TABLE ledger.count_policy ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- How many lines a location counts a day at most. The row without a location is the default for all others.
CREATE TABLE ledger.count_capacity (
    location_id   integer UNIQUE NULLS NOT DISTINCT REFERENCES ledger.location (id),
    lines_per_day integer NOT NULL DEFAULT 200 CHECK (lines_per_day BETWEEN 0 AND 100000),
    version       bigint NOT NULL DEFAULT 0
);
INSERT INTO ledger.count_capacity (location_id, lines_per_day) VALUES (NULL, 200);

-- Changed: a SKU's class goes by the share of sales value *before* it, so the SKU that crosses 80 % is an A (a best
-- seller that makes 90 % of the value on its own was a B), and the one that crosses 95 % a B. The rest, and every
-- SKU that sold nothing, are C, as before.
CREATE OR REPLACE VIEW ledger.sku_class AS
    WITH sold AS (
        SELECT m.sku_id, sum(-m.quantity * coalesce(k.unit_cost, 1)) AS value
          FROM ledger.movement m JOIN ledger.sku k ON k.id = m.sku_id
         WHERE m.kind = 'commit' AND m.bucket = 'on_hand' AND m.at > now() - interval '90 days'
         GROUP BY m.sku_id
    ), ranked AS (
        SELECT sku_id, (sum(value) OVER (ORDER BY value DESC, sku_id) - value) / nullif(sum(value) OVER (), 0) AS share
          FROM sold WHERE value > 0
    )
    SELECT k.id AS sku_id,
           CASE WHEN r.share < 0.80 THEN 'A' WHEN r.share < 0.95 THEN 'B' ELSE 'C' END AS abc_class
      FROM ledger.sku k LEFT JOIN ranked r ON r.sku_id = k.id;

-- Single-line counts, found without reading the whole ledger. Partial: other movements never enter it.
CREATE INDEX movement_single_count ON ledger.movement (location_id, sku_id, id) WHERE kind = 'count';

-- ---------------------------------------------------------------------------------------------------------
-- What is due

-- Every stock row (of one location, or all when p_location is NULL) with its class, its last count, when it is
-- next due and why: reason 'zero' or 'variance' (triggers, due since the event), 'due' (its date has come),
-- 'never_counted' (due since it was first stocked) or NULL (not due on p_date). in_session: the open session
-- already counting it.
CREATE FUNCTION ledger.count_schedule(p_date date, p_location integer)
RETURNS TABLE (sku_id integer, location_id integer, abc_class text, counts_per_year integer,
               last_counted timestamptz, last_variance bigint, next_due date, reason text, due_since date,
               in_session bigint)
LANGUAGE sql STABLE AS $$
    WITH stock AS (
        SELECT s.sku_id, s.location_id, s.on_hand FROM ledger.stock_level s
         WHERE p_location IS NULL OR s.location_id = p_location
    ), session_count AS (
        -- The newest approved line per row (a later session counted later), and when its newest observation was made.
        SELECT DISTINCT ON (cs.location_id, cl.sku_id) cs.location_id, cl.sku_id, cl.variance, cl.session_id,
               cl.decided_at
          FROM ledger.count_line cl JOIN ledger.count_session cs ON cs.id = cl.session_id
         WHERE cl.state = 'approved' AND (p_location IS NULL OR cs.location_id = p_location)
         ORDER BY cs.location_id, cl.sku_id, cl.session_id DESC
    ), single_count AS (
        SELECT DISTINCT ON (m.location_id, m.sku_id) m.location_id, m.sku_id, m.at, m.quantity
          FROM ledger.movement m
         WHERE m.kind = 'count' AND (p_location IS NULL OR m.location_id = p_location)
         ORDER BY m.location_id, m.sku_id, m.id DESC
    ), counted AS (
        SELECT st.sku_id, st.location_id, st.on_hand,
               coalesce(c.abc_class, 'C') AS abc_class, p.counts_per_year,
               sc.at AS single_at, sc.quantity AS single_variance, se.variance AS session_variance,
               CASE WHEN se.session_id IS NOT NULL
                    THEN coalesce((SELECT o.recorded_at FROM ledger.count_observation o
                                    WHERE o.session_id = se.session_id AND o.sku_id = se.sku_id
                                    ORDER BY o.id DESC LIMIT 1), se.decided_at) END AS session_at
          FROM stock st
          LEFT JOIN ledger.sku_class c ON c.sku_id = st.sku_id
          JOIN ledger.count_policy p ON p.abc_class = coalesce(c.abc_class, 'C')
          LEFT JOIN session_count se ON se.location_id = st.location_id AND se.sku_id = st.sku_id
          LEFT JOIN single_count sc ON sc.location_id = st.location_id AND sc.sku_id = st.sku_id
    ), last AS (
        SELECT x.*,
               CASE WHEN x.session_at IS NULL OR x.single_at > x.session_at THEN x.single_at ELSE x.session_at END
                   AS last_counted,
               CASE WHEN x.session_at IS NULL OR x.single_at > x.session_at THEN x.single_variance
                    ELSE x.session_variance END AS last_variance
          FROM counted x
    ), open_line AS (
        SELECT cs.location_id, cl.sku_id, max(cs.id) AS session_id
          FROM ledger.count_session cs JOIN ledger.count_line cl ON cl.session_id = cs.id
         WHERE cs.state IN ('counting', 'review') AND cl.state NOT IN ('approved', 'rejected')
           AND (p_location IS NULL OR cs.location_id = p_location)
         GROUP BY cs.location_id, cl.sku_id
    ), judged AS (
        SELECT l.*,
               (l.last_counted + interval '1 day' * (365.0 / l.counts_per_year))::date AS next_due,
               CASE WHEN z.quantity < 0 AND z.kind NOT IN ('count', 'count_variance')
                         AND (l.last_counted IS NULL OR z.at > l.last_counted) THEN z.at END AS zero_at
          FROM last l
          LEFT JOIN LATERAL (
              -- Only for rows at zero: their newest on-hand movement.
              SELECT m.at, m.quantity, m.kind FROM ledger.movement m
               WHERE l.on_hand = 0 AND m.sku_id = l.sku_id AND m.location_id = l.location_id AND m.bucket = 'on_hand'
               ORDER BY m.id DESC LIMIT 1
          ) z ON true
    )
    SELECT j.sku_id, j.location_id, j.abc_class, j.counts_per_year, j.last_counted, j.last_variance, j.next_due,
           CASE WHEN j.zero_at IS NOT NULL THEN 'zero'
                WHEN j.last_variance <> 0 THEN 'variance'
                WHEN j.last_counted IS NULL THEN 'never_counted'
                WHEN j.next_due <= p_date THEN 'due' END AS reason,
           CASE WHEN j.zero_at IS NOT NULL THEN j.zero_at::date
                WHEN j.last_variance <> 0 THEN j.last_counted::date
                WHEN j.last_counted IS NULL
                THEN coalesce((SELECT m.at FROM ledger.movement m WHERE m.sku_id = j.sku_id
                                 AND m.location_id = j.location_id ORDER BY m.id LIMIT 1)::date, p_date)
                WHEN j.next_due <= p_date THEN j.next_due END AS due_since,
           o.session_id AS in_session
      FROM judged j
      LEFT JOIN open_line o ON o.location_id = j.location_id AND o.sku_id = j.sku_id
$$;

-- The functions that read the schedule run without JIT: the planner's estimate of the per-row lookups is far above
-- jit_above_cost, and compiling took 2 s of a 0.1 s plan on the demo data.

-- What is due on p_date, as a client reads it (the view api.count_due is today's): one row per stock row due to be
-- counted, with why and since when, and the open session that already counts it, if any.
CREATE FUNCTION api.count_due_on(p_location text, p_date date)
RETURNS TABLE (location text, sku text, name text, abc_class text, reason text, due_since date, next_due date,
               last_counted timestamptz, last_variance bigint, in_session bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ledger, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
    v_location integer;
BEGIN
    IF p_location IS NOT NULL THEN
        v_location := (ledger.location_of(p_location)).id;
    END IF;
    RETURN QUERY
        SELECT l.code, k.code, k.name, d.abc_class, d.reason, d.due_since, d.next_due, d.last_counted,
               d.last_variance, d.in_session
          FROM ledger.count_schedule(coalesce(p_date, current_date), v_location) d
          JOIN ledger.sku k ON k.id = d.sku_id JOIN ledger.location l ON l.id = d.location_id
         WHERE d.reason IS NOT NULL
         ORDER BY l.code, k.code;
END
$$;

CREATE VIEW api.count_due AS SELECT * FROM api.count_due_on(NULL, current_date);

-- The plan of a day (one location, or every one when p_location is NULL): per location the due rows not already in
-- an open session, in priority order, at most the location's lines_per_day; with totals per location and overall.
CREATE FUNCTION ledger.count_plan_of(p_date date, p_location integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH due AS (
        SELECT d.*, k.code AS sku, k.name, l.code AS location,
               CASE d.reason WHEN 'zero' THEN 0 WHEN 'variance' THEN 1 ELSE 2 END AS urgency
          FROM ledger.count_schedule(p_date, p_location) d
          JOIN ledger.sku k ON k.id = d.sku_id JOIN ledger.location l ON l.id = d.location_id
         WHERE d.reason IS NOT NULL
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
          FROM ledger.location l WHERE p_location IS NULL OR l.id = p_location
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
                     FROM counted c))
$$;

CREATE FUNCTION api.count_plan(p_location text, p_date date DEFAULT current_date)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ledger, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
    v_location integer;
BEGIN
    IF p_location IS NOT NULL THEN
        v_location := (ledger.location_of(p_location)).id;
    END IF;
    RETURN ledger.count_plan_of(coalesce(p_date, current_date), v_location);
END
$$;

-- "What to count today" in one action: a session over the location's plan of p_date (blind unless p_blind is
-- false). Calls for one location take turns, so a second one plans the rows the first left over (or finds nothing
-- left); a retry with the key replays the first result.
CREATE FUNCTION api.count_session_from_plan(p_location text, p_date date, p_blind boolean, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ledger, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
    v_date date := coalesce(p_date, current_date);
    v_req jsonb := jsonb_build_object('location', p_location, 'date', v_date, 'blind', coalesce(p_blind, true));
    v_done jsonb;
    l record;
    v_plan jsonb;
    v_skus text[];
    v_session jsonb;
BEGIN
    IF p_location IS NULL THEN
        RAISE EXCEPTION 'a count session counts one location: name it' USING ERRCODE = 'SR004';
    END IF;
    l := ledger.location_of(p_location);
    -- Take turns per location, then look for the key: a call that waited sees the first one's key and session.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('stockroom.count_plan'), l.id);
    v_done := ledger.replay(p_key, 'count_session_from_plan', v_req);
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    v_plan := ledger.count_plan_of(v_date, l.id);
    v_skus := ARRAY(SELECT x ->> 'sku' FROM jsonb_array_elements(v_plan -> 'lines') x);
    IF cardinality(v_skus) = 0 THEN
        RAISE EXCEPTION 'nothing to count at % on %: no stock row is due that is not in an open session already',
            l.code, v_date USING ERRCODE = 'SR004';
    END IF;
    v_session := api.count_session_create(l.code, v_skus, NULL, false, coalesce(p_blind, true), NULL,
                                          'plan of ' || v_date, 'count-plan/' || md5(p_key));
    RETURN ledger.remember(p_key, 'count_session_from_plan', v_req,
                           (v_session - 'replayed')
                           || jsonb_build_object('date', v_date, 'planned', v_plan -> 'totals' -> 'planned',
                                                 'over_cap', v_plan -> 'totals' -> 'over_cap'));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Settings (supervisors)

CREATE FUNCTION ledger.count_policy_details(p_class text) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('abc_class', p.abc_class, 'tolerance_percent', p.tolerance_percent,
                              'unit_floor', p.unit_floor, 'value_limit', p.value_limit,
                              'counts_per_year', p.counts_per_year)
      FROM ledger.count_policy p WHERE p.abc_class = p_class
$$;

-- Edits one class's tolerance and frequency. A NULL argument leaves that setting as it is.
CREATE FUNCTION api.set_count_policy(p_class text, p_tolerance_percent numeric, p_unit_floor bigint,
                                     p_value_limit numeric, p_counts_per_year integer, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('class', p_class, 'tolerance_percent', p_tolerance_percent,
                                      'unit_floor', p_unit_floor, 'value_limit', p_value_limit,
                                      'counts_per_year', p_counts_per_year);
    v_done jsonb := ledger.replay(p_key, 'set_count_policy', v_req);
    v ledger.count_policy;
    v_before jsonb;
    v_after jsonb;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_tolerance_percent NOT BETWEEN 0 AND 100 OR p_tolerance_percent <> round(p_tolerance_percent, 2) THEN
        RAISE EXCEPTION 'a tolerance is 0 to 100 percent, to two decimals, not %', p_tolerance_percent
            USING ERRCODE = 'SR004';
    END IF;
    IF p_unit_floor < 0 OR p_unit_floor > 100000000 THEN
        RAISE EXCEPTION 'a unit floor is 0 to 100000000 units, not %', p_unit_floor USING ERRCODE = 'SR004';
    END IF;
    IF p_value_limit < 0 OR p_value_limit >= 10000000000 OR p_value_limit <> round(p_value_limit, 2) THEN
        RAISE EXCEPTION 'a value limit is zero or more, in whole cents below 10000000000, not %', p_value_limit
            USING ERRCODE = 'SR004';
    END IF;
    IF p_counts_per_year NOT BETWEEN 1 AND 365 THEN
        RAISE EXCEPTION 'counts a year: 1 to 365, not %', p_counts_per_year USING ERRCODE = 'SR004';
    END IF;
    SELECT * INTO v FROM ledger.count_policy WHERE abc_class = p_class FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ABC class "%": A, B or C', p_class USING ERRCODE = 'SR004';
    END IF;
    v_before := ledger.count_policy_details(v.abc_class);
    UPDATE ledger.count_policy
       SET tolerance_percent = coalesce(p_tolerance_percent, tolerance_percent),
           unit_floor = coalesce(p_unit_floor, unit_floor), value_limit = coalesce(p_value_limit, value_limit),
           counts_per_year = coalesce(p_counts_per_year, counts_per_year)
     WHERE abc_class = v.abc_class;
    v_after := ledger.count_policy_details(v.abc_class);
    IF v_after <> v_before THEN
        UPDATE ledger.count_policy SET version = version + 1 WHERE abc_class = v.abc_class RETURNING * INTO v;
        INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
        VALUES ('count_policy:' || v.abc_class, v.version, 'count_policy_update', v_after);
    END IF;
    RETURN ledger.remember(p_key, 'set_count_policy', v_req,
                           v_after || jsonb_build_object('changed', v_after <> v_before));
END
$$;

-- Sets how many lines a location counts a day at most; p_location NULL sets the default for every location that
-- has none of its own.
CREATE FUNCTION api.set_count_capacity(p_location text, p_lines_per_day integer, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('location', p_location, 'lines_per_day', p_lines_per_day);
    v_done jsonb := ledger.replay(p_key, 'set_count_capacity', v_req);
    v_location integer;
    v_code text;
    v_before integer;
    v ledger.count_capacity;
    v_after jsonb;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_lines_per_day IS NULL OR p_lines_per_day NOT BETWEEN 0 AND 100000 THEN
        RAISE EXCEPTION 'lines a day: 0 to 100000, not %', coalesce(p_lines_per_day::text, 'empty')
            USING ERRCODE = 'SR004';
    END IF;
    IF p_location IS NOT NULL THEN
        SELECT l.id, l.code INTO v_location, v_code FROM ledger.location_of(p_location) l;
    END IF;
    SELECT c.lines_per_day INTO v_before FROM ledger.count_capacity c
     WHERE c.location_id IS NOT DISTINCT FROM v_location FOR NO KEY UPDATE;
    INSERT INTO ledger.count_capacity AS c (location_id, lines_per_day, version)
    VALUES (v_location, p_lines_per_day, 1)
    ON CONFLICT (location_id) DO UPDATE SET lines_per_day = excluded.lines_per_day,
                                            version = c.version + (c.lines_per_day <> excluded.lines_per_day)::integer
    RETURNING * INTO v;
    v_after := jsonb_build_object('location', v_code, 'lines_per_day', v.lines_per_day);
    IF v_before IS DISTINCT FROM p_lines_per_day THEN
        INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
        VALUES ('count_capacity:' || coalesce(v_code, '*'), v.version, 'count_capacity_update', v_after);
    END IF;
    RETURN ledger.remember(p_key, 'set_count_capacity', v_req,
                           v_after || jsonb_build_object('changed', v_before IS DISTINCT FROM p_lines_per_day));
END
$$;

CREATE VIEW api.count_capacity AS
    SELECT l.code AS location, c.lines_per_day
      FROM ledger.count_capacity c LEFT JOIN ledger.location l ON l.id = c.location_id;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

-- Managers plan (the plan's "zero" reason would tell a blind counter what to expect; associates get sessions).
GRANT SELECT ON api.count_due, api.count_capacity TO stockroom_manager;
GRANT EXECUTE ON FUNCTION api.count_due_on(text, date), api.count_plan(text, date),
                          api.count_session_from_plan(text, date, boolean, text)
    TO stockroom_manager;
GRANT EXECUTE ON FUNCTION api.set_count_policy(text, numeric, bigint, numeric, integer, text),
                          api.set_count_capacity(text, integer, text)
    TO stockroom_supervisor;
