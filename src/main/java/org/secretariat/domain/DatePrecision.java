package org.secretariat.domain;

import java.time.LocalDate;

/**
 * How much of a date is known. A roster that says 入会日期 2023年5月 knows the month, not the day:
 * the date is kept as the month's first day with {@link #MONTH}, and shown without a day, never
 * with one invented.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** 2023-05-01, 2023年5月 or 2023年, as the roster shows a date of this precision. */
    public String show(LocalDate date) {
        if (date == null) {
            return "";
        }
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.getYear() + "年" + date.getMonthValue() + "月";
            case YEAR -> date.getYear() + "年";
        };
    }

    /** The precision stored for a unit; null (rows written before precision was kept) is a full date. */
    public static DatePrecision orDay(DatePrecision p) {
        return p == null ? DAY : p;
    }
}
