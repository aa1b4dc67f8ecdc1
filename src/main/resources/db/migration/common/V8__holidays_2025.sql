-- Secretariat schema, version 8: the 2025 holiday notice, and which years' notices are entered.
--
-- 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，国务院办公厅 2024年11月12日）.
-- Text as published by Xinhua (新华社北京11月12日电), e.g. https://m.gmw.cn/2024-11/12/content_1303894933.htm
--   一、元旦：1月1日（周三）放假1天，不调休。
--   二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
--   三、清明节：4月4日（周五）至6日（周日）放假，共3天。
--   四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
--   五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
--   六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
--
-- A data folder may already list 2025 days the secretariat typed in under Settings (CalendarService.save
-- merges one row per date). Those rows are kept as they are: only the dates not listed yet are added.

INSERT INTO holiday (calendar_day, kind, name)
SELECT v.calendar_day, v.kind, v.name FROM (VALUES
    (DATE '2025-01-01', 'HOLIDAY', '元旦'),
    (DATE '2025-01-26', 'WORKDAY', '春节'),
    (DATE '2025-01-28', 'HOLIDAY', '春节'),
    (DATE '2025-01-29', 'HOLIDAY', '春节'),
    (DATE '2025-01-30', 'HOLIDAY', '春节'),
    (DATE '2025-01-31', 'HOLIDAY', '春节'),
    (DATE '2025-02-01', 'HOLIDAY', '春节'),
    (DATE '2025-02-02', 'HOLIDAY', '春节'),
    (DATE '2025-02-03', 'HOLIDAY', '春节'),
    (DATE '2025-02-04', 'HOLIDAY', '春节'),
    (DATE '2025-02-08', 'WORKDAY', '春节'),
    (DATE '2025-04-04', 'HOLIDAY', '清明节'),
    (DATE '2025-04-05', 'HOLIDAY', '清明节'),
    (DATE '2025-04-06', 'HOLIDAY', '清明节'),
    (DATE '2025-04-27', 'WORKDAY', '劳动节'),
    (DATE '2025-05-01', 'HOLIDAY', '劳动节'),
    (DATE '2025-05-02', 'HOLIDAY', '劳动节'),
    (DATE '2025-05-03', 'HOLIDAY', '劳动节'),
    (DATE '2025-05-04', 'HOLIDAY', '劳动节'),
    (DATE '2025-05-05', 'HOLIDAY', '劳动节'),
    (DATE '2025-05-31', 'HOLIDAY', '端午节'),
    (DATE '2025-06-01', 'HOLIDAY', '端午节'),
    (DATE '2025-06-02', 'HOLIDAY', '端午节'),
    (DATE '2025-09-28', 'WORKDAY', '国庆节、中秋节'),
    (DATE '2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-11', 'WORKDAY', '国庆节、中秋节')
) AS v(calendar_day, kind, name)
WHERE NOT EXISTS (SELECT 1 FROM holiday h WHERE h.calendar_day = v.calendar_day);

-- The years whose State Council notice is entered in full (decision 0004). A year with rows but no
-- entry here (2027 above: the statutory days only, no make-up working days) is not arranged: a
-- deadline counted through it says so. The secretariat marks a year here in Settings once it has
-- entered that year's notice.
CREATE TABLE holiday_year (
    calendar_year INT          PRIMARY KEY,
    notice        VARCHAR(100) NOT NULL
);

INSERT INTO holiday_year (calendar_year, notice) VALUES
    (2025, '国办发明电〔2024〕12号'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）');
