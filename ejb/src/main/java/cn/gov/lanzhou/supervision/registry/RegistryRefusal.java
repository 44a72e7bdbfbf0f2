package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.ApplicationException;

/**
 * A registry request that is refused: full values without the right to see them, an import with rows
 * that are not valid, a file that is not what it claims to be. An application exception, so the page
 * receives it with its Chinese message and the transaction rolls back (an import writes nothing).
 */
@ApplicationException(rollback = true)
public class RegistryRefusal extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public RegistryRefusal(String code, String message) {
        super(code, message);
    }
}
