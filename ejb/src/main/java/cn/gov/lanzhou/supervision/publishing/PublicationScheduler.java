package cn.gov.lanzhou.supervision.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 定时发布 that survives a restart. The schedule lives in the database (a published article with
 * {@code scheduled_for} set), not in the timer service: Payara Micro keeps persistent EJB timers
 * only in its Hazelcast cluster, which the portal runs without, and even there not across a
 * restart of the whole cluster. So at start-up, and whenever a final reviewer schedules an
 * article, a non-persistent single-action timer is made for the exact time; a minute-by-minute
 * non-persistent sweep catches anything a timer missed (a restart at the wrong moment, a clock
 * change). {@link PublicationAnnouncer} makes sure each publication is announced once.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    /** Timers made at start-up for the soonest scheduled publications; later ones are caught by the sweep. */
    static final int STARTUP_TIMERS = 500;

    @Resource
    TimerService timers;

    @EJB
    PublicationAnnouncer announcer;

    @PostConstruct
    void start() {
        try {
            var pending = announcer.pending(STARTUP_TIMERS);
            pending.forEach(p -> schedule(p.articleId(), p.at()));
            if (!pending.isEmpty()) {
                LOG.info(() -> pending.size() + " scheduled publication(s) waiting, the first at " + pending.get(0).at());
            }
        } catch (RuntimeException e) {
            // the sweep still announces them within a minute
            LOG.log(Level.WARNING, "scheduled publications could not be read at start-up: {0}", e.getMessage());
        }
    }

    /** A timer for one article's publication time (now if it is past). Joins the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void schedule(long articleId, LocalDateTime at) {
        Date when = Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
        Date soonest = new Date(System.currentTimeMillis() + 200);
        timers.createSingleActionTimer(when.before(soonest) ? soonest : when, new TimerConfig(articleId, false));
    }

    @Timeout
    void due(Timer timer) {
        try {
            announcer.announce((Long) timer.getInfo());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled publication of article {0} not announced now, the sweep retries: {1}",
                    new Object[]{timer.getInfo(), e.getMessage()});
        }
    }

    /** The safety net: every minute, whatever is due and not announced yet. */
    @Schedule(second = "5", minute = "*", hour = "*", persistent = false, info = "publication sweep")
    void sweep() {
        try {
            int n = announcer.announceAllDue();
            if (n > 0) {
                LOG.info(() -> n + " scheduled publication(s) announced by the sweep");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "publication sweep failed, retried in a minute: {0}", e.getMessage());
        }
    }
}
