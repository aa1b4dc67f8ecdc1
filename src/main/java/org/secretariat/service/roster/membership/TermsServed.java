package org.secretariat.service.roster.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.secretariat.charter.Office;
import org.secretariat.charter.Seating;

/**
 * How many consecutive terms a person has served in an office, counted in terms, not roster rows:
 * each row is at least one term, and a row that runs over several term lengths (a re-election
 * recorded by extending the end date) counts one term per term length, rounded to the nearest
 * (a late re-election of a few weeks is not a term). Rows more than a year apart break the run
 * (衡水 第十九条「连任不得超过两届」 limits consecutive terms). Decision record 0002.
 */
public final class TermsServed {

    /** A gap longer than this between one term's end and the next start ends the run. */
    static final int GAP_MONTHS = 12;

    private TermsServed() {
    }

    /** Consecutive terms up to {@code asOf} (open ends run to it). */
    public static int consecutive(Office office, List<Seating.Holder> rows, LocalDate asOf) {
        List<Seating.Holder> mine = rows.stream().filter(h -> office.isRole(h.role()) && h.termStart() != null
                && !h.termStart().isAfter(asOf)).sorted(Comparator.comparing(Seating.Holder::termStart).reversed()).toList();
        int terms = 0;
        LocalDate nextStart = null;
        for (Seating.Holder h : mine) {
            LocalDate end = h.termEnd() == null || h.termEnd().isAfter(asOf) ? asOf : h.termEnd();
            if (nextStart != null && end.plusMonths(GAP_MONTHS).isBefore(nextStart)) {
                break;
            }
            terms += termsIn(office, h.termStart(), end);
            nextStart = h.termStart();
        }
        return terms;
    }

    /** Terms in one row: its length in term lengths, rounded half up, at least one. */
    static int termsIn(Office office, LocalDate start, LocalDate end) {
        if (office.term() == null || office.term().years() <= 0) {
            return 1;
        }
        long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        long termMonths = office.term().years() * 12L;
        return (int) Math.max(1, (months * 2 + termMonths) / (termMonths * 2));
    }
}
