package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.gm.password.PasswordPolicy;
import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Login settings from MicroProfile Config: the password policy, the lockout and which roles must use
 * a second factor. The defaults are those of GB/T 22239-2019 Level 3 (等保三级); a malformed value
 * is reported with its key, at start-up ({@link #check()}) and on use.
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
    public static final String THROTTLE_MAX_ATTEMPTS_PER_IP = "portal.identity.throttle.max-attempts-per-ip";
    public static final String THROTTLE_WINDOW_MINUTES = "portal.identity.throttle.window-minutes";

    private static final PasswordPolicy LEVEL3 = PasswordPolicy.level3();

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public IdentitySettings() {
        this(key -> {
            Config config = ConfigProvider.getConfig(IdentitySettings.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
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
        throttleMaxAttemptsPerIp();
        throttleWindowMinutes();
    }

    private Optional<String> raw(String key) {
        return source.apply(key).map(String::trim).filter(s -> !s.isEmpty());
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
