package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.gm.password.PasswordPolicy;
import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentitySettingsTest {

    private static IdentitySettings settings(Map<String, String> values) {
        return new IdentitySettings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsAreLevel3AndTheThreeAdministratorsNeedASecondFactor() {
        IdentitySettings s = settings(Map.of());
        s.check();
        assertEquals(PasswordPolicy.level3(), s.passwordPolicy());
        assertEquals(new PasswordPolicy(8, 3, 5, Duration.ofDays(90), true), s.passwordPolicy());
        assertEquals(Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN), s.totpRequiredRoles());
        assertEquals(5, s.lockoutMaxFailures());
        assertEquals(30, s.lockoutMinutes());
    }

    @Test
    void anAsvsStyleDeploymentCanDropCompositionAndRotation() {
        IdentitySettings s = settings(Map.of(IdentitySettings.PASSWORD_MIN_LENGTH, "12",
                IdentitySettings.PASSWORD_MIN_CLASSES, "1", IdentitySettings.PASSWORD_MAX_AGE_DAYS, "0",
                IdentitySettings.PASSWORD_HISTORY, "0", IdentitySettings.TOTP_REQUIRED_ROLES, " supervisor , LEADER,"));
        PasswordPolicy p = s.passwordPolicy();
        assertEquals(12, p.minLength());
        assertEquals(1, p.minCharacterClasses());
        assertFalse(p.expires());
        assertEquals(0, p.historySize());
        assertEquals(Set.of(Role.SUPERVISOR, Role.LEADER), s.totpRequiredRoles());
        assertTrue(settings(Map.of(IdentitySettings.TOTP_REQUIRED_ROLES, "none")).totpRequiredRoles().isEmpty());
    }

    @Test
    void aMalformedOrTooWeakValueIsReportedWithItsKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(IdentitySettings.PASSWORD_MIN_LENGTH, "6")).check());
        assertTrue(e.getMessage().startsWith("配置项 portal.identity.password.min-length 的值 \"6\" 无效，应为 8 到 128 之间的整数"),
                e.getMessage());
        e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(IdentitySettings.PASSWORD_MAX_AGE_DAYS, "ninety")).check());
        assertTrue(e.getMessage().contains("portal.identity.password.max-age-days"));
        e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(IdentitySettings.PASSWORD_CHANGE_INITIAL, "yes")).check());
        assertTrue(e.getMessage().contains("true 或 false"));
        e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(IdentitySettings.TOTP_REQUIRED_ROLES, "SYSTEM_ADMIN,ROOT")).check());
        assertTrue(e.getMessage().contains("portal.identity.totp.required-roles"));
    }

    @Test
    void thePerAddressThrottleAllows20FailuresIn15MinutesByDefault() {
        IdentitySettings s = settings(Map.of());
        assertEquals(20, s.throttleMaxAttemptsPerIp());
        assertEquals(15, s.throttleWindowMinutes());
        s = settings(Map.of(IdentitySettings.THROTTLE_MAX_ATTEMPTS_PER_IP, "50", IdentitySettings.THROTTLE_WINDOW_MINUTES, "60"));
        assertEquals(50, s.throttleMaxAttemptsPerIp());
        assertEquals(60, s.throttleWindowMinutes());
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(IdentitySettings.THROTTLE_MAX_ATTEMPTS_PER_IP, "0")).check());
        assertTrue(e.getMessage().contains("portal.identity.throttle.max-attempts-per-ip"), e.getMessage());
        e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(IdentitySettings.THROTTLE_WINDOW_MINUTES, "quarter")).check());
        assertTrue(e.getMessage().contains("portal.identity.throttle.window-minutes"), e.getMessage());
    }

    @Test
    void theConsoleKnowsWhatFallsShortOfLevel3() {
        assertTrue(settings(Map.of()).belowLevel3().isEmpty(), "the defaults are Level 3");
        assertEquals(15, settings(Map.of()).lockoutWindowMinutes());
        IdentitySettings asvs = settings(Map.of(IdentitySettings.PASSWORD_MIN_CLASSES, "1",
                IdentitySettings.PASSWORD_MAX_AGE_DAYS, "0", IdentitySettings.TOTP_REQUIRED_ROLES, "SYSTEM_ADMIN",
                IdentitySettings.LOCKOUT_MAX_FAILURES, "11", IdentitySettings.LOCKOUT_MINUTES, "5"));
        java.util.List<String> gaps = asvs.belowLevel3();
        assertEquals(java.util.List.of("密码至少应包含 3 类字符", "密码有效期不得超过 90 天",
                "系统管理员、安全管理员、审计管理员必须使用动态口令（双因素认证）", "连续登录失败锁定次数不得超过 10 次",
                "锁定时长不得少于 10 分钟"), gaps);
        assertTrue(settings(Map.of(IdentitySettings.PASSWORD_MIN_LENGTH, "12", IdentitySettings.LOCKOUT_MAX_FAILURES, "3"))
                .belowLevel3().isEmpty(), "stricter than Level 3 is fine");
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(IdentitySettings.LOCKOUT_WINDOW_MINUTES, "0")).check());
        assertEquals(IdentitySettings.LOCKOUT_WINDOW_MINUTES, e.key());
        assertEquals("配置项 portal.identity.lockout.window-minutes 的值“0”无效，应为 1 到 1440 之间的整数", e.chinese());
    }
}
