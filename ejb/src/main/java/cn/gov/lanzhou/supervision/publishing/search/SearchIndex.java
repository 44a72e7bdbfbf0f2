package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.publishing.ArticleChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's one search index ({@link ArticleIndex}) and what keeps it equal to the database.
 *
 * <ul>
 *   <li>It holds every article in state 已发布, scheduled ones included (each with its publish time;
 *       searches only show those whose time has come, so a scheduled article appears on time even if
 *       nothing tells the index when). Drafts, articles under review, returned and withdrawn ones are
 *       never in it.</li>
 *   <li>{@link ArticleChanged} (after the commit that caused it): PUBLISHED / UPDATED re-reads the
 *       article from the database and indexes it if it is published, removes it otherwise; WITHDRAWN
 *       removes it.</li>
 *   <li>At start-up (after {@code PortalStartup} has migrated and filled the database), when the index
 *       is missing, when {@code portal.search.rebuild=true}, or when its count and id sum differ from
 *       the database's published articles, it is rebuilt from the database; the same check runs every
 *       15 minutes, so a change made behind the services' back is caught up.</li>
 * </ul>
 *
 * Bean-managed concurrency: searches run in parallel; {@link ArticleIndex} serialises its writers.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int BATCH = 200;

    @EJB
    private SearchSource source;

    @Inject
    private SearchSettings settings;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    private ArticleIndex index;
    private volatile LocalDateTime lastRebuild;
    private volatile String lastRebuildReason;
    private volatile boolean rebuilding;

    /** What the system console shows about the index. */
    public record Status(long indexed, long published, boolean rebuilding, LocalDateTime lastRebuild,
                         String lastRebuildReason, String directory) {
    }

    @PostConstruct
    void open() {
        settings.check();
        index = ArticleIndex.open(settings.indexDir());
        String reason = settings.rebuildRequested() ? "按启动参数重建 / requested by portal.search.rebuild=true"
                : !index.existed() ? "索引不存在 / no index on disk" : null;
        if (reason == null) {
            reason = difference().orElse(null);
        }
        if (reason != null) {
            rebuild(reason);
        } else {
            LOG.info(() -> "搜索索引与数据库一致 / search index matches the database: " + index.count() + " articles in "
                    + index.path());
        }
    }

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /** Searches the index (see {@link ArticleSearch}, which also checks the hits against the database). */
    public SearchResult query(SearchRequest request, LocalDateTime now) {
        return index.search(request, now);
    }

    // ------------------------------------------------------------------ keeping it up to date

    /** Follows the editorial changes once they are committed. */
    public void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        try {
            if (change.kind() == ArticleChanged.Kind.WITHDRAWN) {
                index.delete(change.articleId());
            } else {
                Optional<ArticleDocument> doc = source.load(change.articleId());
                if (doc.isPresent()) {
                    index.upsert(doc.get());
                } else {
                    index.delete(change.articleId());
                }
            }
        } catch (RuntimeException e) {
            // The editorial change is committed already; the periodic check will catch the index up.
            LOG.log(Level.WARNING, "搜索索引更新失败 / search index update failed for article " + change.articleId()
                    + " (" + change.kind() + "), to be repaired by the next consistency check", e);
        }
    }

    /** Topical words that find something, for the search page before anything was asked. */
    public List<String> popular() {
        return index.popular(LocalDateTime.now());
    }

    /** Removes articles a search found in the index but the database no longer shows. */
    public void forget(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            LOG.info(() -> "搜索索引中发现已不可见的信息，已移除 / removed from the index, no longer public: " + ids);
            index.deleteAll(ids);
        }
    }

    /** Every 15 minutes: rebuilds when index and database disagree (a missed event, a change made by hand). */
    @Schedule(minute = "*/15", hour = "*", persistent = false)
    public void checkConsistency() {
        if (!rebuilding) {
            difference().ifPresent(this::rebuild);
        }
    }

    /** Why the index and the database differ, or empty when they agree. */
    private Optional<String> difference() {
        ArticleIndex.Fingerprint db = source.databaseFingerprint();
        ArticleIndex.Fingerprint ix = index.fingerprint();
        if (db.equals(ix)) {
            return Optional.empty();
        }
        return Optional.of("索引与数据库不一致 / index differs from the database: index " + ix.count() + " articles, database "
                + db.count());
    }

    /** 系统管理员: rebuild now, in the background (the console shows the progress). */
    @Asynchronous
    @RolesAllowed("SYSTEM_ADMIN")
    public void rebuildRequestedBy(String sourceIp) {
        String username = context.getCallerPrincipal().getName();
        if (rebuilding) {
            return;
        }
        try {
            int n = rebuild("系统管理员 " + username + " 手动重建 / rebuilt by the system administrator");
            audit.record(username, "SYSTEM_ADMIN", sourceIp, "SEARCH_INDEX_REBUILD", "SearchIndex", "articles",
                    AuditOutcome.SUCCESS, "重建搜索索引，共 " + n + " 篇");
        } catch (RuntimeException e) {
            audit.record(username, "SYSTEM_ADMIN", sourceIp, "SEARCH_INDEX_REBUILD", "SearchIndex", "articles",
                    AuditOutcome.FAILURE, "重建失败：" + e.getMessage());
            throw e;
        }
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public Status status() {
        return new Status(index.count(), source.databaseFingerprint().count(), rebuilding, lastRebuild,
                lastRebuildReason, index.path().toString());
    }

    /** Reads every published article from the database into the index, in one commit. */
    int rebuild(String reason) {
        rebuilding = true;
        long started = System.nanoTime();
        try {
            LOG.info(() -> "重建搜索索引 / rebuilding the search index: " + reason);
            int n = index.replaceAll(new Batches());
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "搜索索引重建完成 / search index rebuilt: " + n + " articles in " + ms + " ms");
            lastRebuild = LocalDateTime.now();
            lastRebuildReason = reason;
            return n;
        } finally {
            rebuilding = false;
        }
    }

    /** Published articles in id order, read a batch (one transaction) at a time. */
    private final class Batches implements Iterator<ArticleDocument> {
        private List<ArticleDocument> batch = List.of();
        private int next;
        private long lastId;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (next < batch.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            batch = source.loadBatch(lastId, BATCH);
            next = 0;
            exhausted = batch.size() < BATCH;
            if (!batch.isEmpty()) {
                lastId = batch.get(batch.size() - 1).id();
            }
            return !batch.isEmpty();
        }

        @Override
        public ArticleDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }
    }

}
