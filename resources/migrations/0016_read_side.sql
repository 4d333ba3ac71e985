-- Version 16: a read-side projection of the stock buckets, so that the stock view sorts a million rows by a bucket
-- without an index on the hottest table (issue 12, "Reads that scale out").
--
-- Why: sorting api.stock by on hand, reserved, available, inbound, damaged, safety stock or backordered read every
-- stock row, joined each to its SKU and location, and sorted them (0.6-1.4 s over 1,000,000 rows; EXPLAIN ANALYZE:
-- ~0.2 s scanning ledger.stock_level, ~0.6 s in the two hash joins of a million rows, the rest in the top-N sort of
-- the wide rows). An index on a bucket of ledger.stock_level would serve the order, but every reserve changes
-- reserved and available, so every reserve would become a non-HOT update that writes each index: the hottest row
-- pays for the view. The buckets are indexed here instead, in a table that no write path touches.
--
-- Adds
--   ledger.stock_rank          one row per stock row: its buckets (as ledger.balances shows them, hot-SKU slots
--                              counted in) and version as last refreshed, one index per bucket
--                              (bucket, sku_id, location_id), read backwards for a descending sort
--   ledger.stock_rank_state    how far the projection has followed the outbox ((tx, id), as api.events_after
--                              orders it) and when it last applied events
--   api.stock_rank_refresh(limit)  applies the outbox events after its cursor (at most limit of them): every stock row
--                              they name takes its current buckets from ledger.stock_level. Run by every sweep and
--                              before the stock view reads a first page sorted by a bucket; while one runs, another
--                              call skips (nobody waits for it)
--   api.stock_ranked           api.stock (whatever scoping it applies) with the projection's buckets beside it as
--                              rank_<bucket>, for ordering; the shown buckets are the current ones
--   api.stock_rank_freshness() when the projection was last refreshed, and how many events it has still to apply
--
-- Rules:
--   - Complete: a trigger adds every new stock row to the projection in the inserting transaction (only a row really
--     inserted: the write path's INSERT ... ON CONFLICT DO NOTHING on an existing row fires nothing), so a sorted
--     view never misses a row; only the order can be as old as the last refresh.
--   - Nothing on the reserve path: reserves update ledger.stock_level only, as before; the projection follows the
--     outbox asynchronously, batching many changes of one row into one update.
--   - A projection that fell behind the outbox's purge (events it never applied are gone) is rebuilt from
--     ledger.stock_level whole, at the next refresh.
SET LOCAL ROLE stockroom_owner;

CREATE TABLE ledger.stock_rank (
    sku_id       integer NOT NULL,
    location_id  integer NOT NULL,
    on_hand      bigint NOT NULL,
    reserved     bigint NOT NULL,
    available    bigint NOT NULL,
    inbound      bigint NOT NULL,
    damaged      bigint NOT NULL,
    safety_stock bigint NOT NULL,
    backordered  bigint NOT NULL,
    version      bigint NOT NULL,
    PRIMARY KEY (sku_id, location_id)
);

CREATE TABLE ledger.stock_rank_state (
    singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    event_tx     xid8 NOT NULL DEFAULT '0',
    event_id     bigint NOT NULL DEFAULT 0,
    refreshed_at timestamptz NOT NULL DEFAULT now()
);

-- Every stock row's buckets as the stock view shows them: through ledger.balances, which every event's payload is built
-- with (so a row in hot-SKU mode ranks by its shown reserved and available, its slots' units counted in). A view, so
-- that it is planned into each statement (a SQL function returning a row was planned again for every row: 1 ms each).
CREATE VIEW ledger.stock_rank_source AS
    SELECT s.sku_id, s.location_id, (x.b ->> 'on_hand')::bigint AS on_hand, (x.b ->> 'reserved')::bigint AS reserved,
           (x.b ->> 'available')::bigint AS available, (x.b ->> 'inbound')::bigint AS inbound,
           (x.b ->> 'damaged')::bigint AS damaged, (x.b ->> 'safety_stock')::bigint AS safety_stock,
           (x.b ->> 'backordered')::bigint AS backordered, s.version, s.reserved AS stored_reserved
      FROM ledger.stock_level s, LATERAL (SELECT ledger.balances(s) AS b) x;

-- Every stock row's buckets as they are now, and the cursor at the outbox's readable head: what a transaction still
-- running writes is after the cursor and applied by the next refresh.
-- Copied as stored first (a million rows in seconds), then the rows whose shown buckets can differ from the stored
-- ones (anything reserved: a hot row's parked units are in it) taken through ledger.balances.
INSERT INTO ledger.stock_rank
SELECT sku_id, location_id, on_hand, reserved, available, inbound, damaged, safety_stock, backordered, version
  FROM ledger.stock_level;
UPDATE ledger.stock_rank r
   SET on_hand = n.on_hand, reserved = n.reserved, available = n.available, inbound = n.inbound, damaged = n.damaged,
       safety_stock = n.safety_stock, backordered = n.backordered, version = n.version
  FROM ledger.stock_rank_source n
 WHERE n.stored_reserved > 0 AND n.sku_id = r.sku_id AND n.location_id = r.location_id
   AND (n.on_hand, n.reserved, n.available, n.inbound, n.damaged, n.safety_stock, n.backordered, n.version)
       IS DISTINCT FROM (r.on_hand, r.reserved, r.available, r.inbound, r.damaged, r.safety_stock, r.backordered,
                         r.version);
INSERT INTO ledger.stock_rank_state (event_tx, event_id)
SELECT coalesce((SELECT o.tx FROM ledger.outbox o WHERE o.tx < pg_snapshot_xmin(pg_current_snapshot())
                  ORDER BY o.tx DESC, o.id DESC LIMIT 1), '0'),
       coalesce((SELECT o.id FROM ledger.outbox o WHERE o.tx < pg_snapshot_xmin(pg_current_snapshot())
                  ORDER BY o.tx DESC, o.id DESC LIMIT 1), 0);
-- Built after the copy: one sort per index instead of a million insertions into each.
CREATE INDEX stock_rank_on_hand ON ledger.stock_rank (on_hand, sku_id, location_id);
CREATE INDEX stock_rank_reserved ON ledger.stock_rank (reserved, sku_id, location_id);
CREATE INDEX stock_rank_available ON ledger.stock_rank (available, sku_id, location_id);
CREATE INDEX stock_rank_inbound ON ledger.stock_rank (inbound, sku_id, location_id);
CREATE INDEX stock_rank_damaged ON ledger.stock_rank (damaged, sku_id, location_id);
CREATE INDEX stock_rank_safety_stock ON ledger.stock_rank (safety_stock, sku_id, location_id);
CREATE INDEX stock_rank_backordered ON ledger.stock_rank (backordered, sku_id, location_id);

CREATE FUNCTION ledger.stock_rank_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- As stored: a row just inserted has no hot-SKU slots (they refer to an existing row).
    INSERT INTO ledger.stock_rank
    VALUES (NEW.sku_id, NEW.location_id, NEW.on_hand, NEW.reserved, NEW.available, NEW.inbound, NEW.damaged,
            NEW.safety_stock, NEW.backordered, NEW.version)
    ON CONFLICT (sku_id, location_id) DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER stock_rank_add AFTER INSERT ON ledger.stock_level
    FOR EACH ROW EXECUTE FUNCTION ledger.stock_rank_add();

CREATE FUNCTION ledger.stock_rank_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM ledger.stock_rank WHERE sku_id = OLD.sku_id AND location_id = OLD.location_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER stock_rank_remove AFTER DELETE ON ledger.stock_level
    FOR EACH ROW EXECUTE FUNCTION ledger.stock_rank_remove();

-- Result: applied (events read), rows (projection rows that changed), rebuilt (true when it was rebuilt whole),
-- behind (events still to apply after this call), refreshed_at; or skipped (true) while another refresh runs.
CREATE FUNCTION api.stock_rank_refresh(p_limit integer DEFAULT 100000)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    st ledger.stock_rank_state;
    v_horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    v_last_tx xid8;
    v_last_id bigint;
    v_applied bigint := 0;
    v_rows bigint := 0;
    v_rebuilt boolean := false;
    v_behind bigint;
BEGIN
    -- Nothing to apply: nothing written either (a sort that finds the projection current costs no WAL, and a standby
    -- has nothing to wait for).
    SELECT * INTO STRICT st FROM ledger.stock_rank_state;
    IF st.event_id >= (SELECT events_purged_through FROM ledger.retention)
       AND NOT EXISTS (SELECT 1 FROM ledger.outbox o
                        WHERE (o.tx, o.id) > (st.event_tx, st.event_id) AND o.tx < v_horizon) THEN
        RETURN jsonb_build_object('applied', 0, 'rows', 0, 'rebuilt', false, 'behind', 0,
                                  'refreshed_at', st.refreshed_at, 'skipped', false);
    END IF;
    -- One refresher at a time; another one meanwhile does nothing (skipped): the first applies what it would have.
    SELECT * INTO st FROM ledger.stock_rank_state FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('applied', 0, 'rows', 0, 'rebuilt', false, 'skipped', true);
    END IF;
    IF st.event_id < (SELECT events_purged_through FROM ledger.retention) THEN
        -- Events this projection never applied were purged: take every row from the table itself.
        UPDATE ledger.stock_rank r
           SET on_hand = n.on_hand, reserved = n.reserved, available = n.available, inbound = n.inbound,
               damaged = n.damaged, safety_stock = n.safety_stock, backordered = n.backordered, version = n.version
          FROM ledger.stock_rank_source n
         WHERE n.sku_id = r.sku_id AND n.location_id = r.location_id
           AND (n.on_hand, n.reserved, n.available, n.inbound, n.damaged, n.safety_stock, n.backordered, n.version)
               IS DISTINCT FROM (r.on_hand, r.reserved, r.available, r.inbound, r.damaged, r.safety_stock,
                                 r.backordered, r.version);
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        v_rebuilt := true;
        SELECT o.tx, o.id INTO v_last_tx, v_last_id FROM ledger.outbox o WHERE o.tx < v_horizon
         ORDER BY o.tx DESC, o.id DESC LIMIT 1;
    ELSE
        SELECT b.tx, b.id, b.n INTO v_last_tx, v_last_id, v_applied
          FROM (SELECT w.tx, w.id, count(*) OVER () AS n
                  FROM (SELECT o.tx, o.id FROM ledger.outbox o
                         WHERE (o.tx, o.id) > (st.event_tx, st.event_id) AND o.tx < v_horizon
                         ORDER BY o.tx, o.id LIMIT greatest(p_limit, 1)) w) b
         ORDER BY b.tx DESC, b.id DESC LIMIT 1;
        IF v_last_id IS NOT NULL THEN
            -- Compared by value, not version: a hot-SKU slot's reserve changes the shown buckets, not the row.
            UPDATE ledger.stock_rank r
               SET on_hand = n.on_hand, reserved = n.reserved, available = n.available, inbound = n.inbound,
                   damaged = n.damaged, safety_stock = n.safety_stock, backordered = n.backordered,
                   version = n.version
              FROM (SELECT DISTINCT k.id AS sku_id, l.id AS location_id
                      FROM ledger.outbox o
                      JOIN ledger.sku k ON k.code = o.payload ->> 'sku'
                      JOIN ledger.location l ON l.code = o.payload ->> 'location'
                     WHERE (o.tx, o.id) > (st.event_tx, st.event_id) AND (o.tx, o.id) <= (v_last_tx, v_last_id)) c
              JOIN ledger.stock_rank_source n ON n.sku_id = c.sku_id AND n.location_id = c.location_id
             WHERE r.sku_id = n.sku_id AND r.location_id = n.location_id
               AND (n.on_hand, n.reserved, n.available, n.inbound, n.damaged, n.safety_stock, n.backordered, n.version)
                   IS DISTINCT FROM (r.on_hand, r.reserved, r.available, r.inbound, r.damaged, r.safety_stock,
                                     r.backordered, r.version);
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        END IF;
    END IF;
    UPDATE ledger.stock_rank_state
       SET event_tx = coalesce(v_last_tx, event_tx), event_id = coalesce(v_last_id, event_id), refreshed_at = now()
     RETURNING * INTO st;
    SELECT count(*) INTO v_behind FROM ledger.outbox o
     WHERE (o.tx, o.id) > (st.event_tx, st.event_id) AND o.tx < v_horizon;
    RETURN jsonb_build_object('applied', coalesce(v_applied, 0), 'rows', v_rows, 'rebuilt', v_rebuilt, 'behind', v_behind,
                              'refreshed_at', st.refreshed_at, 'skipped', false);
END
$$;

-- On top of api.stock, so a row the login may not see there is not seen here either. The ids come from the
-- projection, so that an order by (rank_<bucket>, sku_id, location_id) is its index's order.
CREATE VIEW api.stock_ranked AS
    SELECT st.sku, st.sku_name, st.location, st.location_name, st.location_kind, st.region, st.on_hand, st.reserved,
           st.available, st.inbound, st.damaged, st.safety_stock, st.backordered, st.version, st.updated_at,
           r.sku_id, r.location_id, r.on_hand AS rank_on_hand, r.reserved AS rank_reserved, r.available AS rank_available,
           r.inbound AS rank_inbound, r.damaged AS rank_damaged, r.safety_stock AS rank_safety_stock,
           r.backordered AS rank_backordered
      FROM ledger.stock_rank r JOIN api.stock st ON st.sku_id = r.sku_id AND st.location_id = r.location_id;

CREATE FUNCTION api.stock_rank_freshness(OUT refreshed_at timestamptz, OUT behind bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    SELECT st.refreshed_at,
           (SELECT count(*) FROM ledger.outbox o
             WHERE (o.tx, o.id) > (st.event_tx, st.event_id) AND o.tx < pg_snapshot_xmin(pg_current_snapshot()))
      FROM ledger.stock_rank_state st
$$;

REVOKE EXECUTE ON FUNCTION api.stock_rank_refresh(integer), api.stock_rank_freshness(),
                           ledger.stock_rank_add(), ledger.stock_rank_remove()
    FROM PUBLIC;
GRANT SELECT ON api.stock_ranked TO stockroom_associate, stockroom_checkout;
GRANT EXECUTE ON FUNCTION api.stock_rank_refresh(integer), api.stock_rank_freshness()
    TO stockroom_associate, stockroom_checkout;
