package org.secretariat.service.roster;

import org.secretariat.i18n.Text;

/**
 * A problem at a row and column of an imported file (both 1-based, as Excel shows them), in a
 * field (a roster field key), with its severity.
 */
public record RowProblem(int row, int column, String field, FieldProblem.Severity severity, Text message) {

    public boolean isError() {
        return severity == FieldProblem.Severity.ERROR;
    }
}
