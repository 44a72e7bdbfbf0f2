package cn.gov.lanzhou.supervision.shared;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Interceptor for services whose entities enforce business rules: a {@link BusinessRuleException}
 * from an entity reaches the caller as a {@link RequestRefused} (its Chinese message intact, the
 * transaction rolled back) instead of a system exception, and an optimistic-lock conflict
 * detected while the method flushes becomes a refusal that says what happened.
 */
public class Refusals {

    /** Someone else changed the record since the form was opened. */
    public static RequestRefused stale() {
        return new RequestRefused("STALE", "该信息已被他人修改或审核（与您打开页面时的版本不同）。为避免覆盖他人的修改，本次操作未保存，请刷新页面后重新操作");
    }

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RequestRefused e) {
            throw e;
        } catch (BusinessRuleException e) {
            throw RequestRefused.of(e);
        } catch (OptimisticLockException e) {
            throw stale();
        } catch (PersistenceException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    throw stale();
                }
            }
            throw e;
        }
    }
}
