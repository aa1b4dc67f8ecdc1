package org.secretariat.domain;

/** What a step of a case came to. */
public enum StepDecision {
    /** Done (a form received, a review made, a certificate issued). */
    DONE,
    APPROVED,
    REJECTED,
    /** Done, except that the certificate the step takes back was lost (a returns_certificate step). */
    LOST
}
