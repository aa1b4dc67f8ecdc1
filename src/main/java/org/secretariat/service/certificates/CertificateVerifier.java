package org.secretariat.service.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.Tier;
import org.secretariat.document.QrText;
import org.secretariat.domain.Certificate;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.service.certificates.CertificateService.Verification;
import org.secretariat.service.certificates.CertificateService.Verification.Verdict;

/**
 * Checks a certificate's code against the register: genuine or not, then whether it still says what
 * it said. A text whose holder line differs from the register is FORGED even when its code is
 * genuine; a genuine certificate whose unit has withdrawn or been expelled is HOLDER_LEFT (it is to be
 * recalled, and no longer attests membership); a unit certificate whose tier has changed since is
 * VALID with a notice naming both tiers.
 */
final class CertificateVerifier {

    private final Database db;
    private final Function<Certificate, CertificateRow> rows;
    private final CharterInForce charter;
    private final Clock clock;

    CertificateVerifier(Database db, Function<Certificate, CertificateRow> rows, CharterInForce charter, Clock clock) {
        this.db = db;
        this.rows = rows;
        this.charter = charter;
        this.clock = clock;
    }

    Verification verify(String code) {
        QrText.Scanned scanned = QrText.read(code);
        Optional<String[]> parts = VerificationCodes.parse(scanned.code());
        if (parts.isEmpty()) {
            return new Verification(Verdict.MALFORMED, null);
        }
        return db.fromTransaction(s -> {
            Certificate c = s.createSelectionQuery("from Certificate c where upper(c.number) = :n", Certificate.class)
                    .setParameter("n", parts.get()[0].toUpperCase(Locale.ROOT)).uniqueResultOptional().orElse(null);
            if (c == null) {
                return new Verification(Verdict.UNKNOWN, null);
            }
            if (!VerificationCodes.check(c, VerificationCodes.key(s)).equals(parts.get()[1])
                    || scanned.holder().filter(h -> !h.equals(c.getHolderName())).isPresent()) {
                return new Verification(Verdict.FORGED, null);
            }
            CertificateRow row = rows.apply(c);
            if (!c.getState().isValid()) {
                return new Verification(Verdict.NOT_VALID, row);
            }
            if (c.getValidUntil() != null && c.getValidUntil().isBefore(LocalDate.now(clock))) {
                return new Verification(Verdict.EXPIRED, row);
            }
            MemberUnit unit = c.getUnitId() == null ? null : s.find(MemberUnit.class, c.getUnitId());
            if (unit != null && (unit.getStatus() == MemberStatus.WITHDRAWN || unit.getStatus() == MemberStatus.EXPELLED)) {
                return new Verification(Verdict.HOLDER_LEFT, row, Text.of("certificate.verify.left." + unit.getStatus().name(),
                        c.getUnitName(), CertificateRecalls.recallArticle(charter.get(), c.getKindId(), unit.getStatus())));
            }
            String tierNow = unit == null || c.getPersonId() != null ? null
                    : charter.get().tier(unit.getTierId()).map(Tier::name).orElse(unit.getTierId());
            Text notice = tierNow != null && c.getAttests() != null && !c.getAttests().equals(tierNow)
                    ? Text.of("certificate.verify.tierChanged", c.getAttests(), tierNow) : null;
            return new Verification(Verdict.VALID, row, notice);
        });
    }
}
