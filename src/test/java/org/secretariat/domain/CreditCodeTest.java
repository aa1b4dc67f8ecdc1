package org.secretariat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015: 18 characters without I, O, S, V, Z; a check character over the first 17. */
class CreditCodeTest {

    /** The standard's worked example: the first 17 characters sum to 1640, check character 3. */
    private static final String EXAMPLE = "91350100M000100Y43";

    @Test
    void workedExampleOfTheStandardIsValid() {
        assertEquals(CreditCode.Verdict.VALID, CreditCode.check(EXAMPLE));
    }

    @Test
    void checkCharacterOfTheWorkedExampleIsThree() {
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void checkCharacterThirtyOneBecomesZero() {
        // 17 zeros sum to 0, 31 - 0 = 31, which the standard writes as 0
        assertEquals('0', CreditCode.checkCharacter("00000000000000000"));
        assertEquals(CreditCode.Verdict.VALID, CreditCode.check("000000000000000000"));
    }

    @Test
    void checkCharacterMayBeALetter() {
        // weight 1 on the first position: value 1 gives 31 - 1 = 30 = Y
        assertEquals('Y', CreditCode.checkCharacter("10000000000000000"));
        assertEquals(CreditCode.Verdict.VALID, CreditCode.check("10000000000000000Y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y40", "91350100M000100Y4A", "91350100M000100Y5 3"})
    void wrongCheckCharacterIsBadCheckNotMalformed(String code) {
        assertEquals(CreditCode.Verdict.BAD_CHECK, CreditCode.check(code));
    }

    @Test
    void swappedDigitsAreCaught() {
        assertEquals(CreditCode.Verdict.BAD_CHECK, CreditCode.check("91351000M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y4",   // 17 characters
            "91350100M000100Y433", // 19 characters
            "91350100I000100Y43",  // I
            "91350100O000100Y43",  // O
            "91350100S000100Y43",  // S
            "91350100V000100Y43",  // V
            "91350100Z000100Y43",  // Z
            "91350100M000100Y4I",  // I as the check character
            "913501000001003年43",
            "",
    })
    void codeThatIsNotEighteenAllowedCharactersIsMalformed(String code) {
        assertEquals(CreditCode.Verdict.MALFORMED, CreditCode.check(code));
    }

    @Test
    void nullIsMalformed() {
        assertEquals(CreditCode.Verdict.MALFORMED, CreditCode.check(null));
    }

    @Test
    void lowerCaseAndSpacesAsUsersPasteThemAreNormalized() {
        assertEquals(EXAMPLE, CreditCode.normalize(" 9135 0100m0 00100y43 "));
        assertEquals(EXAMPLE, CreditCode.normalize("91350100-M000100Y4-3"));
        assertEquals(EXAMPLE, CreditCode.normalize("913501\u00A000M000100Y43\u3000"));
        assertEquals(CreditCode.Verdict.VALID, CreditCode.check("9135 0100 m000 100y 43"));
    }

    @Test
    void checkCharacterRefusesCharactersOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100I000100Y4"));
    }
}
