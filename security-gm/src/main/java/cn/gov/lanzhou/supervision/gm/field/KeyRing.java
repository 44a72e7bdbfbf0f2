package cn.gov.lanzhou.supervision.gm.field;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bouncycastle.crypto.params.KeyParameter;

/**
 * 密钥环 — the SM4 field keys, each under a numeric id, one of them current.
 *
 * <p>New values are encrypted under the current key; stored values name the key they were encrypted
 * with, so after a rotation (a new current key, older keys kept) old rows still decrypt and can be
 * re-encrypted at leisure. Immutable and thread-safe; {@link #toString()} shows ids only.
 */
public final class KeyRing {

    /** SM4 key length in bytes. */
    public static final int KEY_LENGTH = 16;

    /** Highest key id: ids are stored as an unsigned 16-bit number. */
    public static final int MAX_KEY_ID = 0xFFFF;

    private final int currentKeyId;
    private final Map<Integer, KeyParameter> keys;

    private KeyRing(int currentKeyId, Map<Integer, KeyParameter> keys) {
        this.currentKeyId = currentKeyId;
        this.keys = Collections.unmodifiableMap(keys);
    }

    /**
     * @param currentKeyId id of the key used for new encryptions; must be one of {@code keys}
     * @param keys         16-byte SM4 keys by id (0 .. {@value #MAX_KEY_ID}); the arrays are copied
     */
    public static KeyRing of(int currentKeyId, Map<Integer, byte[]> keys) {
        Objects.requireNonNull(keys, "Keys are required.");
        Map<Integer, KeyParameter> copy = new TreeMap<>();
        keys.forEach((id, key) -> {
            checkId(id);
            Objects.requireNonNull(key, "Key " + id + " is null.");
            if (key.length != KEY_LENGTH) {
                throw new IllegalArgumentException(
                        "SM4 key " + id + " must be " + KEY_LENGTH + " bytes, not " + key.length + ".");
            }
            copy.put(id, new KeyParameter(key.clone()));
        });
        if (!copy.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("The current key id " + currentKeyId + " is not in the key ring.");
        }
        return new KeyRing(currentKeyId, copy);
    }

    /** A ring with one key. */
    public static KeyRing single(int keyId, byte[] key) {
        return of(keyId, Map.of(keyId, key));
    }

    /** A fresh random 16-byte SM4 key. */
    public static byte[] generateKey(SecureRandom random) {
        byte[] key = new byte[KEY_LENGTH];
        random.nextBytes(key);
        return key;
    }

    /**
     * Rotation: a new ring in which {@code newKey} under {@code newKeyId} is current and every existing key
     * is kept for decryption.
     */
    public KeyRing rotateTo(int newKeyId, byte[] newKey) {
        checkId(newKeyId);
        if (keys.containsKey(newKeyId)) {
            throw new IllegalArgumentException("Key id " + newKeyId + " is already in the key ring.");
        }
        Objects.requireNonNull(newKey, "The new key is required.");
        if (newKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("SM4 key must be " + KEY_LENGTH + " bytes, not " + newKey.length + ".");
        }
        Map<Integer, KeyParameter> copy = new TreeMap<>(keys);
        copy.put(newKeyId, new KeyParameter(newKey.clone()));
        return new KeyRing(newKeyId, copy);
    }

    /** @return id of the key new values are encrypted under */
    public int currentKeyId() {
        return currentKeyId;
    }

    /** @return all key ids, ascending */
    public SortedSet<Integer> keyIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(keys.keySet()));
    }

    /** @return whether a key with this id is present */
    public boolean contains(int keyId) {
        return keys.containsKey(keyId);
    }

    KeyParameter currentKey() {
        return keys.get(currentKeyId);
    }

    Optional<KeyParameter> key(int keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    private static void checkId(Integer id) {
        Objects.requireNonNull(id, "Key id is required.");
        if (id < 0 || id > MAX_KEY_ID) {
            throw new IllegalArgumentException("Key id must be between 0 and " + MAX_KEY_ID + ", not " + id + ".");
        }
    }

    @Override
    public String toString() {
        return "KeyRing[current=" + currentKeyId + ", ids=" + keys.keySet() + "]";
    }
}
