package org.secretariat.service.meetings;

import java.time.LocalDate;
import org.secretariat.i18n.Text;

/**
 * What the home screen says about an inactive unit: since when the app counts and why that day —
 * the last participation, joining, a dismissed proposal, or the day the app's records began (then
 * it says that nothing before is on record, never 「从未参加」).
 */
public final class InactivityText {

    private InactivityText() {
    }

    public static Text of(ParticipationService.Candidate c) {
        String key = switch (c.basis()) {
            case TOOK_PART -> "due.inactive.tookPart";
            case JOINED -> "due.inactive.joined";
            case DISMISSED -> "due.inactive.dismissed";
            case RECORDED -> "due.inactive.recorded";
        };
        return Text.of(key, c.unitName(), c.years(), date(c.since()), date(c.outFrom()));
    }

    /** 2026年12月4日 in Chinese, 2026-12-04 in English. */
    static Text date(LocalDate d) {
        return Text.of("due.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth(), d.toString());
    }
}
