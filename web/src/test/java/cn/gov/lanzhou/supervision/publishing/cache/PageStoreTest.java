package cn.gov.lanzhou.supervision.publishing.cache;

import cn.gov.lanzhou.supervision.publishing.cache.PageKey.PublicPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageStoreTest {

    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    private static final PageKey HOME = PageKey.of(PublicPage.HOME, Map.of()).orElseThrow();
    private static final PageKey ARTICLE = PageKey.of(PublicPage.ARTICLE, Map.of("id", new String[] {"7"})).orElseThrow();

    private final TestClock clock = new TestClock(START);
    private final PageStore store = new PageStore(clock, Duration.ofSeconds(60), 100, 10_000_000);

    private static byte[] html(String s) {
        return ("<!DOCTYPE html><html><body>" + s + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private CachedPage render(PageKey key, long version, String text, Optional<Instant> next) {
        PageStore.Lookup l = store.lookup(key, version);
        return store.complete(assertInstanceOf(PageStore.Lead.class, l), html(text), next);
    }

    @Test
    void aRenderedPageIsServedUntilItsTimeToLiveRunsOut() {
        CachedPage first = render(HOME, 0, "首页", Optional.empty());
        PageStore.Hit hit = assertInstanceOf(PageStore.Hit.class, store.lookup(HOME, 0));
        assertSame(first, hit.page());
        clock.advance(Duration.ofSeconds(59));
        assertInstanceOf(PageStore.Hit.class, store.lookup(HOME, 0));
        clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 0), "expired: rendered again");
    }

    @Test
    void aPageExpiresWhenTheNextScheduledArticleGoesOnline() {
        Instant scheduled = START.plusSeconds(20);
        CachedPage page = render(HOME, 0, "首页", Optional.of(scheduled));
        assertEquals(scheduled, page.expiresAt());
        clock.advance(Duration.ofSeconds(19));
        assertInstanceOf(PageStore.Hit.class, store.lookup(HOME, 0));
        clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 0), "the scheduled article must appear on time");
        CachedPage later = render(ARTICLE, 0, "正文", Optional.of(START.plusSeconds(3600)));
        assertEquals(START.plusSeconds(20 + 60), later.expiresAt(), "a later publication leaves the time to live");
    }

    @Test
    void anArticleScheduledAfterThePageWasStoredStillAppearsOnTime() {
        render(HOME, 0, "首页", Optional.empty()); // nothing scheduled yet: expires after the time to live
        Instant scheduled = START.plusSeconds(30);
        clock.advance(Duration.ofSeconds(10));
        store.notePublications(Optional.empty(), Optional.of(scheduled)); // approved meanwhile, found by the periodic check
        assertInstanceOf(PageStore.Hit.class, store.lookup(HOME, 0), "still right until the moment comes");
        clock.advance(Duration.ofSeconds(20));
        PageStore.Lead lead = assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 0));
        store.complete(lead, html("首页（含新文章）"), Optional.empty());
        assertInstanceOf(PageStore.Hit.class, store.lookup(HOME, 0), "rendered after the publication: fresh");
        store.notePublications(Optional.empty(), Optional.of(START.plusSeconds(3600))); // the next one is far away
        assertInstanceOf(PageStore.Hit.class, store.lookup(HOME, 0));
        render(ARTICLE, 0, "正文", Optional.empty());
        assertInstanceOf(PageStore.Hit.class, store.lookup(ARTICLE, 0));
    }

    @Test
    void pagesRenderedBeforeAPassedPublicationStayStaleWhenALaterOneIsNoted() {
        CachedPage old = render(HOME, 0, "首页", Optional.empty());
        store.notePublications(Optional.empty(), Optional.of(START.plusSeconds(5)));
        clock.advance(Duration.ofSeconds(6));
        store.notePublications(Optional.empty(), Optional.of(START.plusSeconds(50)));
        assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 0), "rendered before the article went online: " + old.renderedAt());
    }

    @Test
    void anArticleThatWentOnlineUnnoticedMakesOlderPagesStaleWhenTheCheckFindsIt() {
        render(HOME, 0, "首页", Optional.empty());
        clock.advance(Duration.ofSeconds(3));
        // approved at 08:00:01 for 08:00:02: too soon for the periodic check to see it coming
        store.notePublications(Optional.of(START.plusSeconds(2)), Optional.empty());
        assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 0));
        store.notePublications(Optional.of(START.plusSeconds(1)), Optional.empty()); // never goes back
        render(ARTICLE, 0, "正文", Optional.empty());
        assertInstanceOf(PageStore.Hit.class, store.lookup(ARTICLE, 0));
    }

    @Test
    void everyPageIsDroppedWhenThePublicContentChanges() {
        render(HOME, 0, "首页", Optional.empty());
        render(ARTICLE, 0, "正文", Optional.empty());
        assertEquals(2, store.size());
        assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 1), "an article was published: version 1");
        assertEquals(0, store.size());
        assertEquals(0, store.bytes());
    }

    @Test
    void aRenderingThatStartedBeforeAChangeIsNotKept() {
        PageStore.Lead lead = assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 0));
        PageStore.Wait waiting = assertInstanceOf(PageStore.Wait.class, store.lookup(HOME, 0));
        store.lookup(ARTICLE, 1); // the content changed while the home page was being rendered
        CachedPage served = store.complete(lead, html("旧首页"), Optional.empty());
        assertTrue(new String(served.plain(), StandardCharsets.UTF_8).contains("旧首页"), "its own request still gets it");
        assertNull(waiting.result().join(), "those waiting render the new content themselves");
        assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 1), "nothing stale was stored");
    }

    @Test
    void concurrentRequestsForAMissingPageWaitForOneRendering() {
        PageStore.Lead lead = assertInstanceOf(PageStore.Lead.class, store.lookup(HOME, 0));
        PageStore.Wait a = assertInstanceOf(PageStore.Wait.class, store.lookup(HOME, 0));
        PageStore.Wait b = assertInstanceOf(PageStore.Wait.class, store.lookup(HOME, 0));
        assertInstanceOf(PageStore.Lead.class, store.lookup(ARTICLE, 0), "other pages render independently");
        CachedPage page = store.complete(lead, html("首页"), Optional.empty());
        assertSame(page, a.result().join());
        assertSame(page, b.result().join());
    }

    @Test
    void anAbandonedRenderingLetsTheWaitersRenderThemselves() {
        PageStore.Lead lead = assertInstanceOf(PageStore.Lead.class, store.lookup(ARTICLE, 0));
        PageStore.Wait waiting = assertInstanceOf(PageStore.Wait.class, store.lookup(ARTICLE, 0));
        store.abandon(lead); // e.g. the article answered 404
        assertNull(waiting.result().join());
        assertInstanceOf(PageStore.Lead.class, store.lookup(ARTICLE, 0));
        assertEquals(0, store.size());
    }

    @Test
    void theLeastRecentlyServedPagesGoWhenTheStoreIsFull() {
        PageStore small = new PageStore(clock, Duration.ofSeconds(60), 2, 10_000_000);
        PageKey[] keys = new PageKey[3];
        for (int i = 0; i < 3; i++) {
            keys[i] = PageKey.of(PublicPage.ARTICLE, Map.of("id", new String[] {String.valueOf(i + 1)})).orElseThrow();
        }
        small.complete((PageStore.Lead) small.lookup(keys[0], 0), html("1"), Optional.empty());
        small.complete((PageStore.Lead) small.lookup(keys[1], 0), html("2"), Optional.empty());
        assertInstanceOf(PageStore.Hit.class, small.lookup(keys[0], 0)); // 1 is used again, 2 is now the oldest
        small.complete((PageStore.Lead) small.lookup(keys[2], 0), html("3"), Optional.empty());
        assertEquals(2, small.size());
        assertInstanceOf(PageStore.Hit.class, small.lookup(keys[0], 0));
        assertInstanceOf(PageStore.Lead.class, small.lookup(keys[1], 0), "page 2 was evicted");
    }

    @Test
    void memoryIsBoundedByBytesToo() {
        byte[] big = html("x".repeat(20_000));
        long one = CachedPage.of(big, START, START.plusSeconds(60), null).bytes();
        PageStore small = new PageStore(clock, Duration.ofSeconds(60), 100, one * 2 + 10);
        for (int i = 1; i <= 5; i++) {
            PageKey k = PageKey.of(PublicPage.ARTICLE, Map.of("id", new String[] {String.valueOf(i)})).orElseThrow();
            small.complete((PageStore.Lead) small.lookup(k, 0), big, Optional.empty());
        }
        assertEquals(2, small.size());
        assertTrue(small.bytes() <= one * 2 + 10, "bytes " + small.bytes());
    }

    @Test
    void theGzipBytesAreTheSamePageAndEachEncodingHasItsOwnStrongTag() throws Exception {
        CachedPage page = render(HOME, 0, "监督动态".repeat(200), Optional.empty());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
            assertArrayEquals(page.plain(), in.readAllBytes());
        }
        assertTrue(page.gzip().length < page.plain().length / 4, "compressed once, small");
        assertTrue(page.etag().startsWith("\"") && !page.etag().startsWith("W/"), "strong: " + page.etag());
        assertNotEquals(page.etag(), page.gzipEtag());
    }

    @Test
    void renderingTheSameBytesAgainKeepsLastModified() {
        CachedPage first = render(HOME, 0, "首页", Optional.empty());
        clock.advance(Duration.ofSeconds(61));
        CachedPage same = render(HOME, 0, "首页", Optional.empty());
        assertEquals(first.lastModified(), same.lastModified());
        assertEquals(first.etag(), same.etag());
        clock.advance(Duration.ofSeconds(61));
        CachedPage changed = render(HOME, 0, "首页（更新）", Optional.empty());
        assertEquals(START.plusSeconds(122), changed.lastModified());
        assertNotEquals(first.etag(), changed.etag());
    }
}
