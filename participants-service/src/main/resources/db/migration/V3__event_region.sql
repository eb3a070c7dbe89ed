-- The region (SCB county) an event is for: organisers register only people of municipalities
-- the event is open to (its region, or an allotment).
ALTER TABLE event_seats ADD COLUMN region_code text;
