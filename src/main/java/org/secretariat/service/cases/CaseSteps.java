package org.secretariat.service.cases;

import org.secretariat.service.certificates.CertificateRecalls;

import org.secretariat.service.AuditTrail;
import org.secretariat.service.EditConflicts;
import org.secretariat.service.meetings.MotionService;
import org.secretariat.service.VerdictNotes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.MeetingRules;
import org.secretariat.charter.Periods;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Threshold;
import org.secretariat.charter.WorkCalendar;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.CaseStep;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.i18n.Messages;
import org.secretariat.service.roster.membership.Change;
import org.secretariat.service.roster.membership.Finding;
import org.secretariat.service.roster.membership.Membership;
import org.secretariat.service.charters.CharterHistory;
import org.secretariat.document.ChineseDates;

/**
 * Recording the steps of a case: by hand (with the vote typed in where a body decides and its
 * meeting is not recorded here), or from a meeting resolution. The decisive step's approval applies
 * the outcome to the roster in the same transaction; a rejection closes the case as refused.
 */
public final class CaseSteps implements MotionService.ResolutionListener {

    /** A body's vote typed in: seats, present, and the tally. */
    public record Vote(int seated, int present, int yes, int no, int abstain) {
    }

    private final Database db;
    private final AuditTrail audit;
    private final CharterInForce charter;
    private final Supplier<WorkCalendar> calendar;
    private final Membership membership;
    private final CharterHistory history;
    private final EditConflicts conflicts;

    public CaseSteps(Database db, AuditTrail audit, CharterInForce charter, Supplier<WorkCalendar> calendar,
                     Membership membership, CharterHistory history) {
        this.db = db;
        this.conflicts = new EditConflicts(db, audit);
        this.history = history;
        this.audit = audit;
        this.charter = charter;
        this.calendar = calendar;
        this.membership = membership;
    }

    /** The membership change a procedure makes when it is decided; none for a withdrawal (it waits for its notice). */
    static Optional<Change> changeOf(Procedure proc) {
        return switch (proc.kind()) {
            case ADMISSION -> Optional.of(new Change.Join());
            case UPGRADE -> Optional.of(new Change.Upgrade(proc.toTier()));
            case EXPULSION -> Optional.of(new Change.Expel());
            default -> Optional.empty();
        };
    }

    /** Is the procedure's change in effect already (a resolution applied it before the case heard of it)? */
    private static boolean inEffect(Procedure proc, MemberUnit u) {
        return switch (proc.kind()) {
            case ADMISSION -> u.getStatus().isCurrent();
            case UPGRADE -> proc.toTier().equals(u.getTierId());
            case EXPULSION -> u.getStatus() == MemberStatus.EXPELLED;
            default -> false;
        };
    }

    /**
     * The case's procedure under the charter in force on the day (a step, a meeting); the one it was
     * opened under if the version in force that day no longer has it.
     */
    private Procedure procedureOn(MemberCase c, LocalDate on) {
        return charter.on(on).procedure(c.getProcedureId())
                .orElseGet(() -> charter.on(c.getOpenedOn()).procedure(c.getProcedureId()).orElseThrow());
    }

    private static MemberUnit unitOf(Session s, MemberCase c) {
        return c.getUnitId() == null ? null : s.find(MemberUnit.class, c.getUnitId());
    }

    public static Optional<List<String>> recommenders(MemberCase c) {
        return Optional.of(c.recommenderNames());
    }

    /**
     * Records a step. A body's step with a typed vote is judged by its rule (the decision follows
     * the verdict); problems come back instead of being recorded (a step out of order, no vote).
     */
    public List<Text> record(long caseId, String stepId, LocalDate on, String by, StepDecision decision, String remarks,
                             Vote vote) {
        return record(caseId, stepId, on, by, decision, remarks, vote, null);
    }

    /**
     * As {@link #record(long, String, LocalDate, String, StepDecision, String, Vote)}, refused with
     * {@link org.secretariat.service.EditConflict} if the step is no longer at {@code loadedVersion}
     * (another PC recorded or took it back since the screen read it; null: not checked).
     */
    public List<Text> record(long caseId, String stepId, LocalDate on, String by, StepDecision decision, String remarks,
                             Vote vote, Long loadedVersion) {
        return conflicts.guard(CaseService.ENTITY, caseId, () -> db.fromTransaction(s -> {
            MemberCase c = conflicts.found(s, MemberCase.class, CaseService.ENTITY, caseId, caseId);
            c.getSteps().stream().filter(x -> x.getStepId().equals(stepId)).findFirst().ifPresent(x ->
                    conflicts.refuseIfChanged(s, CaseService.ENTITY, caseId, loadedVersion, x.getVersion()));
            CharterProfile p = charter.on(on);
            Procedure proc = procedureOn(c, on);
            Procedure.Step def = proc.steps().stream().filter(x -> x.id().equals(stepId)).findFirst().orElseThrow();
            CaseStep step = c.getSteps().stream().filter(x -> x.getStepId().equals(stepId)).findFirst().orElseThrow();
            if (c.getStatus() != CaseStatus.OPEN) {
                return List.of(Text.of("case.error.closed"));
            }
            Optional<CaseStep> earlier = c.getSteps().stream().filter(x -> x.getPosition() < step.getPosition() && !x.isDone())
                    .findFirst();
            if (earlier.isPresent()) {
                return List.of(Text.of("case.error.order", earlier.get().getName()));
            }
            StepDecision d = decision;
            String note = remarks;
            if ("body".equals(def.actor()) && vote != null) {
                Body body = p.body(def.body()).orElseThrow();
                Threshold rule = CaseService.ruleOf(p, def).orElseThrow();
                MeetingRules.Vote v = MeetingRules.judge(MeetingRules.quorum(p, body, vote.seated(), vote.present()),
                        rule, vote.yes(), vote.no(), vote.abstain());
                if (v.reason() == MeetingRules.Reason.TOO_MANY_VOTES) {
                    return List.of(Text.of("meeting.vote.tooMany", vote.yes() + vote.no() + vote.abstain(), vote.present()));
                }
                d = v.passed() ? StepDecision.APPROVED : StepDecision.REJECTED;
                note = VerdictNotes.describe(v) + (remarks == null || remarks.isBlank() ? "" : "；" + remarks);
            }
            boolean decides = d == StepDecision.APPROVED && isDecisive(proc, stepId)
                    || d != StepDecision.REJECTED && c.getSteps().stream().filter(x -> x != step).allMatch(CaseStep::isDone);
            Optional<Change> change = changeOf(proc);
            MemberUnit unit = unitOf(s, c);
            if (decides && change.isPresent() && !inEffect(proc, unit)) {
                List<Text> refused = membership.check(s, unit, proc, change.get(), recommenders(c), on).stream()
                        .filter(Finding::refuses).map(Finding::message).toList();
                if (!refused.isEmpty()) {
                    return refused;
                }
            }
            step.record(on, by, d, note, null, vote == null ? null : vote.yes(), vote == null ? null : vote.no(),
                    vote == null ? null : vote.abstain());
            after(s, c, proc, step, on, by + "：" + step.getName());
            return List.of();
        }));
    }

    /** Called in a vote's transaction: a resolution about a unit records the matching step of its open case. */
    @Override
    public void onResolution(Session s, AgendaItem item, Body body, boolean passed) {
        String kind = switch (item.getMotionKind()) {
            case ADMIT -> ProcedureKind.ADMISSION.name();
            case UPGRADE -> ProcedureKind.UPGRADE.name();
            case EXPEL -> ProcedureKind.EXPULSION.name();
            case WITHDRAW -> ProcedureKind.WITHDRAWAL.name();
            case AMEND_CHARTER -> ProcedureKind.AMENDMENT.name();
            case DISSOLVE -> ProcedureKind.DISSOLUTION.name();
            default -> null;
        };
        boolean organisation = item.getMotionKind() == MotionKind.AMEND_CHARTER || item.getMotionKind() == MotionKind.DISSOLVE;
        if (kind == null || item.getUnitId() == null && !organisation) {
            return;
        }
        // the organisation's own motion records the step of its open case (CCEAA's 主席团 votes twice: the first open one)
        List<MemberCase> open = (organisation
                ? s.createSelectionQuery("from MemberCase c where c.unitId is null and c.kind = :k and c.status = :o", MemberCase.class)
                : s.createSelectionQuery("from MemberCase c where c.unitId = :u and c.kind = :k and c.status = :o", MemberCase.class)
                        .setParameter("u", item.getUnitId()))
                .setParameter("k", kind).setParameter("o", CaseStatus.OPEN).getResultList();
        for (MemberCase c : open) {
            if (item.getMotionKind() == MotionKind.UPGRADE && !item.getTargetTierId().equals(c.getTargetTierId())) {
                continue;
            }
            Procedure proc = procedureOn(c, item.getMeeting().getDate());
            for (CaseStep step : c.getSteps()) {
                Optional<Procedure.Step> def = proc.steps().stream().filter(x -> x.id().equals(step.getStepId())).findFirst();
                if (!step.isDone() && def.isPresent() && body.id().equals(def.get().body())) {
                    if (organisation && c.getSteps().stream().anyMatch(x -> x.getPosition() < step.getPosition() && !x.isDone()
                            && !"secretariat".equals(actorOf(proc, x)))) {
                        break; // an earlier vote or outside step is not on record: the charter's order holds, record it first
                    }
                    LocalDate on = item.getMeeting().getDate();
                    // earlier steps the secretariat did without recording them are taken as done by then
                    c.getSteps().stream().filter(x -> x.getPosition() < step.getPosition() && !x.isDone())
                            .forEach(x -> x.record(on, "秘书处", StepDecision.DONE, "随会议决议一并登记", null, null, null, null));
                    step.record(on, body.name(), passed ? StepDecision.APPROVED : StepDecision.REJECTED, item.getVerdictNote(),
                            item.getId(), item.getYes(), item.getNo(), item.getAbstain());
                    after(s, c, proc, step, on, item.getMeeting().getTitle() + " 第 " + item.getPosition() + " 项");
                    return;
                }
            }
        }
    }

    /**
     * A corrected tally: the step the first tally recorded is taken back (and its case reopened if
     * that tally closed it), on the record; {@link #onResolution} then records the corrected one.
     */
    @Override
    public void onCorrection(Session s, AgendaItem item, String reason) {
        List<CaseStep> recorded = s.createSelectionQuery("from CaseStep c where c.agendaItemId = :i", CaseStep.class)
                .setParameter("i", item.getId()).getResultList();
        for (CaseStep step : recorded) {
            MemberCase c = step.getMemberCase();
            String was = step.getDecision().name() + " " + step.getDoneOn();
            if (bringsIntoForce(procedureOn(c, step.getDoneOn()), c, step)) {
                history.takeOutOfForce(s, c.getId()); // the amended charter was in force from this vote
            }
            step.undo();
            if (c.getStatus() != CaseStatus.OPEN) {
                c.reopen();
            }
            audit.record(s, AuditAction.STEP, CaseService.ENTITY, c.getId(), c.getUnitName(), step.getName()
                    + AuditTrail.SEP + was + AuditTrail.SEP + "correction: " + reason + "\n");
        }
    }

    /** After a step: refuse on a rejection, apply the outcome at the decisive step, complete when all are done. */
    private void after(Session s, MemberCase c, Procedure proc, CaseStep step, LocalDate on, String source) {
        scheduleDeadlines(c, proc, calendar.get());
        if (step.getDecision() == StepDecision.REJECTED) {
            c.close(CaseStatus.REFUSED, on, step.getName() + "：" + (step.getRemarks() == null ? "未通过" : step.getRemarks()));
            if (ProcedureKind.WITHDRAWAL.name().equals(c.getKind())) {
                restore(s, c);
            }
            if (ProcedureKind.AMENDMENT.name().equals(c.getKind())) {
                history.takeOutOfForce(s, c.getId()); // a refused amendment is never in force
            }
        } else {
            if (bringsIntoForce(proc, c, step)) {
                history.bringIntoForce(s, c.getId(), on); // in force from this step's day, not before
            }
            if (isDecisive(proc, step.getStepId()) && step.getDecision() == StepDecision.APPROVED) {
                apply(s, c, proc, on, source);
            }
        }
        if (c.getStatus() == CaseStatus.OPEN && c.getSteps().stream().allMatch(CaseStep::isDone)) {
            if (c.getUnitId() == null) {
                c.close(CaseStatus.COMPLETED, on, organisationOutcome(c, proc, on));
            } else if (!ProcedureKind.WITHDRAWAL.name().equals(c.getKind())) {
                apply(s, c, proc, on, source);
                c.close(CaseStatus.COMPLETED, on, c.getOutcome());
            }
        }
        CertificateRecalls.returnedByCase(s, audit, proc, c, step); // returns_certificate (CERRA 第十三條)
        audit.record(s, AuditAction.STEP, CaseService.ENTITY, c.getId(), c.getUnitName(), step.getName() + AuditTrail.SEP + ""
                + AuditTrail.SEP + step.getDecision().name() + " " + on + "\n");
    }

    private static String actorOf(Procedure proc, CaseStep step) {
        return proc.steps().stream().filter(x -> x.id().equals(step.getStepId())).map(Procedure.Step::actor).findFirst().orElse("");
    }

    /** Is this step, approved or done, the one from whose day the amended charter is in force? */
    private static boolean bringsIntoForce(Procedure proc, MemberCase c, CaseStep step) {
        return ProcedureKind.AMENDMENT.name().equals(c.getKind()) && c.getUnitId() == null
                && (step.getDecision() == StepDecision.APPROVED || step.getDecision() == StepDecision.DONE)
                && proc.inForceStep().map(x -> x.id().equals(step.getStepId())).orElse(false);
    }

    /** What the organisation's completed case did: the amended charter's first day, or the end, with the article. */
    private static String organisationOutcome(MemberCase c, Procedure proc, LocalDate on) {
        if (ProcedureKind.AMENDMENT.name().equals(c.getKind())) {
            LocalDate from = proc.inForceStep().flatMap(d -> c.getSteps().stream().filter(x -> x.getStepId().equals(d.id()))
                    .findFirst()).map(CaseStep::getDoneOn).orElse(on);
            return "修改后的章程自" + ChineseDates.format(from) + "起施行（" + proc.citation().article() + "）";
        }
        return "本组织终止：" + proc.name() + "（" + proc.citation().article() + "），各步骤于" + ChineseDates.format(on) + "办结";
    }

    private static void restore(Session s, MemberCase c) {
        MemberUnit u = s.find(MemberUnit.class, c.getUnitId());
        if (u.getStatus() == MemberStatus.WITHDRAWING) {
            u.setStatus(MemberStatus.MEMBER);
        }
    }

    /** The step whose approval decides the case: the last body's step, else the last secretariat review. */
    static boolean isDecisive(Procedure proc, String stepId) {
        List<Procedure.Step> steps = proc.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if ("body".equals(steps.get(i).actor())) {
                return steps.get(i).id().equals(stepId);
            }
        }
        for (int i = steps.size() - 1; i > 0; i--) {
            Procedure.Step st = steps.get(i);
            if ("secretariat".equals(st.actor()) && st.certificate() == null && st.notifyBy() == null) {
                return st.id().equals(stepId);
            }
        }
        return false;
    }

    /** Applies the case's outcome to the unit through {@link Membership}, once (a resolution may have applied it). */
    private void apply(Session s, MemberCase c, Procedure proc, LocalDate on, String source) {
        Optional<Change> change = changeOf(proc);
        if (change.isEmpty()) {
            return; // a withdrawal takes effect when confirmed after its notice period
        }
        MemberUnit u = s.find(MemberUnit.class, c.getUnitId());
        if (inEffect(proc, u)) {
            if (c.getOutcome() == null) {
                c.setOutcome(membership.describe(u, change.get()));
            }
            return;
        }
        Membership.Applied done = membership.apply(s, u, proc, change.get(), recommenders(c), on, AuditAction.CASE,
                proc.name() + "：" + source);
        c.setOutcome(done.made() ? done.note() : "未生效：" + String.join("；",
                done.findings().stream().filter(Finding::refuses).map(f -> Messages.chinese(f.message())).toList()));
    }

    /** A withdrawal takes effect: once its notice has run and every deciding step approved it. */
    public List<Text> confirmWithdrawal(long caseId, LocalDate today) {
        return db.fromTransaction(s -> {
            MemberCase c = conflicts.found(s, MemberCase.class, CaseService.ENTITY, caseId, caseId);
            if (c.getEffectiveOn() != null && today.isBefore(c.getEffectiveOn())) {
                return List.of(Text.of("case.error.notYet", c.getEffectiveOn()));
            }
            Optional<CaseStep> pending = c.getSteps().stream().filter(x -> !x.isDone()).findFirst();
            if (pending.isPresent()) {
                return List.of(Text.of("case.error.order", pending.get().getName()));
            }
            MemberUnit u = s.find(MemberUnit.class, c.getUnitId());
            Procedure proc = procedureOn(c, today);
            Membership.Applied done = membership.apply(s, u, proc, new Change.Withdraw(), Optional.empty(), today, AuditAction.CASE,
                    proc.name() + "：退出生效");
            if (!done.made()) {
                return done.findings().stream().filter(Finding::refuses).map(Finding::message).toList();
            }
            c.close(CaseStatus.COMPLETED, today, done.note());
            return List.of();
        });
    }

    /** Works out the deadlines a step's charter rule sets from the step it runs after. */
    static void scheduleDeadlines(MemberCase c, Procedure proc, WorkCalendar calendar) {
        for (Procedure.Step def : proc.steps()) {
            if (def.deadline() == null) {
                continue;
            }
            CaseStep step = c.getSteps().stream().filter(x -> x.getStepId().equals(def.id())).findFirst().orElse(null);
            String after = def.deadlineAfter() != null ? def.deadlineAfter() : proc.steps().get(0).id();
            CaseStep from = c.getSteps().stream().filter(x -> x.getStepId().equals(after)).findFirst().orElse(null);
            if (step != null && from != null && from.getDoneOn() != null && step.getDueBy() == null) {
                step.setDueBy(Periods.lastDay(from.getDoneOn(), def.deadline(), calendar));
            }
        }
    }
}
