package cn.gov.lanzhou.supervision.gm.field;

import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

import cn.gov.lanzhou.supervision.gm.digest.Sm3;

/**
 * 盲索引 — a keyed HMAC-SM3 of a normalised value, stored next to an encrypted column so that rows can be
 * found by exact value ({@code WHERE id_number_idx = ?}) without decrypting anything.
 *
 * <p>The key must be different from the field encryption keys and the audit key. The same value gives
 * the same index in every column; if columns must not be linkable, give them separate keys.
 * Thread-safe.
 */
public final class BlindIndex {

    /** Minimum key length in bytes. */
    public static final int MIN_KEY_LENGTH = 16;

    /** How a value is brought to one canonical form before it is indexed. */
    public enum Normalization {
        /** Unicode NFKC (full-width → half-width) and trimmed: names, addresses, free text. */
        TEXT,
        /**
         * NFKC, all whitespace removed, upper-case: ID numbers (身份证号, trailing {@code x} → {@code X}),
         * unified social credit codes, mobile numbers, licence numbers.
         */
        IDENTIFIER
    }

    private final byte[] key;

    /** @param key HMAC key of at least {@value #MIN_KEY_LENGTH} bytes; copied */
    public BlindIndex(byte[] key) {
        Objects.requireNonNull(key, "Blind index key is required.");
        if (key.length < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("Blind index key must be at least " + MIN_KEY_LENGTH + " bytes.");
        }
        this.key = key.clone();
    }

    /** @return the lower-case hex index (64 characters) of {@code value}, or {@code null} for {@code null} */
    public String hex(String value, Normalization normalization) {
        byte[] mac = mac(value, normalization);
        return mac == null ? null : Sm3.hex(mac);
    }

    /** @return the Base64 index (44 characters) of {@code value}, or {@code null} for {@code null} */
    public String base64(String value, Normalization normalization) {
        byte[] mac = mac(value, normalization);
        return mac == null ? null : Base64.getEncoder().encodeToString(mac);
    }

    /** @return the canonical form that is indexed, or {@code null} for {@code null} */
    public static String normalize(String value, Normalization normalization) {
        Objects.requireNonNull(normalization, "Normalization is required.");
        if (value == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
        return switch (normalization) {
            case TEXT -> nfkc.strip();
            case IDENTIFIER -> nfkc.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        };
    }

    private byte[] mac(String value, Normalization normalization) {
        String normalized = normalize(value, normalization);
        return normalized == null ? null : Sm3.hmac(key, normalized);
    }

    @Override
    public String toString() {
        return "BlindIndex[HMAC-SM3]";
    }
}
