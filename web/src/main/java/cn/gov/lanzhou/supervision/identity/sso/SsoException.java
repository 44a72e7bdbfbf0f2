package cn.gov.lanzhou.supervision.identity.sso;

/** An OpenID Connect answer the portal does not trust; the message is for the log and the audit trail. */
public class SsoException extends Exception {

    private static final long serialVersionUID = 1L;

    public SsoException(String message) {
        super(message);
    }

    public SsoException(String message, Throwable cause) {
        super(message, cause);
    }
}
