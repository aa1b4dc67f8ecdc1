package org.secretariat.service.roster.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Seating;
import org.secretariat.charter.Tier;
import org.secretariat.domain.MemberStatus;
import org.secretariat.i18n.Text;

/**
 * Every precondition the active charter sets on a membership change, in one place: the unit's
 * status, the tier it must hold first, legal persons only, recommending members, an office to hold
 * first, office counts and body sizes, term limits. Pure: the same change gets the same findings
 * whether it comes from a case, a motion, the unit form, an import or a command.
 */
public final class MembershipRules {

    private MembershipRules() {
    }

    /**
     * The findings for {@code change}; {@code procedure} is the case's procedure where a case
     * carries the change (else the charter's procedure for that kind); {@code recommenders} is
     * empty where the route has no list of recommending members (a resolution without a case).
     */
    public static List<Finding> check(CharterProfile p, Procedure procedure, Subject u, Change change,
                                      Optional<List<String>> recommenders, RosterFacts roster, LocalDate on) {
        List<Finding> out = new ArrayList<>();
        if (change instanceof Change.Join) {
            if (u.status() != MemberStatus.APPLYING) {
                out.add(Finding.refuse("status", article(procedure), "case.error.notApplying", u.name(),
                        Text.of("status." + u.status().name())));
            }
            LegalPersons.check(p, procedure, u).ifPresent(out::add);
            requirements(p, procedure, u, out);
            recommenders(p, procedure, recommenders, roster, out);
        } else if (change instanceof Change.Enter) {
            LegalPersons.check(p, procedure, u, true).ifPresent(out::add);
        } else if (change instanceof Change.Upgrade up) {
            upgrade(p, procedure, u, up.toTier(), out);
        } else if (change instanceof Change.Withdraw || change instanceof Change.Expel) {
            current(u, procedure, out);
        } else if (change instanceof Change.TakeOffice t) {
            OfficeLimits.check(p, u, t, roster, out);
        }
        return out;
    }

    /** The charter's procedure for a change where no case names one. */
    public static Optional<Procedure> procedureFor(CharterProfile p, Change change) {
        if (change instanceof Change.Join || change instanceof Change.Enter) {
            return first(p, ProcedureKind.ADMISSION);
        }
        if (change instanceof Change.Withdraw) {
            return first(p, ProcedureKind.WITHDRAWAL);
        }
        if (change instanceof Change.Expel) {
            return first(p, ProcedureKind.EXPULSION);
        }
        if (change instanceof Change.Upgrade up) {
            return p.procedures().stream()
                    .filter(x -> x.kind() == ProcedureKind.UPGRADE && up.toTier().equals(x.toTier())).findFirst();
        }
        return Optional.empty();
    }

    private static Optional<Procedure> first(CharterProfile p, ProcedureKind kind) {
        return p.procedures().stream().filter(x -> x.kind() == kind).findFirst();
    }

    private static void upgrade(CharterProfile p, Procedure proc, Subject u, String toTier, List<Finding> out) {
        String target = p.tier(toTier).map(Tier::name).orElse(String.valueOf(toTier));
        if (proc == null) {
            out.add(Finding.refuse("tier", p.tier(toTier).map(t -> t.citation().article()).orElse(""),
                    "motion.error.noUpgrade", target));
            return;
        }
        current(u, proc, out);
        if (!proc.fromTiers().contains(u.tierId())) {
            List<String> names = proc.fromTiers().stream().map(t -> tierName(p, t)).toList();
            // 「理事单位或副理事长单位」: any one of them, not all
            String from = names.size() < 2 ? String.join("", names)
                    : String.join("、", names.subList(0, names.size() - 1)) + "或" + names.get(names.size() - 1);
            out.add(Finding.refuse("tier", proc.citation().article(), "motion.error.fromTier", target, from,
                    proc.citation().article(), u.name(), tierName(p, u.tierId())));
        }
        LegalPersons.required(p, proc, u).ifPresent(out::add);
        requirements(p, proc, u, out);
    }

    private static void current(Subject u, Procedure proc, List<Finding> out) {
        if (!u.status().isCurrent()) {
            out.add(Finding.refuse("status", article(proc), "motion.error.notMember", u.name()));
        }
    }

    /** {@code requires: office}: the unit must have a person holding the office (新乡 第十四条（三）1). */
    private static void requirements(CharterProfile p, Procedure proc, Subject u, List<Finding> out) {
        if (proc == null) {
            return;
        }
        for (Procedure.Requirement r : proc.requires()) {
            if (!"office".equals(r.kind())) {
                continue;
            }
            Optional<Office> office = p.office(r.office());
            String name = office.map(Office::name).orElse(r.office());
            boolean holds = u.people().stream().anyMatch(h -> office.map(o -> o.isRole(h.role()))
                    .orElse(r.office().equals(h.role())));
            if (!holds) {
                out.add(Finding.refuse("tier", r.citation().article(), "case.error.office", proc.name(), name,
                        r.citation().article(), u.name()));
            }
        }
    }

    /** Recommending members (CCEAA 第九条): counted among the current members. */
    private static void recommenders(CharterProfile p, Procedure proc, Optional<List<String>> given, RosterFacts roster,
                                     List<Finding> out) {
        int needed = p.membership().recommenders();
        String article = p.membership().citation() == null ? "" : p.membership().citation().article();
        if (proc != null) {
            for (Procedure.Requirement r : proc.requires()) {
                if ("recommenders".equals(r.kind())) {
                    needed = Math.max(needed, r.min() == null ? 1 : r.min());
                    article = r.citation().article();
                }
            }
        }
        if (needed <= 0) {
            return;
        }
        if (given.isEmpty()) {
            out.add(Finding.refuse("status", article, "membership.error.recommendersUnknown", needed, article));
            return;
        }
        List<String> members = roster.units().stream().filter(Seating.Unit::current).map(Seating.Unit::name).toList();
        long valid = given.get().stream().map(String::strip).distinct().filter(members::contains).count();
        if (valid < needed) {
            out.add(Finding.refuse("status", article, "case.error.recommenders", needed, article, valid));
        }
    }

    static String article(Procedure proc) {
        return proc == null ? "" : proc.citation().article();
    }

    static String tierName(CharterProfile p, String tierId) {
        return p.tier(tierId).map(Tier::name).orElse(String.valueOf(tierId));
    }
}
