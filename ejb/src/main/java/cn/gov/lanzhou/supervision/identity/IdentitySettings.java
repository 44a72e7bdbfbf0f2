package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.gm.password.PasswordPolicy;
import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import cn.gov.lanzhou.supervision.startup.SettingOverrides;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Login settings: the password policy, the lockout and which roles must use a second factor. A value
 * the security administrator set in the console ({@link SettingOverrides}) wins over MicroProfile
 * Config; the defaults are those of GB/T 22239-2019 Level 3 (等保三级). A malformed value is
 * reported with its key, at start-up ({@link #check()}) and on use.
 */
@ApplicationScoped
public class IdentitySettings {

    public static final String PASSWORD_MIN_LENGTH = "portal.identity.password.min-length";
    public static final String PASSWORD_MIN_CLASSES = "portal.identity.password.min-character-classes";
    public static final String PASSWORD_MAX_AGE_DAYS = "portal.identity.password.max-age-days";
    public static final String PASSWORD_HISTORY = "portal.identity.password.history";
    public static final String PASSWORD_CHANGE_INITIAL = "portal.identity.password.change-initial";
    public static final String TOTP_REQUIRED_ROLES = "portal.identity.totp.required-roles";
    public static final String LOCKOUT_MAX_FAILURES = "portal.identity.lockout.max-failures";
    public static final String LOCKOUT_MINUTES = "portal.identity.lockout.minutes";
    public static final String LOCKOUT_WINDOW_MINUTES = "portal.identity.lockout.window-minutes";
    public static final String THROTTLE_MAX_ATTEMPTS_PER_IP = "portal.identity.throttle.max-attempts-per-ip";
    public static final String THROTTLE_WINDOW_MINUTES = "portal.identity.throttle.window-minutes";

    private static final PasswordPolicy LEVEL3 = PasswordPolicy.level3();

    /** The keys the security administrator may change in the console, in the console's order. */
    public static final java.util.List<String> ADJUSTABLE = java.util.List.of(PASSWORD_MIN_LENGTH,
            PASSWORD_MIN_CLASSES, PASSWORD_MAX_AGE_DAYS, PASSWORD_HISTORY, PASSWORD_CHANGE_INITIAL, TOTP_REQUIRED_ROLES,
            LOCKOUT_MAX_FAILURES, LOCKOUT_WINDOW_MINUTES, LOCKOUT_MINUTES);

    private final Function<String, Optional<String>> source;

    @Inject
    private SettingOverrides overrides;

    /** Reads the console's overrides, then MicroProfile Config. */
    public IdentitySettings() {
        this.source = null;
    }

    /** Reads the given source, e.g. a map in tests. */
    public IdentitySettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The password policy: Level 3 defaults, each rule overridable. */
    public PasswordPolicy passwordPolicy() {
        int minLength = integer(PASSWORD_MIN_LENGTH, LEVEL3.minLength(), PasswordPolicy.MIN_LENGTH_FLOOR,
                PasswordPolicy.MAX_LENGTH);
        int classes = integer(PASSWORD_MIN_CLASSES, LEVEL3.minCharacterClasses(), 1, 4);
        int maxAgeDays = integer(PASSWORD_MAX_AGE_DAYS, (int) LEVEL3.maxAge().toDays(), 0, 3650);
        int history = integer(PASSWORD_HISTORY, LEVEL3.historySize(), 0, PasswordPolicy.MAX_HISTORY);
        boolean changeInitial = bool(PASSWORD_CHANGE_INITIAL, LEVEL3.changeInitial());
        return new PasswordPolicy(minLength, classes, history, Duration.ofDays(maxAgeDays), changeInitial);
    }

    /** Roles whose holders must log in with a TOTP code; others may enrol by choice. */
    public Set<Role> totpRequiredRoles() {
        String v = raw(TOTP_REQUIRED_ROLES).orElse("SYSTEM_ADMIN,SECURITY_ADMIN,AUDIT_ADMIN");
        if (v.equalsIgnoreCase("none")) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : v.split(",")) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(TOTP_REQUIRED_ROLES, v,
                        "逗号分隔的角色名（如 SYSTEM_ADMIN,SECURITY_ADMIN,AUDIT_ADMIN）或 none");
            }
        }
        return Collections.unmodifiableSet(roles);
    }

    /** Failed logins (passwords and second-factor codes together) before the account is locked. */
    public int lockoutMaxFailures() {
        return integer(LOCKOUT_MAX_FAILURES, 5, 1, 100);
    }

    /** How long a locked account stays locked. */
    public int lockoutMinutes() {
        return integer(LOCKOUT_MINUTES, 30, 1, 10_080);
    }

    /** Failures count towards the lockout only within this many minutes of the first one. */
    public int lockoutWindowMinutes() {
        return integer(LOCKOUT_WINDOW_MINUTES, 15, 1, 1_440);
    }

    /** Failed logins from one source address within the window before that address is refused. */
    public int throttleMaxAttemptsPerIp() {
        return integer(THROTTLE_MAX_ATTEMPTS_PER_IP, 20, 1, 10_000);
    }

    /** The sliding window of the per-address throttle. */
    public int throttleWindowMinutes() {
        return integer(THROTTLE_WINDOW_MINUTES, 15, 1, 1_440);
    }

    /** Checks every key, so that a typo stops the start instead of the first login. */
    public void check() {
        passwordPolicy();
        totpRequiredRoles();
        lockoutMaxFailures();
        lockoutMinutes();
        lockoutWindowMinutes();
        throttleMaxAttemptsPerIp();
        throttleWindowMinutes();
    }

    /** The value in force for {@code key} as written (console override or configuration), if any. */
    public Optional<String> raw(String key) {
        Optional<String> v;
        if (source != null) {
            v = source.apply(key);
        } else {
            v = overrides == null ? Optional.empty() : overrides.value(key);
            if (v.isEmpty()) {
                Config config = ConfigProvider.getConfig(IdentitySettings.class.getClassLoader());
                v = config.getOptionalValue(key, String.class);
            }
        }
        return v.map(String::trim).filter(s -> !s.isEmpty());
    }

    /**
     * What in these settings falls short of Level 3 (等保三级), one message per rule; empty when
     * nothing does. The console refuses such a change; a configuration file may still set it
     * (e.g. for a training system), which the console then shows.
     */
    public java.util.List<String> belowLevel3() {
        java.util.List<String> gaps = new java.util.ArrayList<>();
        PasswordPolicy p = passwordPolicy();
        if (p.minLength() < LEVEL3.minLength()) {
            gaps.add("密码最小长度不得少于 " + LEVEL3.minLength() + " 位");
        }
        if (p.minCharacterClasses() < LEVEL3.minCharacterClasses()) {
            gaps.add("密码至少应包含 " + LEVEL3.minCharacterClasses() + " 类字符");
        }
        if (!p.expires() || p.maxAge().compareTo(LEVEL3.maxAge()) > 0) {
            gaps.add("密码有效期不得超过 " + LEVEL3.maxAge().toDays() + " 天");
        }
        if (p.historySize() < LEVEL3.historySize()) {
            gaps.add("不得重复使用的历史密码不得少于 " + LEVEL3.historySize() + " 次");
        }
        if (!p.changeInitial()) {
            gaps.add("初始密码必须在首次登录时修改");
        }
        Set<Role> totp = totpRequiredRoles();
        if (!totp.containsAll(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN))) {
            gaps.add("系统管理员、安全管理员、审计管理员必须使用动态口令（双因素认证）");
        }
        if (lockoutMaxFailures() > 10) {
            gaps.add("连续登录失败锁定次数不得超过 10 次");
        }
        if (lockoutMinutes() < 10) {
            gaps.add("锁定时长不得少于 10 分钟");
        }
        return gaps;
    }

    private int integer(String key, int defaultValue, int min, int max) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(key, v.get(), min + " 到 " + max + " 之间的整数");
    }

    private boolean bool(String key, boolean defaultValue) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(key, v.get(), "true 或 false");
        };
    }
}
