package org.secretariat.service.filing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.secretariat.document.Block;
import org.secretariat.persistence.CounterRows;
import org.secretariat.persistence.Database;

/**
 * The filing elements of a notice (GB/T 9704): its 发文字号 from a configurable pattern, given once
 * and kept in the {@code document_number} table, and its 版记 (抄送, 印发机关, 印发日期).
 *
 * <p>Settings ({@code settings.properties}): {@value #PATTERN} (default {@value #DEFAULT_PATTERN};
 * fields {@code {简称}}, {@code {全称}}, {@code {年}}, {@code {序号}}), {@value #COPIES_TO} (the 抄送
 * line, e.g. 「各成员单位，市民政局」; none when empty) and {@value #PRINTED_BY} (印发机关; default
 * the organisation's name and 「秘书处」).
 */
public final class Filing {

    public static final String PATTERN = "notice.numberPattern";
    public static final String COPIES_TO = "notice.copiesTo";
    public static final String PRINTED_BY = "notice.printedBy";
    public static final String DEFAULT_PATTERN = "{简称}秘〔{年}〕{序号}号";

    /** The organisation's name and its short name (the name where it has none). */
    public record Names(String name, String shortName) {
    }

    private final Database db;
    private final BiFunction<String, String, String> settings;
    private final Supplier<Names> names;
    private final Map<String, String> given = new HashMap<>();
    private final Map<Integer, Integer> lastSeq = new HashMap<>();

    /** Numbers kept in {@code db}; settings read through {@code settings} (key, fallback). */
    public Filing(Database db, BiFunction<String, String, String> settings, Supplier<Names> names) {
        this.db = db;
        this.settings = settings;
        this.names = names;
    }

    /** Numbers kept in memory only, default settings: for documents made without a data folder. */
    public static Filing inMemory(Supplier<Names> names) {
        return new Filing(null, (key, fallback) -> fallback, names);
    }

    /**
     * The 发文字号 of the document {@code key} (e.g. {@code meeting-notice/12}): the one it was given
     * before, else the next number of {@code on}'s year, recorded with {@code title}.
     */
    public synchronized String number(String key, String title, LocalDate on) {
        int year = on.getYear();
        if (db == null) {
            return given.computeIfAbsent(key, k -> expand(pattern(), names.get(), year, lastSeq.merge(year, 1, Integer::sum)));
        }
        return db.fromTransaction(s -> {
            // One writer at a time per year, on every PC: the year's counter row locked before reading.
            CounterRows.lock(s, "document#" + year);
            List<?> old = s.createNativeQuery("select number_text from document_number where document_key = :k", String.class)
                    .setParameter("k", key).list();
            if (!old.isEmpty()) {
                return (String) old.get(0);
            }
            Number max = (Number) s.createNativeQuery("select coalesce(max(seq), 0) from document_number where number_year = :y")
                    .setParameter("y", year).getSingleResult();
            int seq = max.intValue() + 1;
            String number = expand(pattern(), names.get(), year, seq);
            s.createNativeMutationQuery("insert into document_number (document_key, number_year, seq, number_text, title, issued_on)"
                            + " values (:k, :y, :q, :n, :t, :d)")
                    .setParameter("k", key).setParameter("y", year).setParameter("q", seq).setParameter("n", number)
                    .setParameter("t", cut(title, 300)).setParameter("d", on).executeUpdate();
            return number;
        });
    }

    /** The 版记 of a notice printed on {@code on}. */
    public Block.Imprint imprint(LocalDate on) {
        Names n = names.get();
        String printedBy = settings.apply(PRINTED_BY, "").strip();
        return new Block.Imprint(settings.apply(COPIES_TO, "").strip(), printedBy.isEmpty() ? n.name() + "秘书处" : printedBy, on);
    }

    private String pattern() {
        String p = settings.apply(PATTERN, DEFAULT_PATTERN).strip();
        return p.contains("{序号}") ? p : DEFAULT_PATTERN;
    }

    /** The pattern's fields filled in; the sequence without leading zeros, as GB/T 9704 asks. */
    public static String expand(String pattern, Names names, int year, int seq) {
        String shortName = names.shortName() == null || names.shortName().isBlank() ? names.name() : names.shortName().strip();
        return pattern.replace("{简称}", shortName).replace("{全称}", names.name()).replace("{年}", Integer.toString(year))
                .replace("{序号}", Integer.toString(seq));
    }

    private static String cut(String s, int max) {
        String t = s == null ? "" : s.replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max);
    }
}
