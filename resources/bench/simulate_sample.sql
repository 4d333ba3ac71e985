-- The flash-sale simulator's sample: the sale's stock row ($1 sku, $2 location) and how many of this database's
-- sessions wait for a lock right now (a row lock shows as a wait for the holder's transaction id).
SELECT s.available, s.reserved, s.on_hand,
       (SELECT count(DISTINCT l.pid)
          FROM pg_catalog.pg_locks l
         WHERE NOT l.granted
           AND l.pid IN (SELECT a.pid FROM pg_catalog.pg_stat_activity a WHERE a.datname = current_database()))
  FROM api.stock s
 WHERE s.sku = ? AND s.location = ?
