-- The change feed also carries enrolment changes (enrolment-confirmed, -waitlisted, -promoted,
-- -cancelled, -moved: no event, no registration), and a registration that is one day of an
-- enrolment names its cohort and enrolment, so a municipality tells one day cancelled from the
-- whole programme.
ALTER TABLE registration_change ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE registration_change ALTER COLUMN registration_id DROP NOT NULL;
ALTER TABLE registration_change ADD COLUMN cohort_id uuid;
ALTER TABLE registration_change ADD COLUMN enrolment_id uuid;
