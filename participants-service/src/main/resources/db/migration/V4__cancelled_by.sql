-- Who cancelled a registration (Cancellation): a municipality's roster sync leaves a cancellation
-- by the organiser or the person standing instead of registering them again.
ALTER TABLE registration ADD COLUMN cancelled_by text;
