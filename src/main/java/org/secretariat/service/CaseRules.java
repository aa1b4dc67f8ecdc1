package org.secretariat.service;

import java.util.ArrayList;
import java.util.List;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Tier;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.i18n.Text;

/**
 * The charter's preconditions for opening a case, each refusal with its article and what would make
 * the case possible: the unit's status, the tier it must hold first, legal persons only (衡水 第八条),
 * recommending members (CCEAA 第九条), an office to hold first.
 */
final class CaseRules {

    private CaseRules() {
    }

    static List<Text> check(CharterProfile p, Procedure proc, MemberUnit u, List<String> recommenders,
                            List<String> currentMembers) {
        List<Text> out = new ArrayList<>();
        switch (proc.kind()) {
            case ADMISSION -> {
                if (u.getStatus() != MemberStatus.APPLYING) {
                    out.add(Text.of("case.error.notApplying", u.getName(), Text.of("status." + u.getStatus().name())));
                }
            }
            case UPGRADE -> {
                if (!u.getStatus().isCurrent()) {
                    out.add(Text.of("motion.error.notMember", u.getName()));
                }
                if (!proc.fromTiers().contains(u.getTierId())) {
                    String target = p.tier(proc.toTier()).map(Tier::name).orElse(proc.toTier());
                    String from = String.join("、", proc.fromTiers().stream().map(t -> p.tier(t).map(Tier::name).orElse(t)).toList());
                    out.add(Text.of("motion.error.fromTier", target, from, proc.citation().article(), u.getName(),
                            p.tier(u.getTierId()).map(Tier::name).orElse(u.getTierId())));
                }
            }
            case WITHDRAWAL, EXPULSION -> {
                if (!u.getStatus().isCurrent()) {
                    out.add(Text.of("motion.error.notMember", u.getName()));
                }
            }
            default -> { }
        }
        if (proc.kind() == ProcedureKind.ADMISSION && p.membership().legalPersonsOnly()) {
            LegalPersonRule.refusal(p, p.membership().citation().article(), u).ifPresent(out::add);
        }
        int needed = proc.kind() == ProcedureKind.ADMISSION ? p.membership().recommenders() : 0;
        for (Procedure.Requirement r : proc.requires()) {
            switch (r.kind()) {
                case "recommenders" -> needed = Math.max(needed, r.min() == null ? 1 : r.min());
                case "legal_person" -> {
                    LegalPersonRule.refusal(p, r.citation().article(), u)
                            .filter(t -> out.stream().noneMatch(x -> x.key().equals(t.key()))).ifPresent(out::add);
                }
                case "office" -> {
                    String office = p.office(r.office()).map(o -> o.name()).orElse(r.office());
                    boolean holds = u.getPeople().stream().map(Person::getRole)
                            .anyMatch(role -> role.equals(office) || role.equals(r.office()));
                    if (!holds) {
                        out.add(Text.of("case.error.office", proc.name(), office, r.citation().article(), u.getName()));
                    }
                }
                default -> { }
            }
        }
        if (needed > 0) {
            long valid = recommenders.stream().filter(currentMembers::contains).count();
            if (valid < needed) {
                String article = proc.requires().stream().filter(r -> "recommenders".equals(r.kind()))
                        .map(r -> r.citation().article()).findFirst().orElse(p.membership().citation().article());
                out.add(Text.of("case.error.recommenders", needed, article, valid));
            }
        }
        return out;
    }
}
