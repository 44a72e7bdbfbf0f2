package cn.gov.lanzhou.supervision.registry.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void standardExampleIsValid() {
        assertEquals(List.of(), ResidentIdNumbers.check("11010519491231002X", TODAY));
        assertTrue(ResidentIdNumbers.isValid("11010519491231002X"));
        assertEquals('X', ResidentIdNumbers.checkDigit("11010519491231002"));
        assertEquals(LocalDate.of(1949, 12, 31), ResidentIdNumbers.birthDate("11010519491231002X").orElseThrow());
    }

    @Test
    void lanzhouNumbersWithComputedCheckDigitsAreValid() {
        for (String first17 : List.of("62010219850612301", "62010319720229002", "62012320000101447")) {
            String number = first17 + ResidentIdNumbers.checkDigit(first17);
            assertEquals(List.of(), ResidentIdNumbers.check(number, TODAY), number);
        }
    }

    @Test
    void everySingleMistypedDigitIsCaught() {
        String valid = "11010519491231002X";
        for (int position = 0; position < 17; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != valid.charAt(position)) {
                    String mistyped = valid.substring(0, position) + digit + valid.substring(position + 1);
                    assertFalse(ResidentIdNumbers.isValid(mistyped, TODAY), mistyped);
                }
            }
        }
    }

    @Test
    void wrongCheckDigitIsReportedWithTheRightOne() {
        RuleViolation v = single("110105194912310021");
        assertEquals(ResidentIdNumbers.RULE_CHECK, v.rule());
        assertEquals("1", v.wrongPart());
        assertEquals("公民身份号码第18位校验码 1 错误，应为 X", v.message());
    }

    @Test
    void lowerCaseXIsToldToBeCapital() {
        RuleViolation v = single("11010519491231002x");
        assertEquals(ResidentIdNumbers.RULE_DIGITS, v.rule());
        assertEquals("公民身份号码校验码 X 应大写", v.message());
    }

    @Test
    void wrongLengthIsReported() {
        RuleViolation v = single("620102198506123");
        assertEquals(ResidentIdNumbers.RULE_LENGTH, v.rule());
        assertEquals("公民身份号码应为18位，实际为 15 位", v.message());
    }

    @Test
    void lettersInTheFirst17AreNamed() {
        RuleViolation v = ResidentIdNumbers.check("1101051949123100AX", TODAY).get(0);
        assertEquals(ResidentIdNumbers.RULE_DIGITS, v.rule());
        assertEquals("公民身份号码第1–17位应全部为数字，第17位是 A", v.message());
    }

    @Test
    void impossibleBirthDateIsNamed() {
        String first17 = "62010219850230301";
        List<RuleViolation> violations = ResidentIdNumbers.check(first17 + ResidentIdNumbers.checkDigit(first17), TODAY);
        assertEquals(1, violations.size());
        assertEquals("19850230", violations.get(0).wrongPart());
        assertEquals("公民身份号码第7–14位出生日期 19850230 不是有效日期", violations.get(0).message());
    }

    @Test
    void birthDateInTheFutureIsNamed() {
        String first17 = "62010220250602301";
        RuleViolation v = single(first17 + ResidentIdNumbers.checkDigit(first17));
        assertEquals(ResidentIdNumbers.RULE_BIRTH_DATE, v.rule());
        assertEquals("公民身份号码第7–14位出生日期 20250602 晚于今天（2025-06-01）", v.message());
    }

    @Test
    void birthDateBefore1900IsNamed() {
        String first17 = "62010218991231301";
        RuleViolation v = single(first17 + ResidentIdNumbers.checkDigit(first17));
        assertEquals("公民身份号码第7–14位出生日期 18991231 早于1900年1月1日", v.message());
    }

    @Test
    void unknownAddressCodeIsNamed() {
        String first17 = "00010219850612301";
        RuleViolation v = single(first17 + ResidentIdNumbers.checkDigit(first17));
        assertEquals(ResidentIdNumbers.RULE_DIVISION, v.rule());
        assertEquals("000102", v.wrongPart());
    }

    @Test
    void checkDigitRefusesWhatIsNotSeventeenDigits() {
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumbers.checkDigit("1101051949123100"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumbers.checkDigit("1101051949123100A"));
    }

    private static RuleViolation single(String number) {
        List<RuleViolation> violations = ResidentIdNumbers.check(number, TODAY);
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }
}
