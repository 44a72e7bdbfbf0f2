package cn.gov.lanzhou.supervision.publishing;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * 阅读次数 — views of public article pages, counted in memory as they happen (cached pages
 * included, which never reach JSF) and written to the database in one transaction by
 * {@link ArticleViewFlush}, so a page view never costs a database write.
 *
 * <p>Only articles that were actually shown are counted, so the map holds at most one small
 * counter per published article. Counts not yet written when a node dies are lost (at most one
 * flush interval's worth): view counts are a popularity signal, not a record.
 */
@ApplicationScoped
public class ArticleViews {

    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();

    /** One view of the article's public page. */
    public void count(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    /** The views counted since the last drain, per article; counting goes on meanwhile. */
    public Map<Long, Long> drain() {
        Map<Long, Long> out = new HashMap<>();
        pending.forEach((id, adder) -> {
            long n = adder.sumThenReset();
            if (n > 0) {
                out.put(id, n);
            }
        });
        return out;
    }

    /** Puts counts back after a failed write, to be written with the next flush. */
    public void giveBack(Map<Long, Long> counts) {
        counts.forEach((id, n) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(n));
    }

    /** Views counted and not yet written (for tests and monitoring). */
    public long unwritten() {
        return pending.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
