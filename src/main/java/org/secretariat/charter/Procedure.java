package org.secretariat.charter;

import java.util.List;

/** A procedure of the charter (admission, upgrade, withdrawal, expulsion) as ordered steps. */
public record Procedure(String id, ProcedureKind kind, String name, Citation citation, String toTier,
                        List<String> fromTiers, List<Requirement> requires, Period notice,
                        List<String> grounds, List<Step> steps) {

    /** A precondition: recommenders, legal person, or holding an office. */
    public record Requirement(String kind, Integer min, String office, Citation citation) {
    }

    /**
     * One step: who acts, which body decides and by what threshold, any deadline; the certificate
     * kind it issues, and the one it takes back ({@code returnsCertificate}, CERRA 第十三條).
     */
    public record Step(String id, String name, String actor, String body, Threshold threshold,
                       String form, String certificate, String notifyBy, Period deadline,
                       String deadlineAfter, Citation citation, String returnsCertificate) {
    }
}
