package org.secretariat.service.overview;

import org.secretariat.service.cases.CalendarNotes;
import org.secretariat.service.cases.CaseService;
import org.secretariat.service.cases.CaseView;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.meetings.InactivityText;
import org.secretariat.service.meetings.ObligationService;
import org.secretariat.service.meetings.ParticipationService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.Person;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;

/**
 * Everything that needs the secretariat now or within 30 days, each with its date, unit, rule and
 * article: cases waiting on a step, step deadlines, withdrawals taking effect, terms of office ending,
 * inactivity candidates, certificates to recall, and the charter's meeting obligations.
 */
public final class DueService {

    public static final int HORIZON_DAYS = 30;

    private final Database db;
    private final CaseService cases;
    private final ParticipationService participation;
    private final ObligationService obligations;
    private FeeService fees;
    private final Supplier<CharterProfile> charter;
    private final Clock clock;

    public DueService(Database db, CaseService cases, ParticipationService participation, ObligationService obligations,
                      Supplier<CharterProfile> charter, Clock clock) {
        this.db = db;
        this.cases = cases;
        this.participation = participation;
        this.obligations = obligations;
        this.charter = charter;
        this.clock = clock;
    }

    /** Fees owed appear too, once the fee service exists (it is built after this one). */
    public void setFees(FeeService fees) {
        this.fees = fees;
    }

    public List<ObligationService.Due> due() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        List<ObligationService.Due> out = new ArrayList<>(obligations.due());
        for (CaseView c : cases.list()) {
            if (c.status() != CaseStatus.OPEN) {
                continue;
            }
            CaseView.Step next = c.nextStep();
            if (next != null) {
                LocalDate by = next.dueBy() != null ? next.dueBy() : today;
                out.add(new ObligationService.Due(by, Text.of(next.dueBy() != null ? "due.stepDeadline" : "due.step",
                        c.unitName(), c.procedureName(), next.name(), CalendarNotes.dated(next.dueBy(), next.dueNote())), c.article(), null,
                        ObligationService.Target.CASE, c.id()));
            } else if ("WITHDRAWAL".equals(c.kind()) && c.effectiveOn() != null && !c.effectiveOn().isAfter(horizon)) {
                out.add(new ObligationService.Due(c.effectiveOn(), Text.of("due.withdrawal", c.unitName(),
                        CalendarNotes.dated(c.effectiveOn(), c.effectiveNote())),
                        c.article(), null, ObligationService.Target.WITHDRAWAL, c.id()));
            }
        }
        out.addAll(termsEnding(today, horizon));
        for (ParticipationService.Candidate c : participation.inactive()) {
            out.add(new ObligationService.Due(c.outFrom(), InactivityText.of(c), c.article(), null,
                    ObligationService.Target.INACTIVE, c.unitId()));
        }
        if (fees != null && fees.charged()) {
            fees.arrearsDue().forEach(t -> out.add(new ObligationService.Due(today, t, fees.article(), null,
                    ObligationService.Target.FEES, null)));
        }
        out.sort(Comparator.comparing(ObligationService.Due::by));
        return out;
    }

    /** People whose term of office ends within the horizon (an open end runs for the office's term). */
    private List<ObligationService.Due> termsEnding(LocalDate today, LocalDate horizon) {
        CharterProfile p = charter.get();
        return db.fromTransaction(s -> {
            List<ObligationService.Due> out = new ArrayList<>();
            for (Person person : s.createSelectionQuery("from Person p join fetch p.unit u where u.status in (:current)",
                    Person.class).setParameterList("current", List.of(org.secretariat.domain.MemberStatus.MEMBER,
                    org.secretariat.domain.MemberStatus.WITHDRAWING)).getResultList()) {
                Office office = p.offices().stream().filter(o -> o.name().equals(person.getRole()) || o.id().equals(person.getRole()))
                        .findFirst().orElse(null);
                LocalDate end = person.getTermEnd();
                if (end == null && office != null && office.term() != null && person.getTermStart() != null) {
                    end = office.term().lastDay(person.getTermStart());
                }
                if (end != null && !end.isBefore(today) && !end.isAfter(horizon)) {
                    String article = office != null && office.term() != null ? office.term().citation().article() : "—";
                    out.add(new ObligationService.Due(end, Text.of("due.term", person.getName(), person.getUnit().getName(),
                            person.getRole(), end), article, null, ObligationService.Target.UNIT, person.getUnit().getId()));
                }
            }
            return out;
        });
    }
}
