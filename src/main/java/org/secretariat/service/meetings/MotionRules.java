package org.secretariat.service.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Threshold;
import org.secretariat.charter.Tier;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.MotionKind;
import org.secretariat.i18n.Text;

/**
 * What the charter says about a motion that decides a case: which procedure it belongs to, whether
 * this body may decide it, whether the unit may be the subject (the tier it must hold first, its
 * status), and which threshold judges it. Every refusal names the article and what would make it
 * possible.
 */
final class MotionRules {

    /** The procedure a motion belongs to and the step this body takes in it. */
    record Placement(Procedure procedure, Procedure.Step step, boolean lastBodyStep, String nextBodyName) {
    }

    private MotionRules() {
    }

    static Optional<Procedure> procedureFor(CharterProfile p, MotionKind kind, String targetTier) {
        return switch (kind) {
            case ADMIT -> p.procedures().stream().filter(x -> x.kind() == ProcedureKind.ADMISSION).findFirst();
            case EXPEL -> p.procedures().stream().filter(x -> x.kind() == ProcedureKind.EXPULSION).findFirst();
            case WITHDRAW -> p.procedures().stream().filter(x -> x.kind() == ProcedureKind.WITHDRAWAL).findFirst();
            case AMEND_CHARTER -> p.procedureOf(ProcedureKind.AMENDMENT);
            case DISSOLVE -> p.procedureOf(ProcedureKind.DISSOLUTION);
            case UPGRADE -> p.procedures().stream()
                    .filter(x -> x.kind() == ProcedureKind.UPGRADE && x.toTier() != null && x.toTier().equals(targetTier))
                    .findFirst();
            default -> Optional.empty();
        };
    }

    /**
     * Problems that stop the motion from being put to this body, as far as the body is concerned:
     * the procedure gives it a vote, the office is elected by it. What the change itself needs
     * (status, tiers, legal person, offices, limits) is {@code MembershipRules}', checked by the caller.
     */
    static List<Text> check(CharterProfile p, Body body, MotionDraft d, MemberUnit unit) {
        List<Text> out = new ArrayList<>();
        if (d.kind().needsUnit() && unit == null) {
            out.add(Text.of("motion.error.unit"));
            return out;
        }
        switch (d.kind()) {
            case ADMIT, EXPEL, WITHDRAW -> placement(p, body, d).ifPresentOrElse(x -> { }, () -> out.add(wrongBody(p, body, d)));
            case UPGRADE -> {
                if (procedureFor(p, MotionKind.UPGRADE, d.targetTierId()).isEmpty()) {
                    out.add(Text.of("motion.error.noUpgrade",
                            p.tier(d.targetTierId()).map(Tier::name).orElse(String.valueOf(d.targetTierId()))));
                } else if (placement(p, body, d).isEmpty()) {
                    out.add(wrongBody(p, body, d));
                }
            }
            case ELECT_OFFICER -> checkElection(p, body, d, out);
            case AMEND_CHARTER, DISSOLVE -> {
                if (procedureFor(p, d.kind(), null).isEmpty()) {
                    out.add(notStated(p, d.kind()));
                } else if (placement(p, body, d).isEmpty()) {
                    out.add(wrongBody(p, body, d));
                }
            }
            default -> { }
        }
        return out;
    }

    /** The organisation's own procedures (amendment, dissolution): the kind a motion belongs to, if any. */
    static Optional<ProcedureKind> organisationKind(MotionKind kind) {
        return switch (kind) {
            case AMEND_CHARTER -> Optional.of(ProcedureKind.AMENDMENT);
            case DISSOLVE -> Optional.of(ProcedureKind.DISSOLUTION);
            default -> Optional.empty();
        };
    }

    /** Whether a body of this charter can be moved this kind at all (amendment, dissolution need their procedure). */
    static boolean offers(CharterProfile p, MotionKind kind) {
        return organisationKind(kind).map(k -> p.procedureOf(k).isPresent()).orElse(true);
    }

    /** The refusal where the charter states no such procedure: the profile's reading, or that the profile has none. */
    private static Text notStated(CharterProfile p, MotionKind kind) {
        Text what = Text.of("motion.kind." + kind.name());
        return organisationKind(kind).flatMap(p::notStated)
                .map(u -> Text.of("motion.error.notStated", what, u.citation().reading() == null ? "" : u.citation().reading()))
                .orElseGet(() -> Text.of("motion.error.noProcedure", what));
    }

    /**
     * What remains after this body's vote on an amendment or dissolution: the later steps (another
     * body's vote, 备案, 指导单位审查同意) with their articles, for the resolution's effect note.
     */
    static String remainingSteps(CharterProfile p, Body body, MotionDraft d, long passedBefore) {
        Optional<Placement> at = placement(p, body, d);
        if (at.isEmpty()) {
            return null;
        }
        Procedure proc = at.get().procedure();
        // a body that votes twice (CCEAA 主席团: 动议, then 审定 after the 年会) is at the step the passed votes so far reach
        List<Procedure.Step> votes = bodySteps(proc);
        int reached = (int) (passedBefore % votes.size());
        Procedure.Step here = votes.subList(reached, votes.size()).stream().filter(x -> x.body().equals(body.id())).findFirst()
                .orElse(at.get().step());
        List<Procedure.Step> steps = proc.steps();
        List<String> rest = new ArrayList<>();
        for (Procedure.Step s : steps.subList(steps.indexOf(here) + 1, steps.size())) {
            rest.add(s.name() + (s.citation() == null ? "" : "（" + s.citation().article() + "）"));
        }
        return rest.isEmpty() ? proc.name() + "：本次表决为最后一步（" + proc.citation().article() + "）"
                : "待办：" + String.join("；", rest);
    }

    private static void checkElection(CharterProfile p, Body body, MotionDraft d, List<Text> out) {
        Optional<Office> office = p.office(d.officeId());
        if (office.isEmpty() || d.personName() == null || d.personName().isBlank()) {
            out.add(Text.of("motion.error.office"));
            return;
        }
        ElectionRules.refusal(p, body, office.get()).ifPresent(out::add);
    }

    private static Text wrongBody(CharterProfile p, Body body, MotionDraft d) {
        Optional<Procedure> proc = procedureFor(p, d.kind(), d.targetTierId());
        if (proc.isEmpty()) {
            return Text.of("motion.error.noProcedure", Text.of("motion.kind." + d.kind().name()));
        }
        List<String> bodies = bodySteps(proc.get()).stream().map(s -> p.body(s.body()).map(Body::name).orElse(s.body()))
                .distinct().toList();
        return bodies.isEmpty()
                ? Text.of("motion.error.noBodyDecides", proc.get().name(), proc.get().citation().article())
                : Text.of("motion.error.wrongBody", proc.get().name(), String.join("、", bodies),
                proc.get().citation().article(), body.name());
    }

    private static List<Procedure.Step> bodySteps(Procedure proc) {
        return proc.steps().stream().filter(s -> "body".equals(s.actor()) && s.body() != null).toList();
    }

    /** Where this body's vote sits in the motion's procedure, if the procedure gives this body a vote. */
    static Optional<Placement> placement(CharterProfile p, Body body, MotionDraft d) {
        Optional<Procedure> proc = procedureFor(p, d.kind(), d.targetTierId());
        if (proc.isEmpty()) {
            return Optional.empty();
        }
        List<Procedure.Step> steps = bodySteps(proc.get());
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).body().equals(body.id())) {
                boolean last = steps.subList(i + 1, steps.size()).stream().noneMatch(s -> !s.body().equals(body.id()));
                String next = last ? null : p.body(steps.get(i + 1).body()).map(Body::name).orElse(steps.get(i + 1).body());
                return Optional.of(new Placement(proc.get(), steps.get(i), last, next));
            }
        }
        return Optional.empty();
    }

    /** The threshold for the motion: the procedure step's, the office election's, a named vote's, or the body's. */
    static Threshold rule(CharterProfile p, Body body, AgendaRef item) {
        MotionDraft d = item.draft();
        if (d.kind() == MotionKind.ELECT_OFFICER) {
            Optional<Threshold> t = p.office(d.officeId()).map(Office::filledBy).map(Office.Election::threshold);
            if (t.isPresent()) {
                return t.get();
            }
        }
        Optional<Threshold> step = placement(p, body, d).map(Placement::step).map(Procedure.Step::threshold);
        return step.orElseGet(() -> org.secretariat.charter.MeetingRules.resolutionRule(p, body, d.voteId()));
    }

    /** A stored agenda item seen as the draft it was made from. */
    record AgendaRef(MotionDraft draft) {
    }
}
