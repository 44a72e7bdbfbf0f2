package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.identity.KeyMaterial;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends audit events one at a time, each sealed with HMAC-SM3 over its own fields and the
 * previous event's MAC, in its own transaction: an event is recorded even when the business
 * action it describes fails and rolls back. Any later edit or deletion breaks the chain, which
 * {@link #verify()} reports.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @EJB
    private KeyMaterial keys;

    private String lastMac;

    /** What a verification found: the number of events checked and the first broken one, if any. */
    public record Verification(long checked, Optional<Long> firstBrokenId, String message) {
        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }

    @Lock(LockType.WRITE)
    public void record(String username, String role, String sourceIp, String eventType, String objectType,
                       String objectId, AuditOutcome outcome, String detail) {
        String[] fitted = fit(role, detail);
        AuditEvent event = new AuditEvent(LocalDateTime.now(), username, fitted[0], sourceIp, eventType, objectType,
                objectId, outcome, fitted[1]);
        try {
            tx.begin();
            String previous = lastMac != null ? lastMac : readLastMac();
            em.persist(event);
            String mac = mac(previous, event);
            event.seal(mac);
            tx.commit();
            lastMac = mac;
        } catch (Exception e) {
            lastMac = null;
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // already rolled back by the failed commit
            }
            LOG.log(Level.SEVERE, "审计事件写入失败 / audit event could not be written: " + eventType, e);
            throw new IllegalStateException("审计事件写入失败", e);
        }
    }

    /** Width of the role column: one role name, not the list of an account holding several. */
    static final int ROLE_LENGTH = 20;
    static final int DETAIL_LENGTH = 2000;

    /**
     * Role and detail as they fit their columns: an account with several business roles (e.g.
     * {@code EDITOR,FIRST_REVIEWER}) is recorded with its first role, and the whole list goes at the
     * head of the detail — otherwise the event could not be written, and the action it records (a
     * login) would fail with it.
     */
    static String[] fit(String role, String detail) {
        if (role == null || role.length() <= ROLE_LENGTH) {
            return new String[]{role, cut(detail)};
        }
        String first = role.split(",", 2)[0];
        String listed = "roles " + role + (detail == null ? "" : "; " + detail);
        return new String[]{first.length() <= ROLE_LENGTH ? first : first.substring(0, ROLE_LENGTH), cut(listed)};
    }

    private static String cut(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    private String readLastMac() {
        List<String> macs = em.createQuery("select e.mac from AuditEvent e order by e.id desc", String.class)
                .setMaxResults(1).getResultList();
        return macs.isEmpty() || macs.get(0) == null ? AuditChain.GENESIS : macs.get(0);
    }

    private String mac(String previous, AuditEvent event) {
        return AuditChain.link(keys.keys().auditHmacKey(), previous, event.canonicalText());
    }

    /** Recomputes the whole chain in id order and reports the first event that does not match. */
    @Lock(LockType.READ)
    public Verification verify() {
        AuditChain.Walk walk = new AuditChain.Walk(keys.keys().auditHmacKey());
        long lastId = 0;
        final int batch = 1000;
        while (true) {
            List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                    .setParameter("after", lastId).setMaxResults(batch).getResultList();
            for (AuditEvent e : events) {
                if (!walk.next(e.getId(), e.canonicalText(), e.getMac())) {
                    return new Verification(walk.checked(), walk.firstBroken(), walk.message());
                }
                lastId = e.getId();
            }
            em.clear();
            if (events.size() < batch) {
                return new Verification(walk.checked(), Optional.empty(), walk.message());
            }
        }
    }
}
