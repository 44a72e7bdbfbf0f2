package cn.gov.lanzhou.supervision.complaint;

import cn.gov.lanzhou.supervision.gm.digest.Sm3;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * 查询码 — the secret a reporter gets once with the ticket number. Only an SM3 digest bound to
 * the ticket number is stored, so the database never holds a usable code.
 */
public final class QueryCodes {

    /** No 0/O, 1/I/L: easy to read back over the phone. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    public static String newCode() {
        return newCode(RANDOM);
    }

    /** With a given generator: demo data uses a seeded one to stay reproducible. */
    public static String newCode(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static String digest(String ticketNo, String code) {
        return Sm3.digestHex("complaint-query-code:" + ticketNo + ":" + code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean matches(String ticketNo, String code, String storedDigest) {
        if (code == null || storedDigest == null) {
            return false;
        }
        return Sm3.constantTimeEquals(Sm3.fromHex(digest(ticketNo, code)), Sm3.fromHex(storedDigest));
    }
}
