-- Secretariat schema, version 11: how much of a unit's 入会日期 is known.
--
-- Rosters give 2023年5月 or 2023年 as often as a full date. The date is kept as the first day of
-- the month (or year) and this column says so, so it is shown as typed, never with a day invented.
-- Rows written before this version hold full dates: DAY.

ALTER TABLE member_unit ADD COLUMN join_date_precision VARCHAR(5) DEFAULT 'DAY' NOT NULL;
ALTER TABLE member_unit ADD CONSTRAINT ck_member_unit_join_precision
    CHECK (join_date_precision IN ('DAY', 'MONTH', 'YEAR'));
