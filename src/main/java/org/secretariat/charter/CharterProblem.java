package org.secretariat.charter;

import org.secretariat.i18n.Text;

/** One thing wrong with a profile, at FILE:LINE:COLUMN, in field {@code field} (a dotted path). */
public record CharterProblem(String file, int line, int column, String field, Text message) {
}
