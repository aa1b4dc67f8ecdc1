package org.secretariat.service.certificates;

import java.time.LocalDate;
import org.secretariat.domain.CertificateState;

/** A line of the certificate register. */
public record CertificateRow(long id, String number, String kindId, String kindName, String holderName, String unitName,
                             String attests, LocalDate issuedOn, LocalDate validUntil, CertificateState state,
                             String stateReason, Long unitId) {
}
