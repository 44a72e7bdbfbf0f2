package cn.gov.lanzhou.supervision.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that goes up whenever a committed change alters what the public sees (an article
 * published, updated or withdrawn). Whatever keeps copies of public pages compares it with the
 * number its copies were made under and throws them away when it moved.
 *
 * <p>The observer lives here, next to the services that fire {@link ArticleChanged}, and the web
 * module only reads the number: the page cache then does not depend on how events travel
 * between the EJB and web modules of the EAR deployment, and reading a number on each request
 * costs less than any locking between an observer and the cache.
 */
@ApplicationScoped
public class PublicContentVersion {

    private final AtomicLong version = new AtomicLong();

    void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        version.incrementAndGet();
    }

    /** The current version; cheap enough to read on every request. */
    public long current() {
        return version.get();
    }
}
