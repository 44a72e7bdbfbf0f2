package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.ApplicationException;

/**
 * A document request refused (unknown or malformed number, not the caller's document, no font, a
 * stop-work order without a major hazard …). An application exception: the page receives it as it
 * is, with its Chinese message, and nothing is kept — no record, no stored file.
 */
@ApplicationException(rollback = true)
public class DocumentRefused extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public DocumentRefused(String code, String message) {
        super(code, message);
    }
}
