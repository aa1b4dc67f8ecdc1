package org.secretariat.charter;

/** A notice period or deadline: calendar days, working days, months or years. */
public record Period(int amount, Unit unit, Citation citation) {

    public enum Unit { DAYS, WORKING_DAYS, MONTHS, YEARS }
}
