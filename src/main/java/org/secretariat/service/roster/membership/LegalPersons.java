package org.secretariat.service.roster.membership;

import java.util.Optional;
import org.secretariat.charter.Citation;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;

/**
 * Legal persons only (衡水 第八条): judged from the unit's unified social credit code. No code is
 * no proof of a legal person, and the unit is refused.
 */
final class LegalPersons {

    private LegalPersons() {
    }

    /** Admission or entry: the membership rule, or the procedure's own {@code legal_person} requirement. */
    static Optional<Finding> check(CharterProfile p, Procedure proc, Subject u) {
        return check(p, proc, u, false);
    }

    /**
     * As {@link #check(CharterProfile, Procedure, Subject)}; a unit {@code entering} the roster as a
     * member already (the form, an import) without a code is warned, not refused: its admission is
     * older than the records, and the code can be added later (decision record 0001).
     */
    static Optional<Finding> check(CharterProfile p, Procedure proc, Subject u, boolean entering) {
        Optional<Finding> f = p.membership().legalPersonsOnly() && p.membership().citation() != null
                ? judge(p, p.membership().citation(), u) : required(p, proc, u);
        if (entering && f.isPresent() && "case.error.legalPerson".equals(f.get().message().key())) {
            return Optional.of(Finding.of(org.secretariat.charter.Enforcement.WARN, "creditCode", f.get().article(),
                    "membership.warning.noCode", p.organisation().name(), f.get().article(), u.name()));
        }
        return f;
    }

    /** Only the procedure's {@code requires: legal_person}. */
    static Optional<Finding> required(CharterProfile p, Procedure proc, Subject u) {
        if (proc == null) {
            return Optional.empty();
        }
        return proc.requires().stream().filter(r -> "legal_person".equals(r.kind())).findFirst()
                .flatMap(r -> judge(p, r.citation(), u));
    }

    private static Optional<Finding> judge(CharterProfile p, Citation c, Subject u) {
        if (u.creditCode() == null || u.creditCode().isBlank()) {
            return Optional.of(Finding.refuse("creditCode", c.article(), "case.error.legalPerson",
                    p.organisation().name(), c.article(), u.name()));
        }
        return Optional.empty();
    }
}
