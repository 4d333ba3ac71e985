-- Version 1: the ledger's tables, roles and the rules the tables themselves enforce.
-- Tables live in schema "ledger", owned by the NOLOGIN role stockroom_owner; clients never touch them
-- directly, they call the functions in schema "api" (version 2) and read its views.

DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['stockroom_owner', 'stockroom_associate', 'stockroom_manager',
                             'stockroom_supervisor', 'stockroom_checkout', 'stockroom_admin']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$roles$;

-- Personas inherit from each other where one may do everything the other may.
GRANT stockroom_associate TO stockroom_manager;
GRANT stockroom_manager TO stockroom_supervisor;
GRANT stockroom_supervisor TO stockroom_admin;

CREATE SCHEMA ledger AUTHORIZATION stockroom_owner;
REVOKE ALL ON SCHEMA ledger FROM PUBLIC;

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

CREATE TABLE ledger.location (
    id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code      text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    name      text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind      text NOT NULL CHECK (kind IN ('warehouse', 'store')),
    region    text,
    latitude  double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

CREATE TABLE ledger.sku (
    id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ledger.barcode (
    barcode text PRIMARY KEY CHECK (barcode ~ '^[0-9A-Za-z-]{1,64}$'),
    sku_id  integer NOT NULL REFERENCES ledger.sku (id)
);
CREATE INDEX barcode_sku ON ledger.barcode (sku_id);

-- A sales channel and what it may do: hold back the safety stock, or sell ahead of inbound stock.
CREATE TABLE ledger.channel (
    code                 text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,31}$'),
    name                 text NOT NULL,
    respects_safety_stock boolean NOT NULL DEFAULT true,
    backorder_allowed    boolean NOT NULL DEFAULT false
);
INSERT INTO ledger.channel (code, name, respects_safety_stock, backorder_allowed) VALUES
    ('store', 'In-store sales', false, false),
    ('web', 'Online shop', true, true),
    ('wholesale', 'Wholesale orders', true, false);

-- The projection of the ledger per SKU x location. Every bucket equals the sum of its movements.
-- backordered is the part of the reservations that is held against inbound stock.
CREATE TABLE ledger.stock_level (
    sku_id       integer NOT NULL REFERENCES ledger.sku (id),
    location_id  integer NOT NULL REFERENCES ledger.location (id),
    on_hand      bigint NOT NULL DEFAULT 0,
    reserved     bigint NOT NULL DEFAULT 0,
    inbound      bigint NOT NULL DEFAULT 0,
    damaged      bigint NOT NULL DEFAULT 0,
    safety_stock bigint NOT NULL DEFAULT 0,
    backordered  bigint NOT NULL DEFAULT 0,
    available    bigint GENERATED ALWAYS AS (on_hand - reserved) STORED,
    version      bigint NOT NULL DEFAULT 0,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sku_id, location_id),
    CONSTRAINT on_hand_not_negative CHECK (on_hand >= 0),
    CONSTRAINT reserved_not_negative CHECK (reserved >= 0),
    CONSTRAINT reserved_within_on_hand CHECK (reserved <= on_hand),
    CONSTRAINT inbound_not_negative CHECK (inbound >= 0),
    CONSTRAINT damaged_not_negative CHECK (damaged >= 0),
    CONSTRAINT safety_stock_not_negative CHECK (safety_stock >= 0),
    CONSTRAINT backordered_not_negative CHECK (backordered >= 0),
    CONSTRAINT backordered_within_inbound CHECK (backordered <= inbound)
) WITH (fillfactor = 80);
CREATE INDEX stock_level_location ON ledger.stock_level (location_id, sku_id);

CREATE TABLE ledger.reservation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_ref   text,
    channel     text NOT NULL,
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'committed', 'released', 'expired')),
    expires_at  timestamptz NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    actor       text NOT NULL DEFAULT session_user,
    CHECK ((status = 'active') = (resolved_at IS NULL))
);
CREATE INDEX reservation_active_expiry ON ledger.reservation (expires_at) WHERE status = 'active';
CREATE INDEX reservation_order ON ledger.reservation (order_ref) WHERE order_ref IS NOT NULL;

CREATE TABLE ledger.reservation_line (
    reservation_id bigint NOT NULL,
    sku_id         integer NOT NULL,
    location_id    integer NOT NULL,
    quantity       bigint NOT NULL CHECK (quantity > 0),
    backordered    bigint NOT NULL DEFAULT 0 CHECK (backordered BETWEEN 0 AND quantity),
    PRIMARY KEY (reservation_id, sku_id, location_id)
);
CREATE INDEX reservation_line_backordered ON ledger.reservation_line (sku_id, location_id)
    WHERE backordered > 0;

CREATE TABLE ledger.transfer (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku_id           integer NOT NULL REFERENCES ledger.sku (id),
    from_location_id integer NOT NULL REFERENCES ledger.location (id),
    to_location_id   integer NOT NULL REFERENCES ledger.location (id),
    shipped          bigint NOT NULL CHECK (shipped > 0),
    received         bigint NOT NULL DEFAULT 0 CHECK (received BETWEEN 0 AND shipped),
    status           text NOT NULL DEFAULT 'in_transit' CHECK (status IN ('in_transit', 'received')),
    shipped_at       timestamptz NOT NULL DEFAULT now(),
    received_at      timestamptz,
    actor            text NOT NULL DEFAULT session_user,
    CHECK (from_location_id <> to_location_id),
    CHECK ((status = 'received') = (received = shipped))
);
CREATE INDEX transfer_open ON ledger.transfer (to_location_id) WHERE status = 'in_transit';

-- The append-only ledger. One row per bucket a movement changes.
-- The hot-path tables (movement, reservation_line, outbox, reservation) carry no foreign keys: a key check
-- takes a KEY SHARE lock on the referenced row, and on a hot SKU that turns into multixact contention.
-- Only the api functions write them, and they resolve every id before writing.
CREATE TABLE ledger.movement (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('receive', 'adjust', 'count', 'transfer_ship', 'transfer_receive',
                                                  'return', 'reserve', 'commit', 'release', 'expire',
                                                  'backorder_fill', 'policy')),
    sku_id          integer NOT NULL,
    location_id     integer NOT NULL,
    bucket          text NOT NULL CHECK (bucket IN ('on_hand', 'reserved', 'inbound', 'damaged', 'safety_stock',
                                                    'backordered')),
    quantity        bigint NOT NULL CHECK (quantity <> 0),
    reason          text,
    reference       text,
    reservation_id  bigint,
    transfer_id     bigint,
    actor           text NOT NULL DEFAULT session_user,
    idempotency_key text,
    at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX movement_stock ON ledger.movement (sku_id, location_id, id);

CREATE FUNCTION ledger.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user <> 'stockroom_owner' THEN
        RAISE EXCEPTION 'the movement ledger is append-only: % is not allowed', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER movement_append_only BEFORE UPDATE OR DELETE ON ledger.movement
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_rewrite();
CREATE TRIGGER movement_no_truncate BEFORE TRUNCATE ON ledger.movement
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_rewrite();

-- The first call with a key stores its request and result; a retry gets the same result back.
CREATE TABLE ledger.idempotency (
    key        text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    operation  text NOT NULL,
    request    jsonb NOT NULL,
    result     jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The outbox: one event per stock row changed, written in the same transaction as the change.
-- tx orders events for consumers (see api.events_after); aggregate_version orders one stock row's events.
CREATE TABLE ledger.outbox (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx                xid8 NOT NULL DEFAULT pg_current_xact_id(),
    aggregate         text NOT NULL,
    aggregate_version bigint NOT NULL,
    event_type        text NOT NULL,
    payload           jsonb NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_tx ON ledger.outbox (tx, id);
