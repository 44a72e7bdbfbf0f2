package cn.gov.lanzhou.supervision.gm.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM3 密码杂凑算法 (GB/T 32905-2016): 256-bit digest, HMAC-SM3 and a constant-time comparison.
 *
 * <p>Uses the BouncyCastle lightweight API directly (no provider lookup); every method is thread-safe.
 */
public final class Sm3 {

    /** Digest (and HMAC) length in bytes. */
    public static final int DIGEST_LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    private Sm3() {
    }

    /** @return the SM3 digest of {@code data} */
    public static byte[] digest(byte[] data) {
        Objects.requireNonNull(data, "Data to digest is required.");
        SM3Digest sm3 = new SM3Digest();
        sm3.update(data, 0, data.length);
        byte[] out = new byte[DIGEST_LENGTH];
        sm3.doFinal(out, 0);
        return out;
    }

    /** @return the SM3 digest of the UTF-8 bytes of {@code text} */
    public static byte[] digest(String text) {
        Objects.requireNonNull(text, "Text to digest is required.");
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the SM3 digest of the UTF-8 bytes of {@code text}, as lower-case hex */
    public static String digestHex(String text) {
        return hex(digest(text));
    }

    /** @return the HMAC-SM3 of {@code data} under {@code key} */
    public static byte[] hmac(byte[] key, byte[] data) {
        Objects.requireNonNull(key, "HMAC key is required.");
        Objects.requireNonNull(data, "Data to authenticate is required.");
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[DIGEST_LENGTH];
        mac.doFinal(out, 0);
        return out;
    }

    /** @return the HMAC-SM3 of the UTF-8 bytes of {@code text} under {@code key} */
    public static byte[] hmac(byte[] key, String text) {
        Objects.requireNonNull(text, "Text to authenticate is required.");
        return hmac(key, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return lower-case hex of {@code bytes} */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** @return the bytes of a hex string (either case) */
    public static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }

    /**
     * Compares two byte arrays in time that depends only on their lengths, never on where they differ;
     * use it for MACs, digests and password hashes.
     *
     * @return {@code true} if both are non-null and equal
     */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a, b);
    }
}
