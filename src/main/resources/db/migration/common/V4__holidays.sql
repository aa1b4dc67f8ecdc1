-- Secretariat schema, version 4: the working-day calendar. Each row is a day the State Council's
-- yearly holiday notice names: a holiday (HOLIDAY, 放假, including the weekend days inside a
-- holiday block) or a make-up working day (WORKDAY, 调休上班, a Saturday or Sunday that is worked).
-- Every other day is a working day from Monday to Friday. The column is calendar_day because DAY
-- is a reserved word in H2.

CREATE TABLE holiday (
    calendar_day DATE        PRIMARY KEY,
    kind         VARCHAR(10) NOT NULL,
    name         VARCHAR(50) NOT NULL,
    CONSTRAINT ck_holiday_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（国务院办公厅 2025年11月4日）.
-- Text as published by Xinhua (新华社北京11月4日电), e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm;
-- on the government portal: https://www.gov.cn/zhengce/content/202511/content_7047090.htm
--   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
--   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
--   三、清明节：4月4日（周六）至6日（周一）放假，共3天。
--   四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
--   五、端午节：6月19日（周五）至21日（周日）放假，共3天。
--   六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
--   七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
INSERT INTO holiday (calendar_day, kind, name) VALUES
    (DATE '2026-01-01', 'HOLIDAY', '元旦'),
    (DATE '2026-01-02', 'HOLIDAY', '元旦'),
    (DATE '2026-01-03', 'HOLIDAY', '元旦'),
    (DATE '2026-01-04', 'WORKDAY', '元旦'),
    (DATE '2026-02-14', 'WORKDAY', '春节'),
    (DATE '2026-02-15', 'HOLIDAY', '春节'),
    (DATE '2026-02-16', 'HOLIDAY', '春节'),
    (DATE '2026-02-17', 'HOLIDAY', '春节'),
    (DATE '2026-02-18', 'HOLIDAY', '春节'),
    (DATE '2026-02-19', 'HOLIDAY', '春节'),
    (DATE '2026-02-20', 'HOLIDAY', '春节'),
    (DATE '2026-02-21', 'HOLIDAY', '春节'),
    (DATE '2026-02-22', 'HOLIDAY', '春节'),
    (DATE '2026-02-23', 'HOLIDAY', '春节'),
    (DATE '2026-02-28', 'WORKDAY', '春节'),
    (DATE '2026-04-04', 'HOLIDAY', '清明节'),
    (DATE '2026-04-05', 'HOLIDAY', '清明节'),
    (DATE '2026-04-06', 'HOLIDAY', '清明节'),
    (DATE '2026-05-01', 'HOLIDAY', '劳动节'),
    (DATE '2026-05-02', 'HOLIDAY', '劳动节'),
    (DATE '2026-05-03', 'HOLIDAY', '劳动节'),
    (DATE '2026-05-04', 'HOLIDAY', '劳动节'),
    (DATE '2026-05-05', 'HOLIDAY', '劳动节'),
    (DATE '2026-05-09', 'WORKDAY', '劳动节'),
    (DATE '2026-06-19', 'HOLIDAY', '端午节'),
    (DATE '2026-06-20', 'HOLIDAY', '端午节'),
    (DATE '2026-06-21', 'HOLIDAY', '端午节'),
    (DATE '2026-09-20', 'WORKDAY', '国庆节'),
    (DATE '2026-09-25', 'HOLIDAY', '中秋节'),
    (DATE '2026-09-26', 'HOLIDAY', '中秋节'),
    (DATE '2026-09-27', 'HOLIDAY', '中秋节'),
    (DATE '2026-10-01', 'HOLIDAY', '国庆节'),
    (DATE '2026-10-02', 'HOLIDAY', '国庆节'),
    (DATE '2026-10-03', 'HOLIDAY', '国庆节'),
    (DATE '2026-10-04', 'HOLIDAY', '国庆节'),
    (DATE '2026-10-05', 'HOLIDAY', '国庆节'),
    (DATE '2026-10-06', 'HOLIDAY', '国庆节'),
    (DATE '2026-10-07', 'HOLIDAY', '国庆节'),
    (DATE '2026-10-10', 'WORKDAY', '国庆节');

-- 2027: 法定假日; 调休安排待国务院通知公布后在设置中补充.
-- No notice for 2027 could be found when this was written (2026-11-21), so only the days that
-- 全国年节及纪念日放假办法 itself fixes are listed, as amended by 国务院关于修改《全国年节及纪念日
-- 放假办法》的决定 (2024, in force 1 January 2025): 元旦 1天（1月1日）; 春节 4天（农历除夕、正月
-- 初一至初三）; 清明节 1天（农历清明当日）; 劳动节 2天（5月1日、2日）; 端午节 1天（农历端午当日）;
-- 中秋节 1天（农历中秋当日）; 国庆节 3天（10月1日、2日、3日）.
-- Lunar dates, computed (new moons by Meeus' algorithm, Beijing time; cross-checked with ICU4J):
--   春节: new moon 2027-02-06 23:56 → 正月初一 = 2027-02-06（周六）; 除夕（腊月二十九）= 2027-02-05.
--         (ICU4J's ChineseCalendar puts 初一 on 02-07: its new moon lands a few minutes past midnight.)
--   清明: sun at 15° longitude 2027-04-05 08:10 → 2027-04-05（周一）.
--   端午: 五月初一 = 2027-06-05 → 五月初五 = 2027-06-09（周三）.
--   中秋: 八月初一 = 2027-09-01 → 八月十五 = 2027-09-15（周三）.
-- Not listed until the notice is out: the make-up working days (调休上班), the days a holiday that
-- falls on a Saturday or Sunday is made up on a working day (补假: 春节 02-06/07, 劳动节 05-01/02,
-- 国庆节 10-02/03 fall on weekends), and any longer blocks the notice sets.
INSERT INTO holiday (calendar_day, kind, name) VALUES
    (DATE '2027-01-01', 'HOLIDAY', '元旦'),
    (DATE '2027-02-05', 'HOLIDAY', '春节'),
    (DATE '2027-02-06', 'HOLIDAY', '春节'),
    (DATE '2027-02-07', 'HOLIDAY', '春节'),
    (DATE '2027-02-08', 'HOLIDAY', '春节'),
    (DATE '2027-04-05', 'HOLIDAY', '清明节'),
    (DATE '2027-05-01', 'HOLIDAY', '劳动节'),
    (DATE '2027-05-02', 'HOLIDAY', '劳动节'),
    (DATE '2027-06-09', 'HOLIDAY', '端午节'),
    (DATE '2027-09-15', 'HOLIDAY', '中秋节'),
    (DATE '2027-10-01', 'HOLIDAY', '国庆节'),
    (DATE '2027-10-02', 'HOLIDAY', '国庆节'),
    (DATE '2027-10-03', 'HOLIDAY', '国庆节');
