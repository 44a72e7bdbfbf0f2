package cn.gov.lanzhou.supervision.gm.otp;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 动态口令 — time-based one-time passwords, RFC 6238 (TOTP over RFC 4226 HOTP).
 *
 * <p>{@link #standard()} is what common authenticator apps (Google Authenticator, Microsoft
 * Authenticator, FreeOTP, 腾讯身份验证器…) do: HMAC-SHA1, 6 digits, 30-second steps; it accepts a code
 * from one step before or after the server's clock. The digits, step and algorithm are parameters so that
 * the RFC 6238 appendix B vectors (8 digits) can be checked.
 *
 * <p>{@link #verify} compares in constant time over the whole window and only accepts steps after the
 * last one used, so a code cannot be replayed (RFC 6238 §5.2). Thread-safe.
 */
public final class Totp {

    /** The HMAC of RFC 6238; apps expect SHA1. */
    public enum Algorithm {
        SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        private final String jce;

        Algorithm(String jce) {
            this.jce = jce;
        }
    }

    /** Secret length in bytes for new secrets: 160 bits, as RFC 4226 recommends for SHA1. */
    public static final int SECRET_LENGTH = 20;

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
            10_000_000L, 100_000_000L, 1_000_000_000L};

    private final Algorithm algorithm;
    private final int digits;
    private final int stepSeconds;
    private final int window;

    /**
     * @param algorithm   the HMAC
     * @param digits      code length, 6 … 9
     * @param stepSeconds length of a time step, 1 … 300
     * @param window      steps accepted either side of the current one, 0 … 10
     */
    public Totp(Algorithm algorithm, int digits, int stepSeconds, int window) {
        this.algorithm = Objects.requireNonNull(algorithm, "Algorithm is required.");
        if (digits < 6 || digits > 9) {
            throw new IllegalArgumentException("digits must be 6 … 9, not " + digits);
        }
        if (stepSeconds < 1 || stepSeconds > 300) {
            throw new IllegalArgumentException("stepSeconds must be 1 … 300, not " + stepSeconds);
        }
        if (window < 0 || window > 10) {
            throw new IllegalArgumentException("window must be 0 … 10, not " + window);
        }
        this.digits = digits;
        this.stepSeconds = stepSeconds;
        this.window = window;
    }

    /** HMAC-SHA1, 6 digits, 30 s, ±1 step: what authenticator apps do. */
    public static Totp standard() {
        return new Totp(Algorithm.SHA1, 6, 30, 1);
    }

    /** A fresh random secret of {@value #SECRET_LENGTH} bytes. */
    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_LENGTH];
        random.nextBytes(secret);
        return secret;
    }

    /** The time step a moment falls in (T = floor(unix time / step), T0 = 0). */
    public long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), stepSeconds);
    }

    /** The code for a moment. */
    public String code(byte[] secret, Instant time) {
        return codeAtStep(secret, step(time));
    }

    /** The code for a time step (RFC 4226 HOTP with the step as counter, dynamic truncation). */
    public String codeAtStep(byte[] secret, long step) {
        byte[] hash = hmac(secret, step);
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
        long otp = binary % POWERS_OF_TEN[digits];
        StringBuilder code = new StringBuilder(Long.toString(otp));
        while (code.length() < digits) {
            code.insert(0, '0');
        }
        return code.toString();
    }

    /**
     * Checks a code typed at {@code now} against the steps of the window that come after
     * {@code lastUsedStep}.
     *
     * @param secret       the shared secret
     * @param typed        what the person typed; spaces are ignored
     * @param now          the server's time
     * @param lastUsedStep the step of the last accepted code for this secret, or {@link Long#MIN_VALUE}
     * @return the step the code belongs to (store it as the new last used step), or empty if it does not match
     */
    public OptionalLong verify(byte[] secret, String typed, Instant now, long lastUsedStep) {
        Objects.requireNonNull(secret, "Secret is required.");
        if (typed == null) {
            return OptionalLong.empty();
        }
        String code = typed.replace(" ", "");
        if (code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        long matched = Long.MIN_VALUE;
        // Every step of the window is computed and compared, matching or not, so timing tells nothing.
        for (long s = current - window; s <= current + window; s++) {
            boolean equal = MessageDigest.isEqual(codeAtStep(secret, s).getBytes(StandardCharsets.US_ASCII), given);
            if (equal && s > lastUsedStep && matched == Long.MIN_VALUE) {
                matched = s;
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /**
     * The {@code otpauth://totp/…} URI that authenticator apps read (as text or from a QR code), following
     * the Key Uri Format of Google Authenticator: label {@code issuer:account}, parameters secret, issuer,
     * algorithm, digits and period; text is percent-encoded UTF-8 (spaces as {@code %20}).
     */
    public String uri(String issuer, String account, byte[] secret) {
        Objects.requireNonNull(issuer, "Issuer is required.");
        Objects.requireNonNull(account, "Account is required.");
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account)
                + "?secret=" + Base32.encodeWithoutPadding(secret)
                + "&issuer=" + encode(issuer)
                + "&algorithm=" + algorithm.name()
                + "&digits=" + digits
                + "&period=" + stepSeconds;
    }

    public int digits() {
        return digits;
    }

    public int stepSeconds() {
        return stepSeconds;
    }

    public int window() {
        return window;
    }

    private byte[] hmac(byte[] secret, long counter) {
        try {
            Mac mac = Mac.getInstance(algorithm.jce);
            mac.init(new SecretKeySpec(secret, algorithm.jce));
            return mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jce + " is not available.", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "Totp[" + algorithm + ", " + digits + " digits, " + stepSeconds + " s, ±" + window + "]";
    }
}
