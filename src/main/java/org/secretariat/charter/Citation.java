package org.secretariat.charter;

/**
 * Where a rule comes from: the charter's article (第八条) and, where the text was ambiguous,
 * the reading the profile chose. {@code isDefault} marks a rule the charter does not state.
 */
public record Citation(String article, String reading, boolean isDefault) {

    public static Citation of(String article) {
        return new Citation(article, null, false);
    }

    public boolean hasReading() {
        return reading != null && !reading.isBlank();
    }

    @Override
    public String toString() {
        return article;
    }
}
