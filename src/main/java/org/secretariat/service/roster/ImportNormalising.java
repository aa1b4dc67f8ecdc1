package org.secretariat.service.roster;

import java.util.List;
import java.util.Map;
import org.secretariat.exchange.CellNormaliser;
import org.secretariat.exchange.CellText;
import org.secretariat.exchange.RosterField;

/** One row's cells made plain through {@link CellNormaliser}, each change noted for the preview (已规范). */
final class ImportNormalising {

    private final Map<RosterField, Integer> columnOf;
    private final List<ImportPreview.Normalised> changes;

    ImportNormalising(Map<RosterField, Integer> columnOf, List<ImportPreview.Normalised> changes) {
        this.columnOf = columnOf;
        this.changes = changes;
    }

    String plain(RosterField field, String text) {
        return noted(field, text, CellNormaliser.plain(text));
    }

    CellNormaliser.Phone phone(String text) {
        CellNormaliser.Phone p = CellNormaliser.phone(text);
        String after = p.note().isEmpty() ? p.number() : p.number() + "，『" + p.note() + "』记入备注";
        if (!text.equals(p.number())) {
            note(RosterField.PHONE, text, after);
        }
        return p;
    }

    /** Words a clerk writes in the code column of a unit that has none: the unit has no code (the field is empty). */
    static final java.util.Set<String> NO_CODE = java.util.Set.of("无", "暂无", "没有", "无代码", "未办理", "-", "—", "－", "/", "／",
            "N/A", "n/a", "NA");

    /** The credit code cell, with 「无」 and its kin read as no code. */
    String creditCode(String text) {
        return NO_CODE.contains(text.strip()) ? noted(RosterField.CREDIT_CODE, text, "") : plain(RosterField.CREDIT_CODE, text);
    }

    /** A date typed otherwise than 2023-05-01 is noted with how it was read (2023年5月 stays a month). */
    void date(String text, CellText.ValidDate read) {
        String shown = read.precision().show(read.date());
        if (!text.equals(shown) && !text.equals(read.date().toString())) {
            note(RosterField.JOIN_DATE, text, shown);
        }
    }

    private String noted(RosterField field, String before, String after) {
        if (!before.equals(after)) {
            note(field, before, after);
        }
        return after;
    }

    private void note(RosterField field, String before, String after) {
        Integer col = columnOf.get(field);
        changes.add(new ImportPreview.Normalised(field.key(), col == null ? 1 : col + 1, before, after));
    }
}
