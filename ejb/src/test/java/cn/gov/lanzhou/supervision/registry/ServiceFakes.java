package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import jakarta.ejb.SessionContext;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the container gives a service, for running it outside one: a caller with roles, an audit trail that
 * remembers what it was told, and field injection by reflection.
 */
public final class ServiceFakes {

    private ServiceFakes() {
    }

    /** An audit event as recorded. */
    public record Recorded(String username, String role, String eventType, String objectType, String objectId,
                           AuditOutcome outcome, String detail) {
    }

    /** An audit trail that keeps events in a list instead of the chained table. */
    public static final class RecordingTrail extends AuditTrail {
        public final List<Recorded> events = new ArrayList<>();

        @Override
        public void record(String username, String role, String sourceIp, String eventType, String objectType,
                           String objectId, AuditOutcome outcome, String detail) {
            events.add(new Recorded(username, role, eventType, objectType, objectId, outcome, detail));
        }

        public Recorded last() {
            return events.get(events.size() - 1);
        }
    }

    /** The session context of a call by {@code username} holding {@code roles}; rollback requests are counted. */
    public static SessionContext caller(String username, Set<String> roles) {
        Principal principal = () -> username;
        return (SessionContext) Proxy.newProxyInstance(ServiceFakes.class.getClassLoader(), new Class<?>[] {SessionContext.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "isCallerInRole" -> roles.contains((String) a[0]);
                    case "setRollbackOnly" -> null;
                    case "toString" -> "caller " + username + " " + roles;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** Sets a private field of a service, as the container's injection would. */
    public static <T> T inject(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
