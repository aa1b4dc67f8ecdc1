package org.secretariat.service;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.secretariat.domain.SequenceCounter;
import org.secretariat.persistence.CounterRows;

/**
 * Certificate numbers from a pattern such as {@code {org}-{year}-{seq:0000}}. The sequence belongs
 * to the expanded prefix ("XXKJ-2026-") and only ever goes up, so a number is never reused, not
 * even after a revocation or reissue. The counter row is taken under a row lock (after the audit
 * chain's head) until the transaction ends, so writers on several PCs never hand out one number twice.
 */
public final class Numbering {

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(0+))?}");

    /** The certificate number column holds 80 characters. */
    public static final int MAX_NUMBER = 80;

    private Numbering() {
    }

    /**
     * True if the longest number the pattern can give fits {@link #MAX_NUMBER}: an organisation code
     * of 20 letters, a kind code of 20, a sequence of at least 6 digits.
     */
    public static boolean fits(String pattern) {
        if (pattern == null) {
            return true;
        }
        String p = pattern.strip();
        if (p.length() > MAX_NUMBER) {
            return false;
        }
        Matcher m = SEQ.matcher(p);
        int seq = m.find() ? Math.max(6, m.group(1) == null ? 1 : m.group(1).length()) : 0;
        String longest = m.replaceAll("").replace("{org}", "O".repeat(20)).replace("{year}", "2026")
                .replace("{kind}", "K".repeat(20));
        return longest.length() + seq <= MAX_NUMBER;
    }

    /** True if the pattern has exactly one {seq} and only known fields. */
    public static boolean isValid(String pattern) {
        if (pattern == null) {
            return false;
        }
        Matcher m = SEQ.matcher(pattern);
        int count = 0;
        while (m.find()) {
            count++;
        }
        String rest = SEQ.matcher(pattern).replaceAll("").replace("{org}", "").replace("{year}", "").replace("{kind}", "");
        return count == 1 && !rest.contains("{") && !rest.contains("}");
    }

    public static String next(Session s, String pattern, String orgCode, String kindCode, LocalDate issued) {
        String expanded = pattern.replace("{org}", orgCode).replace("{year}", Integer.toString(issued.getYear()))
                .replace("{kind}", kindCode);
        Matcher m = SEQ.matcher(expanded);
        if (!m.find()) {
            throw new IllegalArgumentException("number pattern without {seq}: " + pattern);
        }
        String scope = expanded.substring(0, m.start()) + "#" + expanded.substring(m.end());
        // The chain's head first, then the counter: every numbered change is audited in the same
        // transaction, and a writer that takes them in the other order (a reissue audits the old
        // certificate first) would deadlock against this one.
        CounterRows.lockAuditHead(s);
        SequenceCounter counter = CounterRows.lock(s, scope);
        long value = counter.next();
        int width = m.group(1) == null ? 1 : m.group(1).length();
        String seq = String.format("%0" + width + "d", value);
        return expanded.substring(0, m.start()) + seq + expanded.substring(m.end());
    }
}
