-- Version 7: where an order ships from. api.allocation_preview reads an order and the stock of its SKUs and
-- returns ranked plans for allocating its lines to locations, each with the reasons every location it does not
-- use was passed over; api.order_allocate_strategy applies the best complete plan of one strategy through
-- api.order_allocate (version 6).
--
-- Rules the preview enforces, for every client:
--   - It is read-only and sees one snapshot: it is STABLE, so every query in it sees the snapshot of the statement
--     that called it, and it reads the order's lines, the locations and the stock rows in one query before it
--     computes anything. A caller that wants one snapshot across several statements (the preview, then a look at
--     the order) runs them in one REPEATABLE READ transaction; in READ COMMITTED each statement has its own.
--   - The channel decides where from: a location ships an order only if its kind is in the channel's ship_from,
--     and what it can give of a SKU is on hand - reserved, less the safety stock where the channel respects it,
--     never below zero. Only the order's SKUs' stock rows are read, through the stock_level primary key.
--   - Distances are great-circle kilometres from the order's destination (its coordinates or its pickup
--     location's, ledger.order_destination); a location without coordinates has no distance and comes last.
--   - Every plan lists each stock row it takes from with the version it saw, so that api.order_allocate applies it
--     with compare-and-set and refuses cleanly when stock moved; and every location the plan does not use appears
--     in its "rejected" with at least one reason code and a sentence.
--   - A plan that cannot cover the order is still returned, "complete": false with its "short" lines, ranked after
--     every complete plan. An order that is no longer in state created still previews, "allocatable": false.
--
-- The strategies (each gives one plan):
--   nearest               the nearest location that can ship every line whole; when none can, the nearest
--                         locations in turn until each line is covered ("single": false, "exact": false).
--   fewest_splits         the fewest locations that together ship every line, each line whole from one of them,
--                         ties broken by total distance: an exact search over sets of 1, 2, 3, ... locations with a
--                         budget of evaluated sets ("exact": true). When the budget runs out, or some line no single
--                         location holds whole, a greedy cover that may split a line ("exact": false, and a note
--                         saying why).
--   balanced              each line from the location with the most usable stock of it, then the next.
--   protect_safety_stock  as nearest, else as fewest_splits, but never below any location's safety stock even
--                         where the channel sells it.
-- "exact" says the plan is what its strategy asks for, not a fallback (for balanced always). The budget of 50000
-- evaluated sets applies to each exact search; "budget"."evaluated" adds up the searches the preview ran.
-- Besides the keys api.order_allocate reads (lines: sku, location, quantity, version; strategy), a plan carries
-- "single" (one location ships it all) and "same_as" (the other strategies that chose the same rows).
-- The score (lower is better) depends only on the allocation, so two strategies that choose the same one get the
-- same score (both plans stay, for the GUI to show side by side, and "same_as" names the other): 100 per location
-- beyond the first, plus the kilometres from each location used, 1000 per location used whose distance is
-- unknown, 10 per line left below its safety stock, and 10000 per line the plan leaves short.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- ---------------------------------------------------------------------------------------------------------
-- What the preview reads once and computes from: the order's lines, every location, and one cell per line and
-- location that may ship it (zeros where there is no stock row, whose version is then NULL).

-- bit: the line's position in a location's coverage mask (0 for the first line).
CREATE TYPE ledger.allocation_line AS (line_no integer, bit integer, sku_id integer, sku text, wanted bigint);

-- nearness: 1 for the nearest location; unknown distances last, ties by code.
CREATE TYPE ledger.allocation_site AS (location_id integer, code text, name text, kind text,
                                       latitude double precision, longitude double precision,
                                       distance_km double precision, eligible boolean, nearness integer);

-- usable: what the rule of the plan lets a location give of the line's SKU (never below zero).
CREATE TYPE ledger.allocation_cell AS (line_no integer, location_id integer, on_hand bigint, reserved bigint,
                                       safety_stock bigint, version bigint, usable bigint);

CREATE TYPE ledger.allocation_pick AS (line_no integer, location_id integer, quantity bigint);

-- What a location can do for the order under a plan's rule, the same for every plan with that rule: whether it
-- has any of the order's SKUs available, whether it can ship every line whole, and the lines safety stock keeps
-- it from shipping whole (held) or it has too little of anyway (lacking), as text for a rejection's detail.
CREATE TYPE ledger.allocation_standing AS (location_id integer, any_free boolean, whole boolean, held text,
                                           lacking text);

-- The exact search: a location that can ship some lines whole (mask: those lines; rest: the lines this one and
-- every later candidate can ship), and a set of candidates (members: their idx, last: the highest).
CREATE TYPE ledger.allocation_candidate AS (idx integer, location_id integer, mask bigint, rest bigint,
                                            distance_km double precision);
CREATE TYPE ledger.allocation_subset AS (last integer, mask bigint, members integer[], distance_km double precision);

-- ---------------------------------------------------------------------------------------------------------
-- The strategies (internal helpers; they run only inside the api functions below, which set the search_path)

-- The nearest location that can ship every line whole (single), or else each line from the nearest locations in
-- turn (p_by_stock: from the one with the most usable stock first instead) until it is covered.
CREATE FUNCTION ledger.allocation_fill(p_lines ledger.allocation_line[], p_sites ledger.allocation_site[],
                                       p_cells ledger.allocation_cell[], p_by_stock boolean,
                                       OUT picks ledger.allocation_pick[], OUT single boolean)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_site integer;
BEGIN
    single := false;
    IF NOT p_by_stock THEN
        SELECT c.location_id INTO v_site
          FROM pg_catalog.unnest(p_cells) c JOIN pg_catalog.unnest(p_lines) l USING (line_no)
          JOIN pg_catalog.unnest(p_sites) s USING (location_id)
         WHERE c.usable >= l.wanted
         GROUP BY c.location_id, s.nearness HAVING count(*) = cardinality(p_lines)
         ORDER BY s.nearness LIMIT 1;
        IF FOUND THEN
            single := true;
            picks := ARRAY(SELECT ROW(l.line_no, v_site, l.wanted)::ledger.allocation_pick
                             FROM pg_catalog.unnest(p_lines) l ORDER BY l.line_no);
            RETURN;
        END IF;
    END IF;
    picks := ARRAY(
        SELECT ROW(x.line_no, x.location_id, x.take)::ledger.allocation_pick
          FROM (SELECT c.line_no, c.location_id, s.nearness,
                       least(c.usable, l.wanted - coalesce(sum(c.usable) OVER w, 0)) AS take
                  FROM pg_catalog.unnest(p_cells) c JOIN pg_catalog.unnest(p_lines) l USING (line_no)
                  JOIN pg_catalog.unnest(p_sites) s USING (location_id)
                 WHERE c.usable > 0
                WINDOW w AS (PARTITION BY c.line_no
                             ORDER BY CASE WHEN p_by_stock THEN -c.usable ELSE 0 END, s.nearness
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)) x
         WHERE x.take > 0
         ORDER BY x.line_no, x.nearness);
END
$$;

-- The fewest locations that together ship every line, each line whole from one of them, ties broken by total
-- distance (unknown distances last), then by nearness.
--
-- Exact search: each location's mask holds a bit per line it can ship whole; locations with an empty mask are
-- left out, and so is one whose lines a nearer location ships too (swapping it for the nearer one never makes a
-- set larger or farther). Breadth first, as exact cover search does it: a set of size k grows only by the
-- candidates that ship its *pivot*, the line it still lacks that the fewest candidates ship (every cover must
-- contain one of them), and of the sets with the same lines only the nearest in total is kept (what can complete
-- a set depends only on its lines), until a level holds a set with every line. Every set kept counts against
-- p_budget; a level that would pass it ends the search.
--
-- Otherwise (the budget ran out, a line no single location holds whole, more lines than a mask has bits): greedy
-- cover. Each round takes the location that ships the most remaining lines whole (then gives the most of the
-- lines no remaining location ships whole, then is nearest) and takes from it those lines, and what it has of the
-- lines that must be split, until nothing more can be taken.
CREATE FUNCTION ledger.allocation_cover(p_lines ledger.allocation_line[], p_sites ledger.allocation_site[],
                                        p_cells ledger.allocation_cell[], p_budget integer,
                                        OUT picks ledger.allocation_pick[], OUT exact boolean, OUT note text,
                                        OUT evaluated integer)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_full bigint;
    v_cand ledger.allocation_candidate[];
    v_level ledger.allocation_subset[];
    v_next ledger.allocation_subset[];
    v_order integer[];
    v_members integer[];
    v_missing text;
    v_new ledger.allocation_pick[];
    v_used integer[] := '{}';
BEGIN
    picks := '{}';
    exact := false;
    evaluated := 0;
    SELECT string_agg(x.sku, ', ' ORDER BY x.line_no) INTO v_missing
      FROM (SELECT l.line_no, l.sku FROM pg_catalog.unnest(p_lines) l
              LEFT JOIN pg_catalog.unnest(p_cells) c ON c.line_no = l.line_no AND c.usable >= l.wanted
             GROUP BY l.line_no, l.sku HAVING count(c.line_no) = 0) x;
    IF v_missing IS NOT NULL THEN
        note := 'approximate: no single location holds all of ' || v_missing;
    ELSIF cardinality(p_lines) > 62 THEN
        note := format('approximate: the exact search takes up to 62 lines, the order has %s', cardinality(p_lines));
    ELSE
        v_full := (1::bigint << cardinality(p_lines)) - 1;
        v_cand := ARRAY(
            WITH m AS (
                SELECT c.location_id, s.nearness, s.distance_km, bit_or(1::bigint << l.bit) AS mask
                  FROM pg_catalog.unnest(p_cells) c JOIN pg_catalog.unnest(p_lines) l USING (line_no)
                  JOIN pg_catalog.unnest(p_sites) s USING (location_id)
                 WHERE c.usable >= l.wanted
                 GROUP BY c.location_id, s.nearness, s.distance_km
            )
            SELECT ROW(row_number() OVER (ORDER BY m.nearness), m.location_id, m.mask,
                       bit_or(m.mask) OVER (ORDER BY m.nearness DESC), m.distance_km)::ledger.allocation_candidate
              FROM m
             WHERE NOT EXISTS (SELECT 1 FROM m b WHERE b.nearness < m.nearness AND (m.mask & ~b.mask) = 0)
             ORDER BY m.nearness);
        -- Lines in the order the search branches on them: the one fewest candidates ship first.
        v_order := ARRAY(SELECT l.bit FROM pg_catalog.unnest(p_lines) l
                          ORDER BY (SELECT count(*) FROM pg_catalog.unnest(v_cand) c WHERE (c.mask >> l.bit) & 1 = 1),
                                   l.bit);
        v_level := ARRAY[ROW(0, 0::bigint, '{}'::integer[], 0.0::double precision)::ledger.allocation_subset];
        LOOP
            SELECT r.members INTO v_members FROM pg_catalog.unnest(v_level) r WHERE r.mask = v_full
             ORDER BY r.distance_km NULLS LAST, r.members LIMIT 1;
            EXIT WHEN v_members IS NOT NULL OR cardinality(v_level) = 0;
            v_next := ARRAY(
                SELECT DISTINCT ON (r.mask | c.mask)
                       ROW(c.idx, r.mask | c.mask, r.members || c.idx, r.distance_km + c.distance_km)
                           ::ledger.allocation_subset
                  FROM pg_catalog.unnest(v_level) r
                 CROSS JOIN LATERAL (SELECT o.b FROM pg_catalog.unnest(v_order) WITH ORDINALITY o (b, i)
                                      WHERE (r.mask >> o.b) & 1 = 0 ORDER BY o.i LIMIT 1) pivot
                  JOIN pg_catalog.unnest(v_cand) c ON (c.mask >> pivot.b) & 1 = 1
                 ORDER BY r.mask | c.mask, r.distance_km + c.distance_km NULLS LAST, r.members || c.idx
                 LIMIT p_budget - evaluated + 1);
            evaluated := evaluated + cardinality(v_next);
            IF evaluated > p_budget THEN
                evaluated := p_budget;
                note := format('approximate: budget of %s subsets exhausted', p_budget);
                EXIT;
            END IF;
            v_level := v_next;
        END LOOP;
        IF v_members IS NOT NULL THEN
            exact := true;
            -- Each line from the nearest member that ships it whole.
            picks := ARRAY(
                SELECT DISTINCT ON (l.line_no) ROW(l.line_no, c.location_id, l.wanted)::ledger.allocation_pick
                  FROM pg_catalog.unnest(v_cand) k
                  JOIN pg_catalog.unnest(p_cells) c ON c.location_id = k.location_id
                  JOIN pg_catalog.unnest(p_lines) l ON l.line_no = c.line_no AND c.usable >= l.wanted
                  JOIN pg_catalog.unnest(p_sites) s ON s.location_id = c.location_id
                 WHERE k.idx = ANY (v_members)
                 ORDER BY l.line_no, s.nearness);
            RETURN;
        END IF;
        note := coalesce(note, 'approximate: no set of locations ships every line whole');
    END IF;

    LOOP
        v_new := ARRAY(
            WITH wanting AS (
                SELECT l.line_no, l.wanted - coalesce(sum(p.quantity), 0) AS left_over
                  FROM pg_catalog.unnest(p_lines) l LEFT JOIN pg_catalog.unnest(picks) p USING (line_no)
                 GROUP BY l.line_no, l.wanted
            ), open AS (
                SELECT c.location_id, c.line_no, least(c.usable, w.left_over) AS take, c.usable >= w.left_over AS whole
                  FROM pg_catalog.unnest(p_cells) c JOIN wanting w USING (line_no)
                 WHERE w.left_over > 0 AND c.usable > 0 AND c.location_id <> ALL (v_used)
            ), split AS (
                SELECT o.line_no FROM open o GROUP BY o.line_no HAVING NOT bool_or(o.whole)
            ), offer AS (
                SELECT o.*, o.line_no IN (SELECT line_no FROM split) AS must_split FROM open o
            ), best AS (
                SELECT f.location_id
                  FROM offer f JOIN pg_catalog.unnest(p_sites) s USING (location_id)
                 GROUP BY f.location_id, s.nearness
                HAVING bool_or(f.whole OR f.must_split)
                 ORDER BY count(*) FILTER (WHERE f.whole) DESC,
                          coalesce(sum(f.take) FILTER (WHERE f.must_split), 0) DESC, s.nearness
                 LIMIT 1
            )
            SELECT ROW(f.line_no, f.location_id, f.take)::ledger.allocation_pick
              FROM offer f JOIN best USING (location_id)
             WHERE f.whole OR f.must_split);
        EXIT WHEN cardinality(v_new) = 0;
        picks := picks || v_new;
        v_used := v_used || (v_new[1]).location_id;
    END LOOP;
END
$$;

-- The standing of every location that may ship the order, under the rule the cells were made with (p_safety: it
-- holds back safety stock). At most five lines are named in held and lacking.
CREATE FUNCTION ledger.allocation_standing(p_lines ledger.allocation_line[], p_cells ledger.allocation_cell[],
                                           p_safety boolean) RETURNS ledger.allocation_standing[]
LANGUAGE sql STABLE AS $$
    SELECT ARRAY(
        SELECT ROW(y.location_id, y.any_free, y.whole,
                   array_to_string(y.held[1:5], '; ')
                   || CASE WHEN cardinality(y.held) > 5 THEN format('; %s more', cardinality(y.held) - 5) ELSE '' END,
                   array_to_string(y.lacking[1:5], '; ')
                   || CASE WHEN cardinality(y.lacking) > 5 THEN format('; %s more', cardinality(y.lacking) - 5)
                           ELSE '' END
                  )::ledger.allocation_standing
          FROM (SELECT c.location_id, bool_or(c.on_hand - c.reserved > 0) AS any_free,
                       bool_and(c.usable >= l.wanted) AS whole,
                       array_agg(format('%s: %s usable, %s wanted, safety stock %s', l.sku, c.usable, l.wanted,
                                        c.safety_stock) ORDER BY l.line_no)
                           FILTER (WHERE p_safety AND c.usable < l.wanted AND c.on_hand - c.reserved > c.usable)
                           AS held,
                       array_agg(format('%s: %s usable, %s wanted', l.sku, c.usable, l.wanted) ORDER BY l.line_no)
                           FILTER (WHERE c.usable < l.wanted AND NOT (p_safety AND c.on_hand - c.reserved > c.usable))
                           AS lacking
                  FROM pg_catalog.unnest(p_cells) c JOIN pg_catalog.unnest(p_lines) l USING (line_no)
                 GROUP BY c.location_id) y)
$$;

-- One plan as JSON (without its rank): the rows it takes from, what it leaves short, and why each location it
-- does not use was passed over. p_cells and p_standing are under the plan's rule; p_alternatives: the plan chooses
-- by distance, so a location that could have done a used one's part but is farther says so.
CREATE FUNCTION ledger.allocation_plan(p_strategy text, p_picks ledger.allocation_pick[],
                                       p_lines ledger.allocation_line[], p_sites ledger.allocation_site[],
                                       p_cells ledger.allocation_cell[], p_standing ledger.allocation_standing[],
                                       p_channel ledger.channel, p_alternatives boolean, p_exact boolean,
                                       p_note text) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_lines jsonb;
    v_short jsonb;
    v_rejected jsonb;
    v_below integer;
    v_short_lines integer;
    v_used integer;
    v_unknown integer;
    v_distance double precision;
    v_safety_rule text := CASE WHEN p_channel.respects_safety_stock THEN 'for channel ' || p_channel.code
                               ELSE 'which this plan keeps' END;
BEGIN
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'sku', l.sku, 'location', s.code, 'quantity', p.quantity, 'version', c.version,
               'available', c.usable, 'left_after', c.on_hand - c.reserved - p.quantity,
               'safety_stock', c.safety_stock,
               'below_safety_stock', c.on_hand - c.reserved - p.quantity < c.safety_stock,
               'distance_km', round(s.distance_km::numeric, 3)) ORDER BY l.line_no, s.nearness), '[]'),
           count(*) FILTER (WHERE c.on_hand - c.reserved - p.quantity < c.safety_stock)
      INTO v_lines, v_below
      FROM pg_catalog.unnest(p_picks) p JOIN pg_catalog.unnest(p_lines) l USING (line_no)
      JOIN pg_catalog.unnest(p_cells) c ON c.line_no = p.line_no AND c.location_id = p.location_id
      JOIN pg_catalog.unnest(p_sites) s ON s.location_id = p.location_id;

    SELECT count(*), sum(s.distance_km), count(*) FILTER (WHERE s.distance_km IS NULL)
      INTO v_used, v_distance, v_unknown
      FROM pg_catalog.unnest(p_sites) s
     WHERE s.location_id IN (SELECT p.location_id FROM pg_catalog.unnest(p_picks) p);

    SELECT coalesce(jsonb_agg(jsonb_build_object('sku', x.sku, 'quantity', x.short) ORDER BY x.line_no), '[]'),
           count(*)
      INTO v_short, v_short_lines
      FROM (SELECT l.line_no, l.sku, l.wanted - coalesce(sum(p.quantity), 0) AS short
              FROM pg_catalog.unnest(p_lines) l LEFT JOIN pg_catalog.unnest(p_picks) p USING (line_no)
             GROUP BY l.line_no, l.sku, l.wanted) x
     WHERE x.short > 0;

    WITH used AS (
        SELECT DISTINCT p.location_id FROM pg_catalog.unnest(p_picks) p
    ), cell AS (
        SELECT c.location_id, c.line_no, c.usable FROM pg_catalog.unnest(p_cells) c
         WHERE c.location_id NOT IN (SELECT location_id FROM used)
    ), alternative AS (
        -- The nearest used location whose whole part of this plan the unused one could have shipped instead.
        SELECT DISTINCT ON (y.location_id) y.location_id, y.code, y.distance_km
          FROM (SELECT c.location_id, u.code, u.distance_km, u.nearness
                  FROM pg_catalog.unnest(p_picks) p JOIN pg_catalog.unnest(p_sites) u ON u.location_id = p.location_id
                  JOIN cell c ON c.line_no = p.line_no
                  JOIN pg_catalog.unnest(p_sites) l ON l.location_id = c.location_id AND l.nearness > u.nearness
                 WHERE p_alternatives
                 GROUP BY c.location_id, u.code, u.distance_km, u.nearness
                HAVING bool_and(c.usable >= p.quantity)) y
         ORDER BY y.location_id, y.nearness
    ), reasons AS (
        SELECT s.code, s.nearness, r.code AS reason, r.n, r.detail
          FROM pg_catalog.unnest(p_sites) s
          LEFT JOIN pg_catalog.unnest(p_standing) st USING (location_id)
          LEFT JOIN alternative a USING (location_id)
         CROSS JOIN LATERAL (VALUES
            (1, CASE WHEN NOT s.eligible THEN 'excluded_by_channel' END,
             format('channel %s does not ship from a %s (it ships from: %s)', p_channel.code, s.kind,
                    array_to_string(p_channel.ship_from, ', '))),
            (2, CASE WHEN s.eligible AND NOT coalesce(st.any_free, false) THEN 'no_stock' END,
             'nothing available of the order''s SKUs'),
            (3, CASE WHEN s.eligible AND st.held IS NOT NULL THEN 'below_safety_stock' END,
             format('would drop below safety stock %s (%s)', v_safety_rule, st.held)),
            (4, CASE WHEN s.eligible AND st.any_free AND NOT st.whole THEN 'cannot_ship_whole_order' END,
             'cannot ship the whole order' || coalesce(' (' || st.lacking || ')', '')),
            (5, CASE WHEN a.code IS NOT NULL THEN 'farther_than_equal_alternative' END,
             format('%s could ship the same lines and is nearer (%s km, this one %s km)', a.code,
                    coalesce(round(a.distance_km::numeric, 1)::text, 'unknown'),
                    coalesce(round(s.distance_km::numeric, 1)::text, 'unknown'))),
            (6, CASE WHEN s.eligible AND st.whole AND a.code IS NULL THEN 'not_needed' END,
             CASE WHEN v_short_lines = 0 THEN 'not needed: the plan covers the order without it'
                  ELSE 'not needed by this strategy' END),
            (7, CASE WHEN s.latitude IS NULL THEN 'no_coordinates' END,
             'has no coordinates, so its distance is unknown and it comes last')) r (n, code, detail)
         WHERE s.location_id NOT IN (SELECT location_id FROM used)
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'location', x.code, 'reasons', x.reasons,
               'detail', x.code || ': ' || array_to_string(x.details, '; ')) ORDER BY x.nearness), '[]')
      INTO v_rejected
      FROM (SELECT g.code, g.nearness,
                   coalesce(jsonb_agg(g.reason ORDER BY g.n) FILTER (WHERE g.reason IS NOT NULL), '["not_needed"]')
                       AS reasons,
                   coalesce(array_agg(g.detail ORDER BY g.n) FILTER (WHERE g.reason IS NOT NULL),
                            '{"not used by this plan"}') AS details
              FROM reasons g GROUP BY g.code, g.nearness) x;

    RETURN jsonb_build_object(
        'strategy', p_strategy, 'complete', v_short_lines = 0, 'exact', p_exact, 'note', p_note,
        'single', v_used = 1 AND v_short_lines = 0, 'splits', greatest(v_used - 1, 0), 'locations_used', v_used,
        'distance_km', CASE WHEN v_unknown = 0 THEN round(v_distance::numeric, 3) END,
        'score', round((100 * greatest(v_used - 1, 0) + coalesce(v_distance, 0) + 1000 * v_unknown + 10 * v_below
                        + 10000 * v_short_lines)::numeric, 3),
        'lines', v_lines, 'short', v_short, 'rejected', v_rejected);
END
$$;

-- An earlier plan again under another strategy's name, when that strategy took the same rows under the same rule
-- (the rows, rejections and score are then the same); NULL otherwise.
CREATE FUNCTION ledger.allocation_same(p_plan jsonb, p_picks ledger.allocation_pick[],
                                       p_same ledger.allocation_pick[], p_strategy text, p_exact boolean, p_note text)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_picks = p_same
                THEN p_plan || jsonb_build_object('strategy', p_strategy, 'exact', p_exact, 'note', p_note) END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- The API

-- Ranked allocation plans for an order (see the head of this file). Unknown order: SR003 (ledger.order_of).
CREATE FUNCTION api.allocation_preview(p_ref text, p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    k_budget CONSTANT integer := 50000;
    o ledger.customer_order := ledger.order_of(p_ref, p_channel);
    c ledger.channel;
    d record;
    n record;
    f record;
    v_lines ledger.allocation_line[];
    v_sites ledger.allocation_site[];
    v_cells ledger.allocation_cell[];
    v_strict ledger.allocation_cell[];
    v_standing ledger.allocation_standing[];
    v_strict_standing ledger.allocation_standing[];
    v_picks ledger.allocation_pick[];
    v_exact boolean;
    v_note text;
    v_evaluated integer;
    v_plans jsonb[] := '{}';
BEGIN
    SELECT * INTO c FROM ledger.channel WHERE code = o.channel;
    SELECT * INTO d FROM ledger.order_destination(o);

    -- Everything the plans are computed from, in one query: the stock rows of the order's SKUs by primary key.
    WITH line AS (
        SELECT ol.line_no, (row_number() OVER (ORDER BY ol.line_no) - 1)::integer AS bit, ol.sku_id, k.code AS sku,
               ol.quantity AS wanted
          FROM ledger.order_line ol JOIN ledger.sku k ON k.id = ol.sku_id
         WHERE ol.order_id = o.id
    ), site AS (
        SELECT x.*, row_number() OVER (ORDER BY x.distance_km NULLS LAST, x.code)::integer AS nearness
          FROM (SELECT lo.id AS location_id, lo.code, lo.name, lo.kind, lo.latitude, lo.longitude,
                       ledger.distance_km(d.latitude, d.longitude, lo.latitude, lo.longitude) AS distance_km,
                       lo.kind = ANY (c.ship_from) AS eligible
                  FROM ledger.location lo) x
    ), stock AS MATERIALIZED (
        -- One index scan of the primary key for the order's SKUs, rather than a probe per line and location.
        SELECT st.sku_id, st.location_id, st.on_hand, st.reserved, st.safety_stock, st.version
          FROM ledger.stock_level st WHERE st.sku_id = ANY (ARRAY(SELECT l.sku_id FROM line l))
    ), cell AS (
        SELECT l.line_no, s.location_id, coalesce(st.on_hand, 0) AS on_hand, coalesce(st.reserved, 0) AS reserved,
               coalesce(st.safety_stock, 0) AS safety_stock, st.version
          FROM line l CROSS JOIN site s
          LEFT JOIN stock st ON st.sku_id = l.sku_id AND st.location_id = s.location_id
         WHERE s.eligible
    )
    SELECT ARRAY(SELECT ROW(l.line_no, l.bit, l.sku_id, l.sku, l.wanted)::ledger.allocation_line
                   FROM line l ORDER BY l.line_no),
           ARRAY(SELECT ROW(s.location_id, s.code, s.name, s.kind, s.latitude, s.longitude, s.distance_km, s.eligible,
                            s.nearness)::ledger.allocation_site
                   FROM site s ORDER BY s.nearness),
           ARRAY(SELECT ROW(x.line_no, x.location_id, x.on_hand, x.reserved, x.safety_stock, x.version,
                            greatest(x.on_hand - x.reserved
                                     - CASE WHEN c.respects_safety_stock THEN x.safety_stock ELSE 0 END, 0)
                           )::ledger.allocation_cell
                   FROM cell x),
           ARRAY(SELECT ROW(x.line_no, x.location_id, x.on_hand, x.reserved, x.safety_stock, x.version,
                            greatest(x.on_hand - x.reserved - x.safety_stock, 0))::ledger.allocation_cell
                   FROM cell x)
      INTO v_lines, v_sites, v_cells, v_strict;
    v_standing := ledger.allocation_standing(v_lines, v_cells, c.respects_safety_stock);
    v_strict_standing := CASE WHEN c.respects_safety_stock THEN v_standing
                              ELSE ledger.allocation_standing(v_lines, v_strict, true) END;

    SELECT * INTO n FROM ledger.allocation_fill(v_lines, v_sites, v_cells, false);
    v_plans := v_plans || ledger.allocation_plan(
        'nearest', n.picks, v_lines, v_sites, v_cells, v_standing, c, true, n.single,
        CASE WHEN NOT n.single THEN 'no single location can ship every line whole: taken from the nearest in turn' END);

    SELECT * INTO f FROM ledger.allocation_cover(v_lines, v_sites, v_cells, k_budget);
    v_evaluated := f.evaluated;
    v_plans := v_plans || ledger.allocation_same(v_plans[1], n.picks, f.picks, 'fewest_splits', f.exact, f.note);
    IF v_plans[2] IS NULL THEN
        v_plans[2] := ledger.allocation_plan('fewest_splits', f.picks, v_lines, v_sites, v_cells, v_standing, c, true,
                                             f.exact, f.note);
    END IF;

    v_plans := v_plans || ledger.allocation_plan(
        'balanced', (ledger.allocation_fill(v_lines, v_sites, v_cells, true)).picks, v_lines, v_sites, v_cells,
        v_standing, c, false, true, NULL);

    -- Where the channel respects safety stock its rule is this plan's already: nearest's or fewest_splits' plan.
    IF NOT c.respects_safety_stock THEN
        SELECT * INTO n FROM ledger.allocation_fill(v_lines, v_sites, v_strict, false);
    END IF;
    IF n.single THEN
        v_picks := n.picks;
        v_exact := true;
        v_note := NULL;
    ELSE
        IF NOT c.respects_safety_stock THEN
            SELECT * INTO f FROM ledger.allocation_cover(v_lines, v_sites, v_strict, k_budget);
            v_evaluated := v_evaluated + f.evaluated;
        END IF;
        v_picks := f.picks;
        v_exact := f.exact;
        v_note := f.note;
    END IF;
    IF c.respects_safety_stock THEN
        v_note := concat_ws('; ', format('channel %s already keeps safety stock', c.code), v_note);
    END IF;
    IF c.respects_safety_stock THEN
        v_plans[4] := coalesce(
            ledger.allocation_same(v_plans[1], n.picks, v_picks, 'protect_safety_stock', v_exact, v_note),
            ledger.allocation_same(v_plans[2], f.picks, v_picks, 'protect_safety_stock', v_exact, v_note));
    END IF;
    IF v_plans[4] IS NULL THEN
        v_plans[4] := ledger.allocation_plan('protect_safety_stock', v_picks, v_lines, v_sites, v_strict,
                                             v_strict_standing, c, true, v_exact, v_note);
    END IF;

    RETURN jsonb_build_object(
        'order', o.ref, 'channel', o.channel, 'state', o.state, 'allocatable', o.state = 'created',
        'destination', jsonb_build_object('latitude', d.latitude, 'longitude', d.longitude, 'pickup', d.pickup),
        'channel_policy', jsonb_build_object('channel', c.code, 'respects_safety_stock', c.respects_safety_stock,
                                             'ship_from', to_jsonb(c.ship_from)),
        'budget', jsonb_build_object('subsets', k_budget, 'evaluated', v_evaluated),
        'locations', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                 'location', s.code, 'name', s.name, 'kind', s.kind, 'latitude', s.latitude,
                                 'longitude', s.longitude, 'distance_km', round(s.distance_km::numeric, 3),
                                 'eligible', s.eligible) ORDER BY s.nearness), '[]')
                        FROM pg_catalog.unnest(v_sites) s),
        'plans', (WITH plan AS (
                      SELECT x.plan, x.n,
                             (SELECT jsonb_agg(jsonb_build_array(e.value -> 'sku', e.value -> 'location',
                                                                 e.value -> 'quantity')
                                               ORDER BY e.value ->> 'sku', e.value ->> 'location')
                                FROM jsonb_array_elements(x.plan -> 'lines') e) AS allocation
                        FROM pg_catalog.unnest(v_plans) WITH ORDINALITY x (plan, n)
                  ), ranked AS (
                      SELECT p.*, row_number() OVER (ORDER BY (p.plan ->> 'complete')::boolean DESC,
                                                     (p.plan ->> 'score')::numeric, p.n) AS rank
                        FROM plan p
                  )
                  SELECT jsonb_agg(r.plan || jsonb_build_object(
                             'rank', r.rank,
                             'same_as', (SELECT coalesce(jsonb_agg(q.plan -> 'strategy' ORDER BY q.n), '[]') FROM plan q
                                          WHERE q.n <> r.n AND q.allocation = r.allocation)) ORDER BY r.rank)
                    FROM ranked r));
END
$$;

-- Applies the best complete plan of one strategy: previews, then calls api.order_allocate with that plan, which
-- checks who may allocate and applies it with compare-and-set. No complete plan: SR001; unknown strategy: SR004.
-- A retry with the key of a call that was applied replays its result: the plan it applied is the one stored
-- under the key (api.order_allocate's request), not a new preview, which would now see the stock it reserved.
CREATE FUNCTION api.order_allocate_strategy(p_ref text, p_strategy text, p_key text, p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_stored jsonb;
    v_preview jsonb;
    v_plan jsonb;
BEGIN
    IF p_strategy IS NULL OR p_strategy NOT IN ('nearest', 'fewest_splits', 'balanced', 'protect_safety_stock') THEN
        RAISE EXCEPTION 'strategy "%" is not one of nearest, fewest_splits, balanced, protect_safety_stock',
            coalesce(p_strategy, '') USING ERRCODE = 'SR004';
    END IF;
    SELECT i.request INTO v_stored FROM ledger.idempotency i WHERE i.key = p_key AND i.operation = 'order_allocate';
    IF v_stored ->> 'order' IS NOT DISTINCT FROM p_ref AND v_stored ->> 'channel' IS NOT DISTINCT FROM p_channel
       AND v_stored ->> 'strategy' IS NOT DISTINCT FROM p_strategy THEN
        RETURN api.order_allocate(p_ref, jsonb_build_object('strategy', p_strategy, 'lines', v_stored -> 'lines'),
                                  p_key, p_channel);
    END IF;
    v_preview := api.allocation_preview(p_ref, p_channel);
    IF NOT (v_preview ->> 'allocatable')::boolean THEN
        -- Refused as api.order_allocate refuses it: the state and who may allocate.
        PERFORM ledger.transition_of('order', 'order ' || p_ref, v_preview ->> 'state', 'allocate', false);
    END IF;
    SELECT e.value INTO v_plan FROM jsonb_array_elements(v_preview -> 'plans') e
     WHERE e.value ->> 'strategy' = p_strategy AND (e.value ->> 'complete')::boolean
     ORDER BY (e.value ->> 'rank')::integer LIMIT 1;
    IF v_plan IS NULL THEN
        SELECT e.value INTO v_plan FROM jsonb_array_elements(v_preview -> 'plans') e
         WHERE e.value ->> 'strategy' = p_strategy;
        RAISE EXCEPTION 'no complete plan "%" for order % in channel %: short %', p_strategy, p_ref,
            v_preview ->> 'channel',
            (SELECT string_agg(format('%s of %s', s.value ->> 'quantity', s.value ->> 'sku'), ', ')
               FROM jsonb_array_elements(v_plan -> 'short') s)
            USING ERRCODE = 'SR001';
    END IF;
    RETURN api.order_allocate(p_ref, v_plan, p_key, p_channel);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

GRANT EXECUTE ON FUNCTION api.allocation_preview(text, text),
                          api.order_allocate_strategy(text, text, text, text)
    TO stockroom_associate, stockroom_checkout;
