package cn.gov.lanzhou.supervision.gm.otp;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Base32 (RFC 4648 §6, alphabet {@code A–Z 2–7}) — the text form of TOTP secrets that authenticator apps
 * take in an {@code otpauth://} URI or typed by hand.
 */
public final class Base32 {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Base32() {
    }

    /** Encodes with {@code =} padding to a multiple of 8 characters, as RFC 4648 does. */
    public static String encode(byte[] data) {
        String text = encodeWithoutPadding(data);
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() % 8 != 0) {
            padded.append('=');
        }
        return padded.toString();
    }

    /** Encodes without padding, the form {@code otpauth://} URIs use. */
    public static String encodeWithoutPadding(byte[] data) {
        Objects.requireNonNull(data, "Data is required.");
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 0x1F]);
        }
        return out.toString();
    }

    /**
     * Decodes Base32 as people type it: upper or lower case, with or without padding, spaces and hyphens
     * between groups ignored.
     *
     * @throws IllegalArgumentException for any other character, or padding in the middle
     */
    public static byte[] decode(String text) {
        Objects.requireNonNull(text, "Text is required.");
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        boolean padding = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (c == '=') {
                padding = true;
                continue;
            }
            if (padding) {
                throw new IllegalArgumentException("Base32 padding may only come at the end.");
            }
            int value = valueOf(c);
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        throw new IllegalArgumentException("Not a Base32 character at this position.");
    }
}
