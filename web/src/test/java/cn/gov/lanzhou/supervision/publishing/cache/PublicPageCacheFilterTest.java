package cn.gov.lanzhou.supervision.publishing.cache;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPageCacheFilterTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><script src=\"/jakarta.faces.resource/portal/print.js.xhtml\"></script>"
            + "</head><body><h1>监督动态</h1></body></html>";

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final AtomicLong version = new AtomicLong();
    private final List<Long> viewed = new ArrayList<>();
    private final PublicPageCacheFilter filter = new PublicPageCacheFilter(
            new PageStore(clock, Duration.ofSeconds(60), 100, 10_000_000), version::get, viewed::add, () -> PublicationTimes.NONE);

    private HttpFakes.Response get(HttpFakes.Request request, HttpFakes.Renderer renderer) throws Exception {
        HttpFakes.Response response = new HttpFakes.Response();
        filter.doFilter(request.proxy(), response.proxy, renderer);
        return response;
    }

    private HttpFakes.Response get(String url, HttpFakes.Renderer renderer) throws Exception {
        return get(new HttpFakes.Request("GET", url), renderer);
    }

    @Test
    void theFirstVisitorRendersThePageAndTheNextOnesGetTheSameBytesFromMemory() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        HttpFakes.Response first = get("/", jsf);
        HttpFakes.Response second = get("/index.xhtml", jsf);
        assertEquals(1, jsf.renderings, "rendered once");
        assertEquals("MISS", first.header("X-Portal-Cache"));
        assertEquals("HIT", second.header("X-Portal-Cache"));
        assertEquals(200, second.status);
        assertArrayEquals(first.body.toByteArray(), second.body.toByteArray());
        assertEquals(PAGE, second.text());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertNotNull(second.header("Last-Modified"));
        assertEquals("Accept-Encoding", second.header("Vary"));
        assertEquals("no-cache", second.header("Cache-Control"));
        assertEquals(String.valueOf(PAGE.getBytes(StandardCharsets.UTF_8).length), second.header("Content-Length"));
        assertNotNull(second.header("X-Correlation-Id"), "served from memory, still traceable");
        assertTrue(!first.header("X-Correlation-Id").equals(second.header("X-Correlation-Id")), "one id per response");
    }

    @Test
    void aClientThatHasThePageGets304WithoutABody() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        HttpFakes.Response first = get("/", jsf);
        HttpFakes.Response again = get(new HttpFakes.Request("GET", "/").header("If-None-Match", first.header("ETag")), jsf);
        assertEquals(304, again.status);
        assertEquals(0, again.body.size());
        assertEquals(first.header("ETag"), again.header("ETag"));
        HttpFakes.Response byDate = get(new HttpFakes.Request("GET", "/").header("If-Modified-Since", first.header("Last-Modified")), jsf);
        assertEquals(304, byDate.status);
        HttpFakes.Response stale = get(new HttpFakes.Request("GET", "/").header("If-None-Match", "\"something-else\""), jsf);
        assertEquals(200, stale.status);
        assertEquals(PAGE, stale.text());
    }

    @Test
    void gzipIsServedToClientsThatAcceptItAndDecodesToTheSamePage() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        HttpFakes.Response plain = get("/", jsf);
        HttpFakes.Response zipped = get(new HttpFakes.Request("GET", "/").header("Accept-Encoding", "gzip, deflate, br"), jsf);
        assertEquals("gzip", zipped.header("Content-Encoding"));
        assertNull(plain.header("Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body.toByteArray()))) {
            assertArrayEquals(plain.body.toByteArray(), in.readAllBytes());
        }
        assertTrue(!plain.header("ETag").equals(zipped.header("ETag")), "each representation has its own strong tag");
        assertEquals(1, jsf.renderings);
    }

    @Test
    void signedInUsersSessionsAndCredentialsNeverTouchTheCache() throws Exception {
        HttpFakes.Renderer personal = HttpFakes.Renderer.html("<html><body>为您推荐：因为贵单位是施工总承包企业</body></html>");
        HttpFakes.Request signedIn = new HttpFakes.Request("GET", "/");
        signedIn.principal = () -> "qiye.demo";
        HttpFakes.Request withSession = new HttpFakes.Request("GET", "/");
        withSession.cookies.add(new Cookie("JSESSIONID", "abc"));
        HttpFakes.Request withCredentials = new HttpFakes.Request("GET", "/").header("Authorization", "Basic eDp5");
        for (HttpFakes.Request r : List.of(signedIn, signedIn, withSession, withCredentials)) {
            HttpFakes.Response response = get(r, personal);
            assertEquals("BYPASS", response.header("X-Portal-Cache"));
            assertEquals("private, no-store", response.header("Cache-Control"));
        }
        assertEquals(4, personal.renderings, "rendered for each of them");
        HttpFakes.Renderer anonymous = HttpFakes.Renderer.html(PAGE);
        HttpFakes.Response visitor = get("/", anonymous);
        assertEquals("MISS", visitor.header("X-Portal-Cache"), "nothing personal was stored");
        assertEquals(PAGE, visitor.text());
    }

    @Test
    void errorPagesAreNeverStored() throws Exception {
        HttpFakes.Renderer notFound = new HttpFakes.Renderer((req, res) -> {
            try {
                res.sendError(404, "信息不存在或未发布");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(404, get("/article.xhtml?id=9", notFound).status);
        assertEquals(404, get("/article.xhtml?id=9", notFound).status);
        assertEquals(2, notFound.renderings, "a 404 is not kept as a page");
        assertTrue(viewed.isEmpty(), "a missing article is not a view");

        HttpFakes.Renderer failing = new HttpFakes.Renderer((req, res) -> {
            throw new IllegalStateException("database down");
        });
        assertThrows(IllegalStateException.class, () -> get("/info.xhtml", failing));
        HttpFakes.Renderer recovered = HttpFakes.Renderer.html(PAGE);
        assertEquals("MISS", get("/info.xhtml", recovered).header("X-Portal-Cache"), "the failure left nothing behind");

        HttpFakes.Renderer status500 = new HttpFakes.Renderer((req, res) -> {
            res.setStatus(500);
            res.setContentType("text/html;charset=UTF-8");
        });
        get("/info.xhtml?column=news", status500);
        get("/info.xhtml?column=news", status500);
        assertEquals(2, status500.renderings);
    }

    @Test
    void aPageThatSetsACookieOrCreatesASessionIsNotStored() throws Exception {
        HttpFakes.Renderer cookie = new HttpFakes.Renderer((req, res) -> {
            res.addCookie(new Cookie("JSESSIONID", "new"));
            res.setContentType("text/html;charset=UTF-8");
        });
        get("/", cookie);
        get("/", cookie);
        assertEquals(2, cookie.renderings);

        HttpFakes.Request sessionMade = new HttpFakes.Request("GET", "/info.xhtml");
        sessionMade.sessionCreated = true;
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        get(sessionMade, jsf);
        assertEquals("MISS", get("/info.xhtml", jsf).header("X-Portal-Cache"));
    }

    @Test
    void aPageWithAnInlineScriptIsNeverReplayedBecauseItsNonceWouldBeShared() throws Exception {
        HttpFakes.Renderer nonced = HttpFakes.Renderer.html(
                "<html><head><script nonce=\"cmFuZG9tLW5vbmNl\">PrimeFaces.csp.init('cmFuZG9tLW5vbmNl')</script></head></html>");
        HttpFakes.Response a = get("/", nonced);
        HttpFakes.Response b = get("/", nonced);
        assertEquals(2, nonced.renderings, "each response keeps its own nonce");
        assertEquals("BYPASS", b.header("X-Portal-Cache"));
        assertTrue(a.text().contains("nonce="));
        assertTrue(InlineScripts.present(a.body.toByteArray()));
        assertTrue(!InlineScripts.present(PAGE.getBytes(StandardCharsets.UTF_8)), "a script with src is fine");
        assertTrue(InlineScripts.present("<SCRIPT type=\"text/javascript\">x()</SCRIPT>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(!InlineScripts.present("<p>description of <scripts></p><script data-src=\"x\" src=\"/a.js\"></script>"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noNonceIsKeptInAStoredPage() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html("<html><head><script src=\"/print.js\" nonce=\"b2xkLW5vbmNl\"></script>"
                + "</head><body><p>nonce=\"text\" in the body stays</p></body></html>");
        HttpFakes.Response first = get("/article.xhtml?id=1", jsf);
        HttpFakes.Response hit = get("/article.xhtml?id=1", jsf);
        assertEquals("<html><head><script src=\"/print.js\"></script></head><body><p>nonce=\"text\" in the body stays</p></body></html>",
                hit.text());
        assertEquals(first.text(), hit.text(), "the first visitor gets the stored bytes too");
    }

    @Test
    void requestsWithParametersThePageDoesNotReadAreRenderedFresh() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        get("/info.xhtml?column=news&utm=x", jsf);
        HttpFakes.Response again = get("/info.xhtml?column=news&utm=x", jsf);
        assertEquals("BYPASS", again.header("X-Portal-Cache"));
        assertEquals(2, jsf.renderings);
    }

    @Test
    void publishingSomethingMakesTheNextVisitorSeeAFreshPage() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        get("/", jsf);
        get("/", jsf);
        version.incrementAndGet(); // ArticleChanged observed after commit
        assertEquals("MISS", get("/", jsf).header("X-Portal-Cache"));
        assertEquals(2, jsf.renderings);
    }

    @Test
    void articleViewsAreCountedWhetherServedFromMemoryOrNot() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        get("/article.xhtml?id=42", jsf);
        get("/article.xhtml?id=42", jsf);
        HttpFakes.Response first = get("/article.xhtml?id=43", jsf);
        get(new HttpFakes.Request("GET", "/article.xhtml?id=43").header("If-None-Match", first.header("ETag")), jsf);
        get(new HttpFakes.Request("HEAD", "/article.xhtml?id=43"), jsf);
        get("/", jsf);
        assertEquals(List.of(42L, 42L, 43L, 43L), viewed, "HEAD and other pages are not views");
    }

    @Test
    void headRequestsGetTheHeadersOfAStoredPageWithoutItsBody() throws Exception {
        HttpFakes.Renderer jsf = HttpFakes.Renderer.html(PAGE);
        get("/", jsf);
        HttpFakes.Response head = get(new HttpFakes.Request("HEAD", "/"), jsf);
        assertEquals("HIT", head.header("X-Portal-Cache"));
        assertEquals(0, head.body.size());
        assertEquals(String.valueOf(PAGE.getBytes(StandardCharsets.UTF_8).length), head.header("Content-Length"));
    }
}
