package cn.gov.lanzhou.supervision.shared;

/**
 * A request that breaks a business rule (wrong state, not allowed, inconsistent data). The
 * message is written for the person who made the request, in Chinese.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public BusinessRuleException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable machine-readable code such as {@code PROJECT_COMPLETED}. */
    public String getCode() {
        return code;
    }
}
