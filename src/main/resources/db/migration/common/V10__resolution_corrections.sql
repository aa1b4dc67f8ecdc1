-- Secretariat schema, version 10: correcting a mistyped tally within its meeting.
--
-- prior_state: how the unit stood before the resolution changed it (status, tier, join date, the
-- person it added), so a correction can put it back in the correction's transaction.
-- correction_note: the last correction of the tally (the original tally and the reason typed);
-- the audit trail keeps every one.

ALTER TABLE agenda_item ADD COLUMN prior_state VARCHAR(1000);
ALTER TABLE agenda_item ADD COLUMN correction_note VARCHAR(1000);
