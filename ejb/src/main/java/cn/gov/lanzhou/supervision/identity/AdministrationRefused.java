package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.ApplicationException;

/**
 * A console action that breaks a rule (duplicate user name, 三权分立, …). An application exception,
 * so that the page receives it as it is, with its Chinese message, and the transaction rolls back;
 * the refusal itself is already in the audit trail, which writes in its own transaction.
 */
@ApplicationException(rollback = true)
public class AdministrationRefused extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public AdministrationRefused(String code, String message) {
        super(code, message);
    }
}
