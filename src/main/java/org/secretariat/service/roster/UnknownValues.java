package org.secretariat.service.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.secretariat.charter.CharterProfile;
import org.secretariat.exchange.RosterField;
import org.secretariat.i18n.Text;

/** The import's values not of the charter, said once per value rather than row by row. */
final class UnknownValues {

    private UnknownValues() {
    }

    /**
     * The file's values not of the charter, once each; an unmapped one is one error, at its first
     * row, naming all its rows (「会员级别「理事长单位」不在本章程中（第 3、5、9 行）」).
     */
    static List<ImportPreview.UnknownValue> collect(Map<RosterField, Map<String, List<Integer>>> unknown,
            Map<RosterField, Integer> columnOf, ValueMapping values, CharterProfile profile, List<ImportPreview.Row> rows) {
        List<ImportPreview.UnknownValue> found = new ArrayList<>();
        Map<Integer, Integer> indexOfRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            indexOfRow.put(rows.get(i).number(), i);
        }
        for (RosterField field : ValueMapping.FIELDS) {
            int column = columnOf.getOrDefault(field, 0) + 1;
            for (Map.Entry<String, List<Integer>> e : unknown.getOrDefault(field, Map.of()).entrySet()) {
                boolean mapped = values.resolves(field, e.getKey(), profile);
                String target = mapped ? values.target(field, e.getKey()).orElse("") : "";
                found.add(new ImportPreview.UnknownValue(field, column, e.getKey(), List.copyOf(e.getValue()), target));
                if (mapped) {
                    continue;
                }
                int first = e.getValue().get(0);
                RowProblem problem = new RowProblem(first, column, field.key(), FieldProblem.Severity.ERROR,
                        Text.of(unknownKey(field), e.getKey(), rowList(e.getValue()),
                                String.join("、", ValueMapping.targets(field, profile))));
                int i = indexOfRow.get(first);
                ImportPreview.Row row = rows.get(i);
                List<RowProblem> problems = new ArrayList<>(row.problems());
                problems.add(problem);
                problems.sort((a, b) -> Integer.compare(a.column(), b.column()));
                rows.set(i, new ImportPreview.Row(row.number(), row.draft(), List.copyOf(problems), row.normalised()));
            }
        }
        return List.copyOf(found);
    }

    private static String unknownKey(RosterField field) {
        return switch (field) {
            case TIER -> "import.error.tierValue";
            case UNIT_TYPE -> "import.error.unitTypeValue";
            default -> "import.error.statusValue";
        };
    }

    /** 「3、5、9」, or the first ten and 「等 25 行」 as a count. */
    private static String rowList(List<Integer> rows) {
        String shown = String.join("、", rows.stream().limit(10).map(String::valueOf).toList());
        return rows.size() <= 10 ? shown : shown + "…（" + rows.size() + "）";
    }
}
