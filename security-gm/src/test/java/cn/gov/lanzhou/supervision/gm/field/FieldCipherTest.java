package cn.gov.lanzhou.supervision.gm.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.lanzhou.supervision.gm.CryptoIntegrityException;

class FieldCipherTest {

    private static final String CONTEXT = "Person.idNumber";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] oldKey = KeyRing.generateKey(RANDOM);
    private final FieldCipher cipher = new FieldCipher(KeyRing.single(1, oldKey));

    @Test
    void roundTripsIdNumbersChineseTextAndEmoji() {
        for (String value : new String[] {"62010219900101123X", "兰州市城关区张掖路 1 号", "工地安全 👷‍♂️🏗️", ""}) {
            assertEquals(value, cipher.decrypt(cipher.encrypt(value, CONTEXT), CONTEXT));
        }
    }

    @Test
    void encryptingTheSameValueTwiceGivesDifferentStoredTexts() {
        String first = cipher.encrypt("13812345678", "Person.mobile");
        String second = cipher.encrypt("13812345678", "Person.mobile");
        assertNotEquals(first, second);
        assertEquals(cipher.decrypt(first, "Person.mobile"), cipher.decrypt(second, "Person.mobile"));
    }

    @Test
    void storedFormIsVersionKeyIdIvAndCiphertextWithTag() {
        String stored = cipher.encrypt("620102199001011234", CONTEXT);
        byte[] bytes = Base64.getDecoder().decode(stored);
        assertEquals(1, bytes[0]);
        assertEquals(1, FieldCipher.keyIdOf(stored));
        assertEquals(1 + 2 + 12 + 18 + 16, bytes.length);
        assertEquals(68, stored.length());
    }

    @Test
    void valueCopiedToAnotherColumnDoesNotDecrypt() {
        String stored = cipher.encrypt("620102199001011234", CONTEXT);
        assertThrows(CryptoIntegrityException.class, () -> cipher.decrypt(stored, "Company.legalRepIdNumber"));
    }

    @Test
    void everySingleFlippedBitIsDetected() {
        String stored = cipher.encrypt("620102199001011234", CONTEXT);
        byte[] bytes = Base64.getDecoder().decode(stored);
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] tampered = bytes.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            String altered = Base64.getEncoder().encodeToString(tampered);
            assertThrows(CryptoIntegrityException.class, () -> cipher.decrypt(altered, CONTEXT), "bit " + bit);
        }
    }

    @Test
    void integrityErrorMessageIsBilingualAndRevealsNoData() {
        String stored = cipher.encrypt("620102199001011234", CONTEXT);
        CryptoIntegrityException e = assertThrows(CryptoIntegrityException.class,
                () -> cipher.decrypt(stored, "Other.column"));
        assertTrue(e.getMessage().contains("完整性"));
        assertTrue(e.getMessage().contains("Integrity check failed"));
        assertFalse(e.getMessage().contains("6201"));
        assertFalse(e.getMessage().contains(stored.substring(0, 10)));
    }

    @Test
    void truncatedOrNonBase64StoredValuesFailAsIntegrityErrors() {
        String stored = cipher.encrypt("abc", CONTEXT);
        assertThrows(CryptoIntegrityException.class, () -> cipher.decrypt(stored.substring(0, 20), CONTEXT));
        assertThrows(CryptoIntegrityException.class, () -> cipher.decrypt("not base64 at all!", CONTEXT));
        assertThrows(CryptoIntegrityException.class, () -> cipher.decrypt("", CONTEXT));
    }

    @Test
    void afterRotationOldValuesStillDecryptAndNewValuesUseTheNewKey() {
        String writtenBefore = cipher.encrypt("620102199001011234", CONTEXT);
        KeyRing rotated = cipher.keyRing().rotateTo(2, KeyRing.generateKey(RANDOM));
        FieldCipher afterRotation = new FieldCipher(rotated);

        assertEquals("620102199001011234", afterRotation.decrypt(writtenBefore, CONTEXT));
        assertTrue(afterRotation.needsReencryption(writtenBefore));
        String writtenAfter = afterRotation.encrypt("620102199001011234", CONTEXT);
        assertEquals(2, FieldCipher.keyIdOf(writtenAfter));
        assertFalse(afterRotation.needsReencryption(writtenAfter));
        assertThrows(UnknownKeyException.class, () -> cipher.decrypt(writtenAfter, CONTEXT));
    }

    @Test
    void unknownKeyIdIsReportedWithTheId() {
        FieldCipher other = new FieldCipher(KeyRing.of(300, Map.of(300, KeyRing.generateKey(RANDOM))));
        String stored = other.encrypt("x", CONTEXT);
        UnknownKeyException e = assertThrows(UnknownKeyException.class, () -> cipher.decrypt(stored, CONTEXT));
        assertEquals(300, e.keyId());
        assertTrue(e.getMessage().contains("300"));
        assertTrue(e.getMessage().contains("No key with id"));
    }

    @Test
    void sameKeyIdWithAnotherKeyFailsTheIntegrityCheck() {
        FieldCipher impostor = new FieldCipher(KeyRing.single(1, KeyRing.generateKey(RANDOM)));
        String stored = cipher.encrypt("x", CONTEXT);
        assertThrows(CryptoIntegrityException.class, () -> impostor.decrypt(stored, CONTEXT));
    }

    @Test
    void nullGoesThroughAsNull() {
        assertNull(cipher.encrypt(null, CONTEXT));
        assertNull(cipher.decrypt(null, CONTEXT));
    }

    @Test
    void contextIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt("x", " "));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(null, null));
    }

    @Test
    void keyRingRejectsWrongKeyLengthsAndUnknownCurrentId() {
        assertThrows(IllegalArgumentException.class, () -> KeyRing.single(1, new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.of(2, Map.of(1, new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.single(70_000, new byte[16]));
        assertFalse(KeyRing.single(1, oldKey).toString().contains(Base64.getEncoder().encodeToString(oldKey)));
    }
}
