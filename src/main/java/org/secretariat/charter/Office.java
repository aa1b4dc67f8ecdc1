package org.secretariat.charter;

/** An office (理事长, 理事, 联络员 …) with its term and limits. */
public record Office(String id, String name, String holder, String body, Integer minCount, Integer maxCount,
                     Integer perUnit, Enforcement countEnforcement, Citation countCitation,
                     String requiresOffice, Term term, TermLimit termLimit, Election electedBy, Citation citation,
                     Election appointedBy, java.util.List<Qualification> qualifications) {

    /** The office without the charter's election, appointment or qualifications (tests). */
    public Office(String id, String name, String holder, String body, Integer minCount, Integer maxCount,
                  Integer perUnit, Enforcement countEnforcement, Citation countCitation,
                  String requiresOffice, Term term, TermLimit termLimit, Election electedBy, Citation citation) {
        this(id, name, holder, body, minCount, maxCount, perUnit, countEnforcement, countCitation, requiresOffice,
                term, termLimit, electedBy, citation, null, java.util.List.of());
    }

    public Office {
        qualifications = qualifications == null ? java.util.List.of() : java.util.List.copyOf(qualifications);
    }

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

    /**
     * Elected (or appointed) by a body under a threshold, after an optional nomination; {@code body}
     * is null where the charter is silent ({@code body: none}) and the citation's reading says so.
     */
    public record Election(String body, Threshold threshold, Nomination nominatedBy, Citation citation) {

        public Election(String body, Threshold threshold) {
            this(body, threshold, null, threshold == null ? null : threshold.citation());
        }

        /** The charter names no electing body. */
        public boolean isSilent() {
            return body == null;
        }
    }

    /** Who proposes the candidate: an office (理事长提名), a body or a tier (理事长单位推荐). */
    public record Nomination(String office, String body, String tier, String wording, Citation citation) {
    }

    /** The charter's rule on who fills the office: its election, else its appointment; null if the profile gives neither. */
    public Election filledBy() {
        return electedBy != null ? electedBy : appointedBy;
    }

    public boolean isPersonal() {
        return "person".equals(holder);
    }
}
