package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.schema.SchemaMigrations;
import cn.gov.lanzhou.supervision.shared.FileStore;
import cn.gov.lanzhou.supervision.shared.UploadInspector;
import cn.gov.lanzhou.supervision.shared.UploadLimits;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The editorial services on a real, migrated H2 database without a container: each call runs in
 * its own resource-local transaction (rolled back when it throws, as the container would), as a
 * given user with given roles, at a clock the test sets. The audit trail, the CDI events and the
 * timers are recorded for the test to look at.
 */
final class EditorialDesk implements AutoCloseable {

    record Audited(String user, String role, String type, String objectId, AuditOutcome outcome, String detail) {
    }

    final List<Audited> audited = new ArrayList<>();
    final List<ArticleChanged> fired = new ArrayList<>();
    final Path files;

    private final EntityManagerFactory emf;
    private LocalDateTime now = LocalDateTime.of(2026, 11, 2, 9, 0);
    private String user;
    private Set<String> roles = Set.of();

    final Editorial editorial = new Editorial();
    final ReviewDesk reviews = new ReviewDesk();
    final ColumnDesk columns = new ColumnDesk();
    final PublicationAnnouncer announcer = new PublicationAnnouncer();

    EditorialDesk(Path files) {
        this.files = files;
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:e" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        SchemaMigrations.migrate(h2);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", h2);
        props.put("eclipselink.logging.level", "SEVERE");
        emf = Persistence.createEntityManagerFactory("portal", props);

        AuditTrail trail = new AuditTrail() {
            @Override
            public void record(String username, String role, String sourceIp, String eventType, String objectType,
                               String objectId, AuditOutcome outcome, String detail) {
                audited.add(new Audited(username, role, eventType, objectId, outcome, detail));
            }
        };
        @SuppressWarnings("unchecked")
        Event<ArticleChanged> events = (Event<ArticleChanged>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{Event.class}, (p, m, a) -> {
                    if (m.getName().equals("fire")) {
                        fired.add((ArticleChanged) a[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        SessionContext context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{SessionContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getCallerPrincipal" -> (Principal) () -> user;
                    case "isCallerInRole" -> roles.contains((String) a[0]);
                    case "getBusinessObject" -> announcer;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.toInstant(ZoneOffset.UTC);
            }
        };
        UploadInspector uploads = new UploadInspector(new FileStore(files), new UploadLimits(1024 * 1024, 4 * 1024 * 1024));

        editorial.audit = trail;
        editorial.caller = context;
        editorial.uploads = uploads;
        editorial.clock = clock;
        reviews.audit = trail;
        reviews.caller = context;
        reviews.changes = events;
        reviews.uploads = uploads;
        reviews.clock = clock;
        reviews.settings = new PublishingSettings(24, Set.of("policies", "interpretations"));
        columns.audit = trail;
        columns.caller = context;
        announcer.audit = trail;
        announcer.changes = events;
        announcer.context = context;
        announcer.clock = clock;
    }

    void at(LocalDateTime time) {
        now = time;
    }

    LocalDateTime now() {
        return now;
    }

    /**
     * Runs one service call as {@code username} holding {@code roleNames}, in its own transaction.
     * Calls may nest (a test reading a version inside a call): the outer call's context comes back.
     */
    <T> T as(String username, Set<String> roleNames, Function<EntityManager, T> call) {
        EntityManager outer = editorial.em;
        String outerUser = user;
        Set<String> outerRoles = roles;
        EntityManager em = emf.createEntityManager();
        user = username;
        roles = roleNames;
        use(em);
        try {
            em.getTransaction().begin();
            T result = call.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            use(outer);
            user = outerUser;
            roles = outerRoles;
        }
    }

    private void use(EntityManager em) {
        editorial.em = em;
        reviews.em = em;
        columns.em = em;
        announcer.em = em;
    }

    /** Reads in a fresh persistence context. */
    <T> T read(Function<EntityManager, T> query) {
        return as("reader", Set.of(), query);
    }

    List<Audited> audited(String type) {
        return audited.stream().filter(a -> a.type().equals(type)).toList();
    }

    @Override
    public void close() {
        emf.close();
    }
}
