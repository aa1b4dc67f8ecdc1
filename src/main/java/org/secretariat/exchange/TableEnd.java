package org.secretariat.exchange;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.secretariat.i18n.Text;

/**
 * Where a roster's table ends: at the first row that is plainly a note — it starts with 注, 说明,
 * 备注, 填表人, 制表, 审核, 合计 and the like, or fills a single cell of a wide table outside the name
 * column (a sentence typed or merged across the sheet). That row and everything below it are notes,
 * shown as skipped and never imported. Blank rows inside the table do not end it.
 */
final class TableEnd {

    /** Words a note under a table starts with (after the cell is cleaned), followed by a colon, space or nothing. */
    private static final Pattern NOTE = Pattern.compile(
            "^(注|附注|说明|备注|填表人|填报人|填表日期|填报日期|制表人?|制表日期|审核人?|审批人?|负责人签字|联系人：|合计|总计|小计)"
                    + "([:：\\s].*|$)|^注[0-9一二三四五六七八九十①②③]", Pattern.DOTALL);
    /** A table this wide is "wide": one filled cell in it is a note, not a unit. */
    private static final int WIDE = 4;

    private TableEnd() {
    }

    /** Why {@code cells} (one data row) is a note and not a unit; empty if it is data. */
    static Optional<Text> noteReason(List<String> cells, int width, int nameColumn) {
        String first = null;
        int filled = 0;
        int filledColumn = -1;
        for (int c = 0; c < cells.size(); c++) {
            String t = CellText.clean(cells.get(c));
            if (!t.isEmpty()) {
                filled++;
                if (first == null) {
                    first = t;
                    filledColumn = c;
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        if (NOTE.matcher(first).matches()) {
            return Optional.of(Text.of("import.skipped.note", excerpt(first)));
        }
        if (filled == 1 && width >= WIDE && filledColumn != nameColumn) {
            return Optional.of(Text.of("import.skipped.single"));
        }
        return Optional.empty();
    }

    static String excerpt(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
