-- The bare comparison of `stockroomctl bench reserve`: plain tables of the same shape as the ledger's
-- stock_level, movement and outbox (columns, CHECK constraints, indexes, fill factor), in their own schema,
-- with nothing around them: no API function, no NOTIFY. The idempotency and reservation tables, shaped like the
-- ledger's, are for the rules floor (floor_reserve.sql); the bare statement does not touch them.
-- Recreated empty by every run.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench_bare CASCADE;
CREATE SCHEMA bench_bare;

CREATE TABLE bench_bare.stock_level (
    sku_id       integer NOT NULL,
    location_id  integer NOT NULL,
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
    CHECK (on_hand >= 0),
    CHECK (reserved >= 0),
    CHECK (reserved <= on_hand),
    CHECK (inbound >= 0),
    CHECK (damaged >= 0),
    CHECK (safety_stock >= 0),
    CHECK (backordered >= 0),
    CHECK (backordered <= inbound)
) WITH (fillfactor = 80);
CREATE INDEX ON bench_bare.stock_level (location_id, sku_id);

CREATE TABLE bench_bare.movement (
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
CREATE INDEX ON bench_bare.movement (sku_id, location_id, id);

CREATE TABLE bench_bare.outbox (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx                xid8 NOT NULL DEFAULT pg_current_xact_id(),
    aggregate         text NOT NULL,
    aggregate_version bigint NOT NULL,
    event_type        text NOT NULL,
    payload           jsonb NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON bench_bare.outbox (tx, id);

CREATE TABLE bench_bare.idempotency (
    key        text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    operation  text NOT NULL,
    request    jsonb NOT NULL,
    result     jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bench_bare.reservation (
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
CREATE INDEX ON bench_bare.reservation (expires_at) WHERE status = 'active';
CREATE INDEX ON bench_bare.reservation (order_ref) WHERE order_ref IS NOT NULL;
