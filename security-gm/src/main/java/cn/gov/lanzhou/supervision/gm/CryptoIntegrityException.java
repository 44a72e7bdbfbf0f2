package cn.gov.lanzhou.supervision.gm;

/**
 * Protected data could not be authenticated: it was altered, bound to another context, encrypted under
 * another key, or is not in the expected format.
 *
 * <p>The message is deliberately the same whatever the cause, in Chinese and English, and never contains
 * plaintext, ciphertext or key material.
 */
public class CryptoIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The standard message: says what failed, not why. */
    public static final String MESSAGE =
            "数据完整性校验失败：密文可能被篡改、上下文不符或密钥不匹配 / "
            + "Integrity check failed: the protected data was altered, belongs to another context or key";

    public CryptoIntegrityException() {
        super(MESSAGE);
    }

    public CryptoIntegrityException(Throwable cause) {
        super(MESSAGE, cause);
    }

    /** For subclasses that add a non-secret detail such as a key id. */
    protected CryptoIntegrityException(String message) {
        super(message);
    }
}
