package cn.gov.lanzhou.supervision.gm.password;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import cn.gov.lanzhou.supervision.gm.GmProvider;
import cn.gov.lanzhou.supervision.gm.digest.Sm3;

/**
 * 口令散列 — PBKDF2 with HMAC-SM3 (BouncyCastle {@code PBKDF2WithHmacSM3}, password taken as UTF-8).
 *
 * <p>Stored form, self-describing so that the cost can be raised later:
 * <pre>
 *   pbkdf2-sm3$&lt;iterations&gt;$&lt;salt, Base64 without padding&gt;$&lt;hash, Base64 without padding&gt;
 * </pre>
 * with a 16-byte random salt and a 32-byte hash. After a successful {@link #verify}, call
 * {@link #needsRehash} and store a new {@link #hash} if it says so.
 *
 * <p><strong>Every method that takes a {@code char[]} password wipes it ({@code Arrays.fill(password, '\0')})
 * before returning, whether it succeeds or throws.</strong> Pass a copy if the caller still needs it.
 * Thread-safe.
 */
public final class PasswordHasher {

    /** Algorithm tag at the start of the stored form. */
    public static final String ALGORITHM_TAG = "pbkdf2-sm3";
    /** Default iteration count for new hashes. */
    public static final int DEFAULT_ITERATIONS = 120_000;
    /** Lowest iteration count this class will produce. */
    public static final int MIN_ITERATIONS = 100_000;
    /** Highest iteration count accepted from a stored value (guards against a crafted row tying up a CPU). */
    public static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;

    private static final String JCE_ALGORITHM = "PBKDF2WithHmacSM3";
    private static final String SEPARATOR = "$";

    private final int iterations;
    private final SecureRandom random;
    private final String dummyStored;

    /** A hasher with {@value #DEFAULT_ITERATIONS} iterations. */
    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /**
     * @param iterations PBKDF2 iteration count for new hashes
     * @throws IllegalArgumentException if below {@value #MIN_ITERATIONS} or above {@value #MAX_ITERATIONS}
     */
    public PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException(
                    "PBKDF2 iterations must be at least " + MIN_ITERATIONS + ", not " + iterations + ".");
        }
        if (iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "PBKDF2 iterations must be at most " + MAX_ITERATIONS + ", not " + iterations + ".");
        }
        this.iterations = iterations;
        this.random = new SecureRandom();
        byte[] dummySalt = new byte[SALT_LENGTH];
        random.nextBytes(dummySalt);
        this.dummyStored = format(iterations, dummySalt, new byte[HASH_LENGTH]);
    }

    /** @return the iteration count used for new hashes */
    public int iterations() {
        return iterations;
    }

    /**
     * Hashes a password with a fresh random salt.
     *
     * @param password the password; <strong>wiped on return</strong>
     * @return the stored form
     */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return hash(password, salt);
    }

    /** Hashes with a given salt — for tests that need a stable result. Wipes {@code password}. */
    String hash(char[] password, byte[] salt) {
        Objects.requireNonNull(salt, "Salt is required.");
        return format(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * Checks a password against a stored form, comparing the hashes in constant time.
     *
     * @param password the password typed by the user; <strong>wiped on return</strong>
     * @param stored   the stored form produced by {@link #hash}
     * @return whether the password matches; {@code false} also for a {@code null} or malformed stored form
     */
    public boolean verify(char[] password, String stored) {
        Objects.requireNonNull(password, "Password is required.");
        Parsed parsed = Parsed.parse(stored);
        if (parsed == null) {
            // Same work as a real check, so a malformed row is not told apart by timing.
            return dummyVerify(password);
        }
        byte[] actual = derive(password, parsed.salt, parsed.iterations, parsed.hash.length);
        return Sm3.constantTimeEquals(actual, parsed.hash);
    }

    /**
     * Spends the time of one {@link #verify} and returns {@code false}: call it when the user name is
     * unknown so that response times do not reveal which accounts exist.
     *
     * @param password the password typed; <strong>wiped on return</strong>
     */
    public boolean dummyVerify(char[] password) {
        Objects.requireNonNull(password, "Password is required.");
        Parsed parsed = Parsed.parse(dummyStored);
        Sm3.constantTimeEquals(derive(password, parsed.salt, parsed.iterations), parsed.hash);
        return false;
    }

    /**
     * @return {@code true} if the stored form was made with fewer iterations than this hasher uses, another
     *         algorithm, a short salt or another hash length, or cannot be read — store a new hash after the
     *         next successful login
     */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.parse(stored);
        return parsed == null
                || parsed.iterations < iterations
                || parsed.salt.length < SALT_LENGTH
                || parsed.hash.length != HASH_LENGTH;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        return derive(password, salt, iterations, HASH_LENGTH);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int hashLength) {
        Objects.requireNonNull(password, "Password is required.");
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, hashLength * 8);
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance(JCE_ALGORITHM, GmProvider.get());
            return factory.generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCE_ALGORITHM + " is not available from the BouncyCastle provider.", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(password, '\0');
        }
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM_TAG + SEPARATOR + iterations + SEPARATOR + b64.encodeToString(salt)
                + SEPARATOR + b64.encodeToString(hash);
    }

    /** The fields of a stored form; {@code parse} returns {@code null} for anything unreadable. */
    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !ALGORITHM_TAG.equals(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0
                        || hash.length == 0 || hash.length > 64) {
                    return null;
                }
                return new Parsed(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return "PasswordHasher[" + ALGORITHM_TAG + ", iterations=" + iterations + "]";
    }
}
