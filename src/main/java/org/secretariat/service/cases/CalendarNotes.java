package org.secretariat.service.cases;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.secretariat.charter.Period;
import org.secretariat.charter.Periods;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.WorkCalendar;
import org.secretariat.domain.CaseStep;
import org.secretariat.domain.MemberCase;
import org.secretariat.i18n.Text;

/**
 * What a case's deadline or effective date must say about the calendar it was counted on: that a
 * year it went through has no holiday arrangement entered (counted on weekends alone), or that the
 * calendar has changed since and counting again gives another day. {@code null}: nothing to say.
 */
public final class CalendarNotes {

    private CalendarNotes() {
    }

    /** The note for a step's deadline, counted from the step it runs after. */
    static Text forStep(MemberCase c, Procedure proc, Procedure.Step def, CaseStep step, WorkCalendar cal) {
        if (def == null || def.deadline() == null || step.getDueBy() == null || proc.steps().isEmpty()) {
            return null;
        }
        String after = def.deadlineAfter() != null ? def.deadlineAfter() : proc.steps().get(0).id();
        LocalDate from = c.getSteps().stream().filter(x -> x.getStepId().equals(after)).map(CaseStep::getDoneOn)
                .filter(d -> d != null).findFirst().orElse(null);
        return from == null ? null : note(from, def.deadline(), step.getDueBy(), step.getDueBy(), cal);
    }

    /** The note for a withdrawal's effective day, the day after its notice period from the case's opening. */
    static Text forEffectiveDay(MemberCase c, Procedure proc, WorkCalendar cal) {
        if (c.getEffectiveOn() == null || proc.notice() == null || c.getOpenedOn() == null) {
            return null;
        }
        return note(c.getOpenedOn(), proc.notice(), c.getEffectiveOn().minusDays(1), c.getEffectiveOn(), cal);
    }

    /** {@code shown} is the date on screen: the last day itself, or the day after it for an effective day. */
    static Text note(LocalDate from, Period p, LocalDate last, LocalDate shown, WorkCalendar cal) {
        SortedSet<Integer> missing = Periods.unarrangedYears(from, p, last, cal);
        if (!missing.isEmpty()) {
            return Text.of("calendar.unarranged", missing.stream().map(String::valueOf).collect(Collectors.joining("、")));
        }
        LocalDate again = Periods.lastDay(from, p, cal).plusDays(shown.equals(last) ? 0 : 1);
        return again.equals(shown) ? null : Text.of("calendar.recounted", again);
    }

    /** A message argument: the date alone, or with its note 「2027-01-04（2027年节假日安排尚未录入……）」. */
    public static Object dated(LocalDate date, Text note) {
        return note == null ? date : Text.of("calendar.dateNoted", date, note);
    }
}
