package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AccountStore#authenticate} with the per-address throttle, without a container: an entity
 * manager that knows no account, an audit trail that only remembers what it was told.
 */
class AccountStoreThrottleTest {

    private record Recorded(String username, String sourceIp, String eventType, AuditOutcome outcome, String detail) {
    }

    private static final class RecordingTrail extends AuditTrail {
        final List<Recorded> events = new ArrayList<>();

        @Override
        public void record(String username, String role, String sourceIp, String eventType, String objectType,
                           String objectId, AuditOutcome outcome, String detail) {
            events.add(new Recorded(username, sourceIp, eventType, outcome, detail));
        }
    }

    private final RecordingTrail trail = new RecordingTrail();
    private final List<String> lookups = new ArrayList<>();

    private AccountStore store(LoginThrottle throttle) throws ReflectiveOperationException {
        // Every query finds nothing; a query is remembered so the test can tell whether accounts were looked up.
        Object query = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {jakarta.persistence.TypedQuery.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getResultStream" -> Stream.empty();
                    case "getResultList" -> List.of();
                    default -> p;
                });
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (p, m, a) -> {
                    if (m.getName().equals("createQuery")) {
                        lookups.add(String.valueOf(a[0]));
                        return query;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        AccountStore store = new AccountStore();
        set(store, "em", em);
        set(store, "audit", trail);
        set(store, "throttle", throttle);
        set(store, "settings", new IdentitySettings(k -> Optional.ofNullable(Map.<String, String>of().get(k))));
        return store;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field f = AccountStore.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void theAttemptAfterTheLimitIsRefusedWithoutLookingUpTheAccount() throws Exception {
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 3, Duration.ofMinutes(15), 100);
        AccountStore store = store(throttle);
        for (int i = 0; i < 3; i++) {
            LoginResult r = store.authenticate("nobody", "Wrong@2026".toCharArray(), "203.0.113.9");
            assertEquals(LoginResult.Outcome.INVALID, r.outcome());
        }
        assertEquals(3, lookups.size());

        LoginResult r = store.authenticate("zhang.wei", "Demo@2026".toCharArray(), "203.0.113.9");
        assertEquals(LoginResult.Outcome.THROTTLED, r.outcome());
        assertEquals("登录尝试过于频繁，请 15 分钟后再试", r.message());
        assertNull(r.username());
        assertEquals(3, lookups.size(), "the account was not looked up");
        Recorded last = trail.events.get(trail.events.size() - 1);
        assertEquals(new Recorded("zhang.wei", "203.0.113.9", "LOGIN_THROTTLED", AuditOutcome.DENIED,
                "too many failed logins from this address, refused for 15 min"), last);

        // the same answer for an account that does not exist
        assertEquals(r.message(), store.authenticate("nobody", "x".toCharArray(), "203.0.113.9").message());
        // another address is served
        assertEquals(LoginResult.Outcome.INVALID,
                store.authenticate("nobody", "x".toCharArray(), "203.0.113.10").outcome());
        assertTrue(trail.events.stream().filter(e -> e.eventType().equals("LOGIN")).count() == 4);
    }
}
