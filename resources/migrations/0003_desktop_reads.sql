-- Version 3: what the desktop views read.
--   api.events_head()  the newest event a consumer has already seen when it reads the stock view now:
--                      api.events_after(head) then continues without a gap and without replaying history.
--   Trigram indexes on SKU code and name, so a "contains" text filter does not scan every SKU. pg_trgm is a
--   trusted contrib extension; where it cannot be created (not installed, no CREATE privilege on the
--   database) the filter still works, only without the index.

DO $trgm$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): text filters will scan the SKU table', SQLERRM;
END
$trgm$;

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

DO $indexes$
DECLARE
    v_schema text;
BEGIN
    SELECT n.nspname INTO v_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF v_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX sku_code_trgm ON ledger.sku USING gin (code %I.gin_trgm_ops)', v_schema);
        EXECUTE format('CREATE INDEX sku_name_trgm ON ledger.sku USING gin (name %I.gin_trgm_ops)', v_schema);
    END IF;
END
$indexes$;

CREATE FUNCTION api.events_head() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT o.id FROM ledger.outbox o
                      WHERE o.tx < pg_snapshot_xmin(pg_current_snapshot())
                      ORDER BY o.tx DESC, o.id DESC LIMIT 1), 0)
$$;

REVOKE EXECUTE ON FUNCTION api.events_head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.events_head() TO stockroom_associate, stockroom_checkout;

-- Sorting the stock view by name walks this index and the stock rows' primary key: no sort of the table.
SET LOCAL ROLE stockroom_owner;
CREATE INDEX sku_name_order ON ledger.sku (name, id);
