package org.secretariat.service.roster;

import org.secretariat.i18n.Text;

/**
 * A problem with one field of a unit being saved or imported. {@code field} is a roster field
 * key ("creditCode") or "people[1].phone". A warning may be confirmed by the user; an error may not.
 */
public record FieldProblem(String field, Severity severity, Text message) {

    public enum Severity { ERROR, WARNING }

    public static FieldProblem error(String field, String key, Object... args) {
        return new FieldProblem(field, Severity.ERROR, Text.of(key, args));
    }

    public static FieldProblem warning(String field, String key, Object... args) {
        return new FieldProblem(field, Severity.WARNING, Text.of(key, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
