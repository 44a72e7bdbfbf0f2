package cn.gov.lanzhou.supervision.shared;

import jakarta.ejb.ApplicationException;

/**
 * A service refusing a request because it breaks a rule (a disguised upload, a review by the
 * author, a stale form …). An application exception: the caller receives it as it is, with its
 * Chinese message, and the transaction rolls back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class RequestRefused extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public RequestRefused(String code, String message) {
        super(code, message);
    }

    /** The same refusal, from an entity's rule. */
    public static RequestRefused of(BusinessRuleException e) {
        return e instanceof RequestRefused r ? r : new RequestRefused(e.getCode(), e.getMessage());
    }
}
