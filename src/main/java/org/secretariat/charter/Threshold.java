package org.secretariat.charter;

/**
 * A quorum or voting rule: a fraction of a base, inclusive (以上, 半数以上（含）) or strict
 * (过半数, 超过), judged with exact integer arithmetic per Civil Code art. 1259. A threshold may
 * instead be a head count ("2个以上成员单位"), in which case {@code fraction} and {@code base}
 * are null.
 */
public record Threshold(Fraction fraction, Integer count, boolean inclusive, ThresholdBase base,
                        String wording, Citation citation) {

    public static Threshold of(Fraction fraction, boolean inclusive, ThresholdBase base, String article) {
        return new Threshold(fraction, null, inclusive, base, null, Citation.of(article));
    }

    public boolean isCount() {
        return count != null;
    }

    /** Does {@code achieved} out of {@code baseSize} meet this threshold? */
    public boolean isMet(long achieved, long baseSize) {
        if (isCount()) {
            return inclusive ? achieved >= count : achieved > count;
        }
        if (baseSize <= 0) {
            return false;
        }
        int cmp = fraction.compareWith(achieved, baseSize);
        return inclusive ? cmp >= 0 : cmp > 0;
    }

    /** The smallest number that meets this threshold on {@code baseSize}. */
    public long required(long baseSize) {
        if (isCount()) {
            return inclusive ? count : count + 1L;
        }
        if (baseSize <= 0) {
            return 1;
        }
        return inclusive ? fraction.ceilOf(baseSize) : fraction.floorOf(baseSize) + 1;
    }

    /** How many more are needed to meet the threshold; 0 if it is met. */
    public long shortfall(long achieved, long baseSize) {
        return Math.max(0, required(baseSize) - achieved);
    }

    /** A description in Chinese in the charter's own manner, e.g. "三分之二以上". */
    public String chineseWording() {
        if (wording != null && !wording.isBlank()) {
            return wording;
        }
        return canonicalWording();
    }

    /** The rule in the standard words, whatever the charter's sentence: 三分之二以上, 过半数, 半数以上（含）. */
    public String canonicalWording() {
        if (isCount()) {
            String n = count == 2 ? "两" : ChineseNumbers.of(count);
            return inclusive ? n + "个以上" : "超过" + n + "个";
        }
        if (fraction.equals(Fraction.HALF)) {
            return inclusive ? "半数以上（含）" : "过半数";
        }
        String f = ChineseNumbers.of(fraction.denominator()) + "分之" + ChineseNumbers.of(fraction.numerator());
        return inclusive ? f + "以上" : "超过" + f;
    }
}
