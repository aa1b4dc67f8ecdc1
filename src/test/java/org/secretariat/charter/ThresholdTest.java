package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Civil Code art. 1259: 以上 includes the number, 过半数/超过 does not; exact integer arithmetic. */
class ThresholdTest {

    private static Threshold fraction(String f, boolean inclusive) {
        return Threshold.of(Fraction.parse(f).orElseThrow(), inclusive, ThresholdBase.SEATED, "第八条");
    }

    private static Threshold count(int n, boolean inclusive) {
        return new Threshold(null, n, inclusive, null, null, Citation.of("第一条"));
    }

    @ParameterizedTest(name = "{0} {1}: {2} of {3} -> {4}")
    @CsvSource({
            // fraction, inclusive, achieved, base, met
            "2/3, true, 20, 30, true",    // 三分之二以上: exactly 2/3 passes
            "2/3, true, 19, 30, false",
            "2/3, true, 21, 31, true",    // 2/3 of 31 = 20.67
            "2/3, true, 20, 31, false",
            "2/3, true, 12, 17, true",    // 11.33 -> 12
            "2/3, true, 11, 17, false",
            "1/2, true, 15, 30, true",    // 半数以上（含）: exactly half passes
            "1/2, true, 14, 30, false",
            "1/2, true, 8, 15, true",     // odd: 7.5 -> 8
            "1/2, true, 7, 15, false",
            "1/2, false, 15, 30, false",  // 过半数: exactly half fails
            "1/2, false, 16, 30, true",
            "1/2, false, 16, 31, true",   // odd: more than 15.5
            "1/2, false, 15, 31, false",
            "2/3, false, 20, 30, false",  // 超过三分之二: exactly 2/3 fails
            "2/3, false, 21, 30, true",
            "1/3, true, 10, 30, true",
            "1/3, true, 9, 30, false",
            "1/1, true, 30, 30, true",    // 全体一致
            "1/1, true, 29, 30, false",
    })
    void fractionThresholdIsJudgedExactly(String f, boolean inclusive, long achieved, long base, boolean met) {
        assertEquals(met, fraction(f, inclusive).isMet(achieved, base));
    }

    @ParameterizedTest(name = "{0} {1} of {2} needs {3}")
    @CsvSource({
            "2/3, true, 30, 20",
            "2/3, true, 31, 21",
            "2/3, true, 32, 22",
            "2/3, true, 3, 2",
            "1/2, true, 30, 15",
            "1/2, true, 15, 8",
            "1/2, true, 1, 1",
            "1/2, false, 30, 16",
            "1/2, false, 31, 16",
            "1/2, false, 2, 2",
            "1/2, false, 1, 1",
            "2/3, false, 30, 21",
            "2/3, false, 31, 21",
    })
    void requiredIsTheSmallestCountThatPasses(String f, boolean inclusive, long base, long required) {
        Threshold t = fraction(f, inclusive);
        assertEquals(required, t.required(base));
        assertTrue(t.isMet(required, base), "required count must pass");
        assertFalse(t.isMet(required - 1, base), "one fewer must fail");
    }

    @Test
    void shortfallSaysHowManyMoreAreNeeded() {
        Threshold twoThirds = fraction("2/3", true);
        assertEquals(3, twoThirds.shortfall(18, 31));
        assertEquals(1, twoThirds.shortfall(19, 30));
        assertEquals(0, twoThirds.shortfall(20, 30));
        assertEquals(0, twoThirds.shortfall(30, 30));
        assertEquals(1, fraction("1/2", false).shortfall(15, 30));
    }

    @Test
    void inclusiveCountPassesAtTheCount() {
        Threshold twoOrMore = count(2, true);
        assertTrue(twoOrMore.isCount());
        assertTrue(twoOrMore.isMet(2, 0));
        assertTrue(twoOrMore.isMet(3, 0));
        assertFalse(twoOrMore.isMet(1, 0));
        assertEquals(2, twoOrMore.required(50));
        assertEquals(1, twoOrMore.shortfall(1, 50));
    }

    @Test
    void strictCountNeedsOneMore() {
        Threshold moreThanTwo = count(2, false);
        assertFalse(moreThanTwo.isMet(2, 0));
        assertTrue(moreThanTwo.isMet(3, 0));
        assertEquals(3, moreThanTwo.required(0));
    }

    @Test
    void fractionOfAnEmptyBodyIsNeverMet() {
        assertFalse(fraction("1/2", true).isMet(0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4/3", "0/3", "2/0", "0.66", "abc", "", "2/3/4", "-1/2"})
    void fractionParseRefusesWhatIsNotAProperFraction(String text) {
        assertEquals(Optional.empty(), Fraction.parse(text));
    }

    @Test
    void fractionParseRefusesNull() {
        assertEquals(Optional.empty(), Fraction.parse(null));
    }

    @Test
    void fractionParseAcceptsSpaces() {
        assertEquals(Optional.of(Fraction.TWO_THIRDS), Fraction.parse(" 2 / 3 "));
        assertEquals(Optional.of(Fraction.HALF), Fraction.parse("1/2"));
        assertEquals(Optional.of(new Fraction(1, 1)), Fraction.parse("1/1"));
    }

    @Test
    void fractionConstructorRefusesMoreThanOne() {
        assertThrows(IllegalArgumentException.class, () -> new Fraction(4, 3));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(1, 0));
    }

    @Test
    void fractionArithmeticDoesNotOverflowOnLargeBases() {
        Fraction f = Fraction.TWO_THIRDS;
        long base = 3_000_000_000L;
        assertEquals(2_000_000_000L, f.ceilOf(base));
        assertEquals(0, f.compareWith(2_000_000_000L, base));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "2/3, true, 三分之二以上",
            "2/3, false, 超过三分之二",
            "1/2, true, 半数以上（含）",
            "1/2, false, 过半数",
            "1/3, true, 三分之一以上",
    })
    void chineseWordingFollowsTheCharterManner(String f, boolean inclusive, String wording) {
        assertEquals(wording, fraction(f, inclusive).chineseWording());
    }

    @Test
    void ownWordingIsShownAsWritten() {
        Threshold t = new Threshold(Fraction.TWO_THIRDS, null, true, ThresholdBase.PRESENT, "须经出席会议的三分之二以上理事通过",
                Citation.of("第八条"));
        assertEquals("须经出席会议的三分之二以上理事通过", t.chineseWording());
    }

    @Test
    void baseNamesAreReadFromYaml() {
        assertEquals(ThresholdBase.SEATED, ThresholdBase.fromYaml("seated"));
        assertEquals(ThresholdBase.PRESENT, ThresholdBase.fromYaml("present"));
        assertEquals(ThresholdBase.VOTES_CAST, ThresholdBase.fromYaml("votes_cast"));
        assertEquals(null, ThresholdBase.fromYaml("all"));
    }

    @org.junit.jupiter.api.Test
    void equivalentFractionsAreReducedSoTwoQuartersReadsAsHalf() {
        Fraction f = Fraction.parse("2/4").orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(Fraction.HALF, f);
        org.junit.jupiter.api.Assertions.assertEquals("半数以上（含）",
                new Threshold(f, null, true, ThresholdBase.PRESENT, null, Citation.of("第一条")).chineseWording());
    }

    @org.junit.jupiter.api.Test
    void aHeadCountOfTwoReadsAsTheChartersWrite() {
        org.junit.jupiter.api.Assertions.assertEquals("两个以上",
                new Threshold(null, 2, true, null, null, Citation.of("第一条")).chineseWording());
    }
}
