package cn.gov.lanzhou.supervision.publishing;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the views {@link ArticleViews} counted to {@code article.view_count} every 30 seconds
 * and when the application stops: one transaction for all articles viewed meanwhile. A failed
 * write keeps the counts for the next attempt.
 */
@Singleton
public class ArticleViewFlush {

    private static final Logger LOG = Logger.getLogger(ArticleViewFlush.class.getName());

    @Inject
    private ArticleViews views;

    @EJB
    private PublicArticles articles;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "article view counts")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onSchedule() {
        flush();
    }

    /** Writes what was counted so far; returns the number of views written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long flush() {
        Map<Long, Long> counts = views.drain();
        if (counts.isEmpty()) {
            return 0;
        }
        try {
            articles.addViews(counts);
            return counts.values().stream().mapToLong(Long::longValue).sum();
        } catch (RuntimeException e) {
            views.giveBack(counts);
            LOG.log(Level.WARNING, "阅读次数写入失败，下次重试 / view counts not written, kept for the next flush", e);
            return 0;
        }
    }

    @PreDestroy
    void lastFlush() {
        flush();
    }
}
