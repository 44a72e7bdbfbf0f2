package cn.gov.lanzhou.supervision.protection;

import cn.gov.lanzhou.supervision.gm.field.BlindIndex;
import cn.gov.lanzhou.supervision.gm.field.FieldCipher;
import cn.gov.lanzhou.supervision.gm.field.KeyRing;

import java.security.SecureRandom;

/**
 * Fresh random field keys for a test class, installed in {@link FieldProtection} as the portal's
 * start-up does with the key file. Call from {@code @BeforeAll} of every test that reads or writes
 * an entity with an encrypted column (Person, Enterprise, Complaint).
 */
public final class TestFieldKeys {

    /** The field key id the test keys are stored under (production key files start at 1). */
    public static final int KEY_ID = 7;

    private TestFieldKeys() {
    }

    /** Generates and installs new keys; returns them for tests that inspect stored values. */
    public static Installed installFresh() {
        SecureRandom random = new SecureRandom();
        byte[] indexKey = new byte[32];
        random.nextBytes(indexKey);
        Installed keys = new Installed(new FieldCipher(KeyRing.single(KEY_ID, KeyRing.generateKey(random))),
                new BlindIndex(indexKey));
        FieldProtection.install(keys.cipher(), keys.blindIndex());
        return keys;
    }

    /** The installed pair. */
    public record Installed(FieldCipher cipher, BlindIndex blindIndex) {
    }
}
