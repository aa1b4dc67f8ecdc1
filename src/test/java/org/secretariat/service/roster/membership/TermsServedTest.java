package org.secretariat.service.roster.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secretariat.charter.Citation;
import org.secretariat.charter.Enforcement;
import org.secretariat.charter.Office;
import org.secretariat.charter.Seating;
import org.secretariat.charter.Term;

/** 衡水 第十九条: terms served in a five-year office, counted in terms whatever the rows look like. */
class TermsServedTest {

    private static final Office CHAIR = new Office("chair", "理事长", "person", "council", 1, 1, null,
            Enforcement.REFUSE, null, null, new Term(5, true, Citation.of("第十九条")),
            new Office.TermLimit(2, Citation.of("第十九条")), null, Citation.of("第十九条"));
    private static final LocalDate ELECTION = LocalDate.of(2026, 3, 14);

    private static Seating.Holder row(String start, String end) {
        return new Seating.Holder(null, "赵三", "理事长", LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    private static int served(Seating.Holder... rows) {
        return TermsServed.consecutive(CHAIR, List.of(rows), ELECTION.minusDays(1));
    }

    @Test
    void oneRowOfOneTermIsOneTerm() {
        assertEquals(1, served(row("2021-03-14", "2026-03-13")));
    }

    @Test
    void oneRowExtendedOverTwoTermsIsTwoTerms() {
        assertEquals(2, served(row("2016-03-14", "2026-03-13")));
    }

    @Test
    void twoRowsOfOneTermEachAreTwoTerms() {
        assertEquals(2, served(row("2016-03-14", "2021-03-13"), row("2021-03-14", "2026-03-13")));
    }

    @Test
    void aReElectionAFewWeeksLateIsNotAnExtraTerm() {
        assertEquals(1, served(row("2021-03-14", "2026-04-30")));
        assertEquals(2, served(row("2016-02-01", "2021-04-15"), row("2021-04-16", "2026-03-13")));
    }

    @Test
    void aGapOfMoreThanAYearEndsTheRun() {
        assertEquals(1, served(row("2011-03-14", "2016-03-13"), row("2021-03-14", "2026-03-13")));
        assertEquals(2, served(row("2015-03-14", "2020-03-13"), row("2021-03-01", "2026-03-13")));
    }

    @Test
    void anOpenRowRunsToTheElectionAndOtherOfficesDoNotCount() {
        assertEquals(2, served(row("2016-03-14", null)));
        Seating.Holder director = new Seating.Holder(null, "赵三", "理事", LocalDate.parse("2001-01-01"), null);
        assertEquals(1, TermsServed.consecutive(CHAIR, List.of(director, row("2021-03-14", null)), ELECTION.minusDays(1)));
    }

    @Test
    void aTermStartingAfterTheDayDoesNotCount() {
        assertEquals(0, served(row("2027-01-01", null)));
    }
}
