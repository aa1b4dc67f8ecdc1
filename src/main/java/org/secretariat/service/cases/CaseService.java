package org.secretariat.service.cases;

import org.secretariat.service.AuditTrail;
import org.secretariat.service.EditConflicts;

import org.secretariat.domain.AuditAction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProblem;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Periods;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Threshold;
import org.secretariat.charter.Tier;
import org.secretariat.charter.WorkCalendar;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.CaseStep;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.MemberUnitRepository;
import org.secretariat.service.roster.membership.Change;
import org.secretariat.service.roster.membership.Finding;
import org.secretariat.service.roster.membership.Membership;
import org.secretariat.service.charters.CharterHistory;

/**
 * Membership cases: a unit walks the steps of a charter procedure (admission, upgrade, withdrawal,
 * expulsion). Opening one checks the charter's preconditions; recording steps is {@link CaseSteps}'s.
 */
public final class CaseService {

    public static final String ENTITY = "Case";

    /**
     * The outcome of opening a case: its id, or why the charter does not allow it; {@code warnings}
     * were shown but did not stop it (a credit code that cannot tell a legal person, decision 0005).
     */
    public record Opened(Long caseId, List<Text> problems, List<Text> warnings) {
        public Opened(Long caseId, List<Text> problems) {
            this(caseId, problems, List.of());
        }
    }

    private final Database db;
    private final MemberUnitRepository units;
    private final AuditTrail audit;
    private final CharterInForce charter;
    private final Supplier<WorkCalendar> calendar;
    private final Clock clock;
    private final Membership membership;
    private final CharterHistory history;

    public CaseService(Database db, MemberUnitRepository units, AuditTrail audit, CharterInForce charter,
                       Supplier<WorkCalendar> calendar, Clock clock, Membership membership, CharterHistory history) {
        this.membership = membership;
        this.history = history;
        this.db = db;
        this.units = units;
        this.audit = audit;
        this.charter = charter;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The change a case of this procedure makes; a withdrawal is the unit's own, from its notice. */
    private static Change change(Procedure proc) {
        return CaseSteps.changeOf(proc).orElseGet(Change.Withdraw::new);
    }

    /** The procedures a case can follow under the active charter. */
    public List<Procedure> procedures() {
        return charter.get().procedures().stream().filter(p -> p.kind().isUnitCase()).toList();
    }

    Procedure procedure(String id, LocalDate on) {
        return charter.on(on).procedure(id).filter(p -> p.kind().isUnitCase())
                .orElseThrow(() -> new IllegalArgumentException("no procedure " + id));
    }

    /**
     * Opens a case for the unit; the first step (the application or written notice) is recorded as
     * received on {@code on}. For a withdrawal the unit is marked withdrawing and the day it takes
     * effect is worked out from the notice period (Civil Code arts. 201–203).
     */
    public Opened open(String procedureId, long unitId, LocalDate on, List<String> recommenders) {
        Procedure proc = procedure(procedureId, on);
        return db.fromTransaction(s -> {
            MemberUnit u = units.findWithPeople(s, unitId).orElseThrow();
            List<Finding> findings = membership.check(s, u, proc, change(proc), Optional.of(recommenders), on);
            List<Text> problems = new ArrayList<>(findings.stream().filter(Finding::refuses).map(Finding::message).toList());
            List<Text> warnings = findings.stream().filter(f -> !f.refuses()).map(Finding::message).toList();
            boolean alreadyOpen = s.createSelectionQuery("select count(c) from MemberCase c where c.unitId = :u "
                            + "and c.procedureId = :p and c.status = :open", Long.class)
                    .setParameter("u", unitId).setParameter("p", procedureId).setParameter("open", CaseStatus.OPEN)
                    .getSingleResult() > 0;
            if (alreadyOpen) {
                problems.add(Text.of("case.error.open", u.getName(), proc.name()));
            }
            if (!problems.isEmpty()) {
                return new Opened(null, problems, warnings);
            }
            MemberCase c = new MemberCase();
            c.setProcedureId(proc.id());
            c.setKind(proc.kind().name());
            c.setUnitId(u.getId());
            c.setUnitName(u.getName());
            c.setTargetTierId(proc.toTier());
            c.setRecommenders(recommenders.isEmpty() ? null : String.join("、", recommenders));
            c.setOpenedOn(on);
            for (Procedure.Step step : proc.steps()) {
                CaseStep cs = new CaseStep();
                cs.setStepId(step.id());
                cs.setName(step.name());
                c.addStep(cs);
            }
            if ("applicant".equals(proc.steps().get(0).actor())) {
                // the application or written notice is what opens the case
                c.getSteps().get(0).record(on, u.getName(), org.secretariat.domain.StepDecision.DONE, null, null, null,
                        null, null);
            }
            if (proc.kind() == ProcedureKind.WITHDRAWAL) {
                u.setStatus(MemberStatus.WITHDRAWING);
                if (proc.notice() != null) {
                    c.setEffectiveOn(Periods.effectiveDay(on, proc.notice(), calendar.get()));
                }
            }
            CaseSteps.scheduleDeadlines(c, proc, calendar.get());
            s.persist(c);
            s.flush();
            audit.record(s, AuditAction.OPEN, ENTITY, c.getId(), u.getName() + " " + proc.name(),
                    "case" + AuditTrail.SEP + "" + AuditTrail.SEP + proc.name() + "（" + proc.citation().article() + "）\n");
            return new Opened(c.getId(), List.of(), warnings);
        });
    }

    /** The organisation's own procedures (amending the charter, ending it) under the charter in force on the day. */
    public List<Procedure> organisationProcedures(LocalDate on) {
        return charter.on(on).procedures().stream().filter(p -> isOrganisation(p.kind())).toList();
    }

    /** 「修改章程」/「终止本组织」, for screens and refusals. */
    public static Text kindName(ProcedureKind kind) {
        return Text.of(kind == ProcedureKind.AMENDMENT ? "case.org.AMENDMENT" : "case.org.DISSOLUTION");
    }

    /** The organisation's own kinds of case: amending the charter, ending the organisation (issue 19). */
    public static boolean isOrganisation(ProcedureKind kind) {
        return kind == ProcedureKind.AMENDMENT || kind == ProcedureKind.DISSOLUTION;
    }

    /** Why the charter in force on the day has no procedure of this kind (联席会议), with the profile's reading. */
    public Optional<CharterProfile.Unstated> notStated(ProcedureKind kind, LocalDate on) {
        return charter.on(on).notStated(kind);
    }

    /**
     * Opens the organisation's own case: amending the charter or ending the organisation, under the
     * charter in force on {@code on}. An amendment carries the amended profile, checked as strictly
     * as {@code charters check} (problems with line and field) and kept, not yet in force, with the
     * case. One open case of each kind at a time.
     */
    public Opened openForOrganisation(String procedureId, LocalDate on, String title, String amendedText) {
        CharterProfile p = charter.on(on);
        Optional<Procedure> found = p.procedure(procedureId).filter(x -> isOrganisation(x.kind()));
        if (found.isEmpty()) {
            // 联席会议: the charter states neither; the profile's reading says why, under the kind's name
            Optional<CharterProfile.Unstated> unstated = java.util.Arrays.stream(ProcedureKind.values())
                    .filter(k -> isOrganisation(k) && k.name().equalsIgnoreCase(procedureId)).findFirst().flatMap(p::notStated);
            return new Opened(null, List.of(unstated.map(u -> Text.of("case.error.notStated", kindName(u.kind()),
                    u.citation().reading() == null ? "" : u.citation().reading()))
                    .orElseGet(() -> Text.of("case.error.noOrganisationProcedure", procedureId))));
        }
        Procedure proc = found.get();
        boolean amendment = proc.kind() == ProcedureKind.AMENDMENT;
        String name = title == null || title.isBlank() ? proc.name() : title.strip();
        List<Text> problems = new ArrayList<>();
        if (amendment && (title == null || title.isBlank())) {
            problems.add(Text.of("case.error.amendmentTitle"));
        }
        if (amendment && (amendedText == null || amendedText.isBlank())) {
            problems.add(Text.of("case.error.amendedText", proc.citation().article()));
        } else if (amendment) {
            for (CharterProblem pr : CharterHistory.check(amendedText, p.id())) {
                problems.add(Text.of("case.error.amendedProblem", String.valueOf(pr.line()),
                        pr.field() == null ? "" : pr.field(), pr.message()));
            }
        }
        return db.fromTransaction(s -> {
            boolean alreadyOpen = s.createSelectionQuery("select count(c) from MemberCase c where c.unitId is null "
                            + "and c.kind = :k and c.status = :open", Long.class)
                    .setParameter("k", proc.kind().name()).setParameter("open", CaseStatus.OPEN).getSingleResult() > 0;
            if (alreadyOpen) {
                problems.add(Text.of("case.error.open", p.organisation().name(), proc.name()));
            }
            if (!problems.isEmpty()) {
                return new Opened(null, problems);
            }
            MemberCase c = new MemberCase();
            c.setProcedureId(proc.id());
            c.setKind(proc.kind().name());
            c.setUnitId(null);
            c.setUnitName(p.organisation().name());
            c.setOpenedOn(on);
            for (Procedure.Step step : proc.steps()) {
                CaseStep cs = new CaseStep();
                cs.setStepId(step.id());
                cs.setName(step.name());
                c.addStep(cs);
            }
            CaseSteps.scheduleDeadlines(c, proc, calendar.get());
            s.persist(c);
            s.flush();
            if (amendment) {
                history.propose(s, c.getId(), name, amendedText, on);
            }
            audit.record(s, AuditAction.OPEN, ENTITY, c.getId(), c.getUnitName() + " " + proc.name(),
                    "case" + AuditTrail.SEP + "" + AuditTrail.SEP + proc.name() + "（" + proc.citation().article() + "）："
                            + name + "\n");
            return new Opened(c.getId(), List.of());
        });
    }

    /**
     * Every case, the open ones first (what the secretariat still has to do), then the closed ones;
     * each group newest first. (The status column holds the enum's name: ordering by it put
     * 已撤回 and 已完成 above 办理中.)
     */
    public List<CaseView> list() {
        return db.fromTransaction(s -> s.createSelectionQuery("from MemberCase c order by "
                        + "case when c.status = :open then 0 else 1 end, c.openedOn desc, c.id desc", MemberCase.class)
                .setParameter("open", CaseStatus.OPEN).getResultList().stream().map(this::view).toList());
    }

    public List<CaseView> forUnit(long unitId) {
        return db.fromTransaction(s -> s.createSelectionQuery("from MemberCase c where c.unitId = :u order by c.openedOn, c.id",
                MemberCase.class).setParameter("u", unitId).getResultList().stream().map(this::view).toList());
    }

    public CaseView load(long caseId) {
        return db.fromTransaction(s -> view(s.find(MemberCase.class, caseId)));
    }

    CaseView view(MemberCase c) {
        CharterProfile p = charter.on(c.getOpenedOn());
        Optional<Procedure> proc = p.procedure(c.getProcedureId());
        List<CaseView.Step> steps = new ArrayList<>();
        for (CaseStep cs : c.getSteps()) {
            // a step done is shown with the rule in force on its day; one to come with today's
            CharterProfile then = charter.on(cs.getDoneOn() != null ? cs.getDoneOn() : LocalDate.now(clock));
            Optional<Procedure.Step> def = then.procedure(c.getProcedureId()).or(() -> proc)
                    .flatMap(pr -> pr.steps().stream().filter(x -> x.id().equals(cs.getStepId())).findFirst());
            String bodyName = def.map(Procedure.Step::body).flatMap(then::body).map(Body::name).orElse(null);
            String rule = def.flatMap(d -> ruleOf(then, d)).map(t -> (t.citation().isDefault() ? "章程未规定，默认" : t.citation().article())
                    + "：" + t.canonicalWording()).orElse(null);
            steps.add(new CaseView.Step(cs.getId(), cs.getStepId(), cs.getName(), def.map(Procedure.Step::actor).orElse(""),
                    bodyName, rule, cs.getDueBy(), proc.map(pr -> CalendarNotes.forStep(c, pr, def.orElse(null), cs,
                    calendar.get())).orElse(null), cs.getDoneOn(), cs.getDoneBy(), cs.getDecision(), cs.getRemarks(),
                    cs.getAgendaItemId(), cs.getYes(), cs.getNo(), cs.getAbstain(), cs.getVersion()));
        }
        String tier = c.getTargetTierId() == null ? null : p.tier(c.getTargetTierId()).map(Tier::name).orElse(c.getTargetTierId());
        return new CaseView(c.getId(), c.getProcedureId(), proc.map(Procedure::name).orElse(c.getProcedureId()),
                proc.map(pr -> pr.citation().article()).orElse(""), c.getKind(), c.getUnitId(), c.getUnitName(), tier,
                c.getRecommenders(), c.getOpenedOn(), c.getEffectiveOn(),
                proc.map(pr -> CalendarNotes.forEffectiveDay(c, pr, calendar.get())).orElse(null), c.getStatus(), c.getOutcome(), List.copyOf(steps));
    }

    /** The threshold a body's step is judged by: the step's own, else the body's resolution rule. */
    static Optional<Threshold> ruleOf(CharterProfile p, Procedure.Step step) {
        if (step.threshold() != null) {
            return Optional.of(step.threshold());
        }
        return Optional.ofNullable(step.body()).flatMap(p::body).map(p::resolutionOf);
    }

    /** Closes a case without a decision (the applicant withdrew it, or it was opened by mistake). */
    public void cancel(long caseId, String reason) {
        db.inTransaction(s -> {
            MemberCase c = new EditConflicts(db, audit).found(s, MemberCase.class, ENTITY, caseId, caseId);
            if (c.getStatus() != CaseStatus.OPEN) {
                return;
            }
            c.close(CaseStatus.CANCELLED, LocalDate.now(clock), reason);
            if (ProcedureKind.WITHDRAWAL.name().equals(c.getKind())) {
                MemberUnit u = s.find(MemberUnit.class, c.getUnitId());
                if (u.getStatus() == MemberStatus.WITHDRAWING) {
                    u.setStatus(MemberStatus.MEMBER);
                }
            }
            audit.record(s, AuditAction.CANCEL, ENTITY, c.getId(), c.getUnitName(), "case" + AuditTrail.SEP + "OPEN"
                    + AuditTrail.SEP + "CANCELLED " + reason + "\n");
        });
    }

    /** Statuses a unit may be shown with in case lists, for filters. */
    public static List<CaseStatus> statuses() {
        return Arrays.asList(CaseStatus.values());
    }

}
