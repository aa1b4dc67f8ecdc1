package org.secretariat.charter;

/** An office (理事长, 理事, 联络员 …) with its term and limits. */
public record Office(String id, String name, String holder, String body, Integer minCount, Integer maxCount,
                     Integer perUnit, Enforcement countEnforcement, Citation countCitation,
                     String requiresOffice, Term term, TermLimit termLimit, Election electedBy, Citation citation) {

    /** The article a count limit cites: the count's own, else the office's. */
    public Citation countArticle() {
        return countCitation != null ? countCitation : citation;
    }

    /** Is {@code role} (as the roster records it: the office's name or id) this office? */
    public boolean isRole(String role) {
        return role != null && (role.strip().equals(name) || role.strip().equals(id));
    }

    /** At most {@code terms} consecutive terms. */
    public record TermLimit(int terms, Citation citation) {
    }

    /** Elected by a body under a threshold. */
    public record Election(String body, Threshold threshold) {
    }

    public boolean isPersonal() {
        return "person".equals(holder);
    }
}
