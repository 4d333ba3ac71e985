-- Version 12: nothing can stall the ledger, and idempotency's edge cases (issue 10).
--
-- Adds
--   ledger.client_limit     per persona: lock_timeout, statement_timeout, idle_in_transaction_session_timeout
--   ledger.duty             one row per background duty ('sweep', 'purge'); whoever holds its row lock does it
--   ledger.retention        how long idempotency keys and outbox events are kept (30 days each) and how far the
--                           purge has gone; ledger.idempotency_purged (tombstones), ledger.outbox_mark
--   ledger.idempotency.stored_at (when the key was stored, on the server's clock, not ledger.clock())
--   api.purge(limit)        purges what is past its retention now (the sweep does it every 10 minutes)
-- Replaces
--   ledger.replay           takes the key first: inserts the key's record before anything else happens
--   ledger.remember         stores the result in the record replay inserted
--   ledger.unless_applied   nothing left to check (see below)
--   api.sweep               an owner-only lock instead of a public advisory lock; cuts off stalled clients; purges
--   api.events_after        refuses a cursor it does not know (SR003) or whose event was purged (SR007)
--
-- Rules this version enforces, for every client:
--   - The key is taken first. ledger.replay, which every keyed function calls before it reads or locks anything
--     else, inserts the key's record (its request, no result yet). A concurrent call with the same key waits for
--     that insert, holding nothing, and then replays the stored result, or gets SR002 when its operation or
--     parameters differ; the record's result is filled in by ledger.remember in the same transaction. Before, the
--     record was inserted last: a reserve (key, then row) and an adjust (row, then key) with one key on one row
--     deadlocked (40P01). A refusal rolls the record back with everything else, so the key stays free.
--   - Savepoints are calls like any other. ledger.unless_applied told "my own stored key" from "a concurrent call's"
--     by the record's xmin against the top transaction's id; inside a savepoint (psql ON_ERROR_ROLLBACK, JDBC
--     autosave) the record's xmin is the subtransaction's, so a plain refusal came back as SR006 "retry", and the
--     retry, after ROLLBACK TO SAVEPOINT, got SR006 again, for ever. With the key taken first a concurrent call
--     with the key can no longer get that far: unless_applied checks nothing now.
--   - SR002 names the key and the caller's own operation, never the request stored under the key: keys are shared
--     by every login, and the stored request may be another login's order.
--   - Retention: idempotency records and outbox events are kept for ledger.retention's key_retention and
--     event_retention (30 days each; the ledger's owner changes them with UPDATE ledger.retention). The purge
--     (api.purge, and every sweep at most every 10 minutes, 10,000 rows a turn) deletes what is older, judged by
--     the time the server stored it: stored_at for keys; for events, marks of the newest event id taken every
--     tenth of the retention (at most 10 minutes apart), since an outbox event's created_at is ledger.clock(),
--     which the seed clock sets back. A purged key leaves a tombstone (key, operation, when) in
--     ledger.idempotency_purged: a retry with it is refused with SR007 "purged" and never applied again (the
--     operation was applied when the key was first used; its result is gone). Tombstones are kept for ever unless
--     retention.tombstone_retention is set (a retry older than that would run as a new call).
--   - The event feed: api.events_after(0) reads from the oldest event kept; a cursor is the id of an event read
--     before. An id at or below the purge's horizon (retention.events_purged_through) is SR007 ("events up to N
--     were purged after the retention of D: start again from api.events_head()"); any other id the outbox does
--     not hold is SR003 (unknown event: a cursor from another ledger). Order is (transaction, id) as before, so
--     nothing committed late is skipped; one stock row's events may therefore arrive out of version order (a
--     transaction that wrote elsewhere first, then waited for the row, commits after the one it waited for).
--     Consumers order one aggregate's events by aggregate_version and keep the newest: every version arrives
--     exactly once, and each event's payload is the row's whole state at that version.
--   - Client limits. Every keyed call, the sweep and the purge set, for the rest of the caller's transaction,
--     lock_timeout, statement_timeout and idle_in_transaction_session_timeout to the values of the caller's
--     persona (ledger.client_limit; the highest persona of a login that has several). Role settings (ALTER ROLE
--     stockroom_checkout SET ...) would not do: PostgreSQL applies the settings of the login role only, never those
--     of the roles it is a member of, and logins are made by hand. A transaction that holds a stock row and goes
--     idle is ended by the server after the idle limit; a call waiting for a row gives up after the lock limit
--     (55P03) instead of queueing for ever; statements after an API call in the same transaction get the
--     statement limit. Superusers and members of stockroom_owner get none (migrations, the demo seeder). A login's
--     limits are looked up once per session (setting stockroom.client_limits).
--   - A client can SET its timeouts off again after a call. Every sweep therefore first ends, in this database,
--     the sessions of persona logins whose transaction has written and then stayed idle past their idle limit
--     (pg_terminate_backend), and cancels their statements running past a non-zero statement limit
--     (pg_cancel_backend). The ledger's owner gets pg_signal_backend and pg_read_all_stats for that when the
--     migration runs as a superuser; without them the sweep sees no one to cut off.
--   - The sweep's lock is the row 'sweep' of ledger.duty, locked FOR NO KEY UPDATE SKIP LOCKED: only the ledger's
--     owner can lock it (clients cannot read ledger tables), so no login can take it and keep it, where anyone
--     could hold pg_advisory_lock(hashtext('stockroom.sweep')) for ever. A client calling api.sweep in its own
--     transaction holds it at most until its idle or statement limit. Every persona may sweep now: every running
--     app instance does, every 30 seconds, so expiry no longer waits for someone to run stockroomctl sweep --every.

-- Signals and the activity view for the sweep's cut-off, granted by a superuser (see above).
DO $grants$
BEGIN
    GRANT pg_signal_backend, pg_read_all_stats TO stockroom_owner;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'the sweep cannot end stalled client sessions: run GRANT pg_signal_backend, pg_read_all_stats TO '
                 'stockroom_owner as a superuser';
END
$grants$;

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- ---------------------------------------------------------------------------------------------------------
-- Settings and state

CREATE TABLE ledger.client_limit (
    persona                             text PRIMARY KEY
        CHECK (persona IN ('checkout', 'associate', 'manager', 'supervisor', 'admin')),
    rank                                integer NOT NULL UNIQUE,
    lock_timeout                        interval NOT NULL CHECK (lock_timeout >= interval '0'),
    statement_timeout                   interval NOT NULL CHECK (statement_timeout >= interval '0'),
    idle_in_transaction_session_timeout interval NOT NULL
        CHECK (idle_in_transaction_session_timeout > interval '0')
);
COMMENT ON TABLE ledger.client_limit IS
    'Per persona, for the rest of a transaction that called the API; 0 = no limit. New values apply to new sessions.';
-- Reports and snapshot imports of supervisors and admins may run long: no statement limit for them.
INSERT INTO ledger.client_limit VALUES
    ('checkout', 1, '5 seconds', '15 seconds', '10 seconds'),
    ('associate', 2, '5 seconds', '60 seconds', '30 seconds'),
    ('manager', 3, '5 seconds', '60 seconds', '30 seconds'),
    ('supervisor', 4, '5 seconds', '0', '60 seconds'),
    ('admin', 5, '5 seconds', '0', '60 seconds');

CREATE TABLE ledger.duty (
    name    text PRIMARY KEY,
    done_at timestamptz,
    done_by text,
    result  jsonb
);
INSERT INTO ledger.duty (name) VALUES ('sweep'), ('purge');

CREATE TABLE ledger.retention (
    singleton             boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    key_retention         interval NOT NULL DEFAULT '30 days' CHECK (key_retention > interval '0'),
    event_retention       interval NOT NULL DEFAULT '30 days' CHECK (event_retention > interval '0'),
    tombstone_retention   interval CHECK (tombstone_retention > interval '0'),
    purge_every           interval NOT NULL DEFAULT '10 minutes' CHECK (purge_every > interval '0'),
    events_purged_through bigint NOT NULL DEFAULT 0,
    events_purged_at      timestamptz
);
INSERT INTO ledger.retention DEFAULT VALUES;

-- When the server stored each key. Existing records count from this migration.
ALTER TABLE ledger.idempotency ADD COLUMN stored_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX idempotency_stored_at ON ledger.idempotency (stored_at);

CREATE TABLE ledger.idempotency_purged (
    key       text PRIMARY KEY,
    operation text NOT NULL,
    stored_at timestamptz NOT NULL,
    purged_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idempotency_purged_at ON ledger.idempotency_purged (purged_at);

-- The newest outbox id at a moment: every event with an id up to last_id was inserted before then.
CREATE TABLE ledger.outbox_mark (
    at      timestamptz PRIMARY KEY,
    last_id bigint NOT NULL
);

-- ---------------------------------------------------------------------------------------------------------
-- Client limits

-- 'lock statement idle' in milliseconds for a login, or 'none' for the ledger's owners.
CREATE FUNCTION ledger.client_limits_of(p_login name) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = p_login)
          OR pg_catalog.pg_has_role(p_login, 'stockroom_owner', 'MEMBER') THEN 'none'
        ELSE coalesce((SELECT format('%s %s %s',
                                     (extract(epoch FROM c.lock_timeout) * 1000)::bigint,
                                     (extract(epoch FROM c.statement_timeout) * 1000)::bigint,
                                     (extract(epoch FROM c.idle_in_transaction_session_timeout) * 1000)::bigint)
                         FROM ledger.client_limit c
                        WHERE pg_catalog.pg_has_role(p_login, 'stockroom_' || c.persona, 'MEMBER')
                        ORDER BY c.rank DESC LIMIT 1), 'none')
    END
$$;

-- Sets the caller's limits for the rest of its transaction.
CREATE FUNCTION ledger.limit_client() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v text := pg_catalog.current_setting('stockroom.client_limits', true);
BEGIN
    IF v IS NULL OR v = '' THEN
        v := ledger.client_limits_of(session_user);
        PERFORM pg_catalog.set_config('stockroom.client_limits', v, false);
    END IF;
    IF v = 'none' THEN
        RETURN;
    END IF;
    PERFORM pg_catalog.set_config('lock_timeout', pg_catalog.split_part(v, ' ', 1), true),
            pg_catalog.set_config('statement_timeout', pg_catalog.split_part(v, ' ', 2), true),
            pg_catalog.set_config('idle_in_transaction_session_timeout', pg_catalog.split_part(v, ' ', 3), true);
END
$$;

-- Ends the sessions of persona logins in this database whose transaction has written and then stayed idle past
-- their idle limit, and cancels their statements running past a non-zero statement limit. Returns how many.
CREATE FUNCTION ledger.cut_off_stalled() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    a record;
    v_limits text;
    v_cut integer := 0;
BEGIN
    FOR a IN SELECT s.pid, s.usename, s.state, s.state_change, s.query_start
               FROM pg_catalog.pg_stat_activity s
              WHERE s.datname = pg_catalog.current_database() AND s.pid <> pg_catalog.pg_backend_pid()
                AND s.backend_type = 'client backend' AND s.backend_xid IS NOT NULL
                AND s.state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')
    LOOP
        v_limits := ledger.client_limits_of(a.usename);
        CONTINUE WHEN v_limits = 'none';
        IF a.state <> 'active' AND now() - a.state_change
                                   > pg_catalog.split_part(v_limits, ' ', 3)::bigint * interval '1 millisecond' THEN
            IF pg_catalog.pg_terminate_backend(a.pid) THEN
                v_cut := v_cut + 1;
            END IF;
        ELSIF a.state = 'active' AND pg_catalog.split_part(v_limits, ' ', 2)::bigint > 0
              AND now() - a.query_start > pg_catalog.split_part(v_limits, ' ', 2)::bigint * interval '1 millisecond' THEN
            IF pg_catalog.pg_cancel_backend(a.pid) THEN
                v_cut := v_cut + 1;
            END IF;
        END IF;
    END LOOP;
    RETURN v_cut;
EXCEPTION WHEN insufficient_privilege THEN
    RETURN v_cut; -- the owner was not granted pg_signal_backend: nobody can be cut off by the sweep
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Idempotency: the key first

-- Why: version 2 looked the key up first and inserted it last, after the stock rows were locked, which deadlocked
-- two operations with one key on one row and needed ledger.unless_applied, which savepoints defeated.
-- Takes the key for this call and returns NULL, or returns the stored result when the key was used before with the
-- same request. Waits, holding nothing else, while another transaction has the key.
CREATE OR REPLACE FUNCTION ledger.replay(p_key text, p_operation text, p_request jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v ledger.idempotency;
    t ledger.idempotency_purged;
    r ledger.retention;
BEGIN
    PERFORM ledger.limit_client();
    IF p_key IS NULL OR length(p_key) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'an idempotency key of 1 to 200 characters is required' USING ERRCODE = 'SR004';
    END IF;
    INSERT INTO ledger.idempotency (key, operation, request) VALUES (p_key, p_operation, p_request)
    ON CONFLICT (key) DO NOTHING;
    IF FOUND THEN
        SELECT * INTO t FROM ledger.idempotency_purged WHERE key = p_key;
        IF NOT FOUND THEN
            RETURN NULL;
        END IF;
    ELSE
        SELECT * INTO v FROM ledger.idempotency WHERE key = p_key;
        IF NOT FOUND THEN -- purged between the insert and this read
            SELECT * INTO t FROM ledger.idempotency_purged WHERE key = p_key;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'idempotency key "%" was being purged; retry', p_key USING ERRCODE = 'SR006';
            END IF;
        END IF;
    END IF;
    IF t.key IS NOT NULL THEN
        SELECT * INTO r FROM ledger.retention;
        RAISE EXCEPTION 'idempotency key "%" was used on % and its result purged after the retention of %: the % is not applied again',
            p_key, t.stored_at::date, r.key_retention, p_operation
            USING ERRCODE = 'SR007',
                  HINT = 'the ledger''s movements name the key; a new request needs a new key';
    END IF;
    IF v.operation <> p_operation OR v.request <> p_request THEN
        RAISE EXCEPTION 'idempotency key "%" was already used for another request, not for this %; a new request needs a new key',
            p_key, p_operation USING ERRCODE = 'SR002';
    END IF;
    IF v.result IS NULL THEN
        -- Taken by a call of this transaction that has not finished (a call inside a call with one key).
        RAISE EXCEPTION 'idempotency key "%" is being applied by this transaction', p_key USING ERRCODE = 'SR006';
    END IF;
    RETURN v.result || '{"replayed": true}';
END
$$;

-- Why: the record is inserted by ledger.replay now. Stores the result under the key this call took; a key no
-- replay took (none today) is inserted here as before.
CREATE OR REPLACE FUNCTION ledger.remember(p_key text, p_operation text, p_request jsonb, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ledger.idempotency SET result = p_result WHERE key = p_key AND result IS NULL;
    IF NOT FOUND THEN
        INSERT INTO ledger.idempotency (key, operation, request, result)
        VALUES (p_key, p_operation, p_request, p_result)
        ON CONFLICT (key) DO NOTHING;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'idempotency key "%" was applied concurrently by another call; retry to get its result',
                p_key USING ERRCODE = 'SR006';
        END IF;
    END IF;
    RETURN p_result || '{"replayed": false}';
END
$$;

-- Why: a call that reaches a refusal took its key first, so no concurrent call with the key can have stored it;
-- the xmin test this did was wrong inside savepoints. Kept, doing nothing, for the functions that call it.
CREATE OR REPLACE FUNCTION ledger.unless_applied(p_key text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN;
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Retention

-- Purges up to p_limit keys and p_limit events past their retention, and tombstones past theirs.
CREATE FUNCTION ledger.purge(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    r ledger.retention;
    m ledger.outbox_mark;
    v_limit integer := greatest(coalesce(p_limit, 10000), 1);
    v_keys integer := 0;
    v_events integer := 0;
    v_last bigint;
    v_tombstones integer := 0;
BEGIN
    SELECT * INTO r FROM ledger.retention FOR NO KEY UPDATE;
    WITH due AS (
        SELECT i.key FROM ledger.idempotency i WHERE i.stored_at < now() - r.key_retention
         ORDER BY i.stored_at LIMIT v_limit FOR UPDATE SKIP LOCKED
    ), gone AS (
        DELETE FROM ledger.idempotency i USING due WHERE i.key = due.key RETURNING i.key, i.operation, i.stored_at
    ), kept AS (
        INSERT INTO ledger.idempotency_purged (key, operation, stored_at)
        SELECT key, operation, stored_at FROM gone ON CONFLICT (key) DO NOTHING RETURNING 1
    )
    SELECT count(*) INTO v_keys FROM gone;

    INSERT INTO ledger.outbox_mark (at, last_id)
    SELECT now(), coalesce((SELECT max(o.id) FROM ledger.outbox o), 0)
     WHERE NOT EXISTS (SELECT 1 FROM ledger.outbox_mark x
                        WHERE x.at > now() - least(r.event_retention / 10, interval '10 minutes'))
    ON CONFLICT (at) DO NOTHING;
    SELECT * INTO m FROM ledger.outbox_mark x WHERE x.at <= now() - r.event_retention ORDER BY x.at DESC LIMIT 1;
    IF FOUND THEN
        WITH gone AS (
            DELETE FROM ledger.outbox o
             WHERE o.id IN (SELECT d.id FROM ledger.outbox d WHERE d.id <= m.last_id ORDER BY d.id LIMIT v_limit)
            RETURNING o.id
        )
        SELECT count(*), max(id) INTO v_events, v_last FROM gone;
        -- Deleted in id order: every id up to the last one deleted is gone, and up to the mark once all are.
        v_last := CASE WHEN v_events < v_limit THEN m.last_id ELSE v_last END;
        IF v_last > r.events_purged_through THEN
            UPDATE ledger.retention SET events_purged_through = v_last, events_purged_at = now();
            r.events_purged_through := v_last;
        END IF;
        DELETE FROM ledger.outbox_mark x WHERE x.at < m.at;
    END IF;

    IF r.tombstone_retention IS NOT NULL THEN
        DELETE FROM ledger.idempotency_purged t
         WHERE t.key IN (SELECT d.key FROM ledger.idempotency_purged d
                          WHERE d.purged_at < now() - r.tombstone_retention ORDER BY d.purged_at LIMIT v_limit);
        GET DIAGNOSTICS v_tombstones = ROW_COUNT;
    END IF;
    RETURN jsonb_build_object('keys_purged', v_keys, 'events_purged', v_events,
                              'events_purged_through', r.events_purged_through, 'tombstones_dropped', v_tombstones,
                              'more', v_keys = v_limit OR v_events = v_limit OR v_tombstones = v_limit);
END
$$;

-- The purge's turn in a sweep: when the last purge is older than purge_every, or left more to do.
CREATE FUNCTION ledger.purge_when_due() RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    d ledger.duty;
    v_result jsonb;
BEGIN
    SELECT * INTO d FROM ledger.duty WHERE name = 'purge' FOR NO KEY UPDATE SKIP LOCKED;
    IF NOT FOUND OR d.done_at > now() - (SELECT r.purge_every FROM ledger.retention r)
                    AND NOT coalesce((d.result ->> 'more')::boolean, false) THEN
        RETURN '{}';
    END IF;
    v_result := ledger.purge(10000);
    UPDATE ledger.duty SET done_at = now(), done_by = session_user, result = v_result WHERE name = 'purge';
    RETURN jsonb_build_object('purged', v_result);
END
$$;

CREATE FUNCTION api.purge(p_limit integer DEFAULT 10000) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_result jsonb;
BEGIN
    PERFORM ledger.limit_client();
    PERFORM 1 FROM ledger.duty WHERE name = 'purge' FOR NO KEY UPDATE;
    v_result := ledger.purge(p_limit);
    UPDATE ledger.duty SET done_at = now(), done_by = session_user, result = v_result WHERE name = 'purge';
    RETURN v_result;
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- The sweep

-- Version 6's sweep without its lock: expires orders whose payment window has passed (their holds with them), then
-- other holds past their time. Locks in the order every other call takes them.
CREATE FUNCTION ledger.expire_due(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_ids bigint[];
    v_id bigint;
    o ledger.customer_order;
    v_orders integer := 0;
BEGIN
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT id FROM ledger.customer_order WHERE state IN ('created', 'allocated') AND expires_at <= now()
         ORDER BY expires_at LIMIT greatest(p_limit, 1) FOR NO KEY UPDATE SKIP LOCKED) due;
    IF v_ids IS NOT NULL THEN
        PERFORM 1 FROM ledger.reservation r
         WHERE r.id IN (SELECT f.reservation_id FROM ledger.fulfillment f WHERE f.order_id = ANY (v_ids))
           AND r.status = 'active'
         ORDER BY r.id FOR NO KEY UPDATE;
        PERFORM 1 FROM ledger.stock_level s
         WHERE (s.sku_id, s.location_id) IN (
                   SELECT rl.sku_id, rl.location_id FROM ledger.fulfillment f
                     JOIN ledger.reservation r ON r.id = f.reservation_id AND r.status = 'active'
                     JOIN ledger.reservation_line rl ON rl.reservation_id = r.id
                    WHERE f.order_id = ANY (v_ids))
         ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
        FOR o IN SELECT * FROM ledger.customer_order WHERE id = ANY (v_ids) ORDER BY id LOOP
            PERFORM ledger.fire_order(o, 'expire', 'the payment window closed at ' || o.expires_at, NULL, true);
            v_orders := v_orders + 1;
        END LOOP;
    END IF;
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT r.id FROM ledger.reservation r WHERE r.status = 'active' AND r.expires_at <= now()
           AND NOT EXISTS (SELECT 1 FROM ledger.fulfillment f WHERE f.reservation_id = r.id)
         ORDER BY r.expires_at LIMIT greatest(p_limit, 1) FOR NO KEY UPDATE SKIP LOCKED) due;
    IF v_ids IS NULL THEN
        RETURN jsonb_build_object('expired', 0, 'orders_expired', v_orders);
    END IF;
    PERFORM 1 FROM ledger.stock_level s
     WHERE (s.sku_id, s.location_id) IN (SELECT sku_id, location_id FROM ledger.reservation_line
                                          WHERE reservation_id = ANY (v_ids))
     ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    FOREACH v_id IN ARRAY v_ids LOOP
        PERFORM ledger.end_reservation(v_id, 'expired', NULL);
    END LOOP;
    RETURN jsonb_build_object('expired', cardinality(v_ids), 'orders_expired', v_orders);
END
$$;

-- Why: version 2's and 6's sweep took pg_try_advisory_xact_lock(hashtext('stockroom.sweep')), a key any login can
-- hold for ever. The lock is ledger.duty's row now; the sweep also ends stalled clients' sessions (first, so one
-- that holds the sweep's row is ended too), purges when that is due, and keeps the dashboard's roll-ups
-- (api.dashboard_refresh, version 11). Result: expired, orders_expired, skipped, cut_off, dashboard, and purged when
-- the purge ran.
CREATE OR REPLACE FUNCTION api.sweep(p_limit integer DEFAULT 1000)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_cut integer;
    v_result jsonb;
BEGIN
    PERFORM ledger.limit_client();
    v_cut := ledger.cut_off_stalled();
    PERFORM 1 FROM ledger.duty WHERE name = 'sweep' FOR NO KEY UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('expired', 0, 'orders_expired', 0, 'skipped', true, 'cut_off', v_cut);
    END IF;
    v_result := ledger.expire_due(p_limit) || ledger.purge_when_due()
                || jsonb_build_object('skipped', false, 'cut_off', v_cut, 'dashboard', api.dashboard_refresh());
    UPDATE ledger.duty SET done_at = now(), done_by = session_user, result = v_result WHERE name = 'sweep';
    RETURN v_result;
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- The event feed

-- Why: an id the outbox does not hold used to read as "from the start", replaying the whole history. Same columns,
-- same (transaction, id) order and horizon as version 2's; 0 (or less) reads from the oldest event kept.
CREATE OR REPLACE FUNCTION api.events_after(p_after bigint DEFAULT 0, p_limit integer DEFAULT 1000)
RETURNS TABLE (id bigint, aggregate text, aggregate_version bigint, event_type text, payload jsonb,
               created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_tx xid8 := '0';
    r ledger.retention;
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
    RETURN QUERY
        SELECT o.id, o.aggregate, o.aggregate_version, o.event_type, o.payload, o.created_at
          FROM ledger.outbox o
         WHERE (o.tx, o.id) > (v_tx, greatest(coalesce(p_after, 0), 0))
           AND o.tx < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY o.tx, o.id
         LIMIT greatest(p_limit, 1);
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what

REVOKE EXECUTE ON FUNCTION api.purge(integer), ledger.client_limits_of(name), ledger.limit_client(),
                           ledger.cut_off_stalled(), ledger.purge(integer), ledger.purge_when_due(),
                           ledger.expire_due(integer)
    FROM PUBLIC;

-- Every running app instance sweeps, whatever its login's persona.
GRANT EXECUTE ON FUNCTION api.sweep(integer) TO stockroom_associate, stockroom_checkout;
GRANT EXECUTE ON FUNCTION api.purge(integer) TO stockroom_supervisor;
