package org.secretariat.exchange;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The text of one .xlsx cell from its raw XML (type, style, saved value), as
 * {@link WorkbookReader} gives it for a cell of POI's usermodel: a formula's cached value (never
 * evaluated, "" if none was saved), a date-formatted number as 2023-05-01, a whole number as
 * digits, other numbers as their number format shows them. Each style and shared string is looked
 * up once.
 */
final class XlsxCellText {

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** A cell style's number format, and whether it is a date format. */
    private record Format(int index, String pattern, boolean date) {
    }

    private static final Format NO_STYLE = new Format(0, null, false);
    private static final Format GENERAL = new Format(0, "General", false);

    private final SharedStrings strings;
    private final String[] stringCache;
    private final StylesTable styles;
    private final Format[] formats;
    private final boolean date1904;
    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

    XlsxCellText(SharedStrings strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.stringCache = new String[strings == null ? 0 : Math.max(0, strings.getUniqueCount())];
        this.styles = styles;
        this.formats = new Format[styles == null ? 1 : Math.max(1, styles.getNumCellStyles())];
        this.date1904 = date1904;
    }

    /**
     * The cell's text. {@code type} is its t attribute (null for a number), {@code style} its s
     * attribute (-1 if absent), {@code value} the text of its v element (null if absent),
     * {@code inline} the text of an inline string (null if none).
     */
    String text(String type, int style, boolean formula, String value, String inline) {
        if (formula && value == null) {
            return ""; // a formula saved without its value: nothing to show, and it is never evaluated
        }
        if (type == null || type.equals("n")) {
            return value == null ? "" : number(number(value), style, formula);
        }
        return switch (type) {
            case "s" -> formula ? decode(value) : value == null ? "" : shared(Integer.parseInt(value));
            case "inlineStr" -> formula ? decode(value) : decode(inline != null ? inline : value == null ? "" : value);
            case "str" -> decode(value == null ? "" : value);
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            // a formula's error too (#DIV/0!): shown, so the import can say which cell, not read as empty
            case "e" -> value == null ? FormulaError.forInt(0).getString() : FormulaError.forString(value).getString();
            default -> throw new IllegalStateException("cell type " + type);
        };
    }

    private static double number(String value) {
        return value.isEmpty() ? 0.0 : Double.parseDouble(value);
    }

    private String number(double v, int style, boolean formula) {
        Format format = format(style < 0 ? 0 : style);
        if (format.date() && DateUtil.isValidExcelDate(v)) {
            LocalDateTime d = DateUtil.getLocalDateTime(v, date1904);
            if (d != null) {
                return d.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v); // phone numbers typed as numbers: no "1.38E+10"
        }
        if (Math.abs(v) >= 1e15) {
            return lostDigits(v);
        }
        if (formula) {
            return Double.toString(v);
        }
        if (format.pattern() == null || format.pattern().isBlank()) {
            return String.valueOf(v);
        }
        String shown = formatter.formatRawCellContents(v, format.index(), format.pattern(), date1904);
        return shown.indexOf('E') < 0 ? shown : shown.replaceFirst("E(\\d)", "E+$1"); // as POI's usermodel shows 1E+20
    }

    /**
     * A number of 16 digits or more as Excel shows it in a General cell (9.14107E+17): Excel keeps 15
     * significant digits, so an 18-character credit code typed into a number cell has lost its last
     * ones whatever format the cell shows it in ("0" shows 914107002000000000). Said so, the import
     * refuses it as a code Excel turned into a number, instead of storing wrong digits.
     */
    static String lostDigits(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.5E", v); // 9.14107E+17
        int e = s.indexOf('E');
        String mantissa = s.substring(0, e).replaceAll("\\.?0+$", "");
        return mantissa + s.substring(e);
    }

    private Format format(int style) {
        if (styles == null) {
            return style == 0 ? GENERAL : NO_STYLE; // a workbook without styles: POI gives it the default ones
        }
        if (style >= formats.length) {
            return NO_STYLE; // a style the file does not define: POI gives the cell none
        }
        Format f = formats[style];
        if (f == null) {
            XSSFCellStyle s = styles.getStyleAt(style);
            if (s == null) {
                f = NO_STYLE;
            } else {
                int index = s.getDataFormat();
                String pattern = s.getDataFormatString();
                f = new Format(index, pattern, DateUtil.isADateFormat(index, pattern));
            }
            formats[style] = f;
        }
        return f;
    }

    private String shared(int index) {
        if (index >= 0 && index < stringCache.length) {
            String s = stringCache[index];
            if (s == null) {
                s = strings.getItemAt(index).getString(); // decoded by POI's rich text
                stringCache[index] = s;
            }
            return s;
        }
        return strings.getItemAt(index).getString();
    }

    /** Excel's _x000D_ escapes, decoded as POI's rich text does. */
    static String decode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        StringBuilder b = new StringBuilder();
        Matcher m = ESCAPED.matcher(value);
        int at = 0;
        while (m.find()) {
            b.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : b.append(value, at, value.length()).toString();
    }
}
