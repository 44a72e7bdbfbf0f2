package cn.gov.lanzhou.supervision.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 定时发布 that survives a restart. The schedule lives in the database (a published article with
 * {@code scheduled_for} set), not in the timer service, and a non-persistent EJB calendar timer
 * looks every five seconds for publications whose time has come; at start-up it first catches up
 * with anything that came due while the portal was down. {@link PublicationAnnouncer} announces
 * each publication exactly once.
 *
 * <p>Why not a persistent timer, or a single-action timer per article: checked on Payara Micro
 * 6.2025.10 with Hazelcast disabled (as the portal runs it), the persistent timer store
 * ({@code HazelcastTimerStore}) does not start, and a bean with a {@code @Timeout} method — even
 * one that only ever creates non-persistent timers — is taken to need it, so the whole deployment
 * fails with "EJB Timer Service is not available". Only {@code @Schedule(persistent = false)}
 * works there. Persistent timers would not survive a restart of the whole Hazelcast cluster anyway.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    @EJB
    PublicationAnnouncer announcer;

    /** One sweep at a time: a slow database must not pile sweeps up. */
    private final AtomicBoolean sweeping = new AtomicBoolean();

    @PostConstruct
    void start() {
        sweep();
    }

    /** Every five seconds: whatever is due and not announced yet. */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "scheduled publications")
    void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            int n = announcer.announceAllDue();
            if (n > 0) {
                LOG.info(() -> n + " scheduled publication(s) went online");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled publications not announced now, retried in five seconds: {0}", e.getMessage());
        } finally {
            sweeping.set(false);
        }
    }
}
