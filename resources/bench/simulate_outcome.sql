-- The flash-sale simulator, the outcome from the ledger itself (sku, location, twice): units received, sold (commit
-- movements) and returned by expiry (expire movements), and the units of the reservations committed.
-- (No quote characters in these comments: the driver would take them for the start of a string.)
SELECT coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'receive' AND m.bucket = 'on_hand'), 0),
       coalesce(-sum(m.quantity) FILTER (WHERE m.kind = 'commit' AND m.bucket = 'on_hand'), 0),
       coalesce(-sum(m.quantity) FILTER (WHERE m.kind = 'expire' AND m.bucket = 'reserved'), 0),
       (SELECT coalesce(sum(r.quantity), 0) FROM api.reservations r
         WHERE r.sku = ? AND r.location = ? AND r.status = 'committed')
  FROM api.ledger m
 WHERE m.sku = ? AND m.location = ?
