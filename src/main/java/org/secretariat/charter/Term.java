package org.secretariat.charter;

import java.time.LocalDate;

/** A term of office or of a body, in whole years (届). */
public record Term(int years, boolean reElection, Citation citation) {

    /** The last day of a term that starts on {@code start} (Civil Code art. 202: the day before the anniversary). */
    public LocalDate lastDay(LocalDate start) {
        return start.plusYears(years).minusDays(1);
    }
}
