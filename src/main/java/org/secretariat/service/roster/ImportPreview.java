package org.secretariat.service.roster;

import java.util.List;
import java.util.Map;
import org.secretariat.charter.CharterProfile;
import org.secretariat.exchange.RosterField;
import org.secretariat.exchange.Sheet;

/**
 * What an import would do, before anything is written: each row as a draft with its problems,
 * and the problems of the file as a whole (a required column missing).
 */
public record ImportPreview(Sheet sheet, Map<Integer, RosterField> mapping, List<Row> rows,
                            List<RowProblem> fileProblems, ValueMapping values, List<UnknownValue> unknownValues,
                            CheckedAgainst checkedAgainst) {

    public ImportPreview(Sheet sheet, Map<Integer, RosterField> mapping, List<Row> rows, List<RowProblem> fileProblems) {
        this(sheet, mapping, rows, fileProblems, ValueMapping.none(), List.of(), null);
    }

    public ImportPreview(Sheet sheet, Map<Integer, RosterField> mapping, List<Row> rows, List<RowProblem> fileProblems,
                         ValueMapping values, List<UnknownValue> unknownValues) {
        this(sheet, mapping, rows, fileProblems, values, unknownValues, null);
    }

    /**
     * What the rows were checked against: the audit trail's last hash when the check ran (every
     * change to the roster appends an entry) and
     * the charter profile in force. While both are the same, the commit need not check again.
     */
    public record CheckedAgainst(String auditHead, CharterProfile charter) {
    }

    /**
     * A 会员级别/单位类型/状态 value of the file that is not one of the charter's names, once per
     * distinct value: the rows it is in, and what it is mapped to (empty: not mapped, an error).
     */
    public record UnknownValue(RosterField field, int column, String value, List<Integer> rows, String mappedTo) {
        public boolean isMapped() {
            return !mappedTo.isEmpty();
        }
    }

    /** One data row, the unit it would create, and what is wrong with it. */
    public record Row(int number, UnitDraft draft, List<RowProblem> problems, List<Normalised> normalised) {
        public Row(int number, UnitDraft draft, List<RowProblem> problems) {
            this(number, draft, problems, List.of());
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(RowProblem::isError);
        }
    }

    /** A cell made plain before it was checked (shown as 已规范 old → new); {@code column} is 1-based. */
    public record Normalised(String field, int column, String before, String after) {
    }

    /** Headers of columns the import leaves out (not recognised and not assigned), in file order. */
    public List<String> ignoredColumns() {
        List<String> ignored = new java.util.ArrayList<>();
        for (int c = 0; c < sheet.headers().size(); c++) {
            String h = sheet.headers().get(c);
            if (!h.isBlank() && !mapping.containsKey(c)) {
                ignored.add(h);
            }
        }
        return ignored;
    }

    /** Rows below the table taken as notes (never imported), with why. */
    public List<Sheet.Skipped> skipped() {
        return sheet.skipped();
    }

    public String fileName() {
        return sheet.fileName();
    }

    /** All problems, file-level first, then by row and column. */
    public List<RowProblem> problems() {
        return java.util.stream.Stream.concat(fileProblems.stream(), rows.stream().flatMap(r -> r.problems().stream()))
                .toList();
    }

    public long errorCount() {
        return problems().stream().filter(RowProblem::isError).count();
    }

    public long warningCount() {
        return problems().stream().filter(p -> !p.isError()).count();
    }

    /** Only a preview without errors may be imported; warnings are shown and accepted. */
    public boolean canImport() {
        return errorCount() == 0 && !rows.isEmpty();
    }
}
