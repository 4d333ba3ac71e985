-- Version 6: orders as part of the ledger. An order (channel, external reference unique per channel, a
-- destination, lines) is allocated into fulfillments, one per shipping location, each holding one reservation
-- for its lines. Orders, fulfillments and returns each follow a state machine that is data (order_state,
-- order_transition): the API enforces it, the app draws it, the tests walk it.
--
-- Rules this version enforces, for every client:
--   - A transition names the event and, optionally, the state it expects (compare-and-set). An event not in the
--     table for the current state, a stale expected state, or a role the table does not list is refused
--     (SR005, SR005, 42501), with a message naming both states. The order row is locked first, so concurrent
--     transitions of one order serialize: exactly one of two wins, the other sees the new state.
--   - Every transition is recorded in order_history (from, event, to, who, when, why, key) and emits an outbox
--     event (aggregate "order:CHANNEL/REF", versioned per order). Keys replay their first result.
--   - Effects are exact: shipping commits the fulfillment's reservation; cancelling, a failed payment and
--     expiry end only reservations that are still active, so nothing is released or committed twice, and a
--     partly shipped order cancels only the rest.
--   - An order's reservations can only be ended through the order (api.commit, api.release and
--     api.release_many refuse or skip them), and only the order sweep expires them.
--   - Allocation applies a plan with compare-and-set on each stock row's version as the preview saw it; if
--     stock moved it refuses (SR005) and nothing is half-applied. The preview itself is in version 7.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- Which kinds of location may ship a channel's orders ("may stores ship online orders?").
ALTER TABLE ledger.channel
    ADD COLUMN ship_from text[] NOT NULL DEFAULT '{warehouse,store}'
        CONSTRAINT channel_ship_from_kinds CHECK (ship_from <@ '{warehouse,store}' AND cardinality(ship_from) > 0);
UPDATE ledger.channel SET ship_from = '{warehouse}' WHERE code = 'wholesale';
UPDATE ledger.channel SET ship_from = '{store}' WHERE code = 'store';

-- ---------------------------------------------------------------------------------------------------------
-- The state machines, as data

CREATE TABLE ledger.order_state (
    machine    text NOT NULL CHECK (machine IN ('order', 'fulfillment', 'return')),
    state      text NOT NULL CHECK (state ~ '^[a-z_]{1,40}$'),
    position   smallint NOT NULL,               -- order along the main path, for lists and drawings
    initial    boolean NOT NULL DEFAULT false,  -- where a new order, fulfillment or return starts
    terminal   boolean NOT NULL DEFAULT false,
    time_limit interval,                        -- longer than this in the state: stuck
    PRIMARY KEY (machine, state)
);
CREATE UNIQUE INDEX order_state_one_initial ON ledger.order_state (machine) WHERE initial;

-- roles: the personas (stockroom_<role>) that may fire the event; {system} means only the ledger fires it,
-- as the consequence of another transition or of the sweep. effect: what the ledger does to stock.
-- guard: a condition on the order (order_paid: its payment is authorized).
CREATE TABLE ledger.order_transition (
    machine     text NOT NULL,
    from_state  text NOT NULL,
    event       text NOT NULL CHECK (event ~ '^[a-z_]{1,40}$'),
    to_state    text NOT NULL,
    roles       text[] NOT NULL CHECK (roles <@ '{associate,manager,supervisor,checkout,admin,system}'
                                       AND cardinality(roles) > 0),
    effect      text CHECK (effect IN ('allocate', 'extend_hold', 'release', 'expire', 'commit', 'restock',
                                       'damaged')),
    guard       text CHECK (guard IN ('order_paid')),
    description text NOT NULL,
    PRIMARY KEY (machine, from_state, event),
    FOREIGN KEY (machine, from_state) REFERENCES ledger.order_state (machine, state),
    FOREIGN KEY (machine, to_state) REFERENCES ledger.order_state (machine, state)
);

INSERT INTO ledger.order_state (machine, state, position, initial, terminal, time_limit) VALUES
    ('order', 'created', 1, true, false, interval '15 minutes'),
    ('order', 'allocated', 2, false, false, interval '1 hour'),
    ('order', 'payment_authorized', 3, false, false, interval '2 hours'),
    ('order', 'fulfilling', 4, false, false, interval '24 hours'),
    ('order', 'partially_shipped', 5, false, false, interval '48 hours'),
    ('order', 'completed', 6, false, true, NULL),
    ('order', 'cancelled', 7, false, true, NULL),
    ('order', 'payment_failed', 8, false, true, NULL),
    ('order', 'expired', 9, false, true, NULL),
    ('fulfillment', 'reserved', 1, true, false, interval '4 hours'),
    ('fulfillment', 'picking', 2, false, false, interval '2 hours'),
    ('fulfillment', 'packed', 3, false, false, interval '12 hours'),
    ('fulfillment', 'shipped', 4, false, false, interval '7 days'),
    ('fulfillment', 'delivered', 5, false, true, NULL),
    ('fulfillment', 'cancelled', 6, false, true, NULL),
    ('return', 'return_requested', 1, true, false, interval '14 days'),
    ('return', 'returned', 2, false, true, NULL),
    ('return', 'rejected', 3, false, true, NULL);

INSERT INTO ledger.order_transition (machine, from_state, event, to_state, roles, effect, guard, description) VALUES
    ('order', 'created', 'allocate', 'allocated', '{checkout,manager}', 'allocate', NULL,
     'reserve the chosen allocation plan, one fulfillment per location'),
    ('order', 'created', 'cancel', 'cancelled', '{checkout,manager}', NULL, NULL, 'cancel before anything is held'),
    ('order', 'created', 'expire', 'expired', '{system}', NULL, NULL, 'the payment window passed'),
    ('order', 'allocated', 'authorize_payment', 'payment_authorized', '{checkout,manager}', 'extend_hold', NULL,
     'payment authorized: the holds last until the order ships'),
    ('order', 'allocated', 'fail_payment', 'payment_failed', '{checkout,manager}', 'release', NULL,
     'payment failed: release every hold'),
    ('order', 'allocated', 'cancel', 'cancelled', '{checkout,manager}', 'release', NULL, 'release every hold'),
    ('order', 'allocated', 'expire', 'expired', '{system}', 'expire', NULL,
     'the payment window passed: the holds expire'),
    ('order', 'payment_authorized', 'start_fulfillment', 'fulfilling', '{system}', NULL, NULL,
     'a fulfillment started picking'),
    ('order', 'payment_authorized', 'cancel', 'cancelled', '{manager}', 'release', NULL, 'release every hold'),
    ('order', 'fulfilling', 'ship_part', 'partially_shipped', '{system}', NULL, NULL,
     'a fulfillment shipped, others have not'),
    ('order', 'fulfilling', 'complete', 'completed', '{system}', NULL, NULL, 'every fulfillment shipped'),
    ('order', 'fulfilling', 'cancel', 'cancelled', '{manager}', 'release', NULL,
     'release what has not shipped'),
    ('order', 'partially_shipped', 'complete', 'completed', '{system}', NULL, NULL, 'every fulfillment shipped'),
    ('order', 'partially_shipped', 'cancel', 'cancelled', '{manager}', 'release', NULL,
     'release what has not shipped; shipped parts stay shipped'),
    ('fulfillment', 'reserved', 'pick', 'picking', '{associate}', NULL, 'order_paid', 'start picking'),
    ('fulfillment', 'reserved', 'cancel', 'cancelled', '{system}', 'release', NULL, 'the order was cancelled'),
    ('fulfillment', 'picking', 'pack', 'packed', '{associate}', NULL, NULL, 'picked and packed'),
    ('fulfillment', 'picking', 'cancel', 'cancelled', '{system}', 'release', NULL, 'the order was cancelled'),
    ('fulfillment', 'packed', 'ship', 'shipped', '{associate}', 'commit', 'order_paid',
     'handed to the carrier: the stock leaves on hand'),
    ('fulfillment', 'packed', 'cancel', 'cancelled', '{system}', 'release', NULL, 'the order was cancelled'),
    ('fulfillment', 'shipped', 'deliver', 'delivered', '{associate,checkout}', NULL, NULL, 'the carrier delivered'),
    ('return', 'return_requested', 'receive_restock', 'returned', '{associate}', 'restock', NULL,
     'received back into sellable stock'),
    ('return', 'return_requested', 'receive_damaged', 'returned', '{associate}', 'damaged', NULL,
     'received back as damaged'),
    ('return', 'return_requested', 'reject', 'rejected', '{manager}', NULL, NULL, 'the return is refused');

-- ---------------------------------------------------------------------------------------------------------
-- Orders, their lines, fulfillments and returns

-- "order" is a reserved word; customer_order is the table, api.orders the view.
CREATE TABLE ledger.customer_order (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel            text NOT NULL REFERENCES ledger.channel (code),
    ref                text NOT NULL CHECK (ref ~ '^[A-Za-z0-9][A-Za-z0-9._/#-]{0,63}$'),
    machine            text NOT NULL DEFAULT 'order' CHECK (machine = 'order'),
    state              text NOT NULL DEFAULT 'created',
    ship_latitude      double precision CHECK (ship_latitude BETWEEN -90 AND 90),
    ship_longitude     double precision CHECK (ship_longitude BETWEEN -180 AND 180),
    pickup_location_id integer REFERENCES ledger.location (id),
    expires_at         timestamptz NOT NULL,  -- the payment window: unpaid after it, the order expires
    created_at         timestamptz NOT NULL DEFAULT ledger.clock(),
    created_by         text NOT NULL DEFAULT session_user,
    state_since        timestamptz NOT NULL DEFAULT ledger.clock(),
    version            bigint NOT NULL DEFAULT 1,
    UNIQUE (channel, ref),
    FOREIGN KEY (machine, state) REFERENCES ledger.order_state (machine, state),
    CHECK ((ship_latitude IS NULL) = (ship_longitude IS NULL)),
    CONSTRAINT order_one_destination CHECK ((ship_latitude IS NULL) <> (pickup_location_id IS NULL))
);
CREATE INDEX customer_order_ref ON ledger.customer_order (ref);
CREATE INDEX customer_order_state ON ledger.customer_order (state, state_since);
CREATE INDEX customer_order_due ON ledger.customer_order (expires_at) WHERE state IN ('created', 'allocated');

CREATE TABLE ledger.order_line (
    order_id bigint NOT NULL REFERENCES ledger.customer_order (id),
    line_no  integer NOT NULL CHECK (line_no > 0),
    sku_id   integer NOT NULL REFERENCES ledger.sku (id),
    quantity bigint NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, sku_id)
);

CREATE TABLE ledger.fulfillment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id       bigint NOT NULL REFERENCES ledger.customer_order (id),
    location_id    integer NOT NULL REFERENCES ledger.location (id),
    reservation_id bigint NOT NULL UNIQUE REFERENCES ledger.reservation (id),
    machine        text NOT NULL DEFAULT 'fulfillment' CHECK (machine = 'fulfillment'),
    state          text NOT NULL DEFAULT 'reserved',
    distance_km    double precision,
    created_at     timestamptz NOT NULL DEFAULT ledger.clock(),
    state_since    timestamptz NOT NULL DEFAULT ledger.clock(),
    FOREIGN KEY (machine, state) REFERENCES ledger.order_state (machine, state),
    UNIQUE (order_id, location_id)
);
CREATE INDEX fulfillment_state ON ledger.fulfillment (state, state_since);

CREATE TABLE ledger.order_return (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id       bigint NOT NULL REFERENCES ledger.customer_order (id),
    fulfillment_id bigint NOT NULL REFERENCES ledger.fulfillment (id),
    machine        text NOT NULL DEFAULT 'return' CHECK (machine = 'return'),
    state          text NOT NULL DEFAULT 'return_requested',
    reason         text CHECK (length(reason) <= 200),
    created_at     timestamptz NOT NULL DEFAULT ledger.clock(),
    created_by     text NOT NULL DEFAULT session_user,
    state_since    timestamptz NOT NULL DEFAULT ledger.clock(),
    FOREIGN KEY (machine, state) REFERENCES ledger.order_state (machine, state)
);
CREATE INDEX order_return_order ON ledger.order_return (order_id);

CREATE TABLE ledger.return_line (
    return_id bigint NOT NULL REFERENCES ledger.order_return (id),
    sku_id    integer NOT NULL REFERENCES ledger.sku (id),
    quantity  bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (return_id, sku_id)
);

-- Every transition of an order, its fulfillments and its returns; from_state is NULL where one is created.
CREATE TABLE ledger.order_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES ledger.customer_order (id),
    machine         text NOT NULL CHECK (machine IN ('order', 'fulfillment', 'return')),
    fulfillment_id  bigint,
    return_id       bigint,
    from_state      text,
    event           text NOT NULL,
    to_state        text NOT NULL,
    reason          text,
    actor           text NOT NULL DEFAULT session_user,
    idempotency_key text,
    at              timestamptz NOT NULL DEFAULT ledger.clock()
);
CREATE INDEX order_history_order ON ledger.order_history (order_id, id);

CREATE TRIGGER order_history_append_only BEFORE UPDATE OR DELETE ON ledger.order_history
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_rewrite();

-- ---------------------------------------------------------------------------------------------------------
-- Internal helpers

-- The order with this reference (in this channel, when given; a reference alone must name one order).
CREATE FUNCTION ledger.order_of(p_ref text, p_channel text) RETURNS ledger.customer_order
LANGUAGE plpgsql STABLE AS $$
DECLARE
    o ledger.customer_order;
    v_channels text;
BEGIN
    IF p_channel IS NOT NULL THEN
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
    RETURN o;
END
$$;

-- Great-circle distance in kilometres (haversine, mean Earth radius 6371 km); NULL when a point is unknown.
CREATE FUNCTION ledger.distance_km(lat1 double precision, lon1 double precision, lat2 double precision,
                                   lon2 double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
    SELECT 2 * 6371 * pg_catalog.asin(pg_catalog.sqrt(
               pg_catalog.power(pg_catalog.sin(pg_catalog.radians(lat2 - lat1) / 2), 2)
               + pg_catalog.cos(pg_catalog.radians(lat1)) * pg_catalog.cos(pg_catalog.radians(lat2))
                 * pg_catalog.power(pg_catalog.sin(pg_catalog.radians(lon2 - lon1) / 2), 2)))
$$;

-- Where an order ships to: its coordinates, or its pickup location's.
CREATE FUNCTION ledger.order_destination(o ledger.customer_order, OUT latitude double precision,
                                         OUT longitude double precision, OUT pickup text)
LANGUAGE sql STABLE AS $$
    SELECT coalesce(o.ship_latitude, l.latitude), coalesce(o.ship_longitude, l.longitude), l.code
      FROM (SELECT 1) one LEFT JOIN ledger.location l ON l.id = o.pickup_location_id
$$;
