-- The flash-sale simulator, a sample: the stock row of the sale (sku, location) and how many sessions of this
-- database wait for a lock right now (a row lock shows as a wait for the transaction id of its holder).
-- (No quote characters in these comments: the driver would take them for the start of a string.)
SELECT s.available, s.reserved, s.on_hand,
       (SELECT count(DISTINCT l.pid)
          FROM pg_catalog.pg_locks l
         WHERE NOT l.granted
           AND l.pid IN (SELECT a.pid FROM pg_catalog.pg_stat_activity a WHERE a.datname = current_database()))
  FROM api.stock s
 WHERE s.sku = ? AND s.location = ?
