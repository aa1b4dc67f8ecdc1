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
                       String deadlineAfter, Citation citation, String returnsCertificate, boolean bringsIntoForce) {
    }

    /**
     * The step from whose date an amended charter is in force: the one marked {@code in_force: true}
     * (CERRA 第三十七條: the 指導單位's approval), else the last vote of a body.
     */
    public java.util.Optional<Step> inForceStep() {
        java.util.Optional<Step> marked = steps.stream().filter(Step::bringsIntoForce).findFirst();
        if (marked.isPresent()) {
            return marked;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if ("body".equals(steps.get(i).actor())) {
                return java.util.Optional.of(steps.get(i));
            }
        }
        return java.util.Optional.empty();
    }
}
