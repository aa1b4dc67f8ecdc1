package org.secretariat.domain;

/** Where a certificate stands. Only an issued one is valid; the others are kept, never deleted. */
public enum CertificateState {
    ISSUED,
    /** Replaced by a reissue; the old paper is void. */
    REISSUED,
    REVOKED,
    /** Handed back on withdrawal or termination (e.g. CERRA 第十三條). */
    RETURNED,
    /** To be handed back, but the unit reported it lost; void like a returned one. */
    LOST;

    public boolean isValid() {
        return this == ISSUED;
    }
}
