package cn.gov.lanzhou.supervision.registry.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedSocialCreditCodesTest {

    private static final String VALID = "91350100M000100Y43";

    /** Codes as printed on business licences and registration certificates. */
    @ParameterizedTest
    @ValueSource(strings = {
            VALID,
            "914403001922038216",
            "91440300708461136T",
            "91330100716105852F",
            "91100000100003962T",
            "91110108551385082Q",
            "911100007109310534",
            "91310000132149237G",
            "91440300192241158P",
            "91110000802100433B",
            "12100000400000624D"})
    void publishedCodesAreValid(String code) {
        assertEquals(List.of(), UnifiedSocialCreditCodes.check(code));
        assertTrue(UnifiedSocialCreditCodes.isValid(code));
    }

    @Test
    void checkCharactersAreComputedByBothStandards() {
        assertEquals('3', UnifiedSocialCreditCodes.checkCharacter("91350100M000100Y4"));
        assertEquals('4', UnifiedSocialCreditCodes.organizationCheckCharacter("M000100Y"));
        assertEquals('6', UnifiedSocialCreditCodes.checkCharacter("91440300192203821"));
        assertEquals('1', UnifiedSocialCreditCodes.organizationCheckCharacter("19220382"));
    }

    @Test
    void codesBuiltWithTheCheckCharactersAreValid() {
        Random random = new Random(7);
        String lanzhou = "620102";
        for (int n = 0; n < 2000; n++) {
            StringBuilder organization = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                organization.append(UnifiedSocialCreditCodes.ALPHABET.charAt(random.nextInt(31)));
            }
            organization.append(UnifiedSocialCreditCodes.organizationCheckCharacter(organization.toString()));
            String first17 = "91" + lanzhou + organization;
            String code = first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
            assertEquals(List.of(), UnifiedSocialCreditCodes.check(code), code);
        }
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        for (int position = 0; position < 18; position++) {
            for (char replacement : UnifiedSocialCreditCodes.ALPHABET.toCharArray()) {
                if (replacement == VALID.charAt(position)) {
                    continue;
                }
                String mistyped = VALID.substring(0, position) + replacement + VALID.substring(position + 1);
                assertFalse(UnifiedSocialCreditCodes.isValid(mistyped), mistyped);
            }
        }
    }

    @Test
    void wrongCheckCharacterIsReportedWithTheRightOne() {
        RuleViolation v = single("91350100M000100Y44");
        assertEquals(UnifiedSocialCreditCodes.RULE_CHECK, v.rule());
        assertEquals("4", v.wrongPart());
        assertEquals("creditCode", v.field());
        assertEquals("统一社会信用代码第18位校验码 4 错误，应为 3", v.message());
    }

    @Test
    void wrongOrganizationCheckCharacterIsReportedAtPosition17() {
        String first16 = "91350100M000100Y";
        String first17 = first16 + "5";
        String code = first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
        RuleViolation v = single(code);
        assertEquals(UnifiedSocialCreditCodes.RULE_ORGANIZATION_CHECK, v.rule());
        assertEquals("5", v.wrongPart());
        assertEquals("统一社会信用代码第17位组织机构代码校验码 5 错误，应为 4", v.message());
    }

    @Test
    void wrongLengthIsReportedAlone() {
        RuleViolation v = single("91350100M000100Y4");
        assertEquals(UnifiedSocialCreditCodes.RULE_LENGTH, v.rule());
        assertEquals("统一社会信用代码应为18位，实际为 17 位", v.message());
    }

    @Test
    void missingValueIsReported() {
        assertEquals(UnifiedSocialCreditCodes.RULE_MISSING, single(null).rule());
        assertEquals(UnifiedSocialCreditCodes.RULE_MISSING, single("").rule());
    }

    @Test
    void lettersOutsideTheAlphabetAreNamedByPosition() {
        List<RuleViolation> violations = UnifiedSocialCreditCodes.check("91350100M0001OOY43");
        RuleViolation v = violations.get(0);
        assertEquals(UnifiedSocialCreditCodes.RULE_ALPHABET, v.rule());
        assertEquals("O、O", v.wrongPart());
        assertTrue(v.message().startsWith("统一社会信用代码第14、15位字符 O、O 不允许使用"), v.message());
        assertEquals(1, violations.size(), "no check-character guess over symbols that have no value");
    }

    @Test
    void lowerCaseLettersAreToldToBeCapitals() {
        RuleViolation v = UnifiedSocialCreditCodes.check("91350100m000100y43").get(0);
        assertEquals("统一社会信用代码第9、16位字符 m、y 应使用大写字母", v.message());
        assertEquals(List.of(), UnifiedSocialCreditCodes.check(UnifiedSocialCreditCodes.normalize(" 91350100m000100y43 ")));
    }

    @Test
    void unknownRegistrationAuthorityIsNamed() {
        String first17 = "B1350100M000100Y4";
        RuleViolation v = single(first17 + UnifiedSocialCreditCodes.checkCharacter(first17));
        assertEquals(UnifiedSocialCreditCodes.RULE_AUTHORITY, v.rule());
        assertEquals("统一社会信用代码第1位登记管理部门代码 B 不存在", v.message());
    }

    @Test
    void entityTypeMustBelongToTheAuthority() {
        String first17 = "95350100M000100Y4";
        RuleViolation v = single(first17 + UnifiedSocialCreditCodes.checkCharacter(first17));
        assertEquals(UnifiedSocialCreditCodes.RULE_TYPE, v.rule());
        assertEquals("5", v.wrongPart());
        assertEquals("统一社会信用代码第2位机构类别代码 5 与第1位登记管理部门“工商”不符，应为 1、2、3 之一", v.message());
    }

    @Test
    void divisionCodeMustBeSixDigitsOfARealProvince() {
        String letters = "9135A100M000100Y4";
        RuleViolation v = single(letters + UnifiedSocialCreditCodes.checkCharacter(letters));
        assertEquals(UnifiedSocialCreditCodes.RULE_DIVISION, v.rule());
        assertEquals("统一社会信用代码第3–8位登记管理机关行政区划码 35A100 应为6位数字", v.message());

        String noProvince = "91990100M000100Y4";
        v = single(noProvince + UnifiedSocialCreditCodes.checkCharacter(noProvince));
        assertEquals("990100", v.wrongPart());
        assertEquals("统一社会信用代码第3–8位登记管理机关行政区划码 990100 不是有效的行政区划码", v.message());
    }

    @Test
    void checkCharacterRefusesInputItCannotWeigh() {
        assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCodes.checkCharacter("91350100M000100Y"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCodes.checkCharacter("91350100M000100I4"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCodes.organizationCheckCharacter("m000100y"));
    }

    private static RuleViolation single(String code) {
        List<RuleViolation> violations = UnifiedSocialCreditCodes.check(code);
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }
}
