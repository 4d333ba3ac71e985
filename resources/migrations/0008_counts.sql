-- Version 8: cycle counts as observations pinned to the ledger. A count records what someone saw and the ledger
-- position at which they saw it (the stock row's newest movement); its variance is taken against on hand at that
-- position, so movements after it are netted out: stock keeps moving while people count, nothing is frozen, and a
-- late count can no longer undo the sales made while it was on its way.
--
-- Rules this version enforces, for every client:
--   - Counting happens in sessions (a location, all of its SKUs or a chosen set or an ABC class), blind by default:
--     for a login that is not a manager, no count function returns the expected quantity of a blind session.
--   - Observations are append-only (who, when, device, area, counted, position, expected at that position).
--     Several associates may count one session; per SKU their observations are summed per declared area, and two
--     counters in one area are flagged as a possible double count. A full count cannot be submitted until the SKUs
--     nobody counted are confirmed to be zero.
--   - Review: a tolerance per ABC class (percent of expected with a unit floor, and a value limit); a line outside
--     it is recounted automatically, by a different associate; the recount goes to a supervisor.
--   - Approval posts one count_variance movement per line, exactly once (the line's state is compare-and-set
--     under its lock; the key replays); a selection with any line that cannot be applied applies nothing and
--     names every such line at once. Reserved stock never blocks recording a count; where applying it would leave
--     less on hand than is reserved, approval refuses unless the supervisor releases holds (not orders' holds).
--   - api.count (the single-line count) is pinned as well, and is a manager's tool now: associates count in sessions.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- Every movement kind there was, and count_variance (see version 4 on why the check is not validated again).
ALTER TABLE ledger.movement DROP CONSTRAINT movement_kind_check,
    ADD CONSTRAINT movement_kind_check
        CHECK (kind IN ('receive', 'adjust', 'count', 'count_variance', 'transfer_ship', 'transfer_receive',
                        'transfer_cancel', 'transfer_write_off', 'return', 'reserve', 'commit', 'release', 'expire',
                        'backorder_fill', 'policy')) NOT VALID;

-- Tolerances and count frequencies per ABC class. A variance is within tolerance when it is at most
-- max(unit_floor, tolerance_percent of expected) units and, where the SKU has a unit cost, worth at most
-- value_limit.
CREATE TABLE ledger.count_policy (
    abc_class         text PRIMARY KEY CHECK (abc_class IN ('A', 'B', 'C')),
    tolerance_percent numeric(5, 2) NOT NULL CHECK (tolerance_percent BETWEEN 0 AND 100),
    unit_floor        bigint NOT NULL CHECK (unit_floor >= 0),
    value_limit       numeric(12, 2) CHECK (value_limit >= 0),
    counts_per_year   integer NOT NULL CHECK (counts_per_year BETWEEN 1 AND 365)
);
INSERT INTO ledger.count_policy VALUES ('A', 1, 1, 100, 12), ('B', 3, 1, 250, 4), ('C', 5, 2, 500, 1);

-- A SKU's ABC class: by the value that left through sales (commits) over the last 90 days, unit cost times units
-- (units where there is no cost); A the SKUs that make the first 80 % of it, B the next 15 %, C the rest and
-- every SKU that sold nothing.
CREATE VIEW ledger.sku_class AS
    WITH sold AS (
        SELECT m.sku_id, sum(-m.quantity * coalesce(k.unit_cost, 1)) AS value
          FROM ledger.movement m JOIN ledger.sku k ON k.id = m.sku_id
         WHERE m.kind = 'commit' AND m.bucket = 'on_hand' AND m.at > now() - interval '90 days'
         GROUP BY m.sku_id
    ), ranked AS (
        SELECT sku_id, sum(value) OVER (ORDER BY value DESC, sku_id) / nullif(sum(value) OVER (), 0) AS share
          FROM sold
    )
    SELECT k.id AS sku_id,
           CASE WHEN r.share <= 0.80 THEN 'A' WHEN r.share <= 0.95 THEN 'B' ELSE 'C' END AS abc_class
      FROM ledger.sku k LEFT JOIN ranked r ON r.sku_id = k.id;

CREATE TABLE ledger.count_session (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id  integer NOT NULL REFERENCES ledger.location (id),
    blind        boolean NOT NULL DEFAULT true,
    full_count   boolean NOT NULL DEFAULT false, -- every SKU at the location: the uncounted must be confirmed zero
    state        text NOT NULL DEFAULT 'counting' CHECK (state IN ('counting', 'review', 'closed', 'cancelled')),
    note         text CHECK (length(note) <= 200),
    created_by   text NOT NULL DEFAULT session_user,
    created_at   timestamptz NOT NULL DEFAULT ledger.clock(),
    submitted_at timestamptz,
    closed_at    timestamptz,
    line_count   integer NOT NULL DEFAULT 0, -- lines, and lines counted: kept as counts come in, for progress
    counted      integer NOT NULL DEFAULT 0,
    version      bigint NOT NULL DEFAULT 1
);
CREATE INDEX count_session_open ON ledger.count_session (location_id) WHERE state IN ('counting', 'review');

-- Who counts a session; none listed: any associate.
CREATE TABLE ledger.count_assignee (
    session_id bigint NOT NULL REFERENCES ledger.count_session (id),
    login      text NOT NULL,
    PRIMARY KEY (session_id, login)
);

-- One SKU of a session. state: to_count → counted → (submit) pending or recount → pending → approved or
-- rejected. counted, expected and variance are set when the session is submitted (and by a recount).
CREATE TABLE ledger.count_line (
    session_id       bigint NOT NULL REFERENCES ledger.count_session (id),
    sku_id           integer NOT NULL REFERENCES ledger.sku (id),
    abc_class        text NOT NULL CHECK (abc_class IN ('A', 'B', 'C')),
    state            text NOT NULL DEFAULT 'to_count'
                     CHECK (state IN ('to_count', 'counted', 'recount', 'pending', 'approved', 'rejected')),
    counted          bigint,
    expected         bigint,
    variance         bigint GENERATED ALWAYS AS (counted - expected) STORED,
    within_tolerance boolean,
    double_count     boolean NOT NULL DEFAULT false,
    position         bigint,  -- the position the line's count is taken at (its newest observation's)
    first_counted    bigint,  -- what the first count said, when a recount replaced it
    recounted        boolean NOT NULL DEFAULT false,
    confirmed        boolean, -- the recount agreed with the first count (within tolerance)
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    movement_id      bigint,  -- the count_variance movement approval posted
    PRIMARY KEY (session_id, sku_id)
);
CREATE INDEX count_line_sku ON ledger.count_line (sku_id);

-- What someone saw. position: the stock row's newest movement the count is pinned to; expected: on hand there.
CREATE TABLE ledger.count_observation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id      bigint NOT NULL REFERENCES ledger.count_session (id),
    sku_id          integer NOT NULL REFERENCES ledger.sku (id),
    location_id     integer NOT NULL REFERENCES ledger.location (id),
    counted         bigint NOT NULL CHECK (counted BETWEEN 0 AND 100000000),
    area            text NOT NULL DEFAULT '' CHECK (length(area) <= 40),
    device          text CHECK (length(device) <= 80),
    counter         text NOT NULL DEFAULT session_user,
    recorded_at     timestamptz NOT NULL DEFAULT ledger.clock(),
    position        bigint NOT NULL,
    expected        bigint NOT NULL,
    recount         boolean NOT NULL DEFAULT false,
    confirmed_zero  boolean NOT NULL DEFAULT false, -- not seen by anyone: confirmed zero when a full count was submitted
    idempotency_key text
);
CREATE INDEX count_observation_line ON ledger.count_observation (session_id, sku_id, id);
CREATE TRIGGER count_observation_append_only BEFORE UPDATE OR DELETE ON ledger.count_observation
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_rewrite();

-- ---------------------------------------------------------------------------------------------------------
-- Internal helpers

-- May this login see expected quantities? Managers and above; an associate counts blind.
CREATE FUNCTION ledger.sees_expected() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'stockroom_manager', 'MEMBER')
$$;

-- The stock row's newest movement: the position a count made now is pinned to (0: the row has none).
CREATE FUNCTION ledger.row_position(p_sku integer, p_location integer) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT coalesce(max(m.id), 0) FROM ledger.movement m WHERE m.sku_id = p_sku AND m.location_id = p_location
$$;

-- On hand of one row as of a position: the sum of its on-hand movements up to it.
CREATE FUNCTION ledger.on_hand_at(p_sku integer, p_location integer, p_position bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(m.quantity), 0)::bigint FROM ledger.movement m
     WHERE m.sku_id = p_sku AND m.location_id = p_location AND m.bucket = 'on_hand' AND m.id <= p_position
$$;

-- The tolerance of a line in units, and whether its variance is within it (units and value).
CREATE FUNCTION ledger.count_tolerance(p_class text, p_expected bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT greatest(p.unit_floor, ceil(abs(p_expected) * p.tolerance_percent / 100))::bigint
      FROM ledger.count_policy p WHERE p.abc_class = p_class
$$;

CREATE FUNCTION ledger.count_within(p_class text, p_sku integer, p_expected bigint, p_variance bigint)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT abs(p_variance) <= ledger.count_tolerance(p_class, p_expected)
           AND (p.value_limit IS NULL OR k.unit_cost IS NULL OR abs(p_variance) * k.unit_cost <= p.value_limit)
      FROM ledger.count_policy p, ledger.sku k WHERE p.abc_class = p_class AND k.id = p_sku
$$;

-- A session, locked for the rest of the transaction: counts, submission and decisions of one session take turns.
CREATE FUNCTION ledger.count_session_of(p_session bigint) RETURNS ledger.count_session
LANGUAGE plpgsql AS $$
DECLARE
    cs ledger.count_session;
BEGIN
    SELECT * INTO cs FROM ledger.count_session WHERE id = p_session FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown count session %', p_session USING ERRCODE = 'SR003';
    END IF;
    RETURN cs;
END
$$;

-- Emits a session event (aggregate "count:ID"): a count was recorded, the session was submitted, lines decided.
CREATE FUNCTION ledger.count_event(p_session bigint, p_event text, p_extra jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_version bigint;
BEGIN
    UPDATE ledger.count_session SET version = version + 1 WHERE id = p_session RETURNING version INTO v_version;
    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
    VALUES ('count:' || p_session, v_version, 'count', jsonb_build_object('session', p_session, 'event', p_event)
                                                          || coalesce(p_extra, '{}'));
END
$$;

-- Counted and to-count lines of a session.
CREATE FUNCTION ledger.count_progress(p_session bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('counted_lines', count(*) FILTER (WHERE state <> 'to_count'),
                              'to_count', count(*) FILTER (WHERE state = 'to_count'),
                              'line_count', count(*))
      FROM ledger.count_line WHERE session_id = p_session
$$;

-- Refuses a login that is not assigned to the session (none assigned: anyone may count; managers always may).
CREATE FUNCTION ledger.require_counter(cs ledger.count_session) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger.count_assignee a WHERE a.session_id = cs.id)
       AND NOT EXISTS (SELECT 1 FROM ledger.count_assignee a WHERE a.session_id = cs.id AND a.login = session_user)
       AND NOT ledger.sees_expected() THEN
        RAISE EXCEPTION 'count session % is assigned to %, not to %', cs.id,
            (SELECT string_agg(login, ', ' ORDER BY login) FROM ledger.count_assignee WHERE session_id = cs.id),
            session_user USING ERRCODE = '42501';
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- The API

-- A count session at one location over one scope: every SKU with a stock row there (p_all: a full count), the
-- SKUs named, or the SKUs of one ABC class. Blind unless p_blind is false.
CREATE FUNCTION api.count_session_create(p_location text, p_skus text[], p_class text, p_all boolean, p_blind boolean,
                                         p_assignees text[], p_note text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_skus text[] := ARRAY(SELECT DISTINCT btrim(x) FROM unnest(p_skus) x WHERE btrim(x) <> '' ORDER BY 1);
    v_assignees text[] := ARRAY(SELECT DISTINCT btrim(x) FROM unnest(p_assignees) x WHERE btrim(x) <> '' ORDER BY 1);
    v_req jsonb := jsonb_build_object('location', p_location, 'skus', to_jsonb(v_skus), 'class', p_class,
                                      'all', coalesce(p_all, false), 'blind', coalesce(p_blind, true),
                                      'assignees', to_jsonb(v_assignees), 'note', nullif(btrim(p_note), ''));
    v_done jsonb := ledger.replay(p_key, 'count_session_create', v_req);
    l record;
    cs ledger.count_session;
    v_scopes integer := (cardinality(v_skus) > 0)::integer + (p_class IS NOT NULL)::integer
                        + coalesce(p_all, false)::integer;
    v_unknown text;
    v_lines integer;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    l := ledger.location_of(p_location);
    IF v_scopes <> 1 THEN
        RAISE EXCEPTION 'a count session counts all SKUs at the location, the SKUs named, or one ABC class: one of them'
            USING ERRCODE = 'SR004';
    END IF;
    IF p_class IS NOT NULL AND p_class NOT IN ('A', 'B', 'C') THEN
        RAISE EXCEPTION 'ABC class "%": A, B or C', p_class USING ERRCODE = 'SR004';
    END IF;
    IF length(btrim(p_note)) > 200 THEN
        RAISE EXCEPTION 'a note is at most 200 characters' USING ERRCODE = 'SR004';
    END IF;
    SELECT string_agg(x, ', ') INTO v_unknown FROM unnest(v_assignees) x
     WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = x AND r.rolcanlogin);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown login %', v_unknown USING ERRCODE = 'SR003';
    END IF;
    INSERT INTO ledger.count_session (location_id, blind, full_count, note)
    VALUES (l.id, coalesce(p_blind, true), coalesce(p_all, false), nullif(btrim(p_note), '')) RETURNING * INTO cs;
    INSERT INTO ledger.count_assignee (session_id, login) SELECT cs.id, x FROM unnest(v_assignees) x;
    IF cardinality(v_skus) > 0 THEN
        INSERT INTO ledger.count_line (session_id, sku_id, abc_class)
        SELECT cs.id, k.id, coalesce(c.abc_class, 'C')
          FROM unnest(v_skus) x, LATERAL ledger.sku_of(x) k LEFT JOIN ledger.sku_class c ON c.sku_id = k.id
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO ledger.count_line (session_id, sku_id, abc_class)
        SELECT cs.id, s.sku_id, c.abc_class
          FROM ledger.stock_level s JOIN ledger.sku_class c ON c.sku_id = s.sku_id
         WHERE s.location_id = l.id AND (p_class IS NULL OR c.abc_class = p_class);
    END IF;
    GET DIAGNOSTICS v_lines = ROW_COUNT;
    -- A row counted in two open sessions would have its difference applied twice: the second approval would take
    -- the first one's movement for a sale made after its count.
    SELECT string_agg(format('%s (session %s)', k.code, o.session_id), ', ' ORDER BY k.code) INTO v_unknown
      FROM ledger.count_line cl JOIN ledger.count_line o ON o.sku_id = cl.sku_id AND o.session_id <> cl.session_id
      JOIN ledger.count_session os ON os.id = o.session_id AND os.location_id = l.id AND os.state IN ('counting', 'review')
      JOIN ledger.sku k ON k.id = cl.sku_id
     WHERE cl.session_id = cs.id AND o.state NOT IN ('approved', 'rejected');
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'already being counted at %: %; finish that session first', l.code, v_unknown
            USING ERRCODE = 'SR005';
    END IF;
    IF v_lines = 0 THEN
        RAISE EXCEPTION 'nothing to count: % holds no stock row%', l.code,
            coalesce(' of class ' || p_class, '') USING ERRCODE = 'SR004';
    END IF;
    UPDATE ledger.count_session SET line_count = v_lines WHERE id = cs.id;
    PERFORM ledger.count_event(cs.id, 'created', jsonb_build_object('location', l.code));
    RETURN ledger.remember(p_key, 'count_session_create', v_req,
                           jsonb_build_object('session', cs.id, 'location', l.code, 'blind', cs.blind,
                                              'full_count', cs.full_count, 'state', cs.state,
                                              'lines', (SELECT count(*) FROM ledger.count_line WHERE session_id = cs.id)));
END
$$;

-- What a counter works from: the session's SKUs with their barcodes, state, what has been counted so far and the
-- position a count made now is pinned to. "expected" only where the session is not blind or the login is a manager.
CREATE FUNCTION api.count_sheet(p_session bigint)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    cs ledger.count_session;
    v_show boolean;
BEGIN
    SELECT * INTO cs FROM ledger.count_session WHERE id = p_session;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown count session %', p_session USING ERRCODE = 'SR003';
    END IF;
    PERFORM ledger.require_counter(cs);
    v_show := NOT cs.blind OR ledger.sees_expected();
    RETURN jsonb_build_object(
        'session', cs.id, 'location', (SELECT code FROM ledger.location WHERE id = cs.location_id),
        'blind', cs.blind, 'full_count', cs.full_count, 'state', cs.state, 'note', cs.note)
        || ledger.count_progress(cs.id)
        || jsonb_build_object('lines', (
            SELECT coalesce(jsonb_agg(jsonb_build_object(
                       'sku', k.code, 'name', k.name, 'abc_class', cl.abc_class, 'state', cl.state,
                       'barcodes', coalesce((SELECT jsonb_agg(b.barcode ORDER BY b.barcode) FROM ledger.barcode b
                                              WHERE b.sku_id = k.id), '[]'),
                       'counted', (SELECT sum(o.counted) FROM ledger.count_observation o
                                    WHERE o.session_id = cs.id AND o.sku_id = cl.sku_id AND NOT o.recount),
                       'position', ledger.row_position(cl.sku_id, cs.location_id))
                       || CASE WHEN v_show THEN jsonb_build_object(
                              'expected', coalesce((SELECT s.on_hand FROM ledger.stock_level s
                                                     WHERE s.sku_id = cl.sku_id AND s.location_id = cs.location_id), 0))
                          ELSE '{}' END
                       ORDER BY k.code), '[]')
              FROM ledger.count_line cl JOIN ledger.sku k ON k.id = cl.sku_id WHERE cl.session_id = cs.id));
END
$$;

-- One observation: p_counted units of p_sku (code or barcode) seen in p_area, pinned to p_position (the row's
-- newest movement the counter's device knew; NULL: now). Never refused for reserved stock. In a session under
-- review, only lines sent for a recount take counts, each from someone who did not count it first.
CREATE FUNCTION api.count_record(p_session bigint, p_sku text, p_counted bigint, p_area text, p_device text,
                                 p_position bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_area text := coalesce(btrim(p_area), '');
    v_req jsonb := jsonb_build_object('session', p_session, 'sku', p_sku, 'counted', p_counted, 'area', v_area,
                                      'device', p_device, 'position', p_position);
    v_done jsonb := ledger.replay(p_key, 'count_record', v_req);
    cs ledger.count_session;
    k record;
    cl ledger.count_line;
    v_newest bigint;
    v_on_hand bigint;
    v_position bigint;
    v_expected bigint;
    v_first text[];
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    -- Counts of one session are recorded one after the other: each changes the session's progress and version.
    cs := ledger.count_session_of(p_session);
    PERFORM ledger.require_counter(cs);
    IF cs.state NOT IN ('counting', 'review') THEN
        RAISE EXCEPTION 'count session % is %: it takes no more counts', cs.id, cs.state USING ERRCODE = 'SR005';
    END IF;
    IF p_counted IS NULL OR p_counted NOT BETWEEN 0 AND 100000000 THEN
        RAISE EXCEPTION 'counted: a whole number from 0 to 100000000, not %', coalesce(p_counted::text, 'empty')
            USING ERRCODE = 'SR004';
    END IF;
    IF length(v_area) > 40 OR length(p_device) > 80 THEN
        RAISE EXCEPTION 'area: at most 40 characters; device: at most 80' USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    SELECT * INTO cl FROM ledger.count_line WHERE session_id = cs.id AND sku_id = k.id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        IF cs.state = 'counting' AND cs.full_count THEN
            -- Found where the ledger did not expect it: a full count counts it too.
            INSERT INTO ledger.count_line (session_id, sku_id, abc_class)
            SELECT cs.id, k.id, c.abc_class FROM ledger.sku_class c WHERE c.sku_id = k.id RETURNING * INTO cl;
            UPDATE ledger.count_session SET line_count = line_count + 1 WHERE id = cs.id;
        ELSE
            RAISE EXCEPTION '% is not in count session %', k.code, cs.id USING ERRCODE = 'SR004';
        END IF;
    END IF;
    IF cs.state = 'review' AND cl.state <> 'recount' THEN
        RAISE EXCEPTION 'count session % was submitted: only lines sent for a recount take counts, and % is %',
            cs.id, k.code, cl.state
            || CASE WHEN cl.recounted THEN ' (a recount is one count of all of it at the location, and it was made)'
                    ELSE '' END USING ERRCODE = 'SR005';
    END IF;
    -- The row's newest movement and its on hand, in one snapshot.
    SELECT ledger.row_position(k.id, cs.location_id),
           coalesce((SELECT s.on_hand FROM ledger.stock_level s WHERE s.sku_id = k.id AND s.location_id = cs.location_id), 0)
      INTO v_newest, v_on_hand;
    IF p_position IS NULL OR p_position = v_newest THEN
        v_position := v_newest;
        v_expected := v_on_hand;
    ELSIF p_position < 0 OR p_position > v_newest THEN
        RAISE EXCEPTION 'position %: the newest movement of % at this location is %', p_position, k.code, v_newest
            USING ERRCODE = 'SR004';
    ELSE
        v_position := p_position;
        v_expected := ledger.on_hand_at(k.id, cs.location_id, p_position);
    END IF;
    IF cl.state = 'recount' THEN
        SELECT array_agg(DISTINCT counter) INTO v_first FROM ledger.count_observation
         WHERE session_id = cs.id AND sku_id = k.id AND NOT recount;
        IF session_user = ANY (v_first) THEN
            RAISE EXCEPTION 'a recount of % must be made by someone who did not count it first (%)', k.code,
                array_to_string(v_first, ', ') USING ERRCODE = 'SR005';
        END IF;
        INSERT INTO ledger.count_observation (session_id, sku_id, location_id, counted, area, device, position, expected,
                                              recount, idempotency_key)
        VALUES (cs.id, k.id, cs.location_id, p_counted, v_area, p_device, v_position, v_expected, true, p_key);
        UPDATE ledger.count_line
           SET state = 'pending', first_counted = counted, counted = p_counted, expected = v_expected, recounted = true,
               position = v_position,
               -- The recount confirms the first count when both found the same difference, each at its position.
               confirmed = abs((p_counted - v_expected) - (counted - expected))
                           <= ledger.count_tolerance(abc_class, v_expected),
               within_tolerance = ledger.count_within(abc_class, sku_id, v_expected, p_counted - v_expected)
         WHERE session_id = cs.id AND sku_id = k.id RETURNING * INTO cl;
    ELSE
        INSERT INTO ledger.count_observation (session_id, sku_id, location_id, counted, area, device, position, expected,
                                              idempotency_key)
        VALUES (cs.id, k.id, cs.location_id, p_counted, v_area, p_device, v_position, v_expected, p_key);
        IF cl.state = 'to_count' THEN
            UPDATE ledger.count_session SET counted = counted + 1 WHERE id = cs.id;
        END IF;
        UPDATE ledger.count_line SET state = 'counted' WHERE session_id = cs.id AND sku_id = k.id RETURNING * INTO cl;
    END IF;
    PERFORM ledger.count_event(cs.id, 'recorded', jsonb_build_object('sku', k.code));
    RETURN ledger.remember(p_key, 'count_record', v_req,
                           jsonb_build_object('session', cs.id, 'sku', k.code, 'name', (SELECT name FROM ledger.sku WHERE id = k.id),
                                              'counted', p_counted, 'area', v_area, 'line_state', cl.state,
                                              'recount', cl.recounted)
                           || (SELECT jsonb_build_object('counted_lines', x.counted, 'to_count', x.line_count - x.counted,
                                                         'line_count', x.line_count)
                                 FROM ledger.count_session x WHERE x.id = cs.id));
END
$$;

-- Ends counting. Every counted line gets its total (observations summed; two counters in one area flag a possible
-- double count), its expected quantity (at the newest observation's position) and its verdict: within tolerance,
-- pending approval; outside, sent for a recount. A full count needs the SKUs nobody counted confirmed as zero
-- (they get zero observations, pinned now); in any other session they are left out, as not counted.
CREATE FUNCTION api.count_submit(p_session bigint, p_uncounted_zero boolean, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('session', p_session, 'uncounted_zero', coalesce(p_uncounted_zero, false));
    v_done jsonb := ledger.replay(p_key, 'count_submit', v_req);
    cs ledger.count_session;
    v_uncounted text;
    v_missing integer;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    cs := ledger.count_session_of(p_session);
    PERFORM ledger.require_counter(cs);
    IF cs.state <> 'counting' THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'count session % is % already', cs.id, cs.state USING ERRCODE = 'SR005';
    END IF;
    SELECT count(*), string_agg(k.code, ', ' ORDER BY k.code) FILTER (WHERE rn <= 20) INTO v_missing, v_uncounted
      FROM (SELECT cl.sku_id, row_number() OVER (ORDER BY cl.sku_id) AS rn FROM ledger.count_line cl
             WHERE cl.session_id = cs.id AND cl.state = 'to_count') x JOIN ledger.sku k ON k.id = x.sku_id;
    IF cs.full_count AND v_missing > 0 THEN
        IF NOT coalesce(p_uncounted_zero, false) THEN
            RAISE EXCEPTION 'count session %: % SKUs were not counted (%): count them, or confirm they are zero',
                cs.id, v_missing, v_uncounted || CASE WHEN v_missing > 20 THEN ', …' ELSE '' END USING ERRCODE = 'SR005';
        END IF;
        INSERT INTO ledger.count_observation (session_id, sku_id, location_id, counted, position, expected,
                                              confirmed_zero, idempotency_key)
        SELECT cs.id, cl.sku_id, cs.location_id, 0, ledger.row_position(cl.sku_id, cs.location_id),
               coalesce(s.on_hand, 0), true, p_key
          FROM ledger.count_line cl
          LEFT JOIN ledger.stock_level s ON s.sku_id = cl.sku_id AND s.location_id = cs.location_id
         WHERE cl.session_id = cs.id AND cl.state = 'to_count';
        UPDATE ledger.count_line SET state = 'counted' WHERE session_id = cs.id AND state = 'to_count';
    ELSE
        UPDATE ledger.count_line SET state = 'rejected', decision_reason = 'not counted', decided_by = session_user,
               decided_at = ledger.clock()
         WHERE session_id = cs.id AND state = 'to_count';
    END IF;
    -- Line by line through the observations' index: a join of two aggregates would be planned on the statistics
    -- of an empty session, and run once per line.
    UPDATE ledger.count_line cl
       SET (counted, expected, position, double_count) = (
               SELECT sum(o.counted)::bigint, (array_agg(o.expected ORDER BY o.position DESC, o.id DESC))[1],
                      max(o.position),
                      EXISTS (SELECT 1 FROM ledger.count_observation x
                               WHERE x.session_id = cl.session_id AND x.sku_id = cl.sku_id AND NOT x.recount
                               GROUP BY x.area HAVING count(DISTINCT x.counter) > 1)
                 FROM ledger.count_observation o
                WHERE o.session_id = cl.session_id AND o.sku_id = cl.sku_id AND NOT o.recount)
     WHERE cl.session_id = cs.id AND cl.state = 'counted';
    UPDATE ledger.count_line cl
       SET within_tolerance = ledger.count_within(cl.abc_class, cl.sku_id, cl.expected, cl.counted - cl.expected),
           state = CASE WHEN ledger.count_within(cl.abc_class, cl.sku_id, cl.expected, cl.counted - cl.expected)
                        THEN 'pending' ELSE 'recount' END
     WHERE cl.session_id = cs.id AND cl.state = 'counted';
    UPDATE ledger.count_session SET state = 'review', submitted_at = ledger.clock() WHERE id = cs.id;
    PERFORM ledger.count_close_if_done(cs.id);
    PERFORM ledger.count_event(cs.id, 'submitted', '{}');
    RETURN ledger.remember(p_key, 'count_submit', v_req,
                           (SELECT jsonb_build_object('session', cs.id,
                                                      'state', (SELECT state FROM ledger.count_session WHERE id = cs.id),
                                                      'pending', count(*) FILTER (WHERE state = 'pending'),
                                                      'recount', count(*) FILTER (WHERE state = 'recount'),
                                                      'not_counted', count(*) FILTER (WHERE state = 'rejected'),
                                                      'confirmed_zero', CASE WHEN cs.full_count THEN v_missing ELSE 0 END)
                              FROM ledger.count_line WHERE session_id = cs.id));
END
$$;

-- The lines as a supervisor reviews them: expected at count time, counted, variance in units and value, tolerance,
-- recount, double count, who counted, and whether applying the variance now would leave less on hand than is
-- reserved. Managers and above only: it shows expected quantities.
CREATE FUNCTION api.count_review(p_session bigint)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    cs ledger.count_session;
BEGIN
    IF NOT ledger.sees_expected() THEN
        RAISE EXCEPTION 'reviewing a count shows expected quantities: it needs the manager role'
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO cs FROM ledger.count_session WHERE id = p_session;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown count session %', p_session USING ERRCODE = 'SR003';
    END IF;
    RETURN jsonb_build_object(
        'session', cs.id, 'location', (SELECT code FROM ledger.location WHERE id = cs.location_id), 'state', cs.state,
        'blind', cs.blind, 'full_count', cs.full_count, 'note', cs.note, 'created_by', cs.created_by,
        'created_at', cs.created_at, 'submitted_at', cs.submitted_at)
        || ledger.count_progress(cs.id)
        || jsonb_build_object('lines', (
            SELECT coalesce(jsonb_agg(jsonb_build_object(
                       'sku', k.code, 'name', k.name, 'abc_class', cl.abc_class, 'state', cl.state,
                       'expected_at_count', cl.expected, 'counted', cl.counted, 'variance', cl.variance,
                       'variance_value', round(cl.variance * k.unit_cost, 2), 'unit_cost', k.unit_cost,
                       'tolerance_units', CASE WHEN cl.expected IS NOT NULL
                                               THEN ledger.count_tolerance(cl.abc_class, cl.expected) END,
                       'within_tolerance', cl.within_tolerance, 'double_count', cl.double_count,
                       'recounted', cl.recounted, 'first_counted', cl.first_counted, 'confirmed', cl.confirmed,
                       'counters', (SELECT coalesce(jsonb_agg(DISTINCT o.counter), '[]') FROM ledger.count_observation o
                                     WHERE o.session_id = cs.id AND o.sku_id = cl.sku_id AND NOT o.confirmed_zero),
                       'on_hand_now', coalesce(s.on_hand, 0), 'reserved_now', coalesce(s.reserved, 0),
                       'short_of_reserved', cl.state = 'pending'
                                            AND coalesce(s.on_hand, 0) + cl.variance < coalesce(s.reserved, 0),
                       'decided_by', cl.decided_by, 'decided_at', cl.decided_at,
                       'decision_reason', cl.decision_reason, 'movement', cl.movement_id)
                       ORDER BY k.code), '[]')
              FROM ledger.count_line cl JOIN ledger.sku k ON k.id = cl.sku_id
              LEFT JOIN ledger.stock_level s ON s.sku_id = cl.sku_id AND s.location_id = cs.location_id
             WHERE cl.session_id = cs.id));
END
$$;

-- The lines of a session a decision is about, locked in SKU order: those named (NULL: every line), each with the
-- state it is in. A SKU named that is not in the session is refused.
CREATE FUNCTION ledger.count_lines_for(cs ledger.count_session, p_skus text[]) RETURNS SETOF ledger.count_line
LANGUAGE plpgsql AS $$
DECLARE
    v_unknown text;
BEGIN
    IF p_skus IS NOT NULL THEN
        SELECT string_agg(x, ', ') INTO v_unknown FROM unnest(p_skus) x
         WHERE NOT EXISTS (SELECT 1 FROM ledger.count_line cl JOIN ledger.sku k ON k.id = cl.sku_id
                            WHERE cl.session_id = cs.id AND k.code = x);
        IF v_unknown IS NOT NULL THEN
            RAISE EXCEPTION 'not in count session %: %', cs.id, v_unknown USING ERRCODE = 'SR003';
        END IF;
    END IF;
    RETURN QUERY SELECT cl.* FROM ledger.count_line cl
                  WHERE cl.session_id = cs.id
                    AND (p_skus IS NULL OR cl.sku_id IN (SELECT k.id FROM ledger.sku k WHERE k.code = ANY (p_skus)))
                  ORDER BY cl.sku_id FOR NO KEY UPDATE;
END
$$;

-- May approving a count release this hold? Only one that holds nothing but this row and is not an order's
-- fulfillment: a checkout's multi-line hold, or an order, ends through its owner.
CREATE FUNCTION ledger.count_may_release(p_reservation bigint, p_sku integer, p_location integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM ledger.fulfillment f WHERE f.reservation_id = p_reservation)
           AND NOT EXISTS (SELECT 1 FROM ledger.reservation_line rl
                            WHERE rl.reservation_id = p_reservation
                              AND (rl.sku_id, rl.location_id) <> (p_sku, p_location))
$$;

-- A session whose every line is decided is closed.
CREATE FUNCTION ledger.count_close_if_done(p_session bigint) RETURNS text
LANGUAGE sql AS $$
    UPDATE ledger.count_session SET state = 'closed', closed_at = ledger.clock()
     WHERE id = p_session AND state = 'review'
       AND NOT EXISTS (SELECT 1 FROM ledger.count_line WHERE session_id = p_session
                                                         AND state NOT IN ('approved', 'rejected'));
    SELECT state FROM ledger.count_session WHERE id = p_session
$$;

-- Approves pending lines: each posts one count_variance movement of its variance (nothing for none), exactly once:
-- a line already approved is skipped and reported, and a retry with the key replays. All or nothing: when any
-- selected line cannot be applied (on hand would go below zero, or below what is reserved and p_release_holds is
-- not given, or below what orders hold), nothing is applied and the refusal names every such line. With
-- p_release_holds, holds that are not orders' at such a row are released, newest first, until the count fits.
CREATE FUNCTION api.count_approve(p_session bigint, p_skus text[], p_within_tolerance_only boolean,
                                  p_release_holds boolean, p_reason text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_skus text[] := ARRAY(SELECT DISTINCT x FROM unnest(p_skus) x ORDER BY 1);
    v_reason text := coalesce(nullif(btrim(p_reason), ''), 'cycle count');
    v_req jsonb := jsonb_build_object('session', p_session, 'skus', to_jsonb(v_skus),
                                      'within_tolerance_only', coalesce(p_within_tolerance_only, false),
                                      'release_holds', coalesce(p_release_holds, false), 'reason', v_reason);
    v_done jsonb := ledger.replay(p_key, 'count_approve', v_req);
    cs ledger.count_session;
    v_ids integer[];
    v_problems text[];
    v_release bigint[] := '{}';
    v_skipped jsonb;
    v_approved jsonb;
    v_row record;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF length(v_reason) > 200 THEN
        RAISE EXCEPTION 'a reason is at most 200 characters' USING ERRCODE = 'SR004';
    END IF;
    cs := ledger.count_session_of(p_session);
    IF cs.state <> 'review' THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'count session % is %: only a submitted session is approved', cs.id, cs.state
            USING ERRCODE = 'SR005';
    END IF;
    CREATE TEMP TABLE IF NOT EXISTS count_decision (LIKE ledger.count_line) ON COMMIT DROP;
    TRUNCATE count_decision;
    INSERT INTO count_decision SELECT * FROM ledger.count_lines_for(cs, CASE WHEN p_skus IS NOT NULL THEN v_skus END);
    SELECT coalesce(jsonb_agg(jsonb_build_object('sku', k.code, 'state', d.state) ORDER BY k.code), '[]')
      INTO v_skipped
      FROM count_decision d JOIN ledger.sku k ON k.id = d.sku_id
     WHERE d.state <> 'pending' OR (coalesce(p_within_tolerance_only, false) AND NOT d.within_tolerance);
    DELETE FROM count_decision d
     WHERE d.state <> 'pending' OR (coalesce(p_within_tolerance_only, false) AND NOT d.within_tolerance);
    -- The holds that may be released, then the stock rows, locked in the order every other call takes them; then
    -- every line checked before anything is applied.
    IF coalesce(p_release_holds, false) THEN
        PERFORM 1 FROM ledger.reservation r
         WHERE r.status = 'active'
           AND r.id IN (SELECT rl.reservation_id FROM ledger.reservation_line rl
                         WHERE rl.location_id = cs.location_id
                           AND rl.sku_id IN (SELECT sku_id FROM count_decision WHERE variance < 0))
         ORDER BY r.id FOR NO KEY UPDATE;
    END IF;
    -- Stock found where the ledger had no row for it gets its row first.
    INSERT INTO ledger.stock_level (sku_id, location_id)
    SELECT d.sku_id, cs.location_id FROM count_decision d WHERE d.variance > 0 ORDER BY d.sku_id
    ON CONFLICT DO NOTHING;
    PERFORM 1 FROM ledger.stock_level s
     WHERE s.location_id = cs.location_id AND s.sku_id IN (SELECT sku_id FROM count_decision WHERE variance <> 0)
     ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    SELECT array_agg(problem ORDER BY code) INTO v_problems FROM (
        SELECT k.code,
               CASE WHEN EXISTS (SELECT 1 FROM ledger.movement m
                                  WHERE m.sku_id = d.sku_id AND m.location_id = cs.location_id
                                    AND m.id > coalesce(d.position, 0) AND m.kind IN ('count', 'count_variance'))
                    THEN format('%s: counted again and corrected since this count: recount it', k.code)
                    WHEN coalesce(s.on_hand, 0) + d.variance < 0
                    THEN format('%s: on hand %s %s %s would go below zero (it moved since the count): recount it',
                                k.code, coalesce(s.on_hand, 0), CASE WHEN d.variance < 0 THEN '−' ELSE '+' END,
                                abs(d.variance))
                    WHEN coalesce(s.on_hand, 0) + d.variance < coalesce(s.reserved, 0) AND NOT coalesce(p_release_holds, false)
                    THEN format('%s: %s on hand would be less than the %s reserved: release holds, or recount it',
                                k.code, coalesce(s.on_hand, 0) + d.variance, s.reserved)
                    WHEN coalesce(s.on_hand, 0) + d.variance < coalesce(s.reserved, 0) - coalesce(h.releasable, 0)
                    THEN format('%s: %s on hand would be less than the %s held for orders or other rows (%s): end those holds first',
                                k.code, coalesce(s.on_hand, 0) + d.variance, coalesce(s.reserved, 0) - coalesce(h.releasable, 0),
                                h.orders)
               END AS problem
          FROM count_decision d JOIN ledger.sku k ON k.id = d.sku_id
          LEFT JOIN ledger.stock_level s ON s.sku_id = d.sku_id AND s.location_id = cs.location_id
          LEFT JOIN LATERAL (
              SELECT sum(rl.quantity - rl.backordered) FILTER (WHERE x.releasable) AS releasable,
                     string_agg(DISTINCT coalesce(r.order_ref, 'reservation ' || r.id), ', ')
                         FILTER (WHERE NOT x.releasable) AS orders
                FROM ledger.reservation_line rl JOIN ledger.reservation r ON r.id = rl.reservation_id
               CROSS JOIN LATERAL (SELECT ledger.count_may_release(r.id, d.sku_id, cs.location_id) AS releasable) x
               WHERE rl.sku_id = d.sku_id AND rl.location_id = cs.location_id AND r.status = 'active') h ON true
         WHERE d.variance <> 0) x
     WHERE problem IS NOT NULL;
    IF v_problems IS NOT NULL THEN
        RAISE EXCEPTION 'count session %: % line(s) cannot be approved, so none was: %', cs.id, cardinality(v_problems),
            array_to_string(v_problems[1:100], '; ')
            || CASE WHEN cardinality(v_problems) > 100 THEN format('; and %s more', cardinality(v_problems) - 100)
                    ELSE '' END
            USING ERRCODE = 'SR001';
    END IF;
    -- Holds to release where the count leaves less on hand than is reserved, newest first, until it fits.
    IF coalesce(p_release_holds, false) THEN
        FOR v_row IN SELECT d.sku_id, coalesce(s.reserved, 0) - (coalesce(s.on_hand, 0) + d.variance) AS excess
                   FROM count_decision d
                   JOIN ledger.stock_level s ON s.sku_id = d.sku_id AND s.location_id = cs.location_id
                  WHERE s.on_hand + d.variance < s.reserved
        LOOP
            v_release := v_release || ARRAY(
                SELECT h.id FROM (
                    SELECT r2.id, sum(rl.quantity - rl.backordered) OVER (ORDER BY r2.id DESC) AS running,
                           rl.quantity - rl.backordered AS q
                      FROM ledger.reservation r2 JOIN ledger.reservation_line rl ON rl.reservation_id = r2.id
                     WHERE rl.sku_id = v_row.sku_id AND rl.location_id = cs.location_id AND r2.status = 'active'
                       AND ledger.count_may_release(r2.id, v_row.sku_id, cs.location_id)) h
                 WHERE h.running - h.q < v_row.excess);
        END LOOP;
        IF cardinality(v_release) > 0 THEN
            PERFORM ledger.end_holds(v_release, 'released', p_key, 'count session ' || cs.id || ': ' || v_reason);
        END IF;
    END IF;
    -- Post every variance at once: stock rows, movements, events, and the lines' decisions.
    WITH changed AS (
        UPDATE ledger.stock_level s
           SET on_hand = s.on_hand + d.variance, version = s.version + 1, updated_at = ledger.clock()
          FROM count_decision d
         WHERE d.variance <> 0 AND s.sku_id = d.sku_id AND s.location_id = cs.location_id
        RETURNING s.*, d.variance
    ), moved AS (
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        SELECT 'count_variance', c.sku_id, c.location_id, 'on_hand', c.variance, v_reason, 'count session ' || cs.id, p_key
          FROM changed c ORDER BY c.sku_id
        RETURNING id, sku_id
    ), told AS (
        INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
        SELECT k.code || '@' || l.code, c.version, 'count_variance',
               jsonb_build_object('sku', k.code, 'location', l.code, 'on_hand', c.on_hand, 'reserved', c.reserved,
                                  'available', c.on_hand - c.reserved, 'inbound', c.inbound, 'damaged', c.damaged,
                                  'safety_stock', c.safety_stock, 'backordered', c.backordered, 'version', c.version,
                                  'session', cs.id, 'variance', c.variance)
          FROM changed c JOIN ledger.sku k ON k.id = c.sku_id JOIN ledger.location l ON l.id = c.location_id
    )
    UPDATE ledger.count_line cl
       SET state = 'approved', decided_by = session_user, decided_at = ledger.clock(), decision_reason = v_reason,
           movement_id = m.id
      FROM count_decision d LEFT JOIN moved m ON m.sku_id = d.sku_id
     WHERE cl.session_id = cs.id AND cl.sku_id = d.sku_id;
    SELECT coalesce(jsonb_agg(jsonb_build_object('sku', k.code, 'variance', d.variance, 'movement', cl.movement_id)
                              ORDER BY k.code), '[]')
      INTO v_approved FROM count_decision d JOIN ledger.sku k ON k.id = d.sku_id
      JOIN ledger.count_line cl ON cl.session_id = cs.id AND cl.sku_id = d.sku_id;
    PERFORM ledger.count_event(cs.id, 'approved', jsonb_build_object('lines', jsonb_array_length(v_approved)));
    RETURN ledger.remember(p_key, 'count_approve', v_req,
                           jsonb_build_object('session', cs.id, 'approved', v_approved, 'skipped', v_skipped,
                                              'released', to_jsonb(v_release), 'reason', v_reason,
                                              'state', ledger.count_close_if_done(cs.id)));
END
$$;

-- Rejects lines (no movement; the reason is kept), or sends them for a recount by someone who did not count them.
CREATE FUNCTION ledger.count_decide(p_session bigint, p_skus text[], p_to text, p_reason text, p_key text,
                                    p_operation text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_skus text[] := ARRAY(SELECT DISTINCT x FROM unnest(p_skus) x ORDER BY 1);
    v_reason text := nullif(btrim(p_reason), '');
    v_req jsonb := jsonb_build_object('session', p_session, 'skus', to_jsonb(v_skus), 'reason', v_reason);
    v_done jsonb := ledger.replay(p_key, p_operation, v_req);
    cs ledger.count_session;
    v_changed jsonb := '[]';
    v_skipped jsonb := '[]';
    cl ledger.count_line;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_to = 'rejected' AND (v_reason IS NULL OR length(v_reason) > 200) THEN
        RAISE EXCEPTION 'reason required: say in 1 to 200 characters why these counts are rejected'
            USING ERRCODE = 'SR004';
    END IF;
    cs := ledger.count_session_of(p_session);
    IF cs.state <> 'review' THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'count session % is %: only a submitted session''s lines are decided', cs.id, cs.state
            USING ERRCODE = 'SR005';
    END IF;
    FOR cl IN SELECT * FROM ledger.count_lines_for(cs, CASE WHEN p_skus IS NOT NULL THEN v_skus END) LOOP
        IF cl.state IN ('pending', 'recount') AND NOT (p_to = 'recount' AND cl.state = 'recount') THEN
            UPDATE ledger.count_line
               SET state = p_to, decided_by = CASE WHEN p_to = 'rejected' THEN session_user END,
                   decided_at = CASE WHEN p_to = 'rejected' THEN ledger.clock() END, decision_reason = v_reason
             WHERE session_id = cs.id AND sku_id = cl.sku_id;
            v_changed := v_changed || jsonb_build_object('sku', (SELECT code FROM ledger.sku WHERE id = cl.sku_id));
        ELSE
            v_skipped := v_skipped || jsonb_build_object('sku', (SELECT code FROM ledger.sku WHERE id = cl.sku_id),
                                                         'state', cl.state);
        END IF;
    END LOOP;
    PERFORM ledger.count_event(cs.id, p_to, jsonb_build_object('lines', jsonb_array_length(v_changed)));
    RETURN ledger.remember(p_key, p_operation, v_req,
                           jsonb_build_object('session', cs.id, CASE p_to WHEN 'rejected' THEN 'rejected' ELSE 'recount' END,
                                              v_changed, 'skipped', v_skipped,
                                              'state', ledger.count_close_if_done(cs.id)));
END
$$;

CREATE FUNCTION api.count_reject(p_session bigint, p_skus text[], p_reason text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN ledger.count_decide(p_session, p_skus, 'rejected', p_reason, p_key, 'count_reject');
END
$$;

CREATE FUNCTION api.count_recount(p_session bigint, p_skus text[], p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN ledger.count_decide(p_session, p_skus, 'recount', NULL, p_key, 'count_recount');
END
$$;

-- Changed: the single-line count is pinned like a session's (p_position: the row's newest movement the counter
-- knew; NULL: now), so on hand moves by counted − on hand at that position and later sales stay; and it is a
-- manager's tool now (associates count in sessions). Reserved stock still refuses it: a session's review can
-- release holds. The 4-argument form counts as of now.
CREATE FUNCTION api.count(p_sku text, p_location text, p_counted bigint, p_position bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'counted', p_counted)
                   || CASE WHEN p_position IS NOT NULL THEN jsonb_build_object('position', p_position) ELSE '{}' END;
    v_done jsonb := ledger.replay(p_key, 'count', v_req);
    k record;
    l record;
    s ledger.stock_level;
    v_newest bigint;
    v_expected bigint;
    v_delta bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_counted IS NULL OR p_counted < 0 THEN
        RAISE EXCEPTION 'a count must be zero or more, not %', coalesce(p_counted::text, 'empty')
            USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    s := ledger.lock_row(k.id, l.id);
    v_newest := ledger.row_position(k.id, l.id);
    IF p_position IS NULL OR p_position = v_newest THEN
        v_expected := s.on_hand;
    ELSIF p_position < 0 OR p_position > v_newest THEN
        RAISE EXCEPTION 'position %: the newest movement of % at % is %', p_position, k.code, l.code, v_newest
            USING ERRCODE = 'SR004';
    ELSE
        IF EXISTS (SELECT 1 FROM ledger.movement m WHERE m.sku_id = k.id AND m.location_id = l.id
                                                     AND m.id > p_position AND m.kind IN ('count', 'count_variance')) THEN
            RAISE EXCEPTION '% at % was counted again and corrected since movement %: count it again', k.code, l.code,
                p_position USING ERRCODE = 'SR005';
        END IF;
        v_expected := ledger.on_hand_at(k.id, l.id, p_position);
    END IF;
    v_delta := p_counted - v_expected;
    IF v_delta <> 0 THEN
        s := ledger.change(k.id, l.id, v_delta, 0, 0, 0);
        IF s IS NULL THEN
            PERFORM ledger.refuse_change(k.code, l.code, 'less on hand than is reserved or below zero: count it in a '
                                                         || 'count session, whose review can release holds');
        END IF;
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        VALUES ('count', k.id, l.id, 'on_hand', v_delta, 'count',
                CASE WHEN p_position IS NOT NULL AND p_position <> v_newest THEN 'counted as of movement ' || p_position END,
                p_key);
        PERFORM ledger.emit('count', s, k.code, l.code, jsonb_build_object('difference', v_delta));
    END IF;
    RETURN ledger.remember(p_key, 'count', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code, 'difference', v_delta,
                                              'expected_at_count', v_expected)
                           || ledger.balances(s));
END
$$;

CREATE OR REPLACE FUNCTION api.count(p_sku text, p_location text, p_counted bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN api.count(p_sku, p_location, p_counted, NULL::bigint, p_key);
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Reads

CREATE VIEW api.count_sessions AS
    SELECT cs.id, l.code AS location, cs.state, cs.blind, cs.full_count, cs.note, cs.created_by, cs.created_at,
           cs.submitted_at, cs.closed_at,
           count(cl.sku_id) AS lines,
           count(cl.sku_id) FILTER (WHERE cl.state <> 'to_count') AS counted,
           count(cl.sku_id) FILTER (WHERE cl.state = 'pending') AS pending,
           count(cl.sku_id) FILTER (WHERE cl.state = 'recount') AS recount,
           count(cl.sku_id) FILTER (WHERE cl.state = 'approved') AS approved,
           count(cl.sku_id) FILTER (WHERE cl.state = 'rejected') AS rejected,
           (SELECT coalesce(array_agg(a.login ORDER BY a.login), '{}') FROM ledger.count_assignee a
             WHERE a.session_id = cs.id) AS assignees
      FROM ledger.count_session cs JOIN ledger.location l ON l.id = cs.location_id
      LEFT JOIN ledger.count_line cl ON cl.session_id = cs.id
     GROUP BY cs.id, l.code;

CREATE VIEW api.count_policy AS
    SELECT abc_class, tolerance_percent, unit_floor, value_limit, counts_per_year FROM ledger.count_policy;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

GRANT SELECT ON api.count_sessions, api.count_policy TO stockroom_associate;
GRANT EXECUTE ON FUNCTION api.count_sheet(bigint), api.count_record(bigint, text, bigint, text, text, bigint, text),
                          api.count_submit(bigint, boolean, text)
    TO stockroom_associate;
GRANT EXECUTE ON FUNCTION api.count_session_create(text, text[], text, boolean, boolean, text[], text, text),
                          api.count_review(bigint)
    TO stockroom_manager;
GRANT EXECUTE ON FUNCTION api.count_approve(bigint, text[], boolean, boolean, text, text),
                          api.count_reject(bigint, text[], text, text), api.count_recount(bigint, text[], text)
    TO stockroom_supervisor;
-- The single-line count moves from associates to managers.
REVOKE EXECUTE ON FUNCTION api.count(text, text, bigint, text) FROM stockroom_associate;
GRANT EXECUTE ON FUNCTION api.count(text, text, bigint, text), api.count(text, text, bigint, bigint, text)
    TO stockroom_manager;
