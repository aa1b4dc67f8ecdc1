package org.secretariat.service;

import java.util.Optional;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.domain.CodeKind;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.LegalPersonVerdict;
import org.secretariat.domain.MemberUnit;
import org.secretariat.i18n.Text;

/**
 * A charter that admits legal persons only (衡水 第八条), judged from the unit's credit code: no
 * code, or a code whose kind is never a legal person (个体工商户), refuses the case; a kind that may
 * or may not be one (企业 includes 分公司 and 合伙企业) opens it with a warning. Decision 0005.
 */
final class LegalPersonRule {

    private LegalPersonRule() {
    }

    /** Why the unit is refused under the rule cited by {@code article}, if it is. */
    static Optional<Text> refusal(CharterProfile p, String article, MemberUnit u) {
        String code = u.getCreditCode();
        if (code == null || code.isBlank()) {
            return Optional.of(Text.of("case.error.legalPerson", p.organisation().name(), article, u.getName()));
        }
        CodeKind k = CreditCode.legalPerson(code);
        if (k.verdict() == LegalPersonVerdict.NOT_LEGAL_PERSON) {
            return Optional.of(Text.of("case.error.notLegalPerson", p.organisation().name(), article, u.getName(),
                    CreditCode.normalize(code), k.kind(), k.authority()));
        }
        return Optional.empty();
    }

    /** The warning for a code that cannot tell, when the procedure has the rule; empty otherwise. */
    static Optional<Text> warning(CharterProfile p, Procedure proc, MemberUnit u) {
        Optional<String> article = article(p, proc);
        String code = u.getCreditCode();
        if (article.isEmpty() || code == null || code.isBlank()) {
            return Optional.empty();
        }
        CodeKind k = CreditCode.legalPerson(code);
        if (k.verdict() != LegalPersonVerdict.CANNOT_TELL) {
            return Optional.empty();
        }
        String c = CreditCode.normalize(code);
        return Optional.of(k.known()
                ? Text.of("case.warning.legalPerson", p.organisation().name(), article.get(), u.getName(), c, k.kind(),
                        k.authority())
                : Text.of("case.warning.legalPersonUnknown", p.organisation().name(), article.get(), u.getName(), c,
                        k.prefix()));
    }

    /** The article of the procedure's legal-persons-only rule, if it has one. */
    static Optional<String> article(CharterProfile p, Procedure proc) {
        Optional<String> required = proc.requires().stream().filter(r -> "legal_person".equals(r.kind()))
                .map(r -> r.citation().article()).findFirst();
        if (proc.kind() == ProcedureKind.ADMISSION && p.membership().legalPersonsOnly()) {
            return Optional.of(p.membership().citation().article());
        }
        return required;
    }
}
