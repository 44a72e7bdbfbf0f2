package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Announces scheduled publications when their time comes: {@code ArticleChanged(PUBLISHED)} and an
 * audit event, exactly once per publication. Each article is announced in its own transaction
 * under a row lock, and the announcement is recorded on the article ({@code announced_at}), so two
 * sweeps, or two servers, racing for the same article announce it once.
 */
@Stateless
public class PublicationAnnouncer {

    /** Who the audit trail names for what the timer does. */
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Event<ArticleChanged> changes;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemDefaultZone();

    /** A scheduled publication not announced yet. */
    public record Pending(long articleId, LocalDateTime at) {
    }

    /** The scheduled publications not announced yet whose time is at or before {@code until}, soonest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Pending> pending(LocalDateTime until, int max) {
        return em.createQuery("select a.id, a.scheduledFor from Article a where a.scheduledFor <= :until"
                        + " and a.status = :p order by a.scheduledFor", Object[].class)
                .setParameter("until", until).setParameter("p", ArticleStatus.PUBLISHED).setMaxResults(max)
                .getResultList().stream().map(r -> new Pending((Long) r[0], (LocalDateTime) r[1])).toList();
    }

    /** Announces the article if its time has come and it has not been announced; true when it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean announce(long articleId) {
        LocalDateTime now = LocalDateTime.now(clock);
        Article a = em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !a.isAnnouncementDue(now)) {
            return false;
        }
        LocalDateTime scheduled = a.getScheduledFor();
        a.markAnnounced(now);
        em.flush();
        changes.fire(new ArticleChanged(articleId, ArticleChanged.Kind.PUBLISHED));
        audit.record(SYSTEM, null, null, "ARTICLE_PUBLISHED", "Article", String.valueOf(articleId), AuditOutcome.SUCCESS,
                "定时发布已上线（预定 " + scheduled.withNano(0) + "，实际 " + now.withNano(0) + "）");
        return true;
    }

    /** Announces every publication whose time has come; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int announceAllDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        PublicationAnnouncer self = context.getBusinessObject(PublicationAnnouncer.class);
        int done = 0;
        for (Pending p : self.pending(now, 1000)) {
            if (self.announce(p.articleId())) {
                done++;
            }
        }
        return done;
    }
}
