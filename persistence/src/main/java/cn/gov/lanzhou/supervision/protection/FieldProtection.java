package cn.gov.lanzhou.supervision.protection;

import cn.gov.lanzhou.supervision.gm.field.BlindIndex;
import cn.gov.lanzhou.supervision.gm.field.FieldCipher;

import java.util.Objects;
import java.util.logging.Logger;

/**
 * The field cipher and blind index that the {@linkplain EncryptedColumns converters} and the
 * entities' blind-index columns use, installed once at start-up from the portal's key file.
 *
 * <p>Why a static holder: the JPA provider instantiates attribute converters itself, with their
 * no-argument constructor, and Jakarta Persistence 3.1 does not promise CDI injection into them
 * in every deployment (EclipseLink in Java SE, the EAR's {@code lib/} jar on Payara Server).
 * Entity constructors that compute blind indexes cannot be injected either. So the start-up bean
 * installs the keys here before the schema is migrated or any entity is read, and everything
 * else reads them from here. The class lives in the application's own class loader, so each
 * deployed application has its own keys.
 *
 * <p>Installing again replaces the keys (e.g. after a key rotation added a key to the ring);
 * readers see either the old pair or the new one, never a mix. Thread-safe.
 */
public final class FieldProtection {

    private static final Logger LOG = Logger.getLogger(FieldProtection.class.getName());

    private static volatile Keys installed;

    private FieldProtection() {
    }

    /**
     * Makes the keys available to the converters and entities.
     *
     * @param cipher     SM4-GCM cipher over the field key ring
     * @param blindIndex HMAC-SM3 index with the blind-index key (a different key from the field keys)
     */
    public static void install(FieldCipher cipher, BlindIndex blindIndex) {
        Keys keys = new Keys(Objects.requireNonNull(cipher, "Field cipher is required."),
                Objects.requireNonNull(blindIndex, "Blind index is required."));
        boolean replacing = installed != null;
        installed = keys;
        LOG.info(() -> "字段加密密钥已加载 / field keys installed: " + cipher + (replacing ? " (replacing earlier keys)" : ""));
    }

    /** @return whether {@link #install} has been called */
    public static boolean isInstalled() {
        return installed != null;
    }

    /**
     * @return the field cipher
     * @throws IllegalStateException if no keys were installed (the start-up did not run or failed)
     */
    public static FieldCipher cipher() {
        return keys().cipher();
    }

    /**
     * @return the blind index
     * @throws IllegalStateException if no keys were installed (the start-up did not run or failed)
     */
    public static BlindIndex blindIndex() {
        return keys().blindIndex();
    }

    private static Keys keys() {
        Keys keys = installed;
        if (keys == null) {
            throw new IllegalStateException("字段加密密钥尚未加载 / field keys not installed: "
                    + "FieldProtection.install(…) must run at start-up before any protected field is read or written.");
        }
        return keys;
    }

    private record Keys(FieldCipher cipher, BlindIndex blindIndex) {
    }
}
