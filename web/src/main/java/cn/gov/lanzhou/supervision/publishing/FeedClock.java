package cn.gov.lanzhou.supervision.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.LocalDateTime;

/**
 * When the public articles last changed on this server (published, updated, withdrawn), for the
 * feeds' {@code Last-Modified}. It starts at the server's start, so a restart never makes a feed
 * look older than it is. Other nodes' changes are not seen here: the {@code ETag} covers those.
 */
@ApplicationScoped
public class FeedClock {

    private volatile LocalDateTime lastChange = LocalDateTime.now();

    /** Created with the application, not at the first feed request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        lastChange = LocalDateTime.now();
    }

    void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        lastChange = LocalDateTime.now();
    }

    public LocalDateTime lastChange() {
        return lastChange;
    }
}
