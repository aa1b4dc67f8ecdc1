package org.secretariat.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning and reading cell text as Chinese rosters write it. */
public final class CellText {

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** What a date cell held. */
    public sealed interface DateValue permits NoDate, ValidDate, BadDate {
    }

    public record NoDate() implements DateValue {
    }

    public record ValidDate(LocalDate date) implements DateValue {
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
        String t = text.replaceAll("[\\u200B\\u200C\\u200D\\uFEFF]", "")
                .replace('\u3000', ' ').replace('\u00A0', ' ');
        return t.strip().replaceAll("\\s+", " ");
    }

    /** Reads 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日, 20230501, or an Excel serial number. */
    public static DateValue date(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return new NoDate();
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
                return new BadDate(t);
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d.getYear() < 1900 || d.getYear() > 2200 ? new BadDate(t) : new ValidDate(d);
        } catch (DateTimeException e) {
            return new BadDate(t);
        }
    }

    public static Optional<LocalDate> parseDate(String text) {
        return date(text) instanceof ValidDate v ? Optional.of(v.date()) : Optional.empty();
    }
}
