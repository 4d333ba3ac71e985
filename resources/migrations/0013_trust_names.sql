-- Version 13: SKU codes and barcodes are one namespace (issue 10, "Secrets and connections").
--
-- Adds
--   ledger.sku_name         every SKU code and every barcode, each naming exactly one SKU (primary key: the name)
--   ledger.sku_name_clash   barcodes this migration took away because another SKU already had them as its code
--   api.sku_code(text)      the SKU a code or barcode names, resolved as the write API resolves it (code first)
--
-- Rules this version enforces, for every client:
--   - One namespace. A SKU code and a barcode share ledger.sku_name, whose primary key holds each text once:
--     a new SKU whose code is another SKU's barcode, and a barcode (api.add_sku, api.update_sku, or any insert
--     into ledger.barcode) that is another SKU's code or barcode, are refused with SR005 'SKU code or barcode
--     "X" is already SKU "Y"'s code/barcode'. A SKU may carry its own code as a barcode. Triggers on ledger.sku and
--     ledger.barcode keep ledger.sku_name; its unique index decides between concurrent inserts, so two
--     transactions cannot each take the same text for two SKUs.
--   - Before, the write API (ledger.sku_of) tried the code first and the stock filter the barcode first, so a text
--     that was one SKU's code and another's barcode meant one SKU to a receive and another to the stock view.
--     A barcode that already clashed with another SKU's code was never reachable by the write API (the code won);
--     this migration removes it from ledger.barcode and keeps it in ledger.sku_name_clash (with the SKU that had
--     it) so nothing is lost silently. Readers resolve a whole code or barcode with api.sku_code, as writers do.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

CREATE TABLE ledger.sku_name (
    name text PRIMARY KEY,
    sku_id integer NOT NULL REFERENCES ledger.sku (id) ON DELETE CASCADE
);
CREATE INDEX sku_name_sku ON ledger.sku_name (sku_id);

CREATE TABLE ledger.sku_name_clash (
    barcode text NOT NULL,
    sku_id integer NOT NULL REFERENCES ledger.sku (id),
    code_of integer NOT NULL REFERENCES ledger.sku (id),
    removed_at timestamptz NOT NULL DEFAULT now()
);

-- Barcodes that are another SKU's code: the code wins, as it always did for the write API.
WITH clash AS (
    DELETE FROM ledger.barcode b USING ledger.sku s
     WHERE s.code = b.barcode AND s.id <> b.sku_id
    RETURNING b.barcode, b.sku_id, s.id AS code_of
)
INSERT INTO ledger.sku_name_clash (barcode, sku_id, code_of) SELECT barcode, sku_id, code_of FROM clash;

INSERT INTO ledger.sku_name (name, sku_id) SELECT code, id FROM ledger.sku;
INSERT INTO ledger.sku_name (name, sku_id) SELECT barcode, sku_id FROM ledger.barcode
ON CONFLICT (name) DO NOTHING; -- only a SKU's own code as its barcode can conflict here

-- 'SKU code or barcode "X" is already SKU "Y"'s code' (or barcode), SR005.
CREATE FUNCTION ledger.sku_name_taken(p_name text, p_owner integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_code text;
    v_what text;
BEGIN
    SELECT s.code, CASE WHEN s.code = p_name THEN 'code' ELSE 'barcode' END INTO v_code, v_what
      FROM ledger.sku s WHERE s.id = p_owner;
    RAISE EXCEPTION 'SKU code or barcode "%" is already SKU "%"''s %', p_name, v_code, v_what
        USING ERRCODE = 'SR005', HINT = 'SKU codes and barcodes share one namespace: choose another';
END
$$;

CREATE FUNCTION ledger.sku_name_of_sku()
RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_owner integer;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.code = OLD.code THEN
            RETURN NULL;
        END IF;
        DELETE FROM ledger.sku_name WHERE name = OLD.code AND sku_id = OLD.id
           AND NOT EXISTS (SELECT 1 FROM ledger.barcode b WHERE b.barcode = OLD.code AND b.sku_id = OLD.id);
    END IF;
    INSERT INTO ledger.sku_name (name, sku_id) VALUES (NEW.code, NEW.id) ON CONFLICT (name) DO NOTHING;
    SELECT n.sku_id INTO v_owner FROM ledger.sku_name n WHERE n.name = NEW.code;
    IF v_owner <> NEW.id THEN
        PERFORM ledger.sku_name_taken(NEW.code, v_owner);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION ledger.sku_name_of_barcode()
RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_owner integer;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM ledger.sku_name n WHERE n.name = OLD.barcode AND n.sku_id = OLD.sku_id
           AND NOT EXISTS (SELECT 1 FROM ledger.sku s WHERE s.id = OLD.sku_id AND s.code = OLD.barcode);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO ledger.sku_name (name, sku_id) VALUES (NEW.barcode, NEW.sku_id) ON CONFLICT (name) DO NOTHING;
        -- After the insert, which waited for any concurrent one.
        SELECT n.sku_id INTO v_owner FROM ledger.sku_name n WHERE n.name = NEW.barcode;
        IF v_owner <> NEW.sku_id THEN
            PERFORM ledger.sku_name_taken(NEW.barcode, v_owner);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER sku_name AFTER INSERT OR UPDATE OF code ON ledger.sku
    FOR EACH ROW EXECUTE FUNCTION ledger.sku_name_of_sku();
CREATE TRIGGER sku_name AFTER INSERT OR UPDATE OR DELETE ON ledger.barcode
    FOR EACH ROW EXECUTE FUNCTION ledger.sku_name_of_barcode();

-- The SKU code a whole code or barcode names, as the write API resolves it (ledger.sku_of: the code first);
-- NULL when it names none. For readers: the stock filter and the forms' SKU lookup.
CREATE FUNCTION api.sku_code(p_text text)
RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT s.code FROM ledger.sku s WHERE s.code = p_text),
                    (SELECT s.code FROM ledger.barcode b JOIN ledger.sku s ON s.id = b.sku_id
                      WHERE b.barcode = p_text))
$$;

REVOKE EXECUTE ON FUNCTION api.sku_code(text), ledger.sku_name_taken(text, integer), ledger.sku_name_of_sku(),
                           ledger.sku_name_of_barcode()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.sku_code(text) TO stockroom_associate, stockroom_checkout;
