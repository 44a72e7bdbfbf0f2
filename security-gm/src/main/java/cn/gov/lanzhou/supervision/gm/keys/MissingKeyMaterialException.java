package cn.gov.lanzhou.supervision.gm.keys;

/**
 * The key file is missing, unreadable or incomplete. The message names the file, the missing entries and
 * the configuration to set; it never contains key material. Thrown at start-up, so that the portal does
 * not run without its keys.
 */
public class MissingKeyMaterialException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public MissingKeyMaterialException(String message) {
        super(message);
    }

    public MissingKeyMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
