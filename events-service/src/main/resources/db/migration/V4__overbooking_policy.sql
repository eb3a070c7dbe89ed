-- What a cut of capacity or allotments does to confirmed seats above it (see OverbookingPolicy).
ALTER TABLE event ADD COLUMN overbooking_policy text NOT NULL DEFAULT 'KEEP'
    CHECK (overbooking_policy IN ('KEEP', 'WAITLIST_NEWEST'));
