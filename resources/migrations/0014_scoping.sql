-- Version 14: who may do what, per login and per database (issue 10, "Who may do what").
--
-- Adds
--   ledger.staff, ledger.staff_location, ledger.staff_channel
--                           the logins of this database: persona, all locations or the ones assigned, all channels or
--                           the ones bound. Per database by nature (the cluster's roles stay cluster-wide).
--   ledger.connect_gate     per database (keyed by its name, so a copy made with CREATE DATABASE ... TEMPLATE gets
--                           its own): the role whose members may connect, by default "<database>_staff"
--   ledger.scope_locations(), ledger.scope_location_codes(), ledger.scope_channels()
--                           what the session's login may see: NULL for everything, else an array (maybe empty)
--   ledger.require_location(id), ledger.require_channel(code)
--                           42501 'login "x" is not assigned to location "ST2"' / 'is not bound to channel "web"'
--   ledger.assert_connect_gate()
--                           idempotent: creates the staff role, revokes CONNECT and TEMPORARY on this database from
--                           PUBLIC and grants CONNECT to the staff role. Run as a superuser (the migrator does, after
--                           migrating), because the ACL of a database is not copied by CREATE DATABASE ... TEMPLATE.
--   api.staff_set, api.staff_assign, api.staff_unassign, api.staff
--                           an admin manages the staff of this database; every mutation takes an idempotency key
--   reservation.owner, customer_order.owner
--                           the login that made it (session_user); NULL for rows made before this version (unknown)
--
-- Rules this version enforces, for every client, inside the database:
--   - Unscoped: superusers and members of stockroom_owner (migrations, the demo seeder, benchmarks), and staff with
--     all_locations / all_channels. A login with no staff row in this database is in scope of nothing.
--   - Locations. Every movement is checked where it is written (a BEFORE INSERT trigger on ledger.movement), so every
--     write of stock at a location is covered whatever function writes it, and no api function on the reserve hot
--     path needs replacing. Exempt: expiry (the sweep, run by any persona, ends what is due) and the destination end
--     of a transfer the source ships or cancels (its inbound bucket). A transfer's write-off is allowed at either
--     end. Writes that move no stock are checked by triggers too: a count session is created, a location's capacity
--     or details are changed, a fulfillment moves on (pick, pack, ship, deliver; cancelling follows the order), a
--     return is requested. api.set_safety_stock and api.count check before anything else (a no-op would otherwise
--     show the row); every count-session function checks the session's location (ledger.count_session_of,
--     ledger.count_progress for the two that only read).
--   - Channels. A reservation and an order are created only in a channel the login is bound to (triggers on
--     ledger.reservation and ledger.customer_order), and an order of another channel cannot be shown or changed
--     (ledger.order_of). api.staff_set's defaults: a checkout is bound by its channels (all locations unless some are
--     named), every other persona by its locations (all channels unless some are named).
--   - Ownership. A reservation and an order record their owner. Ending another login's reservation (commit,
--     release) needs the manager role (a BEFORE UPDATE trigger on the status that fires only when the owner is not
--     the session's login); expiry is the ledger's own and always allowed; holds of an order's fulfillments end only
--     through the order (version 6), whose transitions keep their own roles, so warehouse staff ship what a checkout
--     sold. Cancelling another login's order needs the manager role. NULL owners (older rows) count as another's.
--   - Reads. Every api view of location-bound rows shows only the locations in scope (a transfer: either end; an
--     order: its channel in scope and a fulfillment or pickup in scope, or its own; reservations, fulfillments: the
--     channel too). The views of version 2 to 13 keep their bodies, moved to schema ledger as ledger.unscoped_<name>;
--     api.<name> is a filter over it with the same columns and grants. The scope is computed once per query (an
--     InitPlan), not per row.
--   - Per-database staff. Roles stay cluster-wide (a persona is one role on the whole server, and logins are made by
--     the server's administrator); instead a database lets in only its own staff: CONNECT is revoked from PUBLIC and
--     granted to the database's staff role, which api.staff_set grants to the login. A manager of "staging" cannot
--     connect to "production" on the same server. TEMPORARY is revoked as well (and granted to the owner, whose
--     functions use temporary tables), so a client login cannot create functions (pg_temp) to probe rows a view
--     filters out.
--   - Functions created later by stockroom_owner are not executable by PUBLIC (ALTER DEFAULT PRIVILEGES).

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

ALTER DEFAULT PRIVILEGES FOR ROLE stockroom_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------------
-- Staff and its assignments

CREATE TABLE ledger.staff (
    login         name PRIMARY KEY,
    persona       text NOT NULL CHECK (persona IN ('associate', 'manager', 'supervisor', 'checkout', 'admin')),
    all_locations boolean NOT NULL DEFAULT false,
    all_channels  boolean NOT NULL DEFAULT false,
    added_at      timestamptz NOT NULL DEFAULT now(),
    added_by      name NOT NULL DEFAULT session_user,
    changed_at    timestamptz NOT NULL DEFAULT now(),
    changed_by    name NOT NULL DEFAULT session_user
);

CREATE TABLE ledger.staff_location (
    login       name NOT NULL REFERENCES ledger.staff (login) ON DELETE CASCADE,
    location_id integer NOT NULL REFERENCES ledger.location (id),
    PRIMARY KEY (login, location_id)
);

-- Channels are keyed by their code (ledger.channel has no numeric id).
CREATE TABLE ledger.staff_channel (
    login   name NOT NULL REFERENCES ledger.staff (login) ON DELETE CASCADE,
    channel text NOT NULL REFERENCES ledger.channel (code),
    PRIMARY KEY (login, channel)
);

-- ---------------------------------------------------------------------------------------------------------
-- Scope helpers. The checks run inside the api functions (as the owner), so they name every object with its
-- schema and carry no SET clause (see version 2); session_user is the client's login there.

-- Superusers are members of every role, so one membership test covers both; a single expression, so that it is
-- inlined into the statement that calls it (a SQL function that is not inlined is planned again on every call
-- from PL/pgSQL: 0.3 ms, where this costs a few microseconds).
CREATE FUNCTION ledger.unscoped() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'stockroom_owner', 'MEMBER')
$$;

CREATE FUNCTION ledger.in_location_scope(p_location integer) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM ledger.staff_location sl WHERE sl.login = session_user AND sl.location_id = p_location)
        OR EXISTS (SELECT 1 FROM ledger.staff s WHERE s.login = session_user AND s.all_locations)
        OR ledger.unscoped();
END
$$;

CREATE FUNCTION ledger.require_location(p_location integer) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT (EXISTS (SELECT 1 FROM ledger.staff_location sl WHERE sl.login = session_user AND sl.location_id = p_location)
            OR EXISTS (SELECT 1 FROM ledger.staff s WHERE s.login = session_user AND s.all_locations)
            OR ledger.unscoped()) THEN
        RAISE EXCEPTION 'login "%" is not assigned to location "%"', session_user,
            coalesce((SELECT l.code FROM ledger.location l WHERE l.id = p_location), p_location::text)
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'an admin assigns locations (api.staff_assign, stockroomctl user assign)';
    END IF;
END
$$;

CREATE FUNCTION ledger.require_channel(p_channel text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT (EXISTS (SELECT 1 FROM ledger.staff_channel sc WHERE sc.login = session_user AND sc.channel = p_channel)
            OR EXISTS (SELECT 1 FROM ledger.staff s WHERE s.login = session_user AND s.all_channels)
            OR ledger.unscoped()) THEN
        RAISE EXCEPTION 'login "%" is not bound to channel "%"', session_user, p_channel
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'an admin binds channels (api.staff_assign, stockroomctl user assign)';
    END IF;
END
$$;

-- For the views: what the login may see, NULL meaning everything. SECURITY DEFINER because the views call them
-- with the reader's rights; called once per query as an InitPlan, (SELECT ledger.scope_locations()). PARALLEL SAFE,
-- or no view that uses them could scan in parallel (the stock view's sort by a balance over a million rows would
-- take twice as long).
CREATE FUNCTION ledger.scope_locations() RETURNS integer[]
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN coalesce((SELECT s.all_locations FROM ledger.staff s WHERE s.login = session_user), false)
                     OR ledger.unscoped() THEN NULL
                ELSE ARRAY(SELECT sl.location_id FROM ledger.staff_location sl WHERE sl.login = session_user
                            ORDER BY 1) END
$$;

CREATE FUNCTION ledger.scope_location_codes() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN coalesce((SELECT s.all_locations FROM ledger.staff s WHERE s.login = session_user), false)
                     OR ledger.unscoped() THEN NULL
                ELSE ARRAY(SELECT l.code FROM ledger.staff_location sl JOIN ledger.location l ON l.id = sl.location_id
                            WHERE sl.login = session_user ORDER BY 1) END
$$;

CREATE FUNCTION ledger.scope_channels() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN coalesce((SELECT s.all_channels FROM ledger.staff s WHERE s.login = session_user), false)
                     OR ledger.unscoped() THEN NULL
                ELSE ARRAY(SELECT sc.channel FROM ledger.staff_channel sc WHERE sc.login = session_user ORDER BY 1) END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Writes: triggers on the ledger's tables

-- Every movement at a location the login is not assigned to is refused. The WHEN clause keeps expiry and the
-- destination end of a transfer out without calling anything.
CREATE FUNCTION ledger.movement_in_scope() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- The check of ledger.require_location, spelled out: this runs for every movement, and a call costs.
    IF EXISTS (SELECT 1 FROM ledger.staff_location sl WHERE sl.login = session_user AND sl.location_id = NEW.location_id)
       OR EXISTS (SELECT 1 FROM ledger.staff s WHERE s.login = session_user AND s.all_locations)
       OR ledger.unscoped() THEN
        RETURN NEW;
    END IF;
    IF NEW.kind = 'transfer_write_off'
       AND ledger.in_location_scope((SELECT t.from_location_id FROM ledger.transfer t WHERE t.id = NEW.transfer_id)) THEN
        RETURN NEW; -- lost in transit: either end may write it off
    END IF;
    PERFORM ledger.require_location(NEW.location_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER movement_in_scope BEFORE INSERT ON ledger.movement FOR EACH ROW
    WHEN (NEW.kind <> 'expire' AND NOT (NEW.bucket = 'inbound' AND NEW.kind IN ('transfer_ship', 'transfer_cancel')))
    EXECUTE FUNCTION ledger.movement_in_scope();

-- Owners: added without a default first, so rows made before this version get NULL (unknown), not the migrator.
ALTER TABLE ledger.reservation ADD COLUMN owner name;
ALTER TABLE ledger.reservation ALTER COLUMN owner SET DEFAULT session_user;
ALTER TABLE ledger.customer_order ADD COLUMN owner name;
ALTER TABLE ledger.customer_order ALTER COLUMN owner SET DEFAULT session_user;

-- A new reservation or order belongs to the session's login and is made in a channel it is bound to.
CREATE FUNCTION ledger.owned_in_channel() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.owner := session_user;
    IF NOT (EXISTS (SELECT 1 FROM ledger.staff_channel sc WHERE sc.login = session_user AND sc.channel = NEW.channel)
            OR EXISTS (SELECT 1 FROM ledger.staff s WHERE s.login = session_user AND s.all_channels)
            OR ledger.unscoped()) THEN
        PERFORM ledger.require_channel(NEW.channel); -- raises, naming the channel
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reservation_owned BEFORE INSERT ON ledger.reservation FOR EACH ROW
    EXECUTE FUNCTION ledger.owned_in_channel();
CREATE TRIGGER customer_order_owned BEFORE INSERT ON ledger.customer_order FOR EACH ROW
    EXECUTE FUNCTION ledger.owned_in_channel();

CREATE FUNCTION ledger.may_end_others() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'stockroom_manager', 'MEMBER') OR ledger.unscoped()
$$;

-- Ending another login's reservation. The trigger fires only when the owner is not the session's login and the
-- reservation does not expire, so a login ending its own reservation pays nothing. A hold of an order's
-- fulfillment is ended only by the order's transitions (ledger.resolve and api.release_many refuse it), whose
-- roles the transition table sets.
CREATE FUNCTION ledger.reservation_ended_by() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger.fulfillment f WHERE f.reservation_id = OLD.id) OR ledger.may_end_others() THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'reservation % is another login''s: "%" may % only its own reservations; ending another''s needs the manager role',
        OLD.id, session_user, CASE NEW.status WHEN 'committed' THEN 'commit' ELSE 'release' END
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER reservation_ended_by BEFORE UPDATE OF status ON ledger.reservation FOR EACH ROW
    WHEN (OLD.status = 'active' AND NEW.status <> 'active' AND NEW.status <> 'expired'
          AND OLD.owner IS DISTINCT FROM session_user)
    EXECUTE FUNCTION ledger.reservation_ended_by();

CREATE FUNCTION ledger.order_cancelled_by() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT ledger.may_end_others() THEN
        RAISE EXCEPTION 'order % in channel % is another login''s: "%" may cancel only its own orders; cancelling another''s needs the manager role',
            OLD.ref, OLD.channel, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER customer_order_cancelled_by BEFORE UPDATE OF state ON ledger.customer_order FOR EACH ROW
    WHEN (NEW.state = 'cancelled' AND OLD.state <> 'cancelled' AND OLD.owner IS DISTINCT FROM session_user)
    EXECUTE FUNCTION ledger.order_cancelled_by();

-- Writes that move no stock, at one location.
CREATE FUNCTION ledger.location_row_in_scope() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    CASE TG_TABLE_NAME
        WHEN 'location' THEN PERFORM ledger.require_location(OLD.id);
        WHEN 'order_return' THEN
            PERFORM ledger.require_location((SELECT f.location_id FROM ledger.fulfillment f WHERE f.id = NEW.fulfillment_id));
        ELSE PERFORM ledger.require_location(NEW.location_id);
    END CASE;
    RETURN NEW;
END
$$;
CREATE TRIGGER count_session_in_scope BEFORE INSERT ON ledger.count_session FOR EACH ROW
    EXECUTE FUNCTION ledger.location_row_in_scope();
CREATE TRIGGER count_capacity_in_scope BEFORE INSERT OR UPDATE ON ledger.count_capacity FOR EACH ROW
    WHEN (NEW.location_id IS NOT NULL) EXECUTE FUNCTION ledger.location_row_in_scope();
CREATE TRIGGER location_in_scope BEFORE UPDATE ON ledger.location FOR EACH ROW
    EXECUTE FUNCTION ledger.location_row_in_scope();
-- Cancelling a fulfillment follows its order (whose cancel checks the owner, and whose releases the movement
-- trigger checks; the sweep's expiry must pass for every persona).
CREATE TRIGGER fulfillment_in_scope BEFORE UPDATE OF state ON ledger.fulfillment FOR EACH ROW
    WHEN (NEW.state IS DISTINCT FROM OLD.state AND NEW.state <> 'cancelled')
    EXECUTE FUNCTION ledger.location_row_in_scope();
CREATE TRIGGER order_return_in_scope BEFORE INSERT ON ledger.order_return FOR EACH ROW
    EXECUTE FUNCTION ledger.location_row_in_scope();

-- ---------------------------------------------------------------------------------------------------------
-- Functions that check before they read

-- Changed: the session's location must be in the login's scope (every count-session function locks its session
-- through this).
CREATE OR REPLACE FUNCTION ledger.count_session_of(p_session bigint) RETURNS ledger.count_session
LANGUAGE plpgsql AS $$
DECLARE
    cs ledger.count_session;
BEGIN
    SELECT * INTO cs FROM ledger.count_session WHERE id = p_session FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown count session %', p_session USING ERRCODE = 'SR003';
    END IF;
    PERFORM ledger.require_location(cs.location_id);
    RETURN cs;
END
$$;

-- Changed: the session's location must be in the login's scope. api.count_sheet and api.count_review, which read a
-- session without locking it, show its progress through this, first.
CREATE OR REPLACE FUNCTION ledger.count_progress(p_session bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v jsonb;
BEGIN
    PERFORM ledger.require_location(cs.location_id) FROM ledger.count_session cs WHERE cs.id = p_session;
    SELECT jsonb_build_object('counted_lines', count(*) FILTER (WHERE state <> 'to_count'),
                              'to_count', count(*) FILTER (WHERE state = 'to_count'),
                              'line_count', count(*))
      INTO v FROM ledger.count_line WHERE session_id = p_session;
    RETURN v;
END
$$;

-- Changed: an order of a channel the login is not bound to is refused (42501) before anything is shown or changed.
CREATE OR REPLACE FUNCTION ledger.order_of(p_ref text, p_channel text) RETURNS ledger.customer_order
LANGUAGE plpgsql STABLE AS $$
DECLARE
    o ledger.customer_order;
    v_channels text;
BEGIN
    IF p_channel IS NOT NULL THEN
        PERFORM ledger.require_channel(p_channel);
        SELECT * INTO o FROM ledger.customer_order WHERE ref = p_ref AND channel = p_channel;
    ELSE
        SELECT string_agg(channel, ', ' ORDER BY channel) INTO v_channels FROM ledger.customer_order
         WHERE ref = p_ref;
        IF v_channels LIKE '%,%' THEN
            RAISE EXCEPTION 'order "%" exists in channels %: name the channel', p_ref, v_channels
                USING ERRCODE = 'SR004';
        END IF;
        SELECT * INTO o FROM ledger.customer_order WHERE ref = p_ref;
    END IF;
    IF o.id IS NULL THEN
        RAISE EXCEPTION 'unknown order "%"%', p_ref, coalesce(' in channel ' || p_channel, '') USING ERRCODE = 'SR003';
    END IF;
    PERFORM ledger.require_channel(o.channel);
    RETURN o;
END
$$;

-- Changed: the location must be in the login's scope, checked first (an unchanged safety stock writes no movement).
CREATE OR REPLACE FUNCTION api.set_safety_stock(p_sku text, p_location text, p_quantity bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'quantity', p_quantity);
    v_done jsonb := ledger.replay(p_key, 'set_safety_stock', v_req);
    k record;
    l record;
    s ledger.stock_level;
    v_delta bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_quantity IS NULL OR p_quantity < 0 THEN
        RAISE EXCEPTION 'safety stock must be zero or more' USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    PERFORM ledger.require_location(l.id);
    s := ledger.lock_row(k.id, l.id);
    v_delta := p_quantity - s.safety_stock;
    IF v_delta <> 0 THEN
        s := ledger.change(k.id, l.id, 0, 0, 0, v_delta);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, idempotency_key)
        VALUES ('policy', k.id, l.id, 'safety_stock', v_delta, 'safety stock', p_key);
        PERFORM ledger.emit('policy', s, k.code, l.code, '{}');
    END IF;
    RETURN ledger.remember(p_key, 'set_safety_stock', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code) || ledger.balances(s));
END
$$;

-- Changed: the location must be in the login's scope, checked first (a count without a difference writes no
-- movement, and would show the row's balances).
CREATE OR REPLACE FUNCTION api.count(p_sku text, p_location text, p_counted bigint, p_position bigint, p_key text)
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
    PERFORM ledger.require_location(l.id);
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

-- ---------------------------------------------------------------------------------------------------------
-- Reads: each view of location-bound rows keeps its body as ledger.unscoped_<name>; api.<name> filters it.

DO $move$
DECLARE
    v text;
BEGIN
    FOREACH v IN ARRAY ARRAY['stock', 'ledger', 'reservations', 'open_reservations', 'transfers', 'transfer_list',
                             'count_sessions', 'fulfillments', 'orders', 'order_history', 'snapshot_lines',
                             'dashboard_movements', 'count_observations', 'coverage_rows', 'count_accuracy_lines',
                             'count_accuracy', 'variance_by_reason', 'shrinkage', 'count_coverage', 'counts_per_day',
                             'open_discrepancies', 'drift', 'count_due', 'count_capacity']
    LOOP
        EXECUTE format('ALTER VIEW api.%I RENAME TO %I', v, 'unscoped_' || v);
        EXECUTE format('ALTER VIEW api.%I SET SCHEMA ledger', 'unscoped_' || v);
        EXECUTE format('REVOKE ALL ON ledger.%I FROM stockroom_associate, stockroom_manager, stockroom_supervisor, '
                       'stockroom_checkout, stockroom_admin', 'unscoped_' || v);
    END LOOP;
END
$move$;

CREATE VIEW api.stock AS
    SELECT * FROM ledger.unscoped_stock v
     WHERE (SELECT ledger.scope_locations()) IS NULL OR v.location_id = ANY ((SELECT ledger.scope_locations())::integer[]);

CREATE VIEW api.ledger AS
    SELECT * FROM ledger.unscoped_ledger v
     WHERE (SELECT ledger.scope_locations()) IS NULL OR v.location_id = ANY ((SELECT ledger.scope_locations())::integer[]);

CREATE VIEW api.reservations AS
    SELECT * FROM ledger.unscoped_reservations v
     WHERE ((SELECT ledger.scope_location_codes()) IS NULL OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[]))
       AND ((SELECT ledger.scope_channels()) IS NULL OR v.channel = ANY ((SELECT ledger.scope_channels())::text[]));

CREATE VIEW api.open_reservations AS
    SELECT * FROM ledger.unscoped_open_reservations v
     WHERE ((SELECT ledger.scope_location_codes()) IS NULL OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[]))
       AND ((SELECT ledger.scope_channels()) IS NULL OR v.channel = ANY ((SELECT ledger.scope_channels())::text[]));

CREATE VIEW api.transfers AS
    SELECT * FROM ledger.unscoped_transfers v
     WHERE (SELECT ledger.scope_location_codes()) IS NULL
        OR v.from_location = ANY ((SELECT ledger.scope_location_codes())::text[])
        OR v.to_location = ANY ((SELECT ledger.scope_location_codes())::text[]);

CREATE VIEW api.transfer_list AS
    SELECT * FROM ledger.unscoped_transfer_list v
     WHERE (SELECT ledger.scope_location_codes()) IS NULL
        OR v.from_location = ANY ((SELECT ledger.scope_location_codes())::text[])
        OR v.to_location = ANY ((SELECT ledger.scope_location_codes())::text[]);

CREATE VIEW api.fulfillments AS
    SELECT * FROM ledger.unscoped_fulfillments v
     WHERE ((SELECT ledger.scope_location_codes()) IS NULL OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[]))
       AND ((SELECT ledger.scope_channels()) IS NULL OR v.channel = ANY ((SELECT ledger.scope_channels())::text[]));

-- An order: its channel in scope, and a fulfillment or its pickup at a location in scope, or its own.
CREATE VIEW api.orders AS
    SELECT v.* FROM ledger.unscoped_orders v JOIN ledger.customer_order o ON o.id = v.id
     WHERE ((SELECT ledger.scope_channels()) IS NULL OR v.channel = ANY ((SELECT ledger.scope_channels())::text[]))
       AND ((SELECT ledger.scope_locations()) IS NULL OR o.owner = session_user
            OR o.pickup_location_id = ANY ((SELECT ledger.scope_locations())::integer[])
            OR EXISTS (SELECT 1 FROM ledger.fulfillment f
                        WHERE f.order_id = o.id AND f.location_id = ANY ((SELECT ledger.scope_locations())::integer[])));

CREATE VIEW api.order_history AS
    SELECT * FROM ledger.unscoped_order_history v
     WHERE EXISTS (SELECT 1 FROM api.orders o WHERE o.ref = v.order_ref AND o.channel = v.channel);

DO $filter$
DECLARE
    v text;
BEGIN
    FOREACH v IN ARRAY ARRAY['count_sessions', 'snapshot_lines', 'dashboard_movements', 'count_observations',
                             'coverage_rows', 'count_accuracy_lines', 'count_accuracy', 'variance_by_reason',
                             'shrinkage', 'count_coverage', 'counts_per_day', 'open_discrepancies', 'drift', 'count_due']
    LOOP
        EXECUTE format('CREATE VIEW api.%I AS SELECT * FROM ledger.%I v WHERE (SELECT ledger.scope_location_codes()) '
                       'IS NULL OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[])', v, 'unscoped_' || v);
    END LOOP;
END
$filter$;

-- The default capacity (no location) is everyone's.
CREATE VIEW api.count_capacity AS
    SELECT * FROM ledger.unscoped_count_capacity v
     WHERE v.location IS NULL OR (SELECT ledger.scope_location_codes()) IS NULL
        OR v.location = ANY ((SELECT ledger.scope_location_codes())::text[]);

-- The grants the views had (see the versions that made them).
GRANT SELECT ON api.stock, api.fulfillments, api.orders, api.order_history TO stockroom_associate, stockroom_checkout;
GRANT SELECT ON api.ledger, api.reservations, api.open_reservations, api.transfers, api.transfer_list,
                api.count_sessions
    TO stockroom_associate;
GRANT SELECT ON api.count_due, api.count_capacity TO stockroom_manager;
GRANT SELECT ON api.snapshot_lines, api.dashboard_movements, api.count_observations, api.coverage_rows,
                api.count_accuracy_lines, api.count_accuracy, api.variance_by_reason, api.shrinkage, api.count_coverage,
                api.counts_per_day, api.open_discrepancies, api.drift
    TO stockroom_supervisor;

-- ---------------------------------------------------------------------------------------------------------
-- Per-database staff: the connect gate

CREATE TABLE ledger.connect_gate (
    database   name PRIMARY KEY,
    staff_role name NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- The role whose members may connect to this database: its row in ledger.connect_gate (a superuser may change
-- it, then run ledger.assert_connect_gate()), else "<database>_staff".
CREATE FUNCTION ledger.staff_role() RETURNS name
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT g.staff_role FROM ledger.connect_gate g WHERE g.database = pg_catalog.current_database()),
                    (pg_catalog.left(pg_catalog.current_database(), 57) || '_staff')::name)
$$;

-- Idempotent; run by a superuser (the migrator, after migrating). The owner gets the staff role WITH ADMIN OPTION
-- so that api.staff_set, which runs as the owner, can grant it.
CREATE FUNCTION ledger.assert_connect_gate() RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_db name := pg_catalog.current_database();
    v_role name := ledger.staff_role();
    v_done text[] := '{}';
BEGIN
    INSERT INTO ledger.connect_gate (database, staff_role) VALUES (v_db, v_role) ON CONFLICT (database) DO NOTHING;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
        v_done := v_done || format('created role %s', v_role);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                    WHERE m.roleid = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = v_role)
                      AND m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = 'stockroom_owner')
                      AND m.admin_option) THEN
        EXECUTE format('GRANT %I TO stockroom_owner WITH ADMIN OPTION', v_role);
        v_done := v_done || format('granted %s to stockroom_owner', v_role);
    END IF;
    IF pg_catalog.has_database_privilege('public', v_db, 'CONNECT')
       OR pg_catalog.has_database_privilege('public', v_db, 'TEMPORARY') THEN
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', v_db);
        v_done := v_done || 'revoked CONNECT and TEMPORARY from PUBLIC'::text;
    END IF;
    -- The api functions that sort their work in temporary tables run as the owner.
    IF NOT pg_catalog.has_database_privilege('stockroom_owner', v_db, 'TEMPORARY') THEN
        EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO stockroom_owner', v_db);
        v_done := v_done || 'granted TEMPORARY to stockroom_owner'::text;
    END IF;
    IF NOT pg_catalog.has_database_privilege(v_role, v_db, 'CONNECT') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', v_db, v_role);
        v_done := v_done || format('granted CONNECT to %s', v_role);
    END IF;
    RETURN jsonb_build_object('database', v_db, 'staff_role', v_role, 'changed', to_jsonb(v_done));
EXCEPTION WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'the connect gate of database "%" needs a superuser: %', v_db, SQLERRM
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Makes the login a member of the staff role, when the owner may grant it; otherwise says what to run.
CREATE FUNCTION ledger.grant_connect(p_login name) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_role name := ledger.staff_role();
BEGIN
    IF pg_catalog.has_database_privilege(p_login, pg_catalog.current_database(), 'CONNECT') THEN
        RETURN 'may connect';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_role) THEN
        RETURN format('not granted: database %s has no connect gate yet; a superuser runs SELECT ledger.assert_connect_gate()',
                      pg_catalog.current_database());
    END IF;
    BEGIN
        EXECUTE format('GRANT %I TO %I', v_role, p_login);
        RETURN format('granted %s', v_role);
    EXCEPTION WHEN insufficient_privilege THEN
        RETURN format('not granted: a superuser runs GRANT %I TO %I', v_role, p_login);
    END;
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Staff management (admin)

-- A login's persona on this server: the highest stockroom_* role it is a member of.
CREATE FUNCTION ledger.persona_of(p_login name) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT x.p FROM pg_catalog.unnest(ARRAY['admin', 'supervisor', 'manager', 'associate', 'checkout'])
                    WITH ORDINALITY x (p, n)
     WHERE pg_catalog.pg_has_role(p_login, 'stockroom_' || x.p, 'MEMBER')
     ORDER BY x.n LIMIT 1
$$;

CREATE FUNCTION ledger.require_login(p_login text) RETURNS name
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_login IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login AND r.rolcanlogin) THEN
        RAISE EXCEPTION 'no login "%" on this server: its administrator creates it first (CREATE ROLE ... LOGIN IN ROLE stockroom_<persona>)',
            coalesce(p_login, '') USING ERRCODE = 'SR003';
    END IF;
    RETURN p_login::name;
END
$$;

-- Location ids of the codes; unknown codes are refused, all named at once.
CREATE FUNCTION ledger.location_ids(p_codes text[]) RETURNS integer[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_unknown text;
BEGIN
    SELECT string_agg(format('"%s"', x), ', ' ORDER BY x) INTO v_unknown FROM unnest(p_codes) x
     WHERE NOT EXISTS (SELECT 1 FROM ledger.location l WHERE l.code = x);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown location %', v_unknown USING ERRCODE = 'SR003';
    END IF;
    RETURN ARRAY(SELECT l.id FROM ledger.location l WHERE l.code = ANY (p_codes) ORDER BY l.id);
END
$$;

CREATE FUNCTION ledger.require_channels(p_codes text[]) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_unknown text;
BEGIN
    SELECT string_agg(format('"%s"', x), ', ' ORDER BY x) INTO v_unknown FROM unnest(p_codes) x
     WHERE NOT EXISTS (SELECT 1 FROM ledger.channel c WHERE c.code = x);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown channel % (channels: %)', v_unknown,
            (SELECT string_agg(code, ', ' ORDER BY code) FROM ledger.channel) USING ERRCODE = 'SR003';
    END IF;
END
$$;

CREATE FUNCTION ledger.codes(p_codes text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(ARRAY(SELECT DISTINCT pg_catalog.btrim(x) FROM pg_catalog.unnest(p_codes) x
                           WHERE pg_catalog.btrim(x) <> '' ORDER BY 1), '{}')
$$;

CREATE FUNCTION ledger.staff_json(p_login name) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'login', s.login, 'persona', s.persona, 'all_locations', s.all_locations,
        'locations', to_jsonb(ARRAY(SELECT l.code FROM ledger.staff_location sl JOIN ledger.location l ON l.id = sl.location_id
                                     WHERE sl.login = s.login ORDER BY l.code)),
        'all_channels', s.all_channels,
        'channels', to_jsonb(ARRAY(SELECT sc.channel FROM ledger.staff_channel sc WHERE sc.login = s.login
                                    ORDER BY sc.channel)))
      FROM ledger.staff s WHERE s.login = p_login
$$;

-- Creates or replaces the login's staff row and all its assignments. p_all_locations / p_all_channels NULL: a
-- checkout is bound by its channels (all locations unless some are named), every other persona by its locations
-- (all channels unless some are named).
CREATE FUNCTION api.staff_set(p_key uuid, p_login text, p_persona text, p_all_locations boolean, p_locations text[],
                              p_all_channels boolean, p_channels text[])
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_locations text[] := ledger.codes(p_locations);
    v_channels text[] := ledger.codes(p_channels);
    v_req jsonb := jsonb_build_object('login', p_login, 'persona', p_persona, 'all_locations', p_all_locations,
                                      'locations', to_jsonb(v_locations), 'all_channels', p_all_channels,
                                      'channels', to_jsonb(v_channels));
    v_done jsonb := ledger.replay(p_key::text, 'staff_set', v_req);
    v_login name;
    v_persona text;
    v_ids integer[];
    v_connect text;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_persona IS NULL OR p_persona NOT IN ('associate', 'manager', 'supervisor', 'checkout', 'admin') THEN
        RAISE EXCEPTION 'persona "%": associate, manager, supervisor, checkout or admin', coalesce(p_persona, '')
            USING ERRCODE = 'SR004';
    END IF;
    v_login := ledger.require_login(p_login);
    v_persona := ledger.persona_of(v_login);
    IF v_persona IS DISTINCT FROM p_persona THEN
        RAISE EXCEPTION 'login "%" has %, not the % role: one login has one persona on the whole server (its stockroom_* role), so it is the same in every database; use another login, or ask the server''s administrator to change its role',
            v_login, coalesce('the ' || v_persona || ' role on this server', 'no stockroom_* role'), p_persona
            USING ERRCODE = 'SR004';
    END IF;
    v_ids := ledger.location_ids(v_locations);
    PERFORM ledger.require_channels(v_channels);
    INSERT INTO ledger.staff AS s (login, persona, all_locations, all_channels)
    VALUES (v_login, p_persona,
            coalesce(p_all_locations, p_persona = 'checkout' AND cardinality(v_locations) = 0),
            coalesce(p_all_channels, p_persona <> 'checkout' AND cardinality(v_channels) = 0))
    ON CONFLICT (login) DO UPDATE
       SET persona = excluded.persona, all_locations = excluded.all_locations, all_channels = excluded.all_channels,
           changed_at = now(), changed_by = session_user;
    DELETE FROM ledger.staff_location WHERE login = v_login;
    INSERT INTO ledger.staff_location (login, location_id) SELECT v_login, x FROM unnest(v_ids) x;
    DELETE FROM ledger.staff_channel WHERE login = v_login;
    INSERT INTO ledger.staff_channel (login, channel) SELECT v_login, x FROM unnest(v_channels) x;
    v_connect := ledger.grant_connect(v_login);
    RETURN ledger.remember(p_key::text, 'staff_set', v_req,
                           ledger.staff_json(v_login) || jsonb_build_object('connect', v_connect));
END
$$;

-- Adds (p_add) or removes assignments of a login that is staff already.
CREATE FUNCTION ledger.staff_change(p_key uuid, p_operation text, p_login text, p_locations text[], p_channels text[])
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_locations text[] := ledger.codes(p_locations);
    v_channels text[] := ledger.codes(p_channels);
    v_req jsonb := jsonb_build_object('login', p_login, 'locations', to_jsonb(v_locations),
                                      'channels', to_jsonb(v_channels));
    v_done jsonb := ledger.replay(p_key::text, p_operation, v_req);
    v_ids integer[];
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    PERFORM 1 FROM ledger.staff WHERE login = p_login FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'login "%" is not staff of this database: add it first (api.staff_set, stockroomctl user add)',
            coalesce(p_login, '') USING ERRCODE = 'SR003';
    END IF;
    IF cardinality(v_locations) + cardinality(v_channels) = 0 THEN
        RAISE EXCEPTION 'name at least one location or channel' USING ERRCODE = 'SR004';
    END IF;
    v_ids := ledger.location_ids(v_locations);
    PERFORM ledger.require_channels(v_channels);
    IF p_operation = 'staff_assign' THEN
        INSERT INTO ledger.staff_location (login, location_id) SELECT p_login, x FROM unnest(v_ids) x
        ON CONFLICT DO NOTHING;
        INSERT INTO ledger.staff_channel (login, channel) SELECT p_login, x FROM unnest(v_channels) x
        ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM ledger.staff_location WHERE login = p_login AND location_id = ANY (v_ids);
        DELETE FROM ledger.staff_channel WHERE login = p_login AND channel = ANY (v_channels);
    END IF;
    UPDATE ledger.staff SET changed_at = now(), changed_by = session_user WHERE login = p_login;
    RETURN ledger.remember(p_key::text, p_operation, v_req, ledger.staff_json(p_login::name));
END
$$;

CREATE FUNCTION api.staff_assign(p_key uuid, p_login text, p_locations text[], p_channels text[])
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN ledger.staff_change(p_key, 'staff_assign', p_login, p_locations, p_channels);
END
$$;

CREATE FUNCTION api.staff_unassign(p_key uuid, p_login text, p_locations text[], p_channels text[])
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN ledger.staff_change(p_key, 'staff_unassign', p_login, p_locations, p_channels);
END
$$;

-- may_connect: the login exists, may log in, and may connect to this database (a member of its staff role, or a
-- superuser).
CREATE VIEW api.staff AS
    SELECT s.login::text AS login, s.persona, s.all_locations,
           ARRAY(SELECT l.code FROM ledger.staff_location sl JOIN ledger.location l ON l.id = sl.location_id
                  WHERE sl.login = s.login ORDER BY l.code) AS locations,
           s.all_channels,
           ARRAY(SELECT sc.channel FROM ledger.staff_channel sc WHERE sc.login = s.login ORDER BY sc.channel) AS channels,
           coalesce(r.rolcanlogin AND has_database_privilege(r.oid, current_database(), 'CONNECT'), false) AS may_connect
      FROM ledger.staff s LEFT JOIN pg_catalog.pg_roles r ON r.rolname = s.login;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

-- The views call these with the reader's rights (the reader cannot name schema ledger itself).
GRANT EXECUTE ON FUNCTION ledger.scope_locations(), ledger.scope_location_codes(), ledger.scope_channels()
    TO stockroom_associate, stockroom_checkout;

GRANT EXECUTE ON FUNCTION api.staff_set(uuid, text, text, boolean, text[], boolean, text[]),
                          api.staff_assign(uuid, text, text[], text[]),
                          api.staff_unassign(uuid, text, text[], text[])
    TO stockroom_admin;
GRANT SELECT ON api.staff TO stockroom_admin;

-- The gate itself changes the database's ACL and makes a role: the migrator's superuser does it.
RESET ROLE;
SELECT ledger.assert_connect_gate();
