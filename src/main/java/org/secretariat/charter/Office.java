package org.secretariat.charter;

/** An office (理事长, 理事, 联络员 …) with its term and limits. */
public record Office(String id, String name, String holder, String body, Integer minCount, Integer maxCount,
                     String requiresOffice, Term term, TermLimit termLimit, Election electedBy, Citation citation) {

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
