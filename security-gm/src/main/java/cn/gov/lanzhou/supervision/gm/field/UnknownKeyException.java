package cn.gov.lanzhou.supervision.gm.field;

import cn.gov.lanzhou.supervision.gm.CryptoIntegrityException;

/**
 * A stored value names a key id that the key ring does not hold: the key was removed too early, the
 * key file is not the one the data was written with, or the value was altered. The key id is not
 * secret and is part of the message.
 */
public class UnknownKeyException extends CryptoIntegrityException {

    private static final long serialVersionUID = 1L;

    private final int keyId;

    public UnknownKeyException(int keyId) {
        super("密钥环中没有编号为 " + keyId + " 的密钥（密钥文件不符或数据被篡改） / "
                + "No key with id " + keyId + " in the key ring (wrong key file or altered data)");
        this.keyId = keyId;
    }

    /** @return the key id named by the stored value */
    public int keyId() {
        return keyId;
    }
}
