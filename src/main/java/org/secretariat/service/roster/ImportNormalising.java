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
        String after = p.note().isEmpty() ? p.number() : p.number() + "（" + ImportService.PHONE_NOTE + p.note() + "→备注）";
        if (!text.equals(p.number())) {
            note(RosterField.PHONE, text, after);
        }
        return p;
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
