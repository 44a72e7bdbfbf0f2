package cn.gov.lanzhou.supervision.gm.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B: 8 digits, 30-second steps, T0 = 0. */
    @ParameterizedTest(name = "T={0}s → {1}")
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238AppendixBVectors(long seconds, String sha1, String sha256, String sha512) {
        Instant t = Instant.ofEpochSecond(seconds);
        assertEquals(sha1, new Totp(Totp.Algorithm.SHA1, 8, 30, 1).code(SEED_SHA1, t));
        assertEquals(sha256, new Totp(Totp.Algorithm.SHA256, 8, 30, 1).code(SEED_SHA256, t));
        assertEquals(sha512, new Totp(Totp.Algorithm.SHA512, 8, 30, 1).code(SEED_SHA512, t));
    }

    @Test
    void theStandardSixDigitCodeIsTheLastSixDigitsOfTheRfcValue() {
        // RFC 4226 truncation: the 6-digit code is the 8-digit value modulo 10^6.
        assertEquals("287082", Totp.standard().code(SEED_SHA1, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.standard().code(SEED_SHA1, Instant.ofEpochSecond(1111111109)));
    }

    @Test
    void aCodeFromOneStepEitherSideIsAcceptedButNotTwo() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = totp.step(now);
        for (int delta = -1; delta <= 1; delta++) {
            String code = totp.codeAtStep(SEED_SHA1, step + delta);
            assertEquals(OptionalLong.of(step + delta), totp.verify(SEED_SHA1, code, now, Long.MIN_VALUE), "delta " + delta);
        }
        assertTrue(totp.verify(SEED_SHA1, totp.codeAtStep(SEED_SHA1, step + 2), now, Long.MIN_VALUE).isEmpty());
        assertTrue(totp.verify(SEED_SHA1, totp.codeAtStep(SEED_SHA1, step - 2), now, Long.MIN_VALUE).isEmpty());
    }

    @Test
    void aCodeThatWasAlreadyUsedIsRefused() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = totp.code(SEED_SHA1, now);
        long used = totp.verify(SEED_SHA1, code, now, Long.MIN_VALUE).orElseThrow();
        assertTrue(totp.verify(SEED_SHA1, code, now, used).isEmpty(), "replay within the same step");
        String next = totp.codeAtStep(SEED_SHA1, used + 1);
        assertEquals(OptionalLong.of(used + 1), totp.verify(SEED_SHA1, next, now, used));
    }

    @Test
    void malformedInputIsRefusedAndSpacesAreIgnored() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = totp.code(SEED_SHA1, now);
        assertTrue(totp.verify(SEED_SHA1, code.substring(0, 3) + " " + code.substring(3), now, Long.MIN_VALUE).isPresent());
        assertTrue(totp.verify(SEED_SHA1, null, now, Long.MIN_VALUE).isEmpty());
        assertTrue(totp.verify(SEED_SHA1, "", now, Long.MIN_VALUE).isEmpty());
        assertTrue(totp.verify(SEED_SHA1, "12345", now, Long.MIN_VALUE).isEmpty());
        assertTrue(totp.verify(SEED_SHA1, "12345a", now, Long.MIN_VALUE).isEmpty());
        assertTrue(totp.verify(SEED_SHA1, "１２３４５６", now, Long.MIN_VALUE).isEmpty(), "full-width digits");
    }

    @Test
    void newSecretsAre160RandomBits() {
        SecureRandom random = new SecureRandom();
        byte[] a = Totp.newSecret(random);
        assertEquals(20, a.length);
        assertNotEquals(Base32.encode(a), Base32.encode(Totp.newSecret(random)));
    }

    @Test
    void theOtpauthUriCarriesTheEncodedIssuerAndTheBase32Secret() {
        String uri = Totp.standard().uri("兰州市建设工程安全质量监督站", "sys admin", SEED_SHA1);
        String issuer = "%E5%85%B0%E5%B7%9E%E5%B8%82%E5%BB%BA%E8%AE%BE%E5%B7%A5%E7%A8%8B%E5%AE%89%E5%85%A8"
                + "%E8%B4%A8%E9%87%8F%E7%9B%91%E7%9D%A3%E7%AB%99";
        assertEquals("otpauth://totp/" + issuer + ":sys%20admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer="
                + issuer + "&algorithm=SHA1&digits=6&period=30", uri);
        assertFalse(uri.contains("+"));
    }

    @Test
    void impossibleParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Totp(Totp.Algorithm.SHA1, 5, 30, 1));
        assertThrows(IllegalArgumentException.class, () -> new Totp(Totp.Algorithm.SHA1, 6, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Totp(Totp.Algorithm.SHA1, 6, 30, -1));
    }
}
