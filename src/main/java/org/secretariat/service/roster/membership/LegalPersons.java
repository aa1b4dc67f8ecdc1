package org.secretariat.service.roster.membership;

import java.util.Optional;
import org.secretariat.charter.Citation;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Enforcement;
import org.secretariat.charter.Procedure;
import org.secretariat.domain.CodeKind;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.LegalPersonVerdict;

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
            return Optional.of(Finding.of(Enforcement.WARN, "creditCode", f.get().article(),
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

    /**
     * No code, or a code whose kind is never a legal person (92 个体工商户), refuses; a kind that may or
     * may not be one (91 企业 includes 分公司 and 合伙企业) warns (decision 0005, src/site/credit-codes.md).
     */
    private static Optional<Finding> judge(CharterProfile p, Citation c, Subject u) {
        String org = p.organisation().name();
        if (u.creditCode() == null || u.creditCode().isBlank()) {
            return Optional.of(Finding.refuse("creditCode", c.article(), "case.error.legalPerson", org, c.article(), u.name()));
        }
        String code = CreditCode.normalize(u.creditCode());
        CodeKind k = CreditCode.legalPerson(code);
        if (k.verdict() == LegalPersonVerdict.NOT_LEGAL_PERSON) {
            return Optional.of(Finding.refuse("creditCode", c.article(), "case.error.notLegalPerson", org, c.article(),
                    u.name(), code, k.kind(), k.authority()));
        }
        if (k.verdict() == LegalPersonVerdict.CANNOT_TELL) {
            return Optional.of(k.known()
                    ? Finding.of(Enforcement.WARN, "creditCode", c.article(), "case.warning.legalPerson", org, c.article(),
                            u.name(), code, k.kind(), k.authority())
                    : Finding.of(Enforcement.WARN, "creditCode", c.article(), "case.warning.legalPersonUnknown", org,
                            c.article(), u.name(), code, k.prefix()));
        }
        return Optional.empty();
    }
}
