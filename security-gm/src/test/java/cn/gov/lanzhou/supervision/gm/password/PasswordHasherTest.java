package cn.gov.lanzhou.supervision.gm.password;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final byte[] FIXED_SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    // One hasher for the whole class: each hash costs ~0.1 s.
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Test
    void samePasswordSaltAndIterationsGiveTheSameStoredHash() {
        String first = HASHER.hash("Lz@2026安全".toCharArray(), FIXED_SALT);
        String second = HASHER.hash("Lz@2026安全".toCharArray(), FIXED_SALT);
        assertEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sm3$120000$MDEyMzQ1Njc4OWFiY2RlZg$"));
    }

    @Test
    void hashIsPbkdf2HmacSm3OverTheUtf8Password() {
        String stored = HASHER.hash("Lz@2026安全".toCharArray(), FIXED_SALT);
        PKCS5S2ParametersGenerator reference = new PKCS5S2ParametersGenerator(new SM3Digest());
        reference.init("Lz@2026安全".getBytes(StandardCharsets.UTF_8), FIXED_SALT, 120_000);
        byte[] expected = ((KeyParameter) reference.generateDerivedParameters(256)).getKey();
        assertArrayEquals(expected, Base64.getDecoder().decode(stored.split("\\$")[3]));
    }

    @Test
    void verifyAcceptsTheRightPasswordAndRejectsAWrongOne() {
        String stored = HASHER.hash("correct horse 马".toCharArray());
        assertTrue(HASHER.verify("correct horse 马".toCharArray(), stored));
        assertFalse(HASHER.verify("correct horse 驴".toCharArray(), stored));
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirRandomSalt() {
        assertNotEquals(HASHER.hash("same".toCharArray()), HASHER.hash("same".toCharArray()));
    }

    @Test
    void passwordArrayIsWipedAfterHashingAndVerifying() {
        char[] password = "s3cret!".toCharArray();
        String stored = HASHER.hash(password);
        assertArrayEquals(new char[7], password);

        char[] typed = "s3cret!".toCharArray();
        assertTrue(HASHER.verify(typed, stored));
        assertArrayEquals(new char[7], typed);

        char[] wrong = "wrong".toCharArray();
        assertFalse(HASHER.verify(wrong, "not a stored hash"));
        assertArrayEquals(new char[5], wrong);
    }

    @Test
    void needsRehashWhenStoredIterationsAreBelowTheCurrentSetting() {
        String old = HASHER.hash("pw".toCharArray());
        PasswordHasher stronger = new PasswordHasher(150_000);
        assertTrue(stronger.needsRehash(old));
        assertFalse(HASHER.needsRehash(old));
        assertTrue(stronger.verify("pw".toCharArray(), old), "old hashes keep working after the cost is raised");
        assertTrue(HASHER.needsRehash("bcrypt$whatever"));
    }

    @Test
    void refusesIterationsBelowTheFloor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(99_999));
        assertTrue(e.getMessage().contains("100000"));
    }

    @Test
    void malformedOrForeignStoredValuesNeverVerify() {
        assertFalse(HASHER.verify("pw".toCharArray(), null));
        assertFalse(HASHER.verify("pw".toCharArray(), "pbkdf2-sm3$abc$$"));
        assertFalse(HASHER.verify("pw".toCharArray(), "pbkdf2-sm3$999999999$AAAA$AAAA"));
        assertFalse(HASHER.dummyVerify("pw".toCharArray()));
    }
}
