package org.secretariat.service.cases;

import java.time.LocalDate;
import java.util.List;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Text;

/**
 * A case as the screens show it: the unit ({@code unitId} null for the organisation's own case,
 * amending its charter or ending it, named after the organisation), the procedure with its article, and each step. A date
 * counted on the working-day calendar carries a note (else {@code null}) where the calendar cannot
 * vouch for it: a year without its holiday arrangement, or a calendar changed since.
 */
public record CaseView(long id, String procedureId, String procedureName, String article, String kind, Long unitId,
                       String unitName, String targetTierName, String recommenders, LocalDate openedOn,
                       LocalDate effectiveOn, Text effectiveNote, CaseStatus status, String outcome, List<Step> steps) {

    /** A step: what the charter asks, who acts, the rule, the deadline (and its note), and what happened. */
    public record Step(long id, String stepId, String name, String actor, String bodyName, String rule, LocalDate dueBy,
                       Text dueNote, LocalDate doneOn, String doneBy, StepDecision decision, String remarks,
                       Long agendaItemId, Integer yes, Integer no, Integer abstain, long version) {
        public boolean isDone() {
            return decision != null;
        }
    }

    /** The organisation's own case (amendment, dissolution): no unit. */
    public boolean isOrganisation() {
        return unitId == null;
    }

    /** The first step not yet done, if any. */
    public Step nextStep() {
        return steps.stream().filter(s -> !s.isDone()).findFirst().orElse(null);
    }
}
