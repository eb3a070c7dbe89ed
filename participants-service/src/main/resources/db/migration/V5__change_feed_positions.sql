-- Gap-free change feed. A bigserial is taken when the row is inserted, not when its transaction
-- commits, so a change with a lower seq could become visible after a reader had already passed
-- it. Each change now also carries the id of the transaction that wrote it (xid8, which never
-- wraps), and the feed is read in (tx, seq) order only below the oldest transaction still running
-- (pg_snapshot_xmin): every transaction below that watermark has ended, so nothing can ever appear
-- behind a position a reader has been given.
ALTER TABLE registration_change ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
DROP INDEX registration_change_feed;
CREATE INDEX registration_change_feed ON registration_change (municipality_code, tx, seq);

-- The horizon is a feed position too: cursors at or before it have expired.
ALTER TABLE change_feed_horizon ADD COLUMN tx xid8 NOT NULL DEFAULT '0';
UPDATE change_feed_horizon SET tx = coalesce((SELECT max(tx) FROM registration_change WHERE seq <= change_feed_horizon.seq), '0')
WHERE seq > 0;
