package org.secretariat.service.roster.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Seating;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.service.roster.FieldProblem;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * The membership changes a saved unit makes — on the form, in an import row or by a command — put
 * to {@link MembershipRules} like any case or resolution: a unit entered as a member, an applying
 * unit made a member, a tier raised by an upgrade procedure, a member expelled or withdrawn, a
 * person given an office. A correction that no procedure makes (a tier lowered) is not judged.
 */
public final class DraftChanges {

    private DraftChanges() {
    }

    /** Findings for saving {@code d} over {@code before} (null for a new unit), as field problems. */
    public static List<FieldProblem> check(CharterProfile p, UnitDraft d, MemberUnit before, RosterFacts roster,
                                           LocalDate today) {
        if (p == null || d.status == null || d.tierId == null) {
            return List.of();
        }
        List<Seating.Holder> people = new ArrayList<>();
        for (PersonDraft x : d.people) {
            people.add(new Seating.Holder(null, x.name() == null ? "" : x.name().strip(), x.role(), x.termStart(),
                    x.termEnd()));
        }
        String code = CreditCode.normalize(d.creditCode);
        List<Finding> out = new ArrayList<>();
        MemberStatus was = before == null ? null : before.getStatus();
        String tierWas = before == null ? null : before.getTierId();
        if (before == null && d.status.isCurrent()) {
            Subject u = new Subject(null, d.name, d.status, d.tierId, code, people);
            out.addAll(judge(p, u, new Change.Enter(), roster, today));
        } else if (before != null && !was.isCurrent() && d.status.isCurrent()) {
            Subject u = new Subject(d.id, d.name, MemberStatus.APPLYING, tierWas, code, people);
            out.addAll(judge(p, u, new Change.Join(), roster, today));
        } else if (before != null && was != MemberStatus.EXPELLED && d.status == MemberStatus.EXPELLED) {
            out.addAll(judge(p, new Subject(d.id, d.name, was, tierWas, code, people), new Change.Expel(), roster, today));
        } else if (before != null && was.isCurrent() && d.status == MemberStatus.WITHDRAWN) {
            out.addAll(judge(p, new Subject(d.id, d.name, was, tierWas, code, people), new Change.Withdraw(), roster, today));
        }
        if (before != null && !Objects.equals(tierWas, d.tierId) && upgradeTo(p, d.tierId).isPresent()) {
            Subject u = new Subject(d.id, d.name, d.status.isCurrent() ? d.status : was, tierWas, code, people);
            out.addAll(judge(p, u, new Change.Upgrade(d.tierId), roster, today));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Finding f : out) {
            problems.add(problem(f.field(), f));
        }
        Subject after = new Subject(d.id, d.name, d.status, d.tierId, code, people);
        for (int i = 0; i < d.people.size(); i++) {
            PersonDraft x = d.people.get(i);
            Optional<Office> office = p.offices().stream().filter(o -> o.isRole(x.role())).findFirst();
            if (office.isEmpty() || !d.status.isCurrent() || isStored(before, x) || x.name() == null || x.name().isBlank()) {
                continue;
            }
            LocalDate start = x.termStart() != null ? x.termStart() : today;
            Change.TakeOffice take = new Change.TakeOffice(office.get().id(), x.name().strip(), start, x.termEnd());
            for (Finding f : MembershipRules.check(p, null, after, take, Optional.empty(), roster, start)) {
                problems.add(problem("people[" + i + "].role", f));
            }
        }
        return problems;
    }

    private static List<Finding> judge(CharterProfile p, Subject u, Change c, RosterFacts roster, LocalDate today) {
        // the form, an import and a command have no list of recommending members
        return MembershipRules.check(p, MembershipRules.procedureFor(p, c).orElse(null), u, c, Optional.empty(), roster, today);
    }

    private static Optional<Procedure> upgradeTo(CharterProfile p, String tier) {
        return p.procedures().stream().filter(x -> x.kind() == ProcedureKind.UPGRADE && tier.equals(x.toTier())).findFirst();
    }

    /** A person row the unit had already (same name, role and start): not a new office taken. */
    private static boolean isStored(MemberUnit before, PersonDraft x) {
        return before != null && before.getPeople().stream().anyMatch(p -> p.getName().equals(x.name().strip())
                && Objects.equals(p.getRole(), x.role() == null ? null : x.role().strip())
                && Objects.equals(p.getTermStart(), x.termStart()));
    }

    private static FieldProblem problem(String field, Finding f) {
        return new FieldProblem(field, f.refuses() ? FieldProblem.Severity.ERROR : FieldProblem.Severity.WARNING,
                f.message());
    }
}
