package cn.gov.lanzhou.supervision.gm.password;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * 随机口令 — one-time passwords handed to a new account, e.g. the first administrators. Every password
 * holds all four character classes, so it passes any {@link PasswordPolicy}, and avoids characters that
 * are easily misread (0/O, 1/l/I) or that shells and spreadsheets treat specially ($, quotes, backslash).
 */
public final class RandomPasswords {

    /** Shortest password {@link #generate} produces. */
    public static final int MIN_LENGTH = 16;

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGIT = "23456789";
    private static final String SYMBOL = "!#%*+-=?@_";
    private static final String ALL = UPPER + LOWER + DIGIT + SYMBOL;

    private final SecureRandom random;

    public RandomPasswords() {
        this(new SecureRandom());
    }

    public RandomPasswords(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "Random source is required.");
    }

    /**
     * @param length number of characters, at least {@value #MIN_LENGTH}
     * @return a fresh password; the caller wipes it when done
     */
    public char[] generate(int length) {
        if (length < MIN_LENGTH || length > PasswordPolicy.MAX_LENGTH) {
            throw new IllegalArgumentException("length must be " + MIN_LENGTH + " … " + PasswordPolicy.MAX_LENGTH);
        }
        char[] password = new char[length];
        String[] required = {UPPER, LOWER, DIGIT, SYMBOL};
        for (int i = 0; i < length; i++) {
            String from = i < required.length ? required[i] : ALL;
            password[i] = from.charAt(random.nextInt(from.length()));
        }
        // Fisher–Yates, so the guaranteed classes do not always sit at the front.
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = password[i];
            password[i] = password[j];
            password[j] = t;
        }
        return password;
    }
}
