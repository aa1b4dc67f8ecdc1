package org.secretariat.domain;

/** Where a case stands. */
public enum CaseStatus {
    OPEN,
    /** Every step is done and the outcome applied. */
    COMPLETED,
    /** A deciding step said no. */
    REFUSED,
    /** Withdrawn by the applicant or closed by the secretariat without a decision. */
    CANCELLED
}
