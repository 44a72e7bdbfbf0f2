package cn.gov.lanzhou.supervision.publishing.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cached public pages, bounded by a number of pages and a number of bytes (the least
 * recently served go first). Reading is lock-free; only storing and clearing take a lock.
 *
 * <p>When a page is missing or expired, the first request for it becomes its renderer
 * ({@link Lead}) and requests arriving meanwhile wait for that one rendering ({@link Wait})
 * instead of all rendering the same page at once — after a publication hundreds of visitors
 * may ask for the home page in the same second.
 *
 * <p>Everything is thrown away when the public content version moves (an article was
 * published, changed or withdrawn). A rendering that started before that is served to its own
 * request but never stored. A page expires after the time to live, or earlier at the moment the
 * next scheduled article goes online, whichever comes first: the moment is taken when the page
 * is stored and whenever {@link #noteNextPublication} is told of an earlier one (an article
 * approved for later publication changes no page yet, so nothing announces it).
 */
public final class PageStore {

    /** What a lookup found. */
    public sealed interface Lookup permits Hit, Lead, Wait {
    }

    /** A fresh page. */
    public record Hit(CachedPage page) implements Lookup {
    }

    /** Someone else is rendering the page: wait for it ({@code null} when it could not be stored). */
    public record Wait(CompletableFuture<CachedPage> result) implements Lookup {
    }

    /** This request renders the page; it must end with {@link #complete} or {@link #abandon}. */
    public static final class Lead implements Lookup {
        private final PageKey key;
        private final CompletableFuture<CachedPage> result = new CompletableFuture<>();
        private final long generation;

        private Lead(PageKey key, long generation) {
            this.key = key;
            this.generation = generation;
        }

        public PageKey key() {
            return key;
        }
    }

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final long maxBytes;
    private final ConcurrentHashMap<PageKey, CachedPage> pages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<PageKey, Lead> rendering = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long generation;
    private volatile long contentVersion = Long.MIN_VALUE;
    /** The earliest scheduled publication known to come, or null. */
    private volatile Instant nextPublication;
    /** The latest scheduled publication known to have come: pages rendered before it are stale. */
    private volatile Instant lastPublication = Instant.MIN;

    public PageStore(Clock clock, Duration ttl, int maxEntries, long maxBytes) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /**
     * The page under {@code key}, given the current public content version: a {@link Hit}, a
     * {@link Wait} for a rendering in progress, or the {@link Lead} to render it.
     */
    public Lookup lookup(PageKey key, long currentContentVersion) {
        followContent(currentContentVersion);
        CachedPage page = pages.get(key);
        if (page != null && fresh(page, clock.instant())) {
            page.touch();
            return new Hit(page);
        }
        Lead lead = new Lead(key, generation);
        Lead running = rendering.putIfAbsent(key, lead);
        return running == null ? lead : new Wait(running.result);
    }

    /** A fresh page under {@code key} without offering to render it (for HEAD requests). */
    public Optional<CachedPage> peek(PageKey key, long currentContentVersion) {
        followContent(currentContentVersion);
        CachedPage page = pages.get(key);
        return page != null && fresh(page, clock.instant()) ? Optional.of(page) : Optional.empty();
    }

    private boolean fresh(CachedPage page, Instant now) {
        if (!page.freshAt(now) || page.renderedAt().isBefore(lastPublication)) {
            return false;
        }
        Instant next = nextPublication;
        return next == null || now.isBefore(next) || !page.renderedAt().isBefore(next);
    }

    /**
     * Tells the store when articles go online: {@code latest}, the newest publication time that
     * has come (pages rendered before it are stale), and {@code next}, the next one scheduled
     * (pages rendered before it become stale at that moment). Empty: none.
     */
    public synchronized void notePublications(Optional<Instant> latest, Optional<Instant> next) {
        Instant now = clock.instant();
        Instant known = nextPublication;
        if (known != null && !now.isBefore(known) && known.isAfter(lastPublication)) {
            lastPublication = known;
        }
        if (latest.isPresent() && !now.isBefore(latest.get()) && latest.get().isAfter(lastPublication)) {
            lastPublication = latest.get();
        }
        nextPublication = next.filter(now::isBefore).orElse(null);
    }

    private void followContent(long currentContentVersion) {
        if (currentContentVersion != contentVersion) {
            synchronized (this) {
                if (currentContentVersion != contentVersion) {
                    clear();
                    contentVersion = currentContentVersion;
                }
            }
        }
    }

    /**
     * Stores what the lead rendered and hands it to the requests waiting for it.
     *
     * @param html            the rendered page
     * @param nextPublication when the next scheduled article goes online, if any is scheduled
     * @return the page to serve the lead's own request with
     */
    public CachedPage complete(Lead lead, byte[] html, Optional<Instant> nextPublication) {
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        if (nextPublication.isPresent() && nextPublication.get().isBefore(expires)) {
            expires = nextPublication.get();
        }
        notePublications(Optional.empty(), nextPublication);
        CachedPage page;
        synchronized (this) {
            page = CachedPage.of(html, now, expires, pages.get(lead.key));
            if (lead.generation == generation && page.bytes() <= maxBytes) {
                CachedPage old = pages.put(lead.key, page);
                bytes.addAndGet(page.bytes() - (old == null ? 0 : old.bytes()));
                evict();
            }
        }
        rendering.remove(lead.key, lead);
        lead.result.complete(lead.generation == generation ? page : null);
        return page;
    }

    /** The lead's page cannot be stored (not found, an error, personal content …); the waiters render it themselves. */
    public void abandon(Lead lead) {
        rendering.remove(lead.key, lead);
        lead.result.complete(null);
    }

    /** Forgets every page (content changed). Renderings in progress are not stored. */
    public synchronized void clear() {
        generation++;
        pages.clear();
        bytes.set(0);
    }

    private void evict() {
        while (pages.size() > maxEntries || bytes.get() > maxBytes) {
            Map.Entry<PageKey, CachedPage> oldest = null;
            for (Map.Entry<PageKey, CachedPage> e : pages.entrySet()) {
                if (oldest == null || e.getValue().lastUsedNanos() - oldest.getValue().lastUsedNanos() < 0) {
                    oldest = e;
                }
            }
            if (oldest == null) {
                return;
            }
            pages.remove(oldest.getKey());
            bytes.addAndGet(-oldest.getValue().bytes());
        }
    }

    public int size() {
        return pages.size();
    }

    public long bytes() {
        return bytes.get();
    }
}
