package cn.gov.lanzhou.supervision.gm.password;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy LEVEL3 = PasswordPolicy.level3();

    @ParameterizedTest
    @ValueSource(strings = {"Demo@2026", "Lanzhou2026", "lanzhou#2026", "LANZHOU_gs", "Aa1!Aa1!", "兰州Aa1!监督站"})
    void aPasswordOfEightCharactersFromThreeClassesIsAccepted(String password) {
        assertEquals(List.of(), LEVEL3.violations(password.toCharArray(), "zhang.wei"));
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimumInTheMessage() {
        assertEquals(List.of("密码长度不能少于8位"), LEVEL3.violations("Aa1!Aa1".toCharArray(), "zhang.wei"));
    }

    @Test
    void twoCharacterClassesAreNotEnough() {
        assertEquals(List.of("密码须包含大写字母、小写字母、数字、特殊符号中的至少3类（当前2类）"),
                LEVEL3.violations("lanzhou2026".toCharArray(), "zhang.wei"));
        assertEquals(List.of("密码须包含大写字母、小写字母、数字、特殊符号中的至少3类（当前1类）"),
                LEVEL3.violations("监督站监督站监督站abc".toCharArray(), null), "Chinese characters count as no class");
    }

    @Test
    void everyBrokenRuleHasItsOwnMessage() {
        List<String> broken = LEVEL3.violations("zhangwei".toCharArray(), "zhangwei");
        assertEquals(List.of("密码须包含大写字母、小写字母、数字、特殊符号中的至少3类（当前1类）", "密码不能包含用户名"), broken);
        assertEquals(3, LEVEL3.violations("abc".toCharArray(), "abc").size());
    }

    @Test
    void theUserNameIsFoundWhateverItsCase() {
        assertEquals(List.of("密码不能包含用户名"), LEVEL3.violations("X1!Zhang.Wei".toCharArray(), "zhang.wei"));
    }

    @Test
    void passwordsLongerThanTheLoginFormAcceptsAreRefused() {
        char[] tooLong = ("Aa1!" + "x".repeat(125)).toCharArray();
        assertEquals(List.of("密码长度不能超过128位"), LEVEL3.violations(tooLong, null));
    }

    @Test
    void checkingLeavesThePasswordArrayAlone() {
        char[] password = "Demo@2026".toCharArray();
        LEVEL3.violations(password, "zhang.wei");
        assertArrayEquals("Demo@2026".toCharArray(), password);
    }

    @Test
    void aRelaxedPolicyDropsCompositionAndRotation() {
        PasswordPolicy asvs = new PasswordPolicy(12, 1, 0, Duration.ZERO, true);
        assertEquals(List.of(), asvs.violations("correct horse battery".toCharArray(), "zhang.wei"));
        assertFalse(asvs.isExpired(LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 0, 0)));
        assertFalse(asvs.expires());
    }

    @Test
    void aPasswordExpiresNinetyDaysAfterItWasSet() {
        LocalDateTime set = LocalDateTime.of(2026, 1, 1, 8, 0);
        assertFalse(LEVEL3.isExpired(set, set.plusDays(89)));
        assertTrue(LEVEL3.isExpired(set, set.plusDays(90)));
        assertTrue(LEVEL3.isExpired(null, set), "no change time: must change");
        assertEquals("新密码不能与最近5次使用过的密码相同", LEVEL3.reuseMessage());
    }

    @Test
    void configurationCannotGoBelowTheFloor() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(6, 3, 5, Duration.ofDays(90), true));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(8, 5, 5, Duration.ofDays(90), true));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(8, 3, -1, Duration.ofDays(90), true));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(8, 3, 5, Duration.ofDays(-1), true));
    }

    @Test
    void randomOneTimePasswordsMeetTheStrictestPolicy() {
        PasswordPolicy strictest = new PasswordPolicy(16, 4, 5, Duration.ofDays(90), true);
        RandomPasswords generator = new RandomPasswords(new SecureRandom());
        for (int i = 0; i < 500; i++) {
            char[] password = generator.generate(16);
            assertEquals(List.of(), strictest.violations(password, "sysadmin"), new String(password));
            for (char c : password) {
                assertTrue("0O1lI$'\"\\ ".indexOf(c) < 0, "no ambiguous or special character: " + c);
            }
        }
        assertEquals(24, generator.generate(24).length);
        assertThrows(IllegalArgumentException.class, () -> generator.generate(12));
    }
}
