package cn.gov.lanzhou.supervision.gm.password;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * 口令策略 — what a new password must look like and how long it may be used.
 *
 * <p>The {@linkplain #level3() defaults} follow GB/T 22239-2019 Level 3 (等保三级): at least 8 characters
 * from at least 3 of the 4 character classes, changed every 90 days, none of the last 5 reused, an
 * initial password changed at first login. OWASP ASVS 2.1 and NIST SP 800-63B advise against composition
 * rules and periodic rotation; every rule here can be relaxed by configuration for deployments that follow
 * them instead.
 *
 * <p>{@link #violations} never keeps, copies or logs the password and does not wipe the caller's array.
 *
 * @param minLength            fewest characters, 8 … {@value #MAX_LENGTH}
 * @param minCharacterClasses  fewest {@linkplain CharacterClass character classes}, 1 (no composition rule) … 4
 * @param historySize          how many of the latest passwords (the current one included) may not be reused, 0 … 24
 * @param maxAge               how long a password may be used; {@link Duration#ZERO} for no expiry
 * @param changeInitial        whether a password set by an administrator must be changed at first login
 */
public record PasswordPolicy(int minLength, int minCharacterClasses, int historySize, Duration maxAge,
                             boolean changeInitial) {

    /** Longest password accepted, as the login form does: PBKDF2 input stays small. */
    public static final int MAX_LENGTH = 128;
    /** Floor for {@link #minLength}: no configuration goes below it. */
    public static final int MIN_LENGTH_FLOOR = 8;
    /** Ceiling for {@link #historySize}. */
    public static final int MAX_HISTORY = 24;

    /** 字符类别 — the four classes the composition rule counts. Letters outside ASCII count as none. */
    public enum CharacterClass {
        UPPER("大写字母"), LOWER("小写字母"), DIGIT("数字"), SYMBOL("特殊符号");

        private final String label;

        CharacterClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The class of a character, or {@code null} for whitespace, control characters and non-ASCII letters. */
        static CharacterClass of(char c) {
            if (c >= 'A' && c <= 'Z') {
                return UPPER;
            }
            if (c >= 'a' && c <= 'z') {
                return LOWER;
            }
            if (c >= '0' && c <= '9') {
                return DIGIT;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isLetterOrDigit(c)
                    || Character.isSurrogate(c)) {
                return null;
            }
            return SYMBOL;
        }
    }

    public PasswordPolicy {
        if (minLength < MIN_LENGTH_FLOOR || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("minLength must be " + MIN_LENGTH_FLOOR + " … " + MAX_LENGTH + ", not " + minLength);
        }
        if (minCharacterClasses < 1 || minCharacterClasses > CharacterClass.values().length) {
            throw new IllegalArgumentException("minCharacterClasses must be 1 … 4, not " + minCharacterClasses);
        }
        if (historySize < 0 || historySize > MAX_HISTORY) {
            throw new IllegalArgumentException("historySize must be 0 … " + MAX_HISTORY + ", not " + historySize);
        }
        Objects.requireNonNull(maxAge, "maxAge is required (Duration.ZERO for no expiry).");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative");
        }
    }

    /** GB/T 22239-2019 Level 3: 8 characters, 3 of 4 classes, 5 remembered, 90 days, initial changed. */
    public static PasswordPolicy level3() {
        return new PasswordPolicy(8, 3, 5, Duration.ofDays(90), true);
    }

    /**
     * Checks a candidate password against the composition rules.
     *
     * @param password the candidate; read only, neither kept nor wiped
     * @param username the account's user name, which the password may not contain; may be {@code null}
     * @return one Chinese message per broken rule, in a fixed order; empty when the password is acceptable
     */
    public List<String> violations(char[] password, String username) {
        Objects.requireNonNull(password, "Password is required.");
        List<String> broken = new ArrayList<>();
        int length = Character.codePointCount(password, 0, password.length);
        if (length < minLength) {
            broken.add("密码长度不能少于" + minLength + "位");
        }
        if (length > MAX_LENGTH) {
            broken.add("密码长度不能超过" + MAX_LENGTH + "位");
        }
        Set<CharacterClass> classes = classesOf(password);
        if (classes.size() < minCharacterClasses) {
            broken.add("密码须包含大写字母、小写字母、数字、特殊符号中的至少" + minCharacterClasses + "类（当前"
                    + classes.size() + "类）");
        }
        if (username != null && username.length() >= 3 && containsIgnoringCase(password, username)) {
            broken.add("密码不能包含用户名");
        }
        return broken;
    }

    /** The message for a password that is among the last {@link #historySize} ones. */
    public String reuseMessage() {
        return "新密码不能与最近" + historySize + "次使用过的密码相同";
    }

    /**
     * Whether a password set at {@code changedAt} must be changed at {@code now}. A password without a
     * change time is treated as expired when expiry is on.
     */
    public boolean isExpired(LocalDateTime changedAt, LocalDateTime now) {
        if (maxAge.isZero()) {
            return false;
        }
        return changedAt == null || !changedAt.plus(maxAge).isAfter(now);
    }

    /** Whether this policy rotates passwords at all. */
    public boolean expires() {
        return !maxAge.isZero();
    }

    static Set<CharacterClass> classesOf(char[] password) {
        Set<CharacterClass> classes = EnumSet.noneOf(CharacterClass.class);
        for (char c : password) {
            CharacterClass k = CharacterClass.of(c);
            if (k != null) {
                classes.add(k);
            }
        }
        return classes;
    }

    private static boolean containsIgnoringCase(char[] password, String part) {
        String p = part.toLowerCase(Locale.ROOT);
        outer:
        for (int i = 0; i + p.length() <= password.length; i++) {
            for (int j = 0; j < p.length(); j++) {
                if (Character.toLowerCase(password[i + j]) != p.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "PasswordPolicy[min " + minLength + " chars, " + minCharacterClasses + " classes, history "
                + historySize + ", max age " + (maxAge.isZero() ? "none" : maxAge.toDays() + " days")
                + ", change initial " + changeInitial + "]";
    }
}
