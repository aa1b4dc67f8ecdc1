-- Secretariat schema, version 14: a version on every record a user edits after creating it, so a
-- save over another PC's newer save is refused (optimistic locking, decision 0018). Rows start at 0.
ALTER TABLE person ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE member_case ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE case_step ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE certificate ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE certificate_template ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE fee_rate ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE organisation ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE activity ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE agenda_item ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE attendance ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE report_narrative ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE charter_version ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
