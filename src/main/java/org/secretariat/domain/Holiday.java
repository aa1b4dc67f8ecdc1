package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the State Council's yearly holiday notice names: a holiday (放假) or a make-up working day
 * (调休上班), with the festival it belongs to (春节, 国庆节 …). Days not listed follow the week.
 */
@Entity
@Table(name = "holiday")
public class Holiday {

    /** What the notice makes of the day. */
    public enum Kind {
        /** A day off, including the weekend days inside a holiday block. */
        HOLIDAY,
        /** A Saturday or Sunday that is worked to make up for a holiday block (调休上班). */
        WORKDAY
    }

    @Id
    @Column(name = "calendar_day")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 50)
    private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate day, Kind kind, String name) {
        this.day = Objects.requireNonNull(day, "day");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name").strip();
    }

    public LocalDate getDay() {
        return day;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isHoliday() {
        return kind == Kind.HOLIDAY;
    }

    public String getName() {
        return name;
    }

    public void setKind(Kind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name").strip();
    }
}
