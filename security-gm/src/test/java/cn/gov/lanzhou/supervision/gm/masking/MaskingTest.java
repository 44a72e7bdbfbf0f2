package cn.gov.lanzhou.supervision.gm.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void creditCodeKeepsTheFirstTwelveCharacters() {
        assertEquals("91620100MA73******", Masking.creditCode("91620100MA73ABCD1X"));
    }

    @Test
    void idNumberKeepsFirstThreeAndLastFourAtFullLength() {
        assertEquals("620***********1234", Masking.idNumber("620102199001011234"));
        assertEquals("620***********123X", Masking.idNumber(" 62010219900101123X "));
        assertEquals("620********1123", Masking.idNumber("620102900101123"), "15-digit first-generation ID");
    }

    @Test
    void mobileShowsOnlyOperatorPrefixAndLastFourDigits() {
        assertEquals("138****5678", Masking.mobile("13812345678"));
        assertEquals("138****5678", Masking.mobile("138-1234-5678"));
        assertEquals("+86138****5678", Masking.mobile("+86 138 1234 5678"));
        assertEquals("093****3456", Masking.mobile("09318123456"));
    }

    @Test
    void chineseNamesKeepOnlyTheSurname() {
        assertEquals("张*", Masking.name("张三"));
        assertEquals("李**", Masking.name("李建国"));
        assertEquals("欧阳**", Masking.name("欧阳娜娜"));
        assertEquals("欧阳*", Masking.name("欧阳修"));
        assertEquals("欧*", Masking.name("欧阳"));
        assertEquals("阿***·***", Masking.name("阿依古丽·买买提"));
        assertEquals("𠮷*", Masking.name("𠮷野"));
    }

    @Test
    void nullAndBlankAreReturnedUnchanged() {
        assertNull(Masking.creditCode(null));
        assertNull(Masking.idNumber(null));
        assertNull(Masking.mobile(null));
        assertNull(Masking.name(null));
        assertEquals("", Masking.name(""));
        assertEquals("  ", Masking.idNumber("  "));
    }

    @Test
    void tooShortValuesStillHideSomething() {
        assertEquals("1**", Masking.idNumber("123"));
        assertEquals("*", Masking.mobile("1"));
        assertEquals("*", Masking.name("张"));
    }
}
