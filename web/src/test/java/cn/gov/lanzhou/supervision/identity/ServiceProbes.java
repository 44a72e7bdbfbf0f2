package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

import java.util.function.Supplier;

/**
 * What a call to a console service came to, as text a test can compare: {@code OK}, {@code DENIED}
 * when the container refused the caller ({@link EJBAccessException}, however it is wrapped), or the
 * code of the business rule that refused the request.
 */
final class ServiceProbes {

    private ServiceProbes() {
    }

    static String attempt(Supplier<?> call) {
        try {
            call.get();
            return "OK";
        } catch (BusinessRuleException e) {
            return e.getCode();
        } catch (EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                    return "DENIED";
                }
                if (t instanceof BusinessRuleException b) {
                    return "WRAPPED " + b.getCode();
                }
            }
            throw e;
        }
    }
}
