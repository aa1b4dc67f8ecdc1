package org.secretariat.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secretariat.domain.ContactFormats;
import org.secretariat.domain.DatePrecision;

/** Cleaning and reading cell text as Chinese rosters write it. */
public final class CellText {

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    /** 2023年5月, 2023-05, 2023/5, 2023.05: the month known, not the day. */
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    /** 2023年 or 2023: only the year known. */
    private static final Pattern Y = Pattern.compile("(\\d{4})\\s*年?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** What a date cell held. */
    public sealed interface DateValue permits NoDate, ValidDate, BadDate {
    }

    public record NoDate() implements DateValue {
    }

    /** A date read; {@code precision} says whether the day (or the month) was given. */
    public record ValidDate(LocalDate date, DatePrecision precision) implements DateValue {
        public ValidDate(LocalDate date) {
            this(date, DatePrecision.DAY);
        }
    }

    public record BadDate(String text) implements DateValue {
    }

    private CellText() {
    }

    /**
     * Trims ordinary, full-width (U+3000) and non-breaking spaces and zero-width characters at both
     * ends, and folds any run of inner whitespace to one space.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text; // most cells: nothing to trim, fold or drop, so no copies
        }
        // by hand, not with replaceAll: compiling its two patterns for every cell was a third of an import
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue; // zero-width characters pasted from web pages and WeChat
            }
            b.append(c == '\u3000' || c == '\u00A0' ? ' ' : c);
        }
        String t = b.toString().strip();
        b.setLength(0);
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isRegexSpace(c)) { // a run of whitespace becomes one space, as \s+ did
                if (!inSpace) {
                    b.append(' ');
                }
                inSpace = true;
            } else {
                b.append(c);
                inSpace = false;
            }
        }
        return b.toString();
    }

    /** True if {@link #clean} would give {@code text} back unchanged. */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u3000' || c == '\u00A0'
                    || c != ' ' && isRegexSpace(c) || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** What {@code \s} matches in a Java pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Reads 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 (or 1号), 二〇二三年五月一日, full-width
     * digits, 20230501, an Excel serial number; and with their precision kept, the month-only
     * 2023年5月, 2023-05, 2023.05 and the year-only 2023年.
     */
    public static DateValue date(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return new NoDate();
        }
        String original = t;
        t = ChineseNumerals.inDate(ContactFormats.normalise(t)).replace('号', '日');
        DateValue partial = partial(t, original);
        if (partial != null) {
            return partial;
        }
        Matcher m = YMD.matcher(t);
        if (!m.matches()) {
            m = COMPACT.matcher(t);
            if (!m.matches()) {
                if (SERIAL.matcher(t).matches()) {
                    long serial = (long) Double.parseDouble(t);
                    if (serial > 0 && serial < 2_958_466) {
                        return new ValidDate(EXCEL_EPOCH.plusDays(serial));
                    }
                }
                return new BadDate(original);
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d.getYear() < 1900 || d.getYear() > 2200 ? new BadDate(original) : new ValidDate(d);
        } catch (DateTimeException e) {
            return new BadDate(original);
        }
    }

    /** A month-only or year-only date, null if {@code t} is neither. */
    private static DateValue partial(String t, String original) {
        Matcher ym = YM.matcher(t);
        if (ym.matches()) {
            int year = Integer.parseInt(ym.group(1));
            int month = Integer.parseInt(ym.group(2));
            if (month < 1 || month > 12 || year < 1900 || year > 2200) {
                return new BadDate(original);
            }
            return new ValidDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
        }
        Matcher y = Y.matcher(t);
        if (y.matches() && !COMPACT.matcher(t).matches()) {
            int year = Integer.parseInt(y.group(1));
            return year < 1900 || year > 2200 ? new BadDate(original)
                    : new ValidDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
        }
        return null;
    }

    /** A full date (day known); month-only and year-only dates are not full dates. */
    public static Optional<LocalDate> parseDate(String text) {
        return date(text) instanceof ValidDate v && v.precision() == DatePrecision.DAY ? Optional.of(v.date())
                : Optional.empty();
    }
}
