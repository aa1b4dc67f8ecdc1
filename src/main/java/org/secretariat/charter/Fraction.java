package org.secretariat.charter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An exact fraction p/q with 0 < p/q <= 1, as charters state thresholds (2/3, 1/2, 1/3). */
public record Fraction(int numerator, int denominator) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);

    public Fraction {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException(numerator + "/" + denominator + " is not in (0, 1]");
        }
    }

    /** Parses "2/3"; empty if the text is not p/q with 0 < p <= q. */
    public static Optional<Fraction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int p = Integer.parseInt(m.group(1));
        int q = Integer.parseInt(m.group(2));
        if (q == 0 || p == 0 || p > q) {
            return Optional.empty();
        }
        int g = java.math.BigInteger.valueOf(p).gcd(java.math.BigInteger.valueOf(q)).intValue();
        return Optional.of(new Fraction(p / g, q / g)); // 2/4 is 半数
    }

    /** Compares count/base with this fraction exactly: negative, zero or positive. */
    public int compareWith(long count, long base) {
        return Long.compare(count * denominator, (long) numerator * base);
    }

    /** Smallest whole count c with c/base >= this fraction. */
    public long ceilOf(long base) {
        long product = (long) numerator * base;
        return (product + denominator - 1) / denominator;
    }

    /** Largest whole count c with c/base <= this fraction. */
    public long floorOf(long base) {
        return (long) numerator * base / denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
