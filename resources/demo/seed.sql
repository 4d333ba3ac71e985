-- The demo data set: a homewares chain of six stores and three distribution centres, with about 3,000 SKUs in ten
-- departments and 90 days of trading up to yesterday, all written through the write API so that the ledger, every
-- balance, reservation and transfer agree (api.verify finds nothing).
--
-- How it is made:
--   1. The catalogue: products and the sizes and colours they come in, each SKU with a readable code (KIT-00123),
--      an EAN-13 barcode and a unit cost; a sales class (A fast, B, C slow) from the product's popularity.
--   2. The range: every SKU at the three distribution centres, A lines at most stores, C lines at few.
--   3. The plan of 90 days, computed before anything is written: till sales and web orders (reserve, then commit),
--      returns, adjustments, deliveries from suppliers to the distribution centres, store deliveries by transfer,
--      click-and-collect holds. Store deliveries replace what sold in whole packs; supplier orders replace what
--      the distribution centre sent out. Each stock row's opening stock, received at go-live, is what keeps it at
--      or above its floor through the whole plan (so no call is ever refused); a few fast lines at stores are
--      planned to end below their safety stock.
--   4. The plan, written in time order, each call on the ledger's clock set back to its planned time (migration
--      0005: ledger.clock(), which only the owner or a superuser can set back).
--   5. Orders (migrations 0006 and 0007) placed over the last three days, played after the trading: about 190 of
--      them, online orders shipped to addresses near the stores and centres, trade orders from the distribution
--      centres (paid by invoice, 30 days to pay) and store pickups, each allocated by one of the strategies and
--      taken through the order, fulfillment and return machines to every state of each: waiting to be allocated or
--      paid (stuck), paid, picking and packed, split over two or three locations and partly shipped, shipped,
--      delivered, returned (into stock or damaged), refused, cancelled at every stage (one after a part had
--      shipped), payment failed, and expired. They draw from the plan's stock, not the ledger's, each SKU in one
--      order at most. Orders whose payment window closed are expired as api.sweep expires them, but only those:
--      api.sweep would also expire the holds the trading leaves unswept.
--
-- Seeding twice changes nothing: every call has a deterministic idempotency key and the same parameters, so a
-- second run only replays results. The plan depends on nothing but codes, hashes of codes, and the weekday it
-- starts on; a second run reads that start back from the first run's ledger (the reference of the opening receipt
-- of KIT-00001 at WH-NORTH), so its plan is the first run's, in any time zone. Steps are separated by "-- step:"
-- lines; the seeder runs them in one transaction and reports each. The temporary tables are dropped when it
-- commits, the functions at the end.
--
-- Only a login that owns the ledger (a superuser, as the embedded cluster's is, or a member of stockroom_owner) can
-- set the clock back; seeded by any other login with the rights to make these calls, the same data is stamped
-- now().

-- step: locations
-- The plan's queries run over temporary tables that have no statistics yet; compiling them (JIT) for the row
-- counts the planner guesses would cost more than running them.
SET LOCAL jit = off;

-- Hashes as numbers: h() a non-negative integer, u() a fraction in [0, 1).
CREATE OR REPLACE FUNCTION pg_temp.demo_h(text) RETURNS bigint
LANGUAGE sql IMMUTABLE AS 'SELECT abs(hashtext($1)::bigint)';
CREATE OR REPLACE FUNCTION pg_temp.demo_u(text) RETURNS double precision
LANGUAGE sql IMMUTABLE AS 'SELECT (abs(hashtext($1)::bigint) % 1000003) / 1000003.0';
-- The ledger's clock set to the plan's minute t (minutes since day 0 began, local time).
CREATE OR REPLACE FUNCTION pg_temp.demo_clock(p_start timestamptz, p_minute integer) RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT set_config('stockroom.seed_at',
                      to_char((p_start + p_minute / 1440 * interval '1 day' + p_minute % 1440 * interval '1 minute')
                              AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00', true)
$$;
-- The weekday (ISO, 1 = Monday) of the plan's day d, the same in every time zone within 12 hours of the first run's.
CREATE OR REPLACE FUNCTION pg_temp.demo_weekday(p_start timestamptz, p_day integer) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT extract(isodow FROM (p_start + p_day * interval '1 day' + interval '12 hours') AT TIME ZONE 'UTC')::integer
$$;

-- Day 0 of the plan: 90 days before today, or the day the first run started on, which its opening receipts name
-- (read back from their reference, not their time: a login that cannot set the clock back writes them now()).
CREATE TEMP TABLE demo_start ON COMMIT DROP AS
SELECT coalesce((SELECT substring(m.reference FROM 'go-live ([0-9]{4}-[0-9]{2}-[0-9]{2})$')::date::timestamptz
                   FROM api.ledger m WHERE m.idempotency_key = 'demo:opening:KIT-00001:WH-NORTH' LIMIT 1),
                date_trunc('day', now()) - interval '90 days') AS day0;

SELECT pg_temp.demo_clock(day0, -60 * 1440 + 9 * 60) FROM demo_start;

-- code, name, kind, region, position; for a store: the distribution centre that delivers to it, the share of the
-- range it carries, till sales a day (before weekday and trend: a sample, not every sale) and delivery weekdays
-- (ISO, 1 = Monday); for a distribution centre: web orders a day (the East hub ships the online shop) and supplier
-- delivery weekdays.
CREATE TEMP TABLE demo_location ON COMMIT DROP AS
SELECT * FROM (VALUES
    (1, 'WH-NORTH', 'North distribution centre', 'warehouse', 'North', 53.48, -2.24, NULL, 1.0, 0, '{2,5}'::int[]),
    (2, 'WH-SOUTH', 'South distribution centre', 'warehouse', 'South', 51.45, -2.58, NULL, 1.0, 0, '{1,4}'),
    (3, 'WH-EAST', 'East fulfilment hub', 'warehouse', 'East', 52.63, 1.29, NULL, 1.0, 4, '{3,6}'),
    (4, 'ST-LEEDS', 'Leeds Briggate', 'store', 'North', 53.80, -1.54, 'WH-NORTH', 1.10, 4, '{1,4}'),
    (5, 'ST-YORK', 'York Coney Street', 'store', 'North', 53.96, -1.08, 'WH-NORTH', 0.90, 2, '{2,5}'),
    (6, 'ST-BRISTOL', 'Bristol Cabot Circus', 'store', 'South', 51.46, -2.58, 'WH-SOUTH', 1.10, 3, '{2,5}'),
    (7, 'ST-EXETER', 'Exeter High Street', 'store', 'South', 50.72, -3.53, 'WH-SOUTH', 0.90, 2, '{3,6}'),
    (8, 'ST-NORWICH', 'Norwich Market', 'store', 'East', 52.63, 1.29, 'WH-EAST', 0.95, 3, '{1,4}'),
    (9, 'ST-CAMBRIDGE', 'Cambridge Grand Arcade', 'store', 'East', 52.20, 0.12, 'WH-EAST', 1.00, 3, '{2,5}')
) v (n, code, name, kind, region, lat, lon, dc, range, orders, weekdays);

SELECT api.add_location(code, name, kind, region, lat, lon) FROM demo_location ORDER BY n;

-- step: catalogue
CREATE TEMP TABLE demo_sku ON COMMIT DROP AS
WITH palette (name, items) AS (VALUES
    ('linen', ARRAY['white', 'ivory', 'oyster', 'stone', 'dove grey', 'charcoal', 'sage', 'duck egg', 'blush',
                 'ochre', 'rust', 'navy']),
    ('cotton', ARRAY['white', 'oyster', 'dove grey', 'charcoal', 'sage', 'blush', 'ochre', 'navy']),
    ('canvas', ARRAY['natural', 'charcoal', 'sage', 'terracotta', 'indigo']),
    ('enamel', ARRAY['white', 'cream', 'navy', 'sage']),
    ('stoneware', ARRAY['white', 'stone', 'slate', 'speckled sand', 'sea green', 'ink blue', 'moss', 'rust']),
    ('glaze', ARRAY['white', 'stone', 'slate']),
    ('metal', ARRAY['brass', 'matt black', 'chrome']),
    ('wood', ARRAY['oak', 'walnut', 'ash']),
    ('appliance', ARRAY['cream', 'matt black', 'sage', 'white']),
    ('bed', ARRAY['single', 'small double', 'double', 'king', 'super king', 'emperor']),
    ('pillow', ARRAY['standard', 'square', 'Oxford']),
    ('towel', ARRAY['white', 'oyster', 'charcoal', 'sage', 'blush', 'ochre', 'navy', 'duck egg', 'chalk', 'stone',
                 'forest green', 'clay', 'mustard', 'sky blue']),
    ('scent', ARRAY['fig', 'grapefruit', 'lavender', 'unscented']),
    ('castiron', ARRAY['cherry red', 'graphite', 'ocean blue', 'cream', 'sage']),
    ('cutlery', ARRAY['polished', 'brushed', 'matt black', 'brushed gold']),
    ('toiletry', ARRAY['fig', 'cedar and vetiver', 'grapefruit', 'lavender', 'unscented']),
    ('fragrance', ARRAY['fig', 'cedar and vetiver', 'grapefruit', 'lavender', 'tomato leaf', 'amber and oud',
                 'sea salt']),
    ('velvet', ARRAY['forest green', 'ochre', 'dusky pink', 'navy', 'rust', 'teal', 'mustard', 'plum', 'sage',
                 'charcoal']),
    ('bulb', ARRAY['4 W globe', '6 W standard', '6 W candle']),
    ('warmth', ARRAY['warm white', 'extra warm white']),
    ('stationery', ARRAY['black', 'sage', 'ochre', 'navy', 'terracotta', 'grey'])
), product (n, department, name, sizes, colours, cost, popularity) AS (VALUES
-- n, department, name, sizes and colours ('|' between them, '@name' for a palette above), unit cost of the
-- smallest size, popularity
    (1, 'KIT', 'Enamel pie dish', '20 cm|24 cm|28 cm', '@enamel', 4.20, 1.6),
    (2, 'KIT', 'Enamel roasting tin', '30 cm|36 cm|42 cm', '@enamel', 7.50, 1.2),
    (3, 'KIT', 'Enamel mug 350 ml', NULL, 'white|cream|navy|sage|mustard|forest green', 2.10, 1.8),
    (4, 'KIT', 'Enamel colander 24 cm', NULL, '@enamel', 6.40, 0.8),
    (5, 'KIT', 'Enamel milk pan 14 cm', NULL, '@enamel', 8.10, 0.7),
    (6, 'KIT', 'Cast iron casserole', '20 cm|24 cm|28 cm', '@castiron', 28.00, 1.0),
    (7, 'KIT', 'Cast iron skillet', '20 cm|26 cm|30 cm', NULL, 12.00, 1.2),
    (8, 'KIT', 'Cast iron griddle pan 26 cm', NULL, NULL, 14.50, 0.8),
    (9, 'KIT', 'Stainless steel saucepan', '14 cm|16 cm|18 cm|20 cm', NULL, 9.00, 1.4),
    (10, 'KIT', 'Stainless steel stockpot', '24 cm|28 cm', NULL, 19.00, 0.6),
    (11, 'KIT', 'Stainless steel saucepan set of 3', NULL, NULL, 32.00, 0.8),
    (12, 'KIT', 'Non-stick frying pan', '20 cm|24 cm|28 cm|30 cm', NULL, 7.20, 2.0),
    (13, 'KIT', 'Non-stick sauté pan with lid 28 cm', NULL, NULL, 16.00, 0.8),
    (14, 'KIT', 'Carbon steel wok', '30 cm|35 cm', NULL, 9.50, 0.8),
    (15, 'KIT', 'Chef''s knife', '15 cm|20 cm|23 cm', NULL, 11.00, 1.2),
    (16, 'KIT', 'Bread knife 22 cm', NULL, NULL, 8.50, 1.0),
    (17, 'KIT', 'Paring knife 9 cm', NULL, NULL, 4.20, 1.4),
    (18, 'KIT', 'Santoku knife 17 cm', NULL, NULL, 12.50, 0.8),
    (19, 'KIT', 'Magnetic knife rack', '30 cm|45 cm', '@wood', 7.00, 0.6),
    (20, 'KIT', 'Beech chopping board', 'small|medium|large', NULL, 5.20, 1.6),
    (21, 'KIT', 'Olive wood serving board', '30 cm|40 cm|50 cm', NULL, 9.00, 1.0),
    (22, 'KIT', 'Acacia paddle board', 'small|large', NULL, 6.50, 0.9),
    (23, 'KIT', 'Glass storage jar with bamboo lid', '0.5 l|1 l|1.5 l|2 l', NULL, 2.60, 2.0),
    (24, 'KIT', 'Glass preserving jar with clip lid', '0.5 l|1 l|1.5 l', NULL, 1.90, 1.6),
    (25, 'KIT', 'Stoneware utensil pot', NULL, '@stoneware', 6.00, 1.0),
    (26, 'KIT', 'Ceramic mixing bowl', '1.5 l|3 l|4.5 l', '@glaze', 6.80, 1.2),
    (27, 'KIT', 'Stainless steel mixing bowl', '20 cm|24 cm|28 cm', NULL, 4.40, 1.0),
    (28, 'KIT', 'Linen tea towel, set of 2', NULL, '@linen', 5.60, 2.2),
    (29, 'KIT', 'Waffle cotton tea towel, set of 3', NULL, '@cotton', 4.10, 2.0),
    (30, 'KIT', 'Striped cotton tea towel', NULL, 'navy stripe|red stripe|sage stripe|ochre stripe', 1.80, 1.6),
    (31, 'KIT', 'Double oven glove', NULL, '@cotton', 4.30, 1.2),
    (32, 'KIT', 'Cotton twill apron', NULL, '@cotton', 6.20, 1.0),
    (33, 'KIT', 'Glass cafetière', '3 cup|8 cup|12 cup', 'chrome|matt black|copper', 9.00, 1.4),
    (34, 'KIT', 'Stovetop espresso maker', '3 cup|6 cup|9 cup', NULL, 8.40, 1.0),
    (35, 'KIT', 'Electric kettle 1.7 l', NULL, '@appliance', 18.00, 1.4),
    (36, 'KIT', 'Two-slice toaster', NULL, '@appliance', 16.00, 1.2),
    (37, 'KIT', 'Four-slice toaster', NULL, '@appliance', 24.00, 0.8),
    (38, 'KIT', 'Pour-over coffee dripper', NULL, 'white|stone|matt black', 5.50, 0.8),
    (39, 'KIT', 'Stoneware teapot 1 l', NULL, '@stoneware', 11.00, 1.0),
    (40, 'KIT', 'Cast iron teapot 0.8 l', NULL, 'black|jade|rust', 13.00, 0.6),
    (41, 'KIT', 'Aluminium baking tray', 'small|medium|large', NULL, 3.60, 1.6),
    (42, 'KIT', 'Non-stick loaf tin', '1 lb|2 lb', NULL, 3.10, 1.4),
    (43, 'KIT', 'Springform cake tin', '20 cm|23 cm|26 cm', NULL, 5.40, 1.2),
    (44, 'KIT', '12-cup muffin tray', NULL, NULL, 4.80, 1.0),
    (45, 'KIT', 'Ceramic baking dish', 'small|medium|large', '@glaze', 7.20, 1.0),
    (46, 'KIT', 'Silicone spatula', NULL, 'grey|sage|terracotta|mustard|black', 1.60, 1.8),
    (47, 'KIT', 'Beech wooden spoon, set of 3', NULL, NULL, 2.40, 1.8),
    (48, 'KIT', 'Beech rolling pin 45 cm', NULL, NULL, 3.20, 0.9),
    (49, 'KIT', 'Glass measuring jug', '500 ml|1 l', NULL, 2.70, 1.2),
    (50, 'KIT', 'Digital kitchen scale', NULL, 'white|matt black|sage', 8.80, 1.0),
    (51, 'KIT', 'Balloon whisk 30 cm', NULL, NULL, 2.10, 1.2),
    (52, 'KIT', 'Stainless steel box grater', NULL, NULL, 4.50, 1.2),
    (53, 'KIT', 'Stainless steel colander 24 cm', NULL, NULL, 5.30, 1.0),
    (54, 'KIT', 'Salad spinner', NULL, NULL, 7.10, 0.8),
    (55, 'KIT', 'Marble pestle and mortar', 'small|large', 'white|grey', 7.80, 0.8),
    (56, 'KIT', 'Glass spice jar, set of 6', NULL, NULL, 6.00, 1.0),
    (57, 'KIT', 'Bamboo bread bin', NULL, NULL, 12.50, 0.7),
    (58, 'KIT', 'Enamel bread bin', NULL, '@enamel', 15.00, 0.7),
    (59, 'KIT', 'Stainless steel pedal bin', '5 l|20 l|30 l', 'brushed steel|matt black|white', 11.00, 0.9),
    (60, 'KIT', 'Wooden dish rack', NULL, NULL, 8.20, 0.8),
    (61, 'KIT', 'Ceramic soap dispenser for the sink', NULL, '@stoneware', 4.90, 0.9),
    (62, 'KIT', 'Reusable beeswax wraps, set of 3', NULL, NULL, 4.40, 1.2),
    (63, 'KIT', 'Cotton string shopping bag', NULL, '@canvas', 2.20, 1.2),
    (64, 'KIT', 'Glass oil bottle with pourer 500 ml', NULL, NULL, 3.30, 1.0),
    (65, 'KIT', 'Stainless steel lunch box', 'small|large', NULL, 6.60, 1.0),
    (66, 'KIT', 'Insulated water bottle', '500 ml|750 ml', 'white|matt black|sage|ochre|navy', 7.40, 1.4),
    (67, 'KIT', 'Enamel storage canister', 'small|medium|large', '@enamel', 4.60, 1.0),
    (68, 'KIT', 'Stoneware storage canister', 'small|medium|large', '@stoneware', 5.20, 1.0),
    (69, 'KIT', 'Airtight glass food container', '370 ml|640 ml|1 l|1.5 l', NULL, 2.40, 1.6),
    (70, 'KIT', 'Silicone baking mat', 'half sheet|full sheet', NULL, 3.10, 1.0),
    (71, 'KIT', 'Stoneware gratin dish', '20 cm|26 cm|32 cm', '@stoneware', 5.60, 1.0),
    (72, 'KIT', 'Stoneware pie dish', '20 cm|26 cm', '@stoneware', 4.80, 1.0),
    (73, 'KIT', 'Copper-bottomed saucepan', '14 cm|16 cm|18 cm|20 cm', NULL, 14.00, 0.7),
    (74, 'KIT', 'Stainless steel frying pan', '20 cm|24 cm|28 cm', NULL, 11.00, 0.9),
    (75, 'KIT', 'Cast iron shallow casserole', '26 cm|30 cm', '@castiron', 30.00, 0.7),
    (76, 'KIT', 'Enamel camping plate 26 cm', NULL, 'white|cream|navy|sage|mustard|forest green', 2.30, 1.2),
    (77, 'KIT', 'Enamel camping bowl 16 cm', NULL, 'white|cream|navy|sage|mustard|forest green', 2.10, 1.2),
    (78, 'KIT', 'Enamel jug 1 l', NULL, '@enamel', 5.80, 0.9),
    (79, 'KIT', 'Enamel tea caddy', NULL, '@enamel', 3.90, 1.0),
    (80, 'KIT', 'Enamel biscuit tin', NULL, '@enamel', 5.20, 1.0),
    (81, 'KIT', 'Wind-up kitchen timer', NULL, '@appliance', 3.40, 1.0),
    (82, 'KIT', 'Oak knife block with 5 knives', NULL, 'natural|matt black', 36.00, 0.6),
    (83, 'KIT', 'Serrated tomato knife 13 cm', NULL, NULL, 3.80, 1.0),
    (84, 'KIT', 'Utility knife 13 cm', NULL, NULL, 4.60, 1.0),
    (85, 'KIT', 'Ceramic knife sharpener', NULL, NULL, 5.10, 0.8),
    (86, 'KIT', 'Stainless steel cooling rack', 'round|rectangular', NULL, 3.20, 1.0),
    (87, 'KIT', 'Glass lemon squeezer', NULL, NULL, 2.20, 1.0),
    (88, 'KIT', 'Stainless steel garlic press', NULL, NULL, 3.60, 1.0),
    (89, 'KIT', 'Stainless steel potato masher', NULL, NULL, 2.90, 1.0),
    (90, 'KIT', 'Locking kitchen tongs', '23 cm|30 cm', NULL, 2.50, 1.2),
    (91, 'KIT', 'Stainless steel ladle', NULL, NULL, 2.80, 1.0),
    (92, 'KIT', 'Stainless steel slotted spoon', NULL, NULL, 2.60, 1.0),
    (93, 'KIT', 'Stainless steel fish slice', NULL, NULL, 2.60, 1.0),
    (94, 'KIT', 'Silicone utensil set of 5', NULL, 'grey|sage|terracotta|mustard|black', 7.40, 1.0),
    (95, 'KIT', 'Milk frother', NULL, 'chrome|matt black', 6.80, 1.0),
    (96, 'KIT', 'Cotton oven mitt', NULL, '@cotton', 2.60, 1.2),
    (97, 'KIT', 'Silicone trivet', NULL, 'grey|sage|terracotta|mustard|black', 1.80, 1.0),
    (98, 'KIT', 'Cork trivet, set of 2', NULL, NULL, 2.10, 1.0),
    (99, 'KIT', 'Glass mixing bowl, set of 3', NULL, NULL, 6.40, 1.0),
    (100, 'KIT', 'Stand mixer 4.5 l', NULL, '@appliance', 96.00, 0.4),
    (101, 'KIT', 'Hand blender', NULL, '@appliance', 17.00, 0.8),
    (102, 'KIT', 'Filter coffee machine', NULL, 'matt black|cream', 32.00, 0.6),
    (103, 'KIT', 'Insulated travel mug 350 ml', NULL, 'white|matt black|sage|ochre|navy', 5.90, 1.4),
    (104, 'KIT', 'Reusable coffee cup 340 ml', NULL, 'white|stone|sage|blush|ochre|navy', 3.80, 1.6),
    (105, 'KIT', 'Kitchen roll holder', NULL, 'oak|walnut|ash|matt black', 4.70, 0.9),
    (106, 'KIT', 'Cotton dishcloth, set of 3', NULL, '@cotton', 2.20, 1.4),
    (107, 'KIT', 'Beech dish brush', NULL, NULL, 1.40, 1.6),
    (108, 'KIT', 'Bottle brush', NULL, NULL, 1.20, 1.2),
    (109, 'KIT', 'Cellulose sponge cloth, pack of 5', NULL, 'mixed|botanical', 1.90, 1.6),
    (110, 'KIT', 'Enamel saucepan', '14 cm|16 cm|18 cm', '@enamel', 9.40, 0.8),
    (111, 'TAB', 'Stoneware dinner plate 27 cm', NULL, '@stoneware', 3.40, 2.0),
    (112, 'TAB', 'Stoneware side plate 21 cm', NULL, '@stoneware', 2.60, 1.8),
    (113, 'TAB', 'Stoneware pasta bowl 22 cm', NULL, '@stoneware', 3.20, 1.8),
    (114, 'TAB', 'Stoneware cereal bowl 15 cm', NULL, '@stoneware', 2.40, 1.8),
    (115, 'TAB', 'Stoneware mug 350 ml', NULL, '@stoneware', 2.30, 2.2),
    (116, 'TAB', 'Stoneware 12-piece dinner set', NULL, '@stoneware', 28.00, 0.8),
    (117, 'TAB', 'Porcelain dinner plate 27 cm', NULL, 'white|white with gold rim', 3.00, 1.6),
    (118, 'TAB', 'Porcelain side plate 21 cm', NULL, 'white|white with gold rim', 2.20, 1.4),
    (119, 'TAB', 'Porcelain rice bowl 12 cm', NULL, 'white|white with gold rim', 1.70, 1.2),
    (120, 'TAB', 'Porcelain espresso cup and saucer', NULL, 'white|white with gold rim', 2.90, 1.0),
    (121, 'TAB', 'Porcelain cappuccino cup and saucer', NULL, 'white|white with gold rim', 3.40, 1.0),
    (122, 'TAB', 'Reactive glaze mug 400 ml', NULL, 'moss|ocean|rust|oatmeal|storm', 2.80, 1.8),
    (123, 'TAB', 'Reactive glaze serving bowl 28 cm', NULL, 'moss|ocean|rust|oatmeal|storm', 8.50, 0.9),
    (124, 'TAB', 'Recycled glass tumbler, set of 4', '250 ml|350 ml', 'clear|green tint|blue tint|amber', 6.20, 1.6),
    (125, 'TAB', 'Ribbed glass tumbler, set of 4', '250 ml|350 ml', 'clear|smoke', 7.00, 1.4),
    (126, 'TAB', 'Stemless wine glass, set of 4', NULL, 'clear|smoke', 8.00, 1.2),
    (127, 'TAB', 'Crystal wine glass, set of 2', 'red|white', NULL, 9.50, 0.9),
    (128, 'TAB', 'Champagne flute, set of 4', NULL, NULL, 9.20, 0.8),
    (129, 'TAB', 'Glass water carafe 1 l', NULL, 'clear|green tint|smoke', 4.80, 1.0),
    (130, 'TAB', 'Stainless steel cutlery set, 16 pieces', NULL, '@cutlery', 22.00, 1.0),
    (131, 'TAB', 'Stainless steel teaspoon, set of 4', NULL, '@cutlery', 3.20, 1.2),
    (132, 'TAB', 'Steak knife, set of 4', NULL, 'polished|matt black', 8.40, 0.8),
    (133, 'TAB', 'Linen napkin, set of 4', NULL, '@linen', 9.80, 1.4),
    (134, 'TAB', 'Linen tablecloth', '140 x 180 cm|140 x 240 cm|170 x 300 cm', '@linen', 18.00, 1.0),
    (135, 'TAB', 'Linen table runner 45 x 200 cm', NULL, '@linen', 9.00, 1.0),
    (136, 'TAB', 'Cotton placemat, set of 4', NULL, '@cotton', 6.40, 1.2),
    (137, 'TAB', 'Cork placemat, set of 4', 'round|rectangular', NULL, 5.20, 1.0),
    (138, 'TAB', 'Acacia salad bowl with servers', '25 cm|30 cm', NULL, 11.50, 0.8),
    (139, 'TAB', 'Mango wood serving tray', 'small|large', NULL, 8.20, 0.9),
    (140, 'TAB', 'Marble cheese board with knife', NULL, 'white|green', 13.00, 0.7),
    (141, 'TAB', 'Glass cake stand with dome', NULL, NULL, 16.00, 0.6),
    (142, 'TAB', 'Stoneware butter dish', NULL, '@stoneware', 5.80, 0.9),
    (143, 'TAB', 'Stoneware milk jug 500 ml', NULL, '@stoneware', 4.70, 0.9),
    (144, 'TAB', 'Salt and pepper mill set', NULL, 'oak|walnut|ash|matt black', 10.50, 1.0),
    (145, 'TAB', 'Hammered brass candlestick', 'short|tall', NULL, 5.80, 1.0),
    (146, 'TAB', 'Rattan bread basket', NULL, NULL, 4.30, 0.8),
    (147, 'TAB', 'Children''s bamboo dinner set', NULL, 'sage|blush|sky blue|mustard', 6.90, 0.9),
    (148, 'TAB', 'Picnic melamine plate, set of 4', NULL, 'stripe|lemon|check', 6.00, 0.8),
    (149, 'TAB', 'Coffee cup with saucer, set of 2', NULL, '@stoneware', 7.20, 1.0),
    (150, 'TAB', 'Espresso glass 80 ml, set of 2', NULL, NULL, 4.60, 0.9),
    (151, 'TAB', 'Stoneware serving platter 35 cm', NULL, '@stoneware', 9.20, 0.8),
    (152, 'TAB', 'Stoneware dipping bowl 10 cm', NULL, '@stoneware', 1.60, 1.2),
    (153, 'TAB', 'Stoneware tapas dish 14 cm', NULL, '@stoneware', 2.00, 1.0),
    (154, 'TAB', 'Stoneware egg cup, set of 2', NULL, '@stoneware', 2.40, 1.0),
    (155, 'TAB', 'Stoneware sugar bowl', NULL, '@stoneware', 3.90, 0.8),
    (156, 'TAB', 'Stoneware salad plate 23 cm', NULL, '@stoneware', 2.80, 1.4),
    (157, 'TAB', 'Stoneware noodle bowl 18 cm', NULL, '@stoneware', 3.10, 1.2),
    (158, 'TAB', 'Stoneware latte mug 450 ml', NULL, '@stoneware', 2.90, 1.6),
    (159, 'TAB', 'Stoneware espresso cup 90 ml', NULL, '@stoneware', 1.70, 1.2),
    (160, 'TAB', 'Porcelain fine dining plate', '21 cm|27 cm|31 cm', 'white', 3.20, 1.0),
    (161, 'TAB', 'Porcelain soup bowl 20 cm', NULL, 'white|white with gold rim', 2.60, 1.0),
    (162, 'TAB', 'Hand-painted side plate 21 cm', NULL, 'lemons|blue willow|fish|botanical|stripe', 4.20, 1.0),
    (163, 'TAB', 'Hand-painted mug 300 ml', NULL, 'lemons|blue willow|fish|botanical|stripe', 4.60, 1.2),
    (164, 'TAB', 'Highball glass, set of 4', 'clear|smoke', NULL, 6.60, 1.2),
    (165, 'TAB', 'Coupe cocktail glass, set of 2', NULL, NULL, 7.80, 0.8),
    (166, 'TAB', 'Whisky tumbler, set of 2', NULL, 'clear|smoke', 8.20, 0.8),
    (167, 'TAB', 'Glass jug with wooden lid 1.2 l', NULL, NULL, 6.40, 0.9),
    (168, 'TAB', 'Hammered copper serving spoon', NULL, NULL, 4.20, 0.7),
    (169, 'TAB', 'Olive wood salad servers', NULL, NULL, 5.60, 1.0),
    (170, 'TAB', 'Olive wood spoon 20 cm', NULL, NULL, 2.40, 1.0),
    (171, 'TAB', 'Cotton napkin, set of 4', NULL, '@cotton', 5.40, 1.2),
    (172, 'TAB', 'Coated cotton tablecloth', '140 x 180 cm|140 x 240 cm', 'lemons|botanical|stripe|check', 14.00, 0.8),
    (173, 'TAB', 'Slate coaster, set of 4', NULL, NULL, 3.10, 1.2),
    (174, 'TAB', 'Cork coaster, set of 4', NULL, NULL, 1.60, 1.2),
    (175, 'TAB', 'Rattan coaster, set of 4', NULL, NULL, 2.10, 1.0),
    (176, 'TAB', 'Wooden napkin ring, set of 4', NULL, '@wood', 2.80, 0.8),
    (177, 'TAB', 'Ribbed glass bowl', '12 cm|20 cm', 'clear|smoke|amber', 2.20, 1.0),
    (178, 'TAB', 'Stoneware ramekin, set of 4', NULL, '@stoneware', 4.20, 1.0),
    (179, 'TAB', 'Porcelain teapot 1 l', NULL, 'white|white with gold rim', 8.00, 0.8),
    (180, 'TAB', 'Glass teapot with infuser 0.8 l', NULL, NULL, 6.40, 0.9),
    (181, 'TAB', 'Tea cup and saucer', NULL, '@stoneware', 3.60, 1.0),
    (182, 'TAB', 'Stoneware serving bowl 25 cm', NULL, '@stoneware', 6.20, 1.0),
    (183, 'TAB', 'Stoneware coupe plate 24 cm', NULL, '@stoneware', 3.20, 1.2),
    (184, 'TAB', 'Stoneware oval platter', '30 cm|40 cm', '@stoneware', 7.40, 0.8),
    (185, 'BED', 'Percale duvet cover', '@bed', '@linen', 16.00, 1.8),
    (186, 'BED', 'Percale flat sheet', '@bed', '@linen', 8.50, 1.4),
    (187, 'BED', 'Percale fitted sheet', '@bed', '@linen', 9.00, 1.8),
    (188, 'BED', 'Percale pillowcase pair', '@pillow', '@linen', 5.20, 1.8),
    (189, 'BED', 'Stonewashed linen duvet cover', '@bed', '@linen', 38.00, 1.0),
    (190, 'BED', 'Stonewashed linen fitted sheet', '@bed', '@linen', 24.00, 0.8),
    (191, 'BED', 'Stonewashed linen pillowcase pair', '@pillow', '@linen', 12.00, 1.0),
    (192, 'BED', 'Brushed cotton duvet cover', '@bed', 'check grey|check navy|oatmeal|forest green', 15.00, 1.0),
    (193, 'BED', 'Brushed cotton fitted sheet', '@bed', 'oatmeal|grey|navy', 9.00, 0.8),
    (194, 'BED', 'Sateen 400 thread count duvet cover', '@bed', 'white|ivory|silver grey', 24.00, 1.0),
    (195, 'BED', 'Sateen 400 thread count fitted sheet', '@bed', 'white|ivory|silver grey', 13.00, 0.9),
    (196, 'BED', 'Seersucker duvet cover', '@bed', 'white|blue stripe|blush', 14.00, 0.8),
    (197, 'BED', 'Duck feather and down duvet', '@bed', '10.5 tog|4.5 tog', 32.00, 1.0),
    (198, 'BED', 'Hollowfibre duvet', '@bed', '10.5 tog|4.5 tog', 11.00, 1.4),
    (199, 'BED', 'Wool duvet', '@bed', NULL, 52.00, 0.6),
    (200, 'BED', 'Hollowfibre pillows, pair', 'soft|medium|firm', NULL, 6.00, 1.6),
    (201, 'BED', 'Duck feather pillows, pair', 'soft|medium|firm', NULL, 12.00, 1.0),
    (202, 'BED', 'Memory foam pillow', NULL, NULL, 14.00, 0.9),
    (203, 'BED', 'Quilted mattress protector', '@bed', NULL, 9.50, 1.4),
    (204, 'BED', 'Waterproof mattress protector', '@bed', NULL, 8.00, 1.0),
    (205, 'BED', 'Cotton pillow protector, pair', NULL, NULL, 3.60, 1.2),
    (206, 'BED', 'Waffle cotton blanket', 'single|double|king', '@linen', 18.00, 0.9),
    (207, 'BED', 'Quilted cotton bedspread', 'double|king', 'white|sage|blush|charcoal|ochre', 26.00, 0.8),
    (208, 'BED', 'Chunky knit throw 130 x 170 cm', NULL, 'cream|grey|mustard|sage|rust', 16.00, 1.0),
    (209, 'BED', 'Wool herringbone throw', NULL, 'grey|navy|ochre|forest green', 22.00, 0.8),
    (210, 'BED', 'Children''s cotton duvet set, single', NULL, 'stars|dinosaurs|rainbow|forest animals|stripe',
     11.00, 0.9),
    (211, 'BED', 'Cot bed fitted sheet, pair', NULL, 'white|grey|sage', 6.50, 0.7),
    (212, 'BED', 'Linen-look cushion cover 45 x 45 cm', NULL, '@linen', 3.40, 1.4),
    (213, 'BED', 'Organic cotton duvet cover', '@bed', 'white|oatmeal|sage|clay', 19.00, 1.0),
    (214, 'BED', 'Organic cotton fitted sheet', '@bed', 'white|oatmeal|sage|clay', 10.50, 0.9),
    (215, 'BED', 'Organic cotton pillowcase pair', '@pillow', 'white|oatmeal|sage|clay', 6.20, 0.9),
    (216, 'BED', 'Cotton jersey fitted sheet', '@bed', 'white|grey|navy|blush', 8.00, 0.8),
    (217, 'BAT', 'Egyptian cotton towel', 'hand|bath|bath sheet', '@towel', 4.00, 2.0),
    (218, 'BAT', 'Turkish cotton hammam towel', 'hand|bath', 'grey stripe|navy stripe|sand stripe|sage stripe',
     4.50, 1.2),
    (219, 'BAT', 'Waffle cotton towel', 'hand|bath|bath sheet', '@cotton', 3.80, 1.2),
    (220, 'BAT', 'Quick-dry microfibre towel', 'hand|bath', 'grey|navy|teal', 3.20, 0.8),
    (221, 'BAT', 'Cotton face cloth, set of 4', NULL, '@towel', 2.40, 1.4),
    (222, 'BAT', 'Tufted cotton bath mat 50 x 80 cm', NULL, '@towel', 5.20, 1.4),
    (223, 'BAT', 'Waffle cotton bathrobe', 'S/M|L/XL', 'white|grey|navy|blush', 14.00, 0.9),
    (224, 'BAT', 'Linen bathrobe', 'S/M|L/XL', 'white|oatmeal|sage', 28.00, 0.6),
    (225, 'BAT', 'Waffle shower curtain 180 x 180 cm', NULL, '@cotton', 7.50, 0.9),
    (226, 'BAT', 'Ceramic soap dish', NULL, '@stoneware', 2.60, 1.2),
    (227, 'BAT', 'Ceramic soap dispenser', NULL, '@stoneware', 4.60, 1.4),
    (228, 'BAT', 'Ceramic toothbrush holder', NULL, '@stoneware', 3.10, 1.2),
    (229, 'BAT', 'Ceramic bathroom tumbler', NULL, '@stoneware', 2.80, 1.0),
    (230, 'BAT', 'Frosted glass soap dispenser', NULL, NULL, 3.90, 1.0),
    (231, 'BAT', 'Bamboo bath caddy', NULL, NULL, 9.50, 0.8),
    (232, 'BAT', 'Bamboo bathroom shelf', '2 tier|3 tier', NULL, 12.00, 0.7),
    (233, 'BAT', 'Seagrass laundry basket', 'small|large', NULL, 11.00, 0.9),
    (234, 'BAT', 'Stainless steel pedal bin 3 l', NULL, 'brushed steel|matt black|white', 7.60, 0.9),
    (235, 'BAT', 'Toilet brush and holder', NULL, 'white|matt black|chrome', 4.90, 1.0),
    (236, 'BAT', 'Round shaving mirror', NULL, 'chrome|matt black|brass', 12.00, 0.6),
    (237, 'BAT', 'Hand soap 300 ml', NULL, '@toiletry', 2.10, 2.2),
    (238, 'BAT', 'Hand lotion 300 ml', NULL, '@toiletry', 2.60, 1.6),
    (239, 'BAT', 'Bath salts 500 g', NULL, '@toiletry', 3.20, 1.2),
    (240, 'BAT', 'Soap dispenser refill 1 l', NULL, '@toiletry', 3.90, 1.0),
    (241, 'BAT', 'Egyptian cotton bath mat 50 x 80 cm', NULL, '@towel', 4.60, 1.2),
    (242, 'BAT', 'Egyptian cotton towel bale, 6 pieces', NULL, '@towel', 18.00, 0.8),
    (243, 'BAT', 'Organic cotton towel', 'hand|bath|bath sheet', 'white|oatmeal|sage|stone|clay', 4.80, 1.2),
    (244, 'BAT', 'Ribbed cotton towel', 'hand|bath|bath sheet', 'white|charcoal|forest green|clay|sky blue', 4.40, 1.0),
    (245, 'BAT', 'Linen hand towel', NULL, '@linen', 4.20, 1.0),
    (246, 'BAT', 'Cotton bath sheet, extra large', NULL, '@towel', 9.80, 0.8),
    (247, 'BAT', 'Shower curtain rings, set of 12', NULL, 'chrome|matt black|brass', 2.40, 0.9),
    (248, 'BAT', 'Bamboo toothbrush, pack of 4', NULL, 'adult|child', 2.20, 1.4),
    (249, 'BAT', 'Sisal body brush', NULL, NULL, 3.20, 1.0),
    (250, 'BAT', 'Natural loofah, pack of 2', NULL, NULL, 1.80, 1.2),
    (251, 'BAT', 'Glass cotton pad jar', NULL, NULL, 2.60, 0.9),
    (252, 'BAT', 'Bath bomb, set of 4', NULL, 'fig|grapefruit|lavender|eucalyptus', 2.60, 1.4),
    (253, 'BAT', 'Body wash 300 ml', NULL, '@toiletry', 2.40, 1.6),
    (254, 'BAT', 'Body lotion 300 ml', NULL, '@toiletry', 2.90, 1.2),
    (255, 'BAT', 'Bar soap 100 g', NULL, 'fig|cedar and vetiver|grapefruit|lavender|oat', 1.10, 2.0),
    (256, 'BAT', 'Bath pillow', NULL, 'white|grey', 6.20, 0.7),
    (257, 'BAT', 'Chrome towel rail', '45 cm|60 cm', NULL, 9.80, 0.7),
    (258, 'BAT', 'Over-door hook rail', NULL, 'chrome|matt black|brass', 4.80, 0.9),
    (259, 'BAT', 'Waffle cotton bath mat 50 x 80 cm', NULL, '@linen', 5.00, 1.0),
    (260, 'LGT', 'LED filament bulb, E27', '@bulb', '@warmth', 2.10, 2.0),
    (261, 'LGT', 'LED filament bulb, B22', '@bulb', '@warmth', 2.10, 1.8),
    (262, 'LGT', 'LED filament bulb, E14', '4 W candle|4 W golf ball', '@warmth', 2.00, 1.4),
    (263, 'LGT', 'LED spotlight bulb, GU10, pack of 3', 'warm white|cool white', NULL, 4.20, 1.6),
    (264, 'LGT', 'Ceramic table lamp', 'small|large', '@stoneware', 18.00, 1.0),
    (265, 'LGT', 'Glass globe table lamp', NULL, 'clear|smoke|amber', 22.00, 0.8),
    (266, 'LGT', 'Brass task lamp', NULL, NULL, 28.00, 0.8),
    (267, 'LGT', 'Metal task lamp', NULL, 'matt black|white|sage|ochre', 16.00, 1.2),
    (268, 'LGT', 'Rechargeable table lamp', NULL, 'matt black|white|brass|sage', 19.00, 1.0),
    (269, 'LGT', 'Linen lampshade', '20 cm|30 cm|40 cm', '@cotton', 6.50, 1.4),
    (270, 'LGT', 'Rattan pendant shade', '35 cm|50 cm', NULL, 16.00, 1.0),
    (271, 'LGT', 'Pleated fabric lampshade', '25 cm|35 cm', 'white|sage|blush|ochre', 9.00, 1.0),
    (272, 'LGT', 'Metal pendant light', '30 cm|40 cm', 'matt black|white|brass', 22.00, 0.8),
    (273, 'LGT', 'Glass pendant light', NULL, 'clear|smoke|amber|opal', 26.00, 0.8),
    (274, 'LGT', 'Tripod floor lamp', NULL, '@wood', 42.00, 0.6),
    (275, 'LGT', 'Arc floor lamp', NULL, 'matt black|brass', 58.00, 0.5),
    (276, 'LGT', 'Brass wall light', 'single|double', NULL, 21.00, 0.6),
    (277, 'LGT', 'Plug-in wall light', NULL, 'matt black|white|brass', 17.00, 0.8),
    (278, 'LGT', 'Battery LED fairy lights', '2 m|5 m|10 m', 'warm white|multicolour', 2.90, 1.6),
    (279, 'LGT', 'Solar festoon lights, 20 bulbs', NULL, NULL, 12.00, 1.0),
    (280, 'LGT', 'LED pillar candle, set of 3', NULL, 'ivory|grey', 7.50, 1.2),
    (281, 'LGT', 'Outdoor wall lantern', NULL, 'matt black|galvanised', 24.00, 0.6),
    (282, 'LGT', 'Smart LED bulb, E27', 'white|colour', NULL, 6.00, 1.0),
    (283, 'LGT', 'Plug-in dimmer switch', NULL, NULL, 4.50, 0.8),
    (284, 'LGT', 'Fabric cable with E27 lamp holder 3 m', NULL, 'black|white|grey|ochre|sage|terracotta', 5.20, 0.8),
    (285, 'LGT', 'LED filament bulb, E27, dimmable', '6 W standard|8 W globe 125 mm', 'warm white|amber', 3.60, 1.2),
    (286, 'LGT', 'Mushroom table lamp', NULL, 'white|sage|ochre|blush|matt black', 24.00, 0.8),
    (287, 'LGT', 'Rattan table lamp', 'small|large', NULL, 19.00, 0.8),
    (288, 'LGT', 'Marble base table lamp', NULL, 'white|green', 34.00, 0.6),
    (289, 'LGT', 'Paper pendant shade', '40 cm|60 cm', 'white|natural', 6.50, 1.0),
    (290, 'LGT', 'Bamboo pendant shade', '30 cm|45 cm', NULL, 12.00, 0.8),
    (291, 'LGT', 'Tapered linen lampshade', '25 cm|35 cm|45 cm', '@cotton', 8.00, 1.0),
    (292, 'LGT', 'Bedside reading light', NULL, 'matt black|white|brass', 18.00, 0.8),
    (293, 'LGT', 'Picture light', '30 cm|50 cm', 'brass|matt black', 26.00, 0.5),
    (294, 'LGT', 'Battery LED candle bulb, pack of 2', NULL, NULL, 4.80, 1.0),
    (295, 'LGT', 'Copper wire micro lights, 100 LED', NULL, NULL, 5.20, 1.2),
    (296, 'LGT', 'Outdoor solar stake light, pack of 4', NULL, 'matt black|stainless steel', 9.00, 0.9),
    (297, 'LGT', 'Cordless outdoor lamp', NULL, 'matt black|white|sage', 21.00, 0.7),
    (298, 'LGT', 'Table lamp base, turned oak', 'small|large', NULL, 14.00, 0.8),
    (299, 'LGT', 'Ceramic lamp base', 'small|large', '@stoneware', 12.00, 0.8),
    (300, 'LGT', 'Globe pendant light 25 cm', NULL, 'opal|smoke|amber', 18.00, 0.8),
    (301, 'LGT', 'Spotlight bar, 3 lights', NULL, 'matt black|white|brass', 24.00, 0.6),
    (302, 'LGT', 'LED strip light 2 m', 'warm white|colour changing', NULL, 8.00, 0.9),
    (303, 'LGT', 'LED night light', NULL, 'moon|cloud|star', 5.00, 1.0),
    (304, 'LIV', 'Velvet cushion', '45 x 45 cm|30 x 50 cm', '@velvet', 6.20, 1.4),
    (305, 'LIV', 'Linen cushion', '45 x 45 cm|30 x 50 cm', '@linen', 7.00, 1.4),
    (306, 'LIV', 'Feather cushion pad', '45 x 45 cm|50 x 50 cm|30 x 50 cm', NULL, 3.40, 1.6),
    (307, 'LIV', 'Wool blend throw', NULL, 'grey|oatmeal|ochre|sage|navy', 18.00, 1.0),
    (308, 'LIV', 'Jute rug', '60 x 90 cm|120 x 170 cm|160 x 230 cm', NULL, 12.00, 1.0),
    (309, 'LIV', 'Flatweave cotton rug', '60 x 90 cm|120 x 170 cm|160 x 230 cm', 'stripe|check|diamond', 10.00, 1.0),
    (310, 'LIV', 'Wool runner 70 x 200 cm', NULL, 'grey|oatmeal|rust', 34.00, 0.6),
    (311, 'LIV', 'Oak picture frame', 'A4|A3|30 x 40 cm|50 x 70 cm', 'natural|black|white', 5.50, 1.2),
    (312, 'LIV', 'Aluminium picture frame', 'A4|A3|50 x 70 cm', 'black|silver|brass', 6.00, 1.0),
    (313, 'LIV', 'Round wall mirror', '40 cm|60 cm|80 cm', '@metal', 18.00, 0.8),
    (314, 'LIV', 'Glass bud vase', 'small|large', 'clear|green|amber|smoke', 2.40, 1.4),
    (315, 'LIV', 'Stoneware vase', 'small|medium|large', '@stoneware', 7.00, 1.0),
    (316, 'LIV', 'Recycled glass vase', '20 cm|30 cm', 'clear|green tint|blue tint', 6.00, 1.0),
    (317, 'LIV', 'Scented candle 200 g', NULL, '@fragrance', 4.20, 2.2),
    (318, 'LIV', 'Scented candle 3 wick 500 g', NULL, '@fragrance', 9.80, 1.4),
    (319, 'LIV', 'Reed diffuser 100 ml', NULL, '@fragrance', 5.40, 1.6),
    (320, 'LIV', 'Reed diffuser refill 200 ml', NULL, '@fragrance', 5.80, 1.0),
    (321, 'LIV', 'Dinner candles, set of 6', NULL, 'ivory|sage|ochre|navy|terracotta', 2.40, 1.6),
    (322, 'LIV', 'Pillar candle', '7 x 10 cm|7 x 15 cm', 'ivory|grey', 2.20, 1.2),
    (323, 'LIV', 'Glass tealight holder, set of 4', NULL, 'clear|amber|smoke', 3.60, 1.2),
    (324, 'LIV', 'Hurricane lantern', 'small|large', NULL, 9.00, 0.8),
    (325, 'LIV', 'Seagrass storage basket', 'small|medium|large', NULL, 5.60, 1.2),
    (326, 'LIV', 'Felt storage basket', 'small|large', 'grey|charcoal|oatmeal', 5.00, 0.9),
    (327, 'LIV', 'Wire magazine rack', NULL, 'matt black|brass', 9.50, 0.6),
    (328, 'LIV', 'Oak side table', NULL, NULL, 48.00, 0.4),
    (329, 'LIV', 'Folding wooden stool', NULL, '@wood', 22.00, 0.5),
    (330, 'LIV', 'Oak wall shelf', '60 cm|90 cm', NULL, 14.00, 0.7),
    (331, 'LIV', 'Wall clock 30 cm', NULL, 'white|matt black|oak', 11.00, 0.8),
    (332, 'LIV', 'Coir door mat 40 x 60 cm', NULL, NULL, 4.20, 1.2),
    (333, 'LIV', 'Artificial olive tree 120 cm', NULL, NULL, 26.00, 0.5),
    (334, 'LIV', 'Faux eucalyptus stem', NULL, NULL, 1.80, 1.2),
    (335, 'LIV', 'Draught excluder', NULL, 'grey|navy|ochre', 6.00, 0.6),
    (336, 'LIV', 'Boucle cushion 45 x 45 cm', NULL, 'cream|oatmeal|mushroom|sage', 8.40, 1.0),
    (337, 'LIV', 'Embroidered cushion 45 x 45 cm', NULL, 'leaf|wave|stripe|dot', 9.00, 1.0),
    (338, 'LIV', 'Outdoor-style woven cushion 50 x 50 cm', NULL, 'ochre|sage|navy', 7.20, 0.8),
    (339, 'LIV', 'Faux fur throw 130 x 170 cm', NULL, 'cream|grey|mushroom', 14.00, 0.8),
    (340, 'LIV', 'Cotton waffle throw', NULL, '@cotton', 11.00, 0.9),
    (341, 'LIV', 'Printed cotton rug', '80 x 150 cm|120 x 180 cm', 'ochre geometric|blue floral|terracotta stripe',
     16.00, 0.8),
    (342, 'LIV', 'Washable runner 60 x 180 cm', NULL, 'grey stripe|blue stripe|ochre stripe', 15.00, 0.8),
    (343, 'LIV', 'Multi-aperture photo frame', '3 photos|6 photos', 'natural|black|white', 9.00, 0.8),
    (344, 'LIV', 'Walnut picture frame', 'A4|A3|30 x 40 cm', NULL, 7.40, 0.9),
    (345, 'LIV', 'Art print, unframed', 'A3|50 x 70 cm', 'botanical study|coastline|abstract shapes|city map|still life',
     4.00, 1.0),
    (346, 'LIV', 'Rectangular wall mirror', '40 x 60 cm|60 x 90 cm', '@metal', 22.00, 0.7),
    (347, 'LIV', 'Arched floor mirror 170 cm', NULL, 'matt black|brass', 64.00, 0.4),
    (348, 'LIV', 'Ceramic bookends, pair', NULL, 'white|terracotta|speckled sand', 8.00, 0.7),
    (349, 'LIV', 'Brass candle snuffer', NULL, NULL, 3.20, 0.8),
    (350, 'LIV', 'Concrete candle holder', 'small|large', NULL, 2.60, 0.9),
    (351, 'LIV', 'Candle in ceramic pot', NULL, 'fig|cedar and vetiver|grapefruit|tomato leaf|sea salt', 6.80, 1.2),
    (352, 'LIV', 'Wax melt, pack of 6', NULL, 'fig|cedar and vetiver|grapefruit|lavender|sea salt', 1.90, 1.2),
    (353, 'LIV', 'Room spray 100 ml', NULL, 'fig|cedar and vetiver|grapefruit|lavender|sea salt', 3.40, 1.0),
    (354, 'LIV', 'Matches in glass jar', NULL, NULL, 1.60, 1.2),
    (355, 'LIV', 'Water hyacinth storage basket', 'small|medium|large', NULL, 6.40, 1.0),
    (356, 'LIV', 'Cotton rope basket', 'small|large', 'natural|natural and black|natural and ochre', 5.80, 1.0),
    (357, 'LIV', 'Lidded storage box', 'small|medium|large', 'kraft|grey|sage', 3.60, 1.0),
    (358, 'LIV', 'Clothes rail, oak and steel', NULL, NULL, 38.00, 0.4),
    (359, 'LIV', 'Wooden coat hanger, pack of 5', NULL, 'natural|black', 3.80, 1.2),
    (360, 'LIV', 'Velvet coat hanger, pack of 10', NULL, 'grey|blush|black', 3.60, 1.0),
    (361, 'LIV', 'Wall hook, set of 3', NULL, 'oak|walnut|ash|brass', 4.20, 1.0),
    (362, 'LIV', 'Tray side table', NULL, 'matt black|sage|white', 18.00, 0.6),
    (363, 'LIV', 'Faux monstera in pot 60 cm', NULL, NULL, 14.00, 0.6),
    (364, 'LIV', 'Dried pampas grass bunch', NULL, 'natural|bleached|blush', 3.20, 1.0),
    (365, 'LIV', 'Dried flower posy', NULL, 'meadow|golden|pastel', 4.40, 1.0),
    (366, 'LIV', 'Chunky knit cushion 45 x 45 cm', NULL, 'cream|grey|mustard|sage|rust', 6.40, 0.9),
    (367, 'LIV', 'Tassel throw', NULL, 'oatmeal|grey|rust|sage', 14.00, 0.8),
    (368, 'GDN', 'Terracotta plant pot', '12 cm|17 cm|21 cm|30 cm', NULL, 1.60, 1.8),
    (369, 'GDN', 'Glazed plant pot', '14 cm|20 cm|28 cm', 'white|sea green|navy|ochre|speckled sand', 4.20, 1.2),
    (370, 'GDN', 'Concrete planter', 'small|medium|large', NULL, 8.00, 0.8),
    (371, 'GDN', 'Galvanised watering can', '4.5 l|9 l', NULL, 8.50, 1.0),
    (372, 'GDN', 'Indoor watering can 1 l', NULL, 'matt black|white|brass|sage', 6.00, 1.0),
    (373, 'GDN', 'Peat-free compost 40 l', NULL, NULL, 3.20, 2.0),
    (374, 'GDN', 'Houseplant compost 10 l', NULL, NULL, 2.10, 1.6),
    (375, 'GDN', 'Ash-handled hand trowel', NULL, NULL, 4.40, 1.2),
    (376, 'GDN', 'Ash-handled hand fork', NULL, NULL, 4.40, 1.0),
    (377, 'GDN', 'Bypass secateurs', NULL, NULL, 7.80, 1.2),
    (378, 'GDN', 'Leather gardening gloves', 'S|M|L', NULL, 5.20, 1.2),
    (379, 'GDN', 'Cotton gardening gloves', 'S|M|L', 'sage|ochre|navy', 2.10, 1.0),
    (380, 'GDN', 'Jute garden twine 100 m', NULL, NULL, 1.10, 1.2),
    (381, 'GDN', 'Bamboo plant canes, pack of 10', '90 cm|120 cm|180 cm', NULL, 1.30, 1.2),
    (382, 'GDN', 'Galvanised bird feeder', 'seed|nut|fat ball', NULL, 5.60, 1.0),
    (383, 'GDN', 'Wild bird seed mix 2 kg', NULL, NULL, 2.60, 1.6),
    (384, 'GDN', 'Wooden bird box', NULL, NULL, 8.00, 0.8),
    (385, 'GDN', 'Folding acacia bistro chair', NULL, NULL, 24.00, 0.6),
    (386, 'GDN', 'Folding acacia bistro table', NULL, NULL, 36.00, 0.5),
    (387, 'GDN', 'Outdoor cushion', '45 x 45 cm|50 x 50 cm', 'sage|ochre|navy|stripe', 6.00, 0.9),
    (388, 'GDN', 'Outdoor rug 120 x 180 cm', NULL, 'navy stripe|grey check|terracotta geometric', 14.00, 0.6),
    (389, 'GDN', 'Citronella candle bucket', NULL, NULL, 3.40, 1.0),
    (390, 'GDN', 'Herb seed kit', NULL, 'basil|parsley|coriander|chives|mint', 1.80, 1.0),
    (391, 'GDN', 'Vegetable seed packet', NULL, 'tomato|runner bean|courgette|carrot|lettuce|radish|chilli|beetroot',
     0.70, 1.2),
    (392, 'GDN', 'Flower seed packet', NULL, 'sweet pea|cosmos|sunflower|nasturtium|wildflower mix|cornflower',
     0.70, 1.2),
    (393, 'GDN', 'Garden kneeler', NULL, 'sage|navy', 3.60, 0.7),
    (394, 'GDN', 'Plant mister 300 ml', NULL, 'clear|amber|green', 3.10, 0.9),
    (395, 'GDN', 'Hanging macramé plant holder', NULL, NULL, 3.40, 0.9),
    (396, 'GDN', 'Self-watering plant pot', '14 cm|20 cm', 'white|sage|terracotta|matt black', 4.40, 1.0),
    (397, 'GDN', 'Plant saucer', '12 cm|17 cm|21 cm|30 cm', 'terracotta|black', 0.70, 1.4),
    (398, 'GDN', 'Window box planter 60 cm', NULL, 'terracotta|zinc|black', 6.40, 0.8),
    (399, 'GDN', 'Hanging planter', NULL, 'white|terracotta|speckled sand', 4.20, 0.9),
    (400, 'GDN', 'Wooden raised bed', 'small|large', NULL, 24.00, 0.5),
    (401, 'GDN', 'Garden hose 15 m', NULL, NULL, 11.00, 0.8),
    (402, 'GDN', 'Hose spray gun', NULL, NULL, 4.40, 0.9),
    (403, 'GDN', 'Border spade', NULL, NULL, 14.00, 0.6),
    (404, 'GDN', 'Border fork', NULL, NULL, 14.00, 0.5),
    (405, 'GDN', 'Grass shears', NULL, NULL, 9.00, 0.6),
    (406, 'GDN', 'Pruning saw', NULL, NULL, 7.20, 0.6),
    (407, 'GDN', 'Garden trug', 'small|large', 'green|grey|terracotta', 3.40, 1.0),
    (408, 'GDN', 'Plant labels, pack of 20', 'wood|slate', NULL, 1.20, 1.0),
    (409, 'GDN', 'Seed tray with lid', NULL, NULL, 2.10, 1.2),
    (410, 'GDN', 'Biodegradable seed pots, pack of 24', NULL, NULL, 1.60, 1.2),
    (411, 'GDN', 'Liquid plant food 1 l', 'houseplant|tomato|all purpose', NULL, 2.20, 1.4),
    (412, 'GDN', 'Slug traps, pack of 2', NULL, NULL, 2.40, 0.9),
    (413, 'GDN', 'Bird bath', NULL, 'stone|galvanised', 16.00, 0.5),
    (414, 'GDN', 'Insect hotel', NULL, NULL, 6.80, 0.8),
    (415, 'GDN', 'Outdoor lantern with candle', NULL, 'matt black|zinc', 9.60, 0.8),
    (416, 'GDN', 'Folding deck chair', NULL, 'navy stripe|ochre stripe|sage stripe', 18.00, 0.6),
    (417, 'GDN', 'Picnic blanket, waterproof backed', NULL, 'red check|navy check|sage check', 9.00, 0.9),
    (418, 'GDN', 'Garden apron', NULL, 'sage|navy|ochre', 6.00, 0.7),
    (419, 'GDN', 'Galvanised planter trough', '60 cm|90 cm', NULL, 9.50, 0.7),
    (420, 'GDN', 'Potting mix for cacti 5 l', NULL, NULL, 1.90, 0.9),
    (421, 'GDN', 'Horticultural grit 5 kg', NULL, NULL, 2.40, 0.7),
    (422, 'GDN', 'Garden torch, rechargeable', NULL, NULL, 11.00, 0.6),
    (423, 'GDN', 'Rain gauge', NULL, NULL, 2.80, 0.6),
    (424, 'GDN', 'Bulb planter', NULL, NULL, 5.40, 0.7),
    (425, 'GDN', 'Spring bulbs, pack of 20', NULL, 'daffodil|tulip mix|allium|crocus|snowdrop', 2.60, 1.2),
    (426, 'STA', 'Dot grid notebook', 'A5|A4', '@stationery', 3.20, 1.6),
    (427, 'STA', 'Lined notebook', 'A5|A4', '@stationery', 3.00, 1.4),
    (428, 'STA', 'Linen-bound hardback notebook A5', NULL, '@linen', 5.40, 1.0),
    (429, 'STA', 'Weekly planner, undated', NULL, 'black|sage|ochre|navy', 4.60, 1.2),
    (430, 'STA', 'Kraft notebook, set of 3', 'A6|A5', NULL, 2.60, 1.2),
    (431, 'STA', 'Desk pad 50 sheets', NULL, NULL, 2.90, 1.0),
    (432, 'STA', 'Recycled card greeting card', NULL, 'birthday|thank you|congratulations|new home|blank', 0.80, 1.8),
    (433, 'STA', 'Recycled gift wrap 3 m', NULL, 'kraft|stripe|botanical|spot', 1.40, 1.4),
    (434, 'STA', 'Gift tag, pack of 10', NULL, NULL, 0.90, 1.2),
    (435, 'STA', 'Rollerball pen, black ink', NULL, 'black|silver|sage', 1.20, 1.4),
    (436, 'STA', 'Graphite pencil, set of 6', NULL, NULL, 1.50, 1.2),
    (437, 'STA', 'Coloured pencil, set of 24', NULL, NULL, 4.80, 0.9),
    (438, 'STA', 'Brass desk tidy', NULL, NULL, 8.60, 0.6),
    (439, 'STA', 'Wooden pen pot', NULL, '@wood', 3.60, 0.8),
    (440, 'STA', 'Cork noticeboard', '40 x 60 cm|60 x 90 cm', NULL, 6.20, 0.8),
    (441, 'STA', 'Wall calendar, next year', NULL, 'botanical|landscapes', 3.80, 1.0),
    (442, 'STA', 'Brown paper parcel tape', NULL, NULL, 0.90, 1.0),
    (443, 'STA', 'Washi tape, set of 3', NULL, 'pastel|earth|botanical', 1.80, 1.0),
    (444, 'STA', 'Document box', 'A4|A3', 'kraft|grey|sage', 3.40, 0.9),
    (445, 'STA', 'Magazine file, set of 2', NULL, 'kraft|grey|sage', 3.20, 0.9),
    (446, 'STA', 'Sketchbook', 'A5|A4|A3', NULL, 3.40, 1.0),
    (447, 'STA', 'Watercolour paint set, 12 colours', NULL, NULL, 6.60, 0.8),
    (448, 'STA', 'Fineliner pen, set of 5', NULL, 'black|colours', 3.30, 1.0),
    (449, 'STA', 'Fountain pen', NULL, 'black|sage|navy|burgundy', 7.20, 0.8),
    (450, 'STA', 'Ink cartridges, pack of 6', 'black|blue', NULL, 1.30, 1.0),
    (451, 'STA', 'Mechanical pencil 0.5 mm', NULL, 'black|silver', 2.10, 0.9),
    (452, 'STA', 'Brass ruler 30 cm', NULL, NULL, 4.40, 0.7),
    (453, 'STA', 'Brass scissors', NULL, NULL, 5.60, 0.8),
    (454, 'STA', 'Paper clips in tin', NULL, 'brass|silver|mixed colours', 1.20, 1.0),
    (455, 'STA', 'Sticky notes, pack of 6', NULL, 'pastel|bright|kraft', 1.80, 1.2),
    (456, 'STA', 'Envelope, pack of 20', 'C6|DL|C5', 'white|kraft', 1.40, 1.0),
    (457, 'STA', 'Writing paper set', NULL, 'white|cream|blue', 3.60, 0.7),
    (458, 'STA', 'Letter press birthday card', NULL, 'cake|balloons|botanical|typographic', 1.30, 1.2),
    (459, 'STA', 'Photo album', 'small|large', '@canvas', 6.80, 0.8),
    (460, 'STA', 'Address book', NULL, 'black|sage|navy', 3.80, 0.6),
    (461, 'STA', 'Recipe notebook', NULL, NULL, 4.60, 0.8),
    (462, 'STA', 'Desk organiser', NULL, 'oak|walnut|ash|matt black', 7.40, 0.7),
    (463, 'STA', 'Gift bag', 'small|medium|large', 'kraft|botanical|black|stripe', 0.80, 1.4),
    (464, 'STA', 'Tissue paper, 10 sheets', NULL, 'white|kraft|blush|sage', 0.70, 1.2),
    (465, 'STA', 'Ribbon 5 m', NULL, 'ochre|sage|navy|blush|natural', 1.10, 1.0),
    (466, 'STA', 'A5 diary, next year', 'week to view|day to page', 'black|sage|navy|blush|ochre', 4.20, 1.2),
    (467, 'STA', 'Pocket notebook, set of 3', NULL, 'black|kraft|mixed colours', 2.40, 1.2),
    (468, 'STA', 'Highlighter, set of 4', NULL, 'pastel|bright', 2.10, 1.0),
    (469, 'STA', 'Pencil case', NULL, 'black|sage|navy|ochre', 3.60, 0.9),
    (470, 'STA', 'Clip board A4', NULL, 'oak|matt black', 3.20, 0.7),
    (471, 'STA', 'Jigsaw puzzle 1000 pieces', NULL, 'botanical garden|kitchen shelves|bookshop|seaside', 6.80, 0.8),
    (472, 'HOM', 'Laundry liquid 1.5 l', NULL, '@scent', 3.10, 1.8),
    (473, 'HOM', 'Fabric conditioner 1 l', NULL, '@scent', 2.40, 1.4),
    (474, 'HOM', 'Washing-up liquid 500 ml', NULL, '@scent', 1.20, 2.0),
    (475, 'HOM', 'Multi-surface cleaner 500 ml', NULL, '@scent', 1.60, 1.6),
    (476, 'HOM', 'Bathroom cleaner 500 ml', NULL, '@scent', 1.70, 1.2),
    (477, 'HOM', 'Glass spray bottle 500 ml', NULL, 'clear|amber|green', 2.30, 1.2),
    (478, 'HOM', 'Stain remover bar', NULL, NULL, 0.90, 1.2),
    (479, 'HOM', 'Wooden clothes pegs, pack of 24', NULL, NULL, 1.30, 1.4),
    (480, 'HOM', 'Folding clothes airer', 'small|large', NULL, 9.80, 0.8),
    (481, 'HOM', 'Ironing board', 'M|L', NULL, 14.00, 0.5),
    (482, 'HOM', 'Ironing board cover', 'M|L', 'grey stripe|botanical|plain grey', 3.60, 0.9),
    (483, 'HOM', 'Steam iron', NULL, '@appliance', 16.00, 0.7),
    (484, 'HOM', 'Cotton laundry bag', NULL, '@canvas', 3.20, 1.0),
    (485, 'HOM', 'Laundry basket with lid', 'small|large', 'grey|white|natural', 8.40, 0.8),
    (486, 'HOM', 'Wooden broom', 'indoor|outdoor', NULL, 8.20, 0.8),
    (487, 'HOM', 'Dustpan and brush', NULL, 'natural|matt black|sage', 4.60, 1.2),
    (488, 'HOM', 'Spin mop and bucket', NULL, NULL, 12.00, 0.8),
    (489, 'HOM', 'Lambswool duster', NULL, NULL, 3.20, 0.9),
    (490, 'HOM', 'Microfibre cloth, pack of 6', NULL, NULL, 1.80, 1.6),
    (491, 'HOM', 'Rubber gloves', 'S|M|L', 'yellow|sage|pink', 0.90, 1.4),
    (492, 'HOM', 'Beech scrubbing brush', NULL, NULL, 1.60, 1.2),
    (493, 'HOM', 'Vacuum storage bag, pack of 3', 'medium|large', NULL, 4.20, 1.0),
    (494, 'HOM', 'Underbed storage bag', NULL, 'grey|natural', 3.80, 1.0),
    (495, 'HOM', 'Shoe rack', '2 tier|3 tier', 'bamboo|matt black', 8.00, 0.8),
    (496, 'HOM', 'Clear storage box with lid', '5 l|12 l|32 l|50 l', NULL, 2.20, 1.4),
    (497, 'HOM', 'Drawer organiser, set of 4', NULL, 'white|grey', 3.60, 1.0),
    (498, 'HOM', 'Hanging wardrobe organiser', NULL, 'grey|natural', 5.20, 0.8),
    (499, 'HOM', 'Cedar wood moth rings, pack of 20', NULL, NULL, 2.40, 1.0),
    (500, 'HOM', 'Wooden lint brush', NULL, NULL, 2.60, 0.9),
    (501, 'HOM', 'Recycling bin, stacking', '20 l|40 l', 'grey|sage|white', 7.60, 0.8),
    (502, 'HOM', 'Door stop', NULL, 'grey|ochre|navy|brass', 3.80, 0.8),
    (503, 'HOM', 'Step stool', '1 step|2 step', 'white|matt black|oak', 12.00, 0.6),
    (504, 'HOM', 'Bin liners, roll of 20', '10 l|30 l|50 l', NULL, 1.10, 1.6),
    (505, 'HOM', 'Candle-scented drawer liners', NULL, 'fig|lavender', 2.80, 0.7),
    (506, 'SEA', 'Glass bauble, set of 6', '6 cm|8 cm', 'clear|gold|silver|forest green|red|smoke', 4.20, 1.4),
    (507, 'SEA', 'Wooden tree decoration, set of 4', NULL, 'stars|hearts|trees|robins', 2.40, 1.2),
    (508, 'SEA', 'Felt tree decoration', NULL, 'mouse|fox|robin|gingerbread man|star', 1.10, 1.2),
    (509, 'SEA', 'Micro LED garland 2 m', NULL, 'warm white|multicolour', 4.60, 1.2),
    (510, 'SEA', 'Eucalyptus and pine wreath', '35 cm|50 cm', NULL, 11.00, 0.9),
    (511, 'SEA', 'Linen Christmas stocking', NULL, 'natural|red|forest green', 5.20, 1.0),
    (512, 'SEA', 'Advent calendar to fill', NULL, 'wooden house|fabric pockets', 9.00, 0.8),
    (513, 'SEA', 'Christmas cracker, set of 6', NULL, 'kraft|red check|botanical', 5.40, 1.0),
    (514, 'SEA', 'Festive scented candle 200 g', NULL, 'winter spice|fir needle|orange and clove', 4.40, 1.6),
    (515, 'SEA', 'Christmas card, pack of 10', NULL, 'robin|snowy village|wreath|typographic', 2.10, 1.6),
    (516, 'SEA', 'Christmas gift wrap 3 m', NULL, 'red check|gold stars|botanical|kraft snowflake', 1.60, 1.6),
    (517, 'SEA', 'Tree skirt 90 cm', NULL, 'natural jute|red wool|cream knit', 9.00, 0.6),
    (518, 'SEA', 'Star tree topper', NULL, 'gold|silver|rattan', 4.20, 0.9),
    (519, 'SEA', 'Brass candle holder, Advent, 4 candles', NULL, NULL, 12.00, 0.6),
    (520, 'SEA', 'Christmas table runner 40 x 180 cm', NULL, 'red stripe|gold stars|forest green', 7.00, 0.7),
    (521, 'SEA', 'Christmas napkin, pack of 20', NULL, 'red check|gold stars|holly', 1.30, 1.2),
    (522, 'SEA', 'Gingerbread house kit', NULL, NULL, 5.60, 0.8),
    (523, 'SEA', 'Rattan reindeer', 'small|large', NULL, 9.00, 0.6)
), variant AS (
    SELECT p.n, p.department, p.name, p.cost, p.popularity, s.size, s.i AS size_n, cardinality(a.sizes) AS sizes,
           c.colour, c.i AS colour_n
      FROM product p
     CROSS JOIN LATERAL (
           SELECT CASE WHEN p.sizes LIKE '@%' THEN (SELECT items FROM palette WHERE name = substr(p.sizes, 2))
                       ELSE string_to_array(p.sizes, '|') END AS sizes,
                  CASE WHEN p.colours LIKE '@%' THEN (SELECT items FROM palette WHERE name = substr(p.colours, 2))
                       ELSE string_to_array(p.colours, '|') END AS colours) a
     CROSS JOIN LATERAL unnest(coalesce(a.sizes, ARRAY[NULL::text])) WITH ORDINALITY s (size, i)
     CROSS JOIN LATERAL unnest(coalesce(a.colours, ARRAY[NULL::text])) WITH ORDINALITY c (colour, i)
), numbered AS (
    SELECT v.*,
           v.department || '-' || lpad(row_number() OVER (PARTITION BY v.department
                                                          ORDER BY v.n, v.size_n, v.colour_n)::text, 5, '0') AS code,
           '5060713' || lpad(row_number() OVER (ORDER BY v.n, v.size_n, v.colour_n)::text, 5, '0') AS digits
      FROM variant v
), scored AS (
    -- The first colours of a range and its middle sizes sell best.
    SELECT n.*,
           n.popularity * CASE n.colour_n WHEN 1 THEN 1.25 WHEN 2 THEN 1.1 WHEN 3 THEN 1.0 ELSE 0.85 END
           * CASE WHEN n.sizes > 2 AND n.size_n NOT IN (1, n.sizes) THEN 1.15 WHEN n.sizes > 2 THEN 0.85 ELSE 1 END
           * (0.6 + 0.8 * pg_temp.demo_u(n.code)) AS score
      FROM numbered n
), classed AS (
    SELECT s.*, percent_rank() OVER (ORDER BY s.score DESC, s.code) AS rank FROM scored s
)
SELECT c.code,
       c.name || coalesce(CASE WHEN c.size ~ '^[0-9][0-9. x]* ?(mm|cm|m|ml|l|g|kg|lb)$' AND strpos(c.name, ',') = 0
                               THEN ' ' ELSE ', ' END || c.size, '')
              || coalesce(', ' || c.colour, '') AS name,
       -- EAN-13: the twelve digits and their check digit
       c.digits || (10 - (SELECT sum(substr(c.digits, k, 1)::int * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END)
                            FROM generate_series(1, 12) k) % 10) % 10 AS ean,
       round(c.cost * (1 + 0.35 * (c.size_n - 1)), 2) AS unit_cost,
       c.department,
       CASE WHEN c.rank < 0.15 THEN 'A' WHEN c.rank < 0.5 THEN 'B' ELSE 'C' END AS class,
       -- what a store delivery comes in: cheap things by the dozen, furniture one at a time
       CASE WHEN c.cost < 2.5 THEN 12 WHEN c.cost < 8 THEN 6 WHEN c.cost < 20 THEN 4 WHEN c.cost < 45 THEN 2
            ELSE 1 END AS pack
  FROM classed c;
ANALYZE demo_sku;

SELECT pg_temp.demo_clock(day0, -30 * 1440 + 10 * 60) FROM demo_start;
SELECT count(*) FROM (SELECT api.add_sku(code, name, ARRAY[ean], unit_cost) FROM demo_sku ORDER BY code) added;

-- step: ranges and the plan of 90 days
-- Every SKU at the distribution centres; at a store, most A lines and a few C lines. Safety stock on A lines
-- where they are sold: at the stores, and at the East hub, which ships the web orders.
CREATE TEMP TABLE demo_row ON COMMIT DROP AS
SELECT s.code AS sku, l.code AS location, l.kind, l.dc, s.class, s.pack,
       CASE WHEN s.class <> 'A' OR l.orders = 0 THEN 0
            WHEN l.kind = 'store' THEN 3 + pg_temp.demo_h(s.code || l.code || ':safety') % 6
            ELSE 12 + 6 * (pg_temp.demo_h(s.code || l.code || ':safety') % 5) END AS safety
  FROM demo_sku s CROSS JOIN demo_location l
 WHERE l.kind = 'warehouse'
    OR pg_temp.demo_u(l.code || s.code) < l.range * CASE s.class WHEN 'A' THEN 0.9 WHEN 'B' THEN 0.5 ELSE 0.22 END;
ALTER TABLE demo_row ADD PRIMARY KEY (sku, location);

-- Till sales and web orders: how many a day (by weekday, slowly growing, never two days alike), at what minute
-- of the plan (t: minutes since day 0 began), under which reference. Stores trade 09:00-17:40, the web from 06:00.
CREATE TEMP TABLE demo_order ON COMMIT DROP AS
WITH days AS (
    SELECT d, pg_temp.demo_weekday(s.day0, d) AS dow
      FROM demo_start s CROSS JOIN generate_series(0, 89) d
), per_day AS (
    SELECT l.code AS location, l.kind, d.d,
           round(l.orders * (0.85 + 0.3 * d.d / 89.0) * (0.75 + 0.5 * pg_temp.demo_u(l.code || ':day:' || d.d))
                 * CASE WHEN l.kind = 'store' THEN (ARRAY[0.8, 0.8, 0.85, 0.95, 1.15, 1.7, 1.2])[d.dow]
                        ELSE (ARRAY[1.25, 1.1, 1.0, 0.95, 0.9, 0.8, 1.2])[d.dow] END)::int AS n
      FROM demo_location l CROSS JOIN days d
     WHERE l.orders > 0
), placed AS (
    SELECT p.location, p.kind, p.d, b,
           p.d * 1440 + CASE WHEN p.kind = 'store' THEN 540 + (520 * pg_temp.demo_u(p.location || p.d || ':' || b))::int
                             ELSE 360 + (1079 * pg_temp.demo_u(p.location || p.d || ':' || b))::int END AS t
      FROM per_day p CROSS JOIN LATERAL generate_series(1, p.n) b
)
SELECT location, kind, d, t,
       CASE WHEN kind = 'store'
            THEN 'POS-' || substr(location, 4) || '-'
                 || lpad(row_number() OVER (PARTITION BY location ORDER BY t, b)::text, 6, '0')
            ELSE 'WEB-' || (100000 + row_number() OVER (PARTITION BY location ORDER BY t, b)) END AS ref
  FROM placed;
ANALYZE demo_order;

-- Their lines: SKUs drawn from the location's range, A lines ten times as often as C lines.
CREATE TEMP TABLE demo_ticket ON COMMIT DROP AS
SELECT r.location, row_number() OVER (PARTITION BY r.location ORDER BY r.sku, n) AS n, r.sku
  FROM demo_row r CROSS JOIN LATERAL generate_series(1, CASE r.class WHEN 'A' THEN 10 WHEN 'B' THEN 3 ELSE 1 END) n
 WHERE r.kind = 'store' OR r.location = 'WH-EAST';
CREATE INDEX ON demo_ticket (location, n);

CREATE TEMP TABLE demo_line ON COMMIT DROP AS
WITH counts AS (SELECT location, count(*) AS tickets FROM demo_ticket GROUP BY location),
picks AS (
    SELECT o.ref, o.location, 1 + pg_temp.demo_h(o.ref || ':' || i) % c.tickets AS n,
           CASE WHEN pg_temp.demo_u(o.ref || ':qty:' || i) < 0.8 THEN 1
                WHEN pg_temp.demo_u(o.ref || ':qty:' || i) < 0.95 THEN 2
                WHEN pg_temp.demo_u(o.ref || ':qty:' || i) < 0.99 THEN 3 ELSE 4 END AS qty
      FROM demo_order o JOIN counts c USING (location)
     CROSS JOIN LATERAL generate_series(1, 1 + CASE
           WHEN o.kind = 'store' THEN CASE WHEN pg_temp.demo_u(o.ref || ':lines') < 0.3 THEN 0
                                           WHEN pg_temp.demo_u(o.ref || ':lines') < 0.6 THEN 1
                                           WHEN pg_temp.demo_u(o.ref || ':lines') < 0.8 THEN 2
                                           WHEN pg_temp.demo_u(o.ref || ':lines') < 0.92 THEN 3 ELSE 4 END
           ELSE CASE WHEN pg_temp.demo_u(o.ref || ':lines') < 0.6 THEN 0
                     WHEN pg_temp.demo_u(o.ref || ':lines') < 0.88 THEN 1 ELSE 2 END END) i
)
SELECT p.ref, k.sku, p.location, sum(p.qty)::bigint AS qty
  FROM picks p JOIN demo_ticket k USING (location, n)
 GROUP BY p.ref, k.sku, p.location;
ANALYZE demo_line;

-- What becomes of each order. A till sale is paid at once; a web order is held until it is dispatched the next
-- afternoon, so yesterday's are still held; a few of the last two days' web checkouts were never paid (their
-- holds have run out, and no sweeper has expired them yet).
ALTER TABLE demo_order ADD COLUMN fate text, ADD COLUMN committed_at integer, ADD COLUMN ttl integer;
UPDATE demo_order SET
    fate = CASE WHEN kind = 'store' THEN 'sale'
                WHEN d >= 88 AND t % 1440 < 1320 AND pg_temp.demo_u(ref || ':unpaid') < 0.3 THEN 'unpaid'
                WHEN d = 89 THEN 'held' ELSE 'sale' END,
    ttl = CASE WHEN kind = 'store' THEN 900
               WHEN d >= 88 AND t % 1440 < 1320 AND pg_temp.demo_u(ref || ':unpaid') < 0.3 THEN 1800
               ELSE 3 * 86400 END;
UPDATE demo_order SET committed_at = CASE WHEN kind = 'store' THEN t + 1
                                          ELSE (d + 1) * 1440 + 840
                                               + (180 * pg_temp.demo_u(ref || ':dispatch'))::int END
 WHERE fate = 'sale';

-- Holds of one line: click and collect at stores over the last five days (collected within a week), and a few
-- items put aside for an hour or two in the last two days and never collected (expired, not yet swept).
CREATE TEMP TABLE demo_hold ON COMMIT DROP AS
WITH drawn AS (
    SELECT r.sku, r.location, 'CC' AS kind, d,
           d * 1440 + 600 + (480 * pg_temp.demo_u(r.sku || r.location || ':cc:t'))::int AS t,
           1 + pg_temp.demo_h(r.sku || r.location || ':cc:qty') % 2 AS qty,
           (90 - d + 2 + pg_temp.demo_h(r.sku || r.location || ':cc:ttl') % 5)::int * 86400 AS ttl
      FROM demo_row r CROSS JOIN LATERAL (SELECT 85 + pg_temp.demo_h(r.sku || r.location || ':cc:day') % 5 AS d) x
     WHERE r.kind = 'store' AND r.class <> 'C' AND pg_temp.demo_u(r.sku || r.location || ':cc') < 0.03
    UNION ALL
    SELECT r.sku, r.location, 'ASIDE', d,
           d * 1440 + 600 + (300 * pg_temp.demo_u(r.sku || r.location || ':aside:t'))::int,
           1, 3600 * (1 + pg_temp.demo_h(r.sku || r.location || ':aside:ttl') % 3)::int
      FROM demo_row r CROSS JOIN LATERAL (SELECT 88 + pg_temp.demo_h(r.sku || r.location || ':aside:day') % 2 AS d) x
     WHERE r.kind = 'store' AND pg_temp.demo_u(r.sku || r.location || ':aside') < 0.004
)
SELECT d.sku, d.location, d.t, d.qty, d.ttl,
       d.kind || '-' || lpad((row_number() OVER (PARTITION BY d.kind ORDER BY d.t, d.sku, d.location)
                              + CASE d.kind WHEN 'CC' THEN 20400 ELSE 800 END)::text, 5, '0') AS ref
  FROM drawn d;

-- Returns: some sold lines come back within three weeks, a fifth of them damaged. Web returns go to the East hub.
CREATE TEMP TABLE demo_return ON COMMIT DROP AS
SELECT l.ref, l.sku, CASE WHEN o.kind = 'store' THEN o.location ELSE 'WH-EAST' END AS location, l.qty,
       x.d * 1440 + 600 + (420 * pg_temp.demo_u(l.ref || l.sku || ':return:t'))::int AS t,
       pg_temp.demo_u(l.ref || l.sku || ':return:damaged') < 0.2 AS damaged
  FROM demo_line l JOIN demo_order o USING (ref)
 CROSS JOIN LATERAL (SELECT o.d + CASE WHEN o.kind = 'store' THEN 1 ELSE 4 END
                            + pg_temp.demo_h(l.ref || l.sku || ':return:day') % 20 AS d) x
 WHERE o.fate = 'sale' AND x.d <= 89
   AND pg_temp.demo_u(l.ref || l.sku || ':return') < CASE WHEN o.kind = 'store' THEN 0.035 ELSE 0.08 END;

-- Adjustments: breakages, losses, thefts, finds and corrections, a stock row now and then; most damaged stock is
-- thrown away within three weeks, the rest waits in the damaged bucket.
CREATE TEMP TABLE demo_adjust ON COMMIT DROP AS
WITH drawn AS (
    SELECT r.sku, r.location, r.kind, pg_temp.demo_u(r.sku || r.location || ':adjust') AS u,
           1 + pg_temp.demo_h(r.sku || r.location || ':adjust:day') % 89 AS d,
           pg_temp.demo_h(r.sku || r.location || ':adjust:n') AS h
      FROM demo_row r
), chosen AS (
    SELECT d.*,
           CASE WHEN d.kind = 'store' THEN CASE WHEN u < 0.015 THEN 'damaged' WHEN u < 0.025 THEN 'lost'
                                                WHEN u < 0.03 THEN 'theft' WHEN u < 0.033 THEN 'found'
                                                WHEN u < 0.035 THEN 'correction' END
                ELSE CASE WHEN u < 0.012 THEN 'damaged' WHEN u < 0.015 THEN 'lost' WHEN u < 0.017 THEN 'found'
                          WHEN u < 0.019 THEN 'correction' END END AS reason
      FROM drawn d
)
SELECT sku, location, reason, d * 1440 + 480 + (h % 540)::int AS t,
       CASE reason WHEN 'found' THEN 1 + h % 2
                   WHEN 'correction' THEN (CASE WHEN h % 3 = 0 THEN 1 ELSE -1 END) * (1 + h % 2)
                   WHEN 'theft' THEN -1
                   ELSE -(1 + h % CASE WHEN kind = 'store' THEN 2 ELSE 4 END) END AS delta,
       CASE WHEN reason = 'damaged' AND kind = 'store'
            THEN (ARRAY['dropped in the stockroom', 'broken on the shop floor', 'crushed on the bottom shelf',
                        'chipped, found at the till'])[1 + h % 4]
            WHEN reason = 'damaged' THEN (ARRAY['dropped from the racking', 'forklift damage', 'crushed in the cage',
                                                'water damage on the pallet'])[1 + h % 4]
            WHEN reason = 'lost' AND kind = 'store' THEN 'not at its location at the weekly check'
            WHEN reason = 'lost' THEN 'not at its pick location'
            WHEN reason = 'theft' THEN 'empty packaging found on the shop floor'
            WHEN reason = 'found' THEN 'found behind the bay during the weekly check'
            ELSE (ARRAY['delivery keyed against the wrong size', 'receipt counted twice',
                        'till scanned the wrong colour'])[1 + h % 3] END AS note
  FROM chosen WHERE reason IS NOT NULL
UNION ALL
SELECT sku, location, 'scrapped', (d + 3 + h % 15) * 1440 + 420,
       -(1 + h % CASE WHEN kind = 'store' THEN 2 ELSE 4 END), 'thrown away after inspection'
  FROM chosen WHERE reason = 'damaged' AND d + 3 + h % 15 <= 89 AND h % 5 < 3;

-- Transfers: store deliveries and stock moved from the North and South centres to the East hub. A delivery
-- arrives one or two mornings after it left; some come in two parts, two days apart; one in a hundred loses a unit
-- on the way (written off). What is due after yesterday is still in transit.
CREATE TEMP TABLE demo_transfer (sku text, from_location text, to_location text, shipped_at integer, qty bigint,
                                 key text, first_part bigint, first_at integer, rest_at integer, lost bigint)
    ON COMMIT DROP;

-- Hub stock: A lines now and then, 12 to 42 at a time.
INSERT INTO demo_transfer
SELECT s.code, CASE WHEN h % 2 = 0 THEN 'WH-NORTH' ELSE 'WH-SOUTH' END, 'WH-EAST', d * 1440 + 900, q,
       'demo:ship:' || s.code || ':WH-EAST:' || d, NULL, NULL, NULL, 0
  FROM demo_sku s
 CROSS JOIN LATERAL (SELECT pg_temp.demo_h(s.code || ':rebalance:n') AS h,
                            1 + pg_temp.demo_h(s.code || ':rebalance:day') % 89 AS d) x
 CROSS JOIN LATERAL (SELECT 12 + 6 * (h % 6) AS q) y
 WHERE s.class = 'A' AND pg_temp.demo_u(s.code || ':rebalance') < 0.15;

-- Store deliveries replace, in whole packs, what each stock row gave out (sold, held, broken, lost) before the
-- evening its distribution centre loads the van, on the store's two delivery weekdays.
WITH slot AS (
    SELECT l.code AS location, l.dc, d, d * 1440 + 1080 AS shipped_at
      FROM demo_location l CROSS JOIN demo_start s CROSS JOIN generate_series(0, 89) d
     WHERE l.kind = 'store' AND pg_temp.demo_weekday(s.day0, d) = ANY (l.weekdays)
), given AS (
    SELECT l.sku, l.location, o.t, l.qty
      FROM demo_line l JOIN demo_order o USING (ref, location) WHERE o.kind = 'store'
    UNION ALL SELECT sku, location, t, qty FROM demo_hold
    UNION ALL SELECT a.sku, a.location, a.t, -a.delta FROM demo_adjust a
     WHERE a.delta < 0 AND a.reason <> 'scrapped' AND a.location LIKE 'ST-%'
), numbered AS (
    SELECT g.*, row_number() OVER () AS n FROM given g
), slotted AS (
    -- the first van after it: a store has two delivery days a week
    SELECT g.n, g.sku, g.location, g.qty, min(s.shipped_at) AS shipped_at
      FROM numbered g
      JOIN slot s ON s.location = g.location AND s.shipped_at > g.t AND s.shipped_at < g.t + 8 * 1440
     GROUP BY g.n, g.sku, g.location, g.qty
), per_slot AS (
    SELECT sku, location, shipped_at, sum(qty)::bigint AS qty FROM slotted GROUP BY 1, 2, 3
), lot AS (
    -- A lines come two packs at a time
    SELECT p.*, r.dc, r.pack * CASE r.class WHEN 'A' THEN 2 ELSE 1 END AS pack
      FROM per_slot p JOIN demo_row r USING (sku, location)
), packs AS (
    -- carried: what the row had given out since its last delivery before day 0
    SELECT p.sku, p.location, p.shipped_at, p.dc, p.pack,
           (pg_temp.demo_h(p.sku || p.location || ':carried') % p.pack
            + sum(p.qty) OVER (PARTITION BY p.sku, p.location ORDER BY p.shipped_at))::bigint / p.pack AS packs
      FROM lot p
), lots AS (
    SELECT k.*, k.pack * (k.packs - coalesce(lag(k.packs) OVER (PARTITION BY k.sku, k.location
                                                               ORDER BY k.shipped_at), 0)) AS qty
      FROM packs k
)
INSERT INTO demo_transfer
SELECT sku, dc, location, shipped_at, qty, 'demo:ship:' || sku || ':' || location || ':' || shipped_at / 1440,
       NULL, NULL, NULL, 0
  FROM lots WHERE qty > 0;

-- When the parts arrive, and what is lost.
UPDATE demo_transfer t SET
    first_part = CASE WHEN x.u < 0.15 AND t.qty >= 2 THEN t.qty / 2 ELSE t.qty END,
    first_at = (t.shipped_at / 1440 + CASE WHEN x.u BETWEEN 0.55 AND 0.98 THEN 2 ELSE 1 END) * 1440 + 450,
    rest_at = CASE WHEN x.u < 0.15 AND t.qty >= 2 THEN (t.shipped_at / 1440 + 3) * 1440 + 450 END,
    lost = CASE WHEN x.u >= 0.99 THEN 1 ELSE 0 END
  FROM (SELECT key, pg_temp.demo_u(key || ':arrival') AS u FROM demo_transfer) x
 WHERE x.key = t.key;

-- Supplier deliveries to the distribution centres replace what each stock row gave out (sent to stores and the
-- hub, sold online, broken, lost) at least three days before, three packs at a time, on the centre's delivery
-- weekdays. One purchase order per centre and delivery.
CREATE TEMP TABLE demo_receipt ON COMMIT DROP AS
WITH slot AS (
    SELECT l.code AS location, d, d * 1440 + 360 AS t
      FROM demo_location l CROSS JOIN demo_start s CROSS JOIN generate_series(1, 89) d
     WHERE l.kind = 'warehouse' AND pg_temp.demo_weekday(s.day0, d) = ANY (l.weekdays)
), given AS (
    SELECT sku, from_location AS location, shipped_at AS t, qty FROM demo_transfer
    UNION ALL
    SELECT l.sku, l.location, o.t, l.qty
      FROM demo_line l JOIN demo_order o USING (ref, location) WHERE o.kind <> 'store'
    UNION ALL SELECT a.sku, a.location, a.t, -a.delta FROM demo_adjust a
     WHERE a.delta < 0 AND a.reason <> 'scrapped' AND a.location LIKE 'WH-%'
), numbered AS (
    SELECT g.*, row_number() OVER () AS n FROM given g
), slotted AS (
    -- the first delivery at least three days later: a centre has two delivery days a week
    SELECT g.n, g.sku, g.location, g.qty, min(s.t) AS t
      FROM numbered g JOIN slot s ON s.location = g.location AND s.t >= g.t + 3 * 1440 AND s.t < g.t + 11 * 1440
     GROUP BY g.n, g.sku, g.location, g.qty
), per_slot AS (
    SELECT sku, location, t, sum(qty)::bigint AS qty FROM slotted GROUP BY 1, 2, 3
), packs AS (
    SELECT p.sku, p.location, p.t, 3 * r.pack AS size,
           (pg_temp.demo_h(p.sku || p.location || ':carried') % (3 * r.pack)
            + sum(p.qty) OVER (PARTITION BY p.sku, p.location ORDER BY p.t))::bigint / (3 * r.pack) AS packs
      FROM per_slot p JOIN demo_row r USING (sku, location)
)
SELECT sku, location, t,
       size * (packs - coalesce(lag(packs) OVER (PARTITION BY sku, location ORDER BY t), 0)) AS qty,
       'PO-' || (41000 + dense_rank() OVER (ORDER BY t, location)) AS ref
  FROM packs;
DELETE FROM demo_receipt WHERE qty <= 0;

-- The plan, call by call: t is the minute of the plan, ord orders the calls of one minute (receipts before
-- returns, adjustments, holds, commits and shipments), link is the key of the call whose reservation or transfer
-- this one names.
CREATE TEMP TABLE demo_call (t integer, ord integer, key text, kind text, sku text, location text, to_location text,
                             qty bigint, lines jsonb, channel text, ttl integer, ref text, reason text, note text,
                             damaged boolean, link text) ON COMMIT DROP;

-- An order of one line is a single reservation, one of several lines reserves them all or none.
INSERT INTO demo_call (t, ord, key, kind, sku, location, qty, lines, channel, ttl, ref)
SELECT o.t, 6, 'demo:order:' || o.ref, CASE WHEN l.n = 1 THEN 'reserve' ELSE 'order' END,
       CASE WHEN l.n = 1 THEN l.lines -> 0 ->> 'sku' END, CASE WHEN l.n = 1 THEN o.location END,
       CASE WHEN l.n = 1 THEN (l.lines -> 0 ->> 'quantity')::bigint END, CASE WHEN l.n > 1 THEN l.lines END,
       CASE WHEN o.kind = 'store' THEN 'store' ELSE 'web' END, o.ttl, o.ref
  FROM demo_order o
  JOIN (SELECT ref, count(*) AS n,
               jsonb_agg(jsonb_build_object('sku', sku, 'location', location, 'quantity', qty) ORDER BY sku) AS lines
          FROM demo_line GROUP BY ref) l USING (ref);
INSERT INTO demo_call (t, ord, key, kind, link)
SELECT committed_at, 7, 'demo:commit:' || ref, 'commit', 'demo:order:' || ref FROM demo_order WHERE fate = 'sale';
INSERT INTO demo_call (t, ord, key, kind, sku, location, qty, channel, ttl, ref)
SELECT t, 6, 'demo:hold:' || ref, 'reserve', sku, location, qty, 'store', ttl, ref FROM demo_hold;
INSERT INTO demo_call (t, ord, key, kind, sku, location, qty, damaged, ref)
SELECT t, 4, 'demo:return:' || ref || ':' || sku, 'return', sku, location, qty, damaged, 'return of ' || ref
  FROM demo_return;
INSERT INTO demo_call (t, ord, key, kind, sku, location, qty, reason, note)
SELECT t, 5, 'demo:adjust:' || sku || ':' || location || ':' || reason, 'adjust', sku, location, delta, reason, note
  FROM demo_adjust;
INSERT INTO demo_call (t, ord, key, kind, sku, location, to_location, qty)
SELECT shipped_at, 8, key, 'ship', sku, from_location, to_location, qty FROM demo_transfer;
INSERT INTO demo_call (t, ord, key, kind, qty, link, reason)
SELECT first_at, 3, key || ':lost', 'write_off', lost, key, 'damaged' FROM demo_transfer
 WHERE lost > 0 AND first_at < 90 * 1440;
INSERT INTO demo_call (t, ord, key, kind, qty, link)
SELECT first_at, 3, key || ':received', 'transfer_receive', first_part - lost, key FROM demo_transfer
 WHERE first_at < 90 * 1440 AND first_part > lost;
INSERT INTO demo_call (t, ord, key, kind, qty, link)
SELECT rest_at, 3, key || ':received:rest', 'transfer_receive', qty - first_part, key FROM demo_transfer
 WHERE rest_at < 90 * 1440;
INSERT INTO demo_call (t, ord, key, kind, sku, location, qty, ref)
SELECT t, 2, 'demo:receive:' || sku || ':' || location || ':' || t / 1440, 'receive', sku, location, qty, ref
  FROM demo_receipt;

-- n: the order the calls are made in.
CREATE TEMP TABLE demo_event ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY t, ord, key COLLATE "C")::integer AS n, c.* FROM demo_call c;

-- What each call does to a stock row's available stock, in the order of the plan. The opening stock gives each
-- row what keeps it at or above its floor throughout: above its safety stock at the distribution centres (web
-- holds respect it), a small display stock at the stores. Some fast lines at stores are planned to end below their
-- safety stock: their floor is lower.
CREATE TEMP TABLE demo_change ON COMMIT DROP AS
SELECT e.n, l.value ->> 'sku' AS sku, l.value ->> 'location' AS location,
       -(l.value ->> 'quantity')::bigint AS delta
  FROM demo_event e CROSS JOIN LATERAL jsonb_array_elements(e.lines) l WHERE e.kind = 'order'
UNION ALL SELECT n, sku, location, -qty FROM demo_event WHERE kind IN ('reserve', 'ship')
UNION ALL SELECT n, sku, location, qty FROM demo_event WHERE kind = 'receive'
UNION ALL SELECT n, sku, location, qty FROM demo_event WHERE kind = 'return' AND NOT damaged
UNION ALL SELECT n, sku, location, qty FROM demo_event WHERE kind = 'adjust' AND reason <> 'scrapped'
UNION ALL SELECT e.n, x.sku, x.to_location, e.qty
  FROM demo_event e JOIN demo_transfer x ON x.key = e.link WHERE e.kind = 'transfer_receive';

CREATE TEMP TABLE demo_opening ON COMMIT DROP AS
WITH running AS (
    SELECT sku, location, sum(delta) OVER (PARTITION BY sku, location ORDER BY n) AS stock,
           sum(delta) OVER (PARTITION BY sku, location) AS total
      FROM demo_change
), reach AS (
    -- lowest: how far below its opening stock a row goes; final: where it ends, relative to its opening stock
    SELECT sku, location, least(0, min(stock))::bigint AS lowest, max(total)::bigint AS final
      FROM running GROUP BY sku, location
), floor AS (
    SELECT r.sku, r.location, -coalesce(x.lowest, 0) AS need, coalesce(x.final - x.lowest, 0) AS rise,
           pg_temp.demo_h(r.sku || r.location || ':floor') AS h, r.safety, r.kind, r.class
      FROM demo_row r LEFT JOIN reach x USING (sku, location)
), low AS (
    -- an A line at a store that can end below its safety stock (and open with some), one in three of them
    SELECT f.*, f.kind = 'store' AND f.safety > 0 AND f.rise < f.safety AND (f.need > 0 OR f.rise < f.safety - 1)
                AND pg_temp.demo_u(f.sku || f.location || ':low') < 0.33 AS low
      FROM floor f
)
SELECT sku, location, safety, low,
       need + CASE WHEN low THEN greatest(h % (safety - rise), CASE WHEN need = 0 THEN 1 ELSE 0 END)
                   WHEN kind = 'store' THEN safety + CASE class WHEN 'C' THEN 1 ELSE 2 END + h % 3
                   ELSE safety + CASE class WHEN 'A' THEN 12 WHEN 'B' THEN 8 ELSE 3 END + h % 12 END AS opening
  FROM low;

-- Before all of them, at 05:00 and 05:30 on day 0: the opening stock, then the safety stock.
INSERT INTO demo_event (n, t, ord, key, kind, sku, location, qty, ref)
SELECT row_number() OVER (ORDER BY sku, location) - 100000, 300, 0, 'demo:opening:' || sku || ':' || location,
       'receive', sku, location, opening, 'opening stock, go-live ' || to_char(s.day0, 'YYYY-MM-DD')
  FROM demo_opening CROSS JOIN demo_start s;
INSERT INTO demo_event (n, t, ord, key, kind, sku, location, qty)
SELECT row_number() OVER (ORDER BY sku, location) - 50000, 330, 1, 'demo:safety:' || sku || ':' || location,
       'safety', sku, location, safety
  FROM demo_opening WHERE safety > 0;

-- Reservations and transfers the plan names by the key of the call that made them.
CREATE TEMP TABLE demo_link (key text PRIMARY KEY, id bigint NOT NULL) ON COMMIT DROP;

-- Plays the plan's calls from minute p_from up to p_to, each on the ledger's clock set to its minute.
CREATE OR REPLACE FUNCTION pg_temp.demo_play(p_from integer, p_to integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    e record;
    v_day0 timestamptz := (SELECT day0 FROM demo_start);
    v_result jsonb;
    v_calls integer := 0;
BEGIN
    FOR e IN SELECT * FROM demo_event WHERE t >= p_from AND t < p_to ORDER BY n LOOP
        PERFORM pg_temp.demo_clock(v_day0, e.t);
        CASE e.kind
        WHEN 'receive' THEN
            PERFORM api.receive(e.sku, e.location, e.qty, e.ref, e.key);
        WHEN 'order' THEN
            v_result := api.reserve_order(e.ref, e.lines, e.ttl, e.channel, e.key);
            INSERT INTO demo_link VALUES (e.key, (v_result ->> 'reservation')::bigint);
        WHEN 'reserve' THEN
            v_result := api.reserve(e.sku, e.location, e.qty, e.ttl, e.channel, e.ref, e.key);
            INSERT INTO demo_link VALUES (e.key, (v_result ->> 'reservation')::bigint);
        WHEN 'commit' THEN
            PERFORM api.commit((SELECT id FROM demo_link WHERE key = e.link), e.key);
        WHEN 'return' THEN
            PERFORM api.return_stock(e.sku, e.location, e.qty, e.damaged, e.ref, e.key);
        WHEN 'adjust' THEN
            PERFORM api.adjust(e.sku, e.location, e.qty, e.reason, e.note, e.key);
        WHEN 'ship' THEN
            v_result := api.transfer_ship(e.sku, e.location, e.to_location, e.qty, e.key);
            INSERT INTO demo_link VALUES (e.key, (v_result ->> 'transfer')::bigint);
        WHEN 'transfer_receive' THEN
            PERFORM api.transfer_receive((SELECT id FROM demo_link WHERE key = e.link), e.qty, e.key);
        WHEN 'write_off' THEN
            PERFORM api.transfer_write_off((SELECT id FROM demo_link WHERE key = e.link), e.qty, e.reason, e.key);
        END CASE;
        v_calls := v_calls + 1;
    END LOOP;
    RETURN v_calls;
END
$$;

-- step: opening stock and safety stock
SELECT pg_temp.demo_clock(day0, 300) FROM demo_start;
SELECT count(*) FROM (SELECT api.receive(sku, location, qty, ref, key) FROM demo_event WHERE t = 300 ORDER BY n) opened;
SELECT pg_temp.demo_clock(day0, 330) FROM demo_start;
SELECT count(*)
  FROM (SELECT api.set_safety_stock(sku, location, qty, key) FROM demo_event WHERE t = 330 ORDER BY n) safety;

-- step: trading, days 1 to 30
SELECT pg_temp.demo_play(360, 30 * 1440);

-- step: trading, days 31 to 60
SELECT pg_temp.demo_play(30 * 1440, 60 * 1440);

-- step: trading, days 61 to 90
SELECT pg_temp.demo_play(60 * 1440, 90 * 1440);

-- step: orders
-- Orders through their machines (migrations 6 and 7) over the last three days, after all of the trading above:
-- online orders shipped to addresses near the stores and centres, trade orders from the distribution centres and
-- store pickups, in every state of the order, fulfillment and return machines. Like the trading, they depend on
-- codes and hashes only: the stock they take is the plan's, not the ledger's (a second run sees the first run's
-- orders in it), and each SKU is in one order at most, taken only from stock rows that have been at least as well
-- off as they end since day 87 began, so the ledger's history never dips where an order took from.

-- Every stock row's available stock at the end of the plan, and whether it was ever lower since day 87 began.
CREATE TEMP TABLE demo_so_cell ON COMMIT DROP AS
WITH ch AS (
    SELECT c.sku, c.location, c.n, c.delta, e.t FROM demo_change c JOIN demo_event e USING (n)
), total AS (
    SELECT sku, location, sum(delta) FILTER (WHERE t < 87 * 1440) AS before, sum(delta) AS total
      FROM ch GROUP BY sku, location
), late AS (
    SELECT sku, location, min(run) AS lowest
      FROM (SELECT sku, location, sum(delta) OVER (PARTITION BY sku, location ORDER BY n) AS run
              FROM ch WHERE t >= 87 * 1440) x
     GROUP BY sku, location
)
SELECT o.sku, o.location, l.kind, o.safety, o.opening + coalesce(x.total, 0) AS available,
       coalesce(x.before, 0) + least(coalesce(la.lowest, 0), 0) < coalesce(x.total, 0) AS dipped
  FROM demo_opening o JOIN demo_location l ON l.code = o.location
  LEFT JOIN total x USING (sku, location) LEFT JOIN late la USING (sku, location);

-- Per SKU (never one that dipped anywhere): what the best and second best location can give an order that keeps
-- the safety stock (web and trade), and which is best. A SKU only one distribution centre can ship some quantity
-- of whole ("sole": at least 3 more than anywhere else) makes split orders; the others are drawn into one of four
-- pools by their hash.
CREATE TEMP TABLE demo_so_sku ON COMMIT DROP AS
WITH ranked AS (
    SELECT c.sku, c.location, c.kind, greatest(c.available - c.safety, 0) AS usable,
           row_number() OVER (PARTITION BY c.sku ORDER BY greatest(c.available - c.safety, 0) DESC, c.location) AS r
      FROM demo_so_cell c
     WHERE NOT EXISTS (SELECT 1 FROM demo_so_cell d WHERE d.sku = c.sku AND d.dipped)
), per_sku AS (
    SELECT sku, max(location) FILTER (WHERE r = 1) AS top, max(usable) FILTER (WHERE r = 1) AS first,
           coalesce(max(usable) FILTER (WHERE r = 2), 0) AS second,
           max(usable) FILTER (WHERE kind = 'warehouse') AS best_dc
      FROM ranked GROUP BY sku
)
SELECT p.*, pg_temp.demo_h(p.sku || ':so') AS h,
       CASE WHEN p.top LIKE 'WH-%' AND p.first - p.second >= 3 AND p.second + 2 <= 30 THEN 'sole'
            ELSE (ARRAY['web', 'web', 'pickup', 'trade'])[1 + pg_temp.demo_h(p.sku || ':so') % 4] END AS pool
  FROM per_sku p;

-- The pools, each SKU with its rank (and, for pickups, the store it is collected from, one where the store has at
-- least 3; for sole SKUs, the centre that has it).
CREATE TEMP TABLE demo_so_pool ON COMMIT DROP AS
SELECT pool, NULL::text AS location, row_number() OVER (PARTITION BY pool ORDER BY h, sku) AS rank, sku,
       CASE WHEN pool = 'web' AND first >= 5 AND pg_temp.demo_u(sku || ':so:qty') < 0.2 THEN 2
            WHEN pool = 'web' THEN 1
            ELSE least(12, 3 + h % (best_dc - 5)) END AS qty
  FROM demo_so_sku WHERE (pool = 'web' AND first >= 3) OR (pool = 'trade' AND best_dc >= 8)
UNION ALL
SELECT 'sole', top, row_number() OVER (PARTITION BY top ORDER BY h, sku), sku, second + 2
  FROM demo_so_sku WHERE pool = 'sole'
UNION ALL
SELECT 'pickup', location, row_number() OVER (PARTITION BY location ORDER BY h, sku), sku,
       CASE WHEN available >= 5 AND pg_temp.demo_u(sku || ':so:qty') < 0.25 THEN 2 ELSE 1 END
  FROM (SELECT DISTINCT ON (s.sku) s.sku, s.h, c.location, c.available
          FROM demo_so_sku s JOIN demo_so_cell c ON c.sku = s.sku AND c.kind = 'store' AND c.available >= 3
         WHERE s.pool = 'pickup'
         ORDER BY s.sku, pg_temp.demo_h(s.sku || c.location || ':so:pickup'), c.location) x;

-- How many orders of each kind end in which state. fate: the state and how it got there; shape: single (the
-- strategy decides where from), split (one line only each of two or three centres ship whole) or pickup.
CREATE TEMP TABLE demo_so_order ON COMMIT DROP AS
WITH spec (fate, channel, shape, n) AS (VALUES
    ('created', 'web', 'single', 4), ('allocated', 'web', 'single', 3), ('payment_authorized', 'web', 'single', 5),
    ('fulfilling_picking', 'web', 'single', 4), ('fulfilling_packed', 'web', 'single', 3),
    ('completed_delivered', 'web', 'single', 40), ('completed_returned', 'web', 'single', 18),
    ('completed_shipped', 'web', 'single', 12), ('cancelled_created', 'web', 'single', 2),
    ('cancelled_allocated', 'web', 'single', 3), ('cancelled_paid', 'web', 'single', 2),
    ('cancelled_fulfilling', 'web', 'single', 2), ('payment_failed', 'web', 'single', 8),
    ('expired_created', 'web', 'single', 3), ('expired_allocated', 'web', 'single', 5),
    ('fulfilling_split', 'web', 'split', 3), ('partially_shipped_reserved', 'web', 'split', 2),
    ('partially_shipped_picking', 'web', 'split', 2), ('partially_shipped_packed', 'web', 'split', 1),
    ('completed_delivered', 'web', 'split', 3), ('completed_shipped', 'web', 'split', 2),
    ('cancelled_partial', 'web', 'split', 1),
    ('allocated', 'wholesale', 'single', 6), ('payment_authorized', 'wholesale', 'single', 2),
    ('completed_delivered', 'wholesale', 'single', 5), ('completed_shipped', 'wholesale', 'single', 2),
    ('cancelled_allocated', 'wholesale', 'single', 1), ('payment_failed', 'wholesale', 'single', 1),
    ('allocated', 'wholesale', 'split', 2), ('fulfilling_split', 'wholesale', 'split', 3),
    ('partially_shipped_reserved', 'wholesale', 'split', 2), ('partially_shipped_packed', 'wholesale', 'split', 2),
    ('completed_delivered', 'wholesale', 'split', 3), ('completed_shipped', 'wholesale', 'split', 1),
    ('cancelled_partial', 'wholesale', 'split', 1),
    ('created', 'store', 'pickup', 1), ('allocated', 'store', 'pickup', 2),
    ('payment_authorized', 'store', 'pickup', 3),
    ('fulfilling_picking', 'store', 'pickup', 2), ('fulfilling_packed', 'store', 'pickup', 2),
    ('completed_delivered', 'store', 'pickup', 14), ('completed_returned', 'store', 'pickup', 2),
    ('cancelled_allocated', 'store', 'pickup', 1), ('cancelled_paid', 'store', 'pickup', 1),
    ('payment_failed', 'store', 'pickup', 1), ('expired_allocated', 'store', 'pickup', 1)
), -- the day (from, to) and the minutes of the day (from, to) an order of each fate was placed in
window_ (fate, d_from, d_to, m_from, m_to) AS (VALUES
    ('created', 89, 89, 1080, 1400), ('allocated', 88, 89, 480, 1380), ('payment_authorized', 89, 89, 600, 1380),
    ('fulfilling_picking', 89, 89, 360, 1200), ('fulfilling_packed', 89, 89, 360, 1200),
    ('fulfilling_split', 89, 89, 360, 1200), ('partially_shipped_reserved', 88, 89, 360, 1020),
    ('partially_shipped_picking', 88, 89, 360, 1020), ('partially_shipped_packed', 88, 89, 360, 1020),
    ('completed_shipped', 89, 89, 360, 1080), ('completed_delivered', 87, 88, 480, 1200),
    ('completed_returned', 87, 87, 480, 1200), ('cancelled_created', 88, 89, 360, 1380),
    ('cancelled_allocated', 88, 89, 360, 1380), ('cancelled_paid', 88, 89, 360, 1320),
    ('cancelled_fulfilling', 88, 89, 360, 1200), ('cancelled_partial', 88, 88, 360, 1020),
    ('payment_failed', 87, 89, 360, 1380), ('expired_created', 88, 89, 360, 1380),
    ('expired_allocated', 88, 89, 360, 1380)
), drawn AS (
    SELECT s.fate, s.channel, s.shape, s.fate || ':' || s.channel || ':' || s.shape || ':' || i AS seed,
           row_number() OVER (PARTITION BY s.channel, s.shape ORDER BY s.fate, i) AS i
      FROM spec s CROSS JOIN LATERAL generate_series(1, s.n) i
)
SELECT d.*, ((w.d_from + pg_temp.demo_h(d.seed || ':day') % (w.d_to - w.d_from + 1)) * 1440 + w.m_from
        + ((w.m_to - w.m_from) * pg_temp.demo_u(d.seed || ':minute'))::int)::integer AS t,
       -- lines: a web or trade order has one to three, a pickup one or two, a split order one per centre
       CASE WHEN d.shape = 'split' AND d.channel = 'wholesale' AND d.i % 3 = 0 THEN 3
            WHEN d.shape = 'split' THEN 2
            WHEN d.shape = 'pickup' THEN 1 + (pg_temp.demo_u(d.seed || ':lines') < 0.35)::int
            ELSE 1 + (pg_temp.demo_u(d.seed || ':lines') >= 0.55)::int
                 + (pg_temp.demo_u(d.seed || ':lines') >= 0.85)::int
       END AS lines,
       (ARRAY['ST-LEEDS', 'ST-YORK', 'ST-BRISTOL', 'ST-EXETER', 'ST-NORWICH', 'ST-CAMBRIDGE'])[1 + d.i % 6] AS pickup,
       CASE WHEN d.shape = 'pickup' THEN 'nearest'
            WHEN d.shape = 'split' THEN CASE WHEN pg_temp.demo_u(d.seed || ':strategy') < 0.6 THEN 'fewest_splits'
                                             ELSE 'balanced' END
            WHEN d.channel = 'wholesale' THEN CASE WHEN pg_temp.demo_u(d.seed || ':strategy') < 0.5 THEN 'nearest'
                                                   ELSE 'protect_safety_stock' END
            ELSE (ARRAY['nearest', 'nearest', 'nearest', 'nearest', 'nearest', 'nearest', 'fewest_splits',
                        'fewest_splits', 'balanced', 'protect_safety_stock'])
                 [1 + pg_temp.demo_h(d.seed || ':strategy') % 10]
       END AS strategy,
       -- the payment window: trade orders are paid by invoice within 30 days, orders that wait for their payment
       -- have a week, the rest a day, and those that expire half an hour
       CASE WHEN d.fate LIKE 'expired%' THEN 1800
            WHEN d.channel = 'wholesale' THEN 2592000
            WHEN d.fate IN ('created', 'allocated') THEN 604800 ELSE 86400 END AS ttl
  FROM drawn d JOIN window_ w USING (fate);

-- References in the order they were placed, per channel; a destination near one of the stores or centres.
ALTER TABLE demo_so_order ADD COLUMN ref text, ADD COLUMN latitude double precision,
                          ADD COLUMN longitude double precision;
UPDATE demo_so_order o SET
    ref = x.ref,
    latitude = CASE WHEN o.shape <> 'pickup'
                    THEN round((l.lat + 0.5 * (pg_temp.demo_u(o.seed || ':lat') - 0.5))::numeric, 3) END,
    longitude = CASE WHEN o.shape <> 'pickup'
                     THEN round((l.lon + 0.7 * (pg_temp.demo_u(o.seed || ':lon') - 0.5))::numeric, 3) END
  FROM (SELECT seed, CASE channel WHEN 'web' THEN 'SO-' || (240000 + row_number() OVER w)
                                  WHEN 'wholesale' THEN 'TR-' || (5100 + row_number() OVER w)
                                  ELSE 'COL-' || (3300 + row_number() OVER w) END AS ref
          FROM demo_so_order WINDOW w AS (PARTITION BY channel ORDER BY t, seed)) x,
       demo_location l
 WHERE x.seed = o.seed AND l.n = 1 + pg_temp.demo_h(o.seed || ':near') % 9;

-- Their lines: the next SKUs of their pool (a split order takes the same rank from each centre it splits over).
CREATE TEMP TABLE demo_so_line ON COMMIT DROP AS
WITH numbered AS (
    SELECT o.*, sum(o.lines) OVER (PARTITION BY o.channel, o.shape, CASE WHEN o.shape = 'pickup' THEN o.pickup END
                                   ORDER BY o.i) - o.lines AS before,
           row_number() OVER (PARTITION BY o.shape ORDER BY o.channel, o.i) AS split_rank
      FROM demo_so_order o
), wanted AS (
    SELECT n.ref, n.channel, j,
           CASE WHEN n.shape = 'pickup' THEN 'pickup' WHEN n.shape = 'split' THEN 'sole'
                WHEN n.channel = 'wholesale' THEN 'trade' ELSE 'web' END AS pool,
           CASE WHEN n.shape = 'pickup' THEN n.pickup
                WHEN n.shape = 'split' THEN (ARRAY['WH-NORTH', 'WH-SOUTH', 'WH-EAST'])[1 + (n.split_rank + j) % 3] END
               AS location,
           CASE WHEN n.shape = 'split' THEN n.split_rank ELSE n.before + j END AS rank
      FROM numbered n CROSS JOIN LATERAL generate_series(1, n.lines) j
)
SELECT w.ref, w.channel, w.j, p.sku, p.qty
  FROM wanted w LEFT JOIN demo_so_pool p
    ON p.pool = w.pool AND p.rank = w.rank AND p.location IS NOT DISTINCT FROM w.location;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM demo_so_line WHERE sku IS NULL)
       OR (SELECT count(*) <> count(DISTINCT sku) FROM demo_so_line) THEN
        RAISE EXCEPTION 'the demo orders ran out of SKUs to draw from';
    END IF;
END
$$;

-- What happens to each order, fulfillment and return, and when (minutes after the order was placed; from the
-- picking on, each order a little earlier or later). ff: which fulfillments (all, the first, all but the first).
CREATE TEMP TABLE demo_so_path (fate text, step integer, after integer, action text, ff text, event text,
                                reason text) ON COMMIT DROP;
INSERT INTO demo_so_path
WITH paid (step, after, action, ff, event) AS (VALUES (1, 2, 'allocate', NULL, NULL),
                                                      (2, 5, 'fire', NULL, 'authorize_payment')),
picked (step, after, action, ff, event) AS (VALUES (3, 90, 'fire', 'all', 'pick'), (4, 150, 'fire', 'all', 'pack')),
shipped (step, after, action, ff, event) AS (VALUES (5, 240, 'fire', 'all', 'ship')),
part (step, after, action, ff, event) AS (VALUES (3, 90, 'fire', 'first', 'pick'), (4, 150, 'fire', 'first', 'pack'),
                                             (5, 240, 'fire', 'first', 'ship'))
SELECT 'allocated', 1, 2, 'allocate', NULL, NULL, NULL
UNION ALL SELECT 'payment_authorized', * , NULL FROM paid
UNION ALL SELECT 'payment_failed', 1, 2, 'allocate', NULL, NULL, NULL
UNION ALL SELECT 'payment_failed', 2, 6, 'fire', NULL, 'fail_payment', NULL
UNION ALL SELECT f, p.*, NULL FROM unnest(ARRAY['fulfilling_picking', 'fulfilling_packed', 'fulfilling_split',
                                                'cancelled_paid', 'cancelled_fulfilling', 'completed_shipped',
                                                'completed_delivered', 'completed_returned', 'cancelled_partial',
                                                'partially_shipped_reserved', 'partially_shipped_picking',
                                                'partially_shipped_packed']) f, paid p
UNION ALL SELECT 'fulfilling_picking', 3, 90, 'fire', 'all', 'pick', NULL
UNION ALL SELECT 'fulfilling_packed', p.*, NULL FROM picked p
UNION ALL SELECT 'fulfilling_split', 3, 90, 'fire', 'first', 'pick', NULL
UNION ALL SELECT f, p.*, NULL FROM unnest(ARRAY['completed_shipped', 'completed_delivered', 'completed_returned']) f,
                 (SELECT * FROM picked UNION ALL SELECT * FROM shipped) p
UNION ALL SELECT f, 6, 1320, 'fire', 'all', 'deliver', NULL
            FROM unnest(ARRAY['completed_delivered', 'completed_returned']) f
UNION ALL SELECT 'completed_returned', 7, 2700, 'return_request', 'first', NULL, NULL
UNION ALL SELECT 'completed_returned', 8, 2880, 'return_fire', NULL, NULL, NULL
UNION ALL SELECT f, p.*, NULL FROM unnest(ARRAY['partially_shipped_reserved', 'partially_shipped_picking',
                                                'partially_shipped_packed']) f, part p
UNION ALL SELECT f, 6, 300, 'fire', 'rest', 'pick', NULL
            FROM unnest(ARRAY['partially_shipped_picking', 'partially_shipped_packed']) f
UNION ALL SELECT 'partially_shipped_packed', 7, 360, 'fire', 'rest', 'pack', NULL
UNION ALL SELECT 'cancelled_partial', 3, 90, 'fire', 'all', 'pick', NULL
UNION ALL SELECT 'cancelled_partial', 4, 150, 'fire', 'all', 'pack', NULL
UNION ALL SELECT 'cancelled_partial', 5, 240, 'fire', 'first', 'ship', NULL
UNION ALL SELECT 'cancelled_partial', 6, 330, 'fire', NULL, 'cancel', 'the rest is no longer needed'
UNION ALL SELECT 'cancelled_created', 1, 20, 'fire', NULL, 'cancel', 'duplicate order'
UNION ALL SELECT 'cancelled_allocated', 1, 2, 'allocate', NULL, NULL, NULL
UNION ALL SELECT 'cancelled_allocated', 2, 45, 'fire', NULL, 'cancel', 'customer changed their mind'
UNION ALL SELECT 'cancelled_paid', 3, 60, 'fire', NULL, 'cancel', 'customer asked to cancel before dispatch'
UNION ALL SELECT 'cancelled_fulfilling', 3, 90, 'fire', 'all', 'pick', NULL
UNION ALL SELECT 'cancelled_fulfilling', 4, 120, 'fire', NULL, 'cancel', 'address could not be verified'
UNION ALL SELECT 'expired_allocated', 1, 2, 'allocate', NULL, NULL, NULL
UNION ALL SELECT f, 9, 31, 'expire', NULL, NULL, NULL FROM unnest(ARRAY['expired_created', 'expired_allocated']) f;

-- The calls, each with its minute of the plan.
CREATE TEMP TABLE demo_so_event ON COMMIT DROP AS
SELECT o.t AS t, o.ref, o.channel, 0 AS step, 'create' AS action, NULL::text AS ff, NULL::text AS event,
       NULL::text AS reason, 'demo:so:' || o.channel || '/' || o.ref || ':create' AS key
  FROM demo_so_order o
UNION ALL
SELECT o.t + p.after + CASE WHEN p.after >= 60 THEN (pg_temp.demo_h(o.ref || ':pace') % 60)::int ELSE 0 END,
       o.ref, o.channel, p.step, p.action, p.ff, p.event,
       coalesce(p.reason, CASE p.event WHEN 'fail_payment' THEN (ARRAY['card declined by the issuer',
                'payment not confirmed (3-D Secure)', 'card expired'])[1 + pg_temp.demo_h(o.ref || ':why') % 3] END),
       'demo:so:' || o.channel || '/' || o.ref || ':' || p.step || ':' || coalesce(p.event, p.action)
  FROM demo_so_order o JOIN demo_so_path p USING (fate);
-- Returns: a third still on their way back, the rest received (into stock, or as damaged) or refused.
UPDATE demo_so_event e SET
    event = CASE WHEN e.action = 'return_fire' THEN (ARRAY['receive_restock', 'receive_restock', 'receive_damaged',
                                                           'reject'])[1 + x.n % 4] END,
    reason = CASE e.action
                 WHEN 'return_request' THEN (ARRAY['arrived damaged', 'not as pictured', 'wrong colour',
                                                   'no longer needed'])[1 + pg_temp.demo_h(e.ref || ':return') % 4]
                 ELSE (ARRAY['back on the shelf', 'back on the shelf', 'box crushed, not sellable',
                             'used: outside the returns policy'])[1 + x.n % 4] END
  FROM (SELECT ref, row_number() OVER (ORDER BY ref) AS n FROM demo_so_event WHERE action = 'return_request') x
 WHERE x.ref = e.ref AND e.action IN ('return_request', 'return_fire');
DELETE FROM demo_so_event e USING (SELECT ref, row_number() OVER (ORDER BY ref) AS n FROM demo_so_event
                                    WHERE action = 'return_request') x
 WHERE x.ref = e.ref AND e.action = 'return_fire' AND x.n % 3 = 0;
DO $$
BEGIN
    IF (SELECT max(t) FROM demo_so_event) >= 90 * 1440 THEN
        RAISE EXCEPTION 'a demo order event falls after yesterday';
    END IF;
END
$$;

-- Plays the orders' calls in time order. An order's payment window that closed is closed by the ledger itself
-- (the system event expire, as api.sweep fires it; api.sweep cannot be called here, as it would also expire the
-- holds left unswept above): only a login that owns the ledger seeds them, any other leaves them to the sweep.
CREATE TEMP TABLE demo_so_return (ref text PRIMARY KEY, id bigint NOT NULL) ON COMMIT DROP;
CREATE OR REPLACE FUNCTION pg_temp.demo_so_expire(p_ref text, p_channel text) RETURNS void
LANGUAGE plpgsql SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM 1 FROM ledger.customer_order
     WHERE ref = p_ref AND channel = p_channel AND state IN ('created', 'allocated') AND expires_at <= ledger.clock()
       FOR NO KEY UPDATE;
    IF FOUND THEN
        PERFORM ledger.fire_order(o, 'expire', 'the payment window closed at ' || o.expires_at, NULL, true)
           FROM ledger.customer_order o WHERE o.ref = p_ref AND o.channel = p_channel;
    END IF;
END
$$;
CREATE OR REPLACE FUNCTION pg_temp.demo_so_play() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    e record;
    f record;
    v_day0 timestamptz := (SELECT day0 FROM demo_start);
    v_result jsonb;
    v_calls integer := 0;
    v_owner boolean := pg_has_role(session_user, 'stockroom_owner', 'MEMBER');
BEGIN
    FOR e IN SELECT x.*, so.shape, so.strategy, so.ttl, so.latitude, so.longitude, so.pickup
               FROM demo_so_event x JOIN demo_so_order so USING (ref, channel)
              ORDER BY x.t, x.ref, x.step LOOP
        PERFORM pg_temp.demo_clock(v_day0, e.t);
        CASE e.action
        WHEN 'create' THEN
            PERFORM api.order_create(e.channel, e.ref,
                                     (SELECT jsonb_agg(jsonb_build_object('sku', l.sku, 'quantity', l.qty) ORDER BY l.j)
                                        FROM demo_so_line l WHERE l.ref = e.ref AND l.channel = e.channel),
                                     e.latitude, e.longitude, CASE WHEN e.shape = 'pickup' THEN e.pickup END, e.ttl,
                                     e.key);
        WHEN 'allocate' THEN
            PERFORM api.order_allocate_strategy(e.ref, e.strategy, e.key, e.channel);
        WHEN 'fire' THEN
            IF e.ff IS NULL THEN
                PERFORM api.order_fire(e.ref, e.event, NULL, NULL, e.reason, e.key, e.channel);
            ELSE
                FOR f IN SELECT x.id, x.k FROM (SELECT af.id, row_number() OVER (ORDER BY af.id) AS k
                                                  FROM api.fulfillments af
                                                 WHERE af.order_ref = e.ref AND af.channel = e.channel) x
                          WHERE e.ff = 'all' OR (e.ff = 'first' AND x.k = 1) OR (e.ff = 'rest' AND x.k > 1)
                          ORDER BY x.id LOOP
                    PERFORM api.order_fire(e.ref, e.event, NULL, f.id, NULL, e.key || ':' || f.k, e.channel);
                END LOOP;
            END IF;
        WHEN 'return_request' THEN
            v_result := api.order_return_request(e.ref, (SELECT min(af.id) FROM api.fulfillments af
                                                          WHERE af.order_ref = e.ref AND af.channel = e.channel),
                                                 NULL, e.reason, e.key, e.channel);
            INSERT INTO demo_so_return VALUES (e.ref, (v_result ->> 'return_id')::bigint);
        WHEN 'return_fire' THEN
            PERFORM api.return_fire((SELECT id FROM demo_so_return WHERE ref = e.ref), e.event, NULL, e.reason, e.key);
        WHEN 'expire' THEN
            IF v_owner THEN
                PERFORM pg_temp.demo_so_expire(e.ref, e.channel);
            END IF;
        END CASE;
        v_calls := v_calls + 1;
    END LOOP;
    RETURN v_calls;
END
$$;
SELECT pg_temp.demo_so_play();
SELECT set_config('stockroom.seed_at', '', true);
DROP FUNCTION pg_temp.demo_so_play(), pg_temp.demo_so_expire(text, text), pg_temp.demo_play(integer, integer),
              pg_temp.demo_clock(timestamptz, integer), pg_temp.demo_weekday(timestamptz, integer),
              pg_temp.demo_u(text), pg_temp.demo_h(text);
