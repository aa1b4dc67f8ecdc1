package org.secretariat.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The original profile and the amended versions in force from their dates, in order. A date
 * before every amendment (or no date at all) gets the original.
 */
public final class CharterVersions {

    /** An amended version: its number (1 = first amendment), title, and the day it is in force from. */
    public record Version(int number, String title, LocalDate effectiveFrom, CharterProfile profile) {
    }

    private final CharterProfile original;
    private final List<Version> amended;

    public CharterVersions(CharterProfile original, List<Version> amended) {
        this.original = original;
        List<Version> sorted = new ArrayList<>(amended);
        sorted.sort(Comparator.comparing(Version::effectiveFrom).thenComparingInt(Version::number));
        this.amended = List.copyOf(sorted);
    }

    public CharterProfile original() {
        return original;
    }

    public List<Version> amended() {
        return amended;
    }

    /** The amended version in force on the date, if any (the latest one in force from on or before it). */
    public Optional<Version> versionOn(LocalDate date) {
        Version found = null;
        if (date != null) {
            for (Version v : amended) {
                if (!v.effectiveFrom().isAfter(date)) {
                    found = v;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    public CharterProfile on(LocalDate date) {
        return versionOn(date).map(Version::profile).orElse(original);
    }

    /**
     * Which charter a date falls under, once the charter has been amended: 「原章程」 before the first
     * amendment, 「2026年12月1日起施行的修订本（第1次修订：…）」 after; empty while it never was.
     */
    public Optional<String> describe(LocalDate date) {
        if (amended.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(versionOn(date).map(v -> v.effectiveFrom().getYear() + "年" + v.effectiveFrom().getMonthValue() + "月"
                + v.effectiveFrom().getDayOfMonth() + "日起施行的修订本（第" + v.number() + "次修订：" + v.title() + "）").orElse("原章程"));
    }
}
