package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.browser.Browsers;
import cn.gov.lanzhou.supervision.portal.PortalDeployment;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public publishing pages on Payara Micro with the demo data, as visitors reach them over
 * HTTP: the home page's sections and reading suggestions (anonymous and for a signed-in
 * enterprise), column filters, the article page with its attachments, downloads of published and
 * unpublished attachments, and the page cache — 304s, gzip, no inline script and no nonce in what
 * is replayed, no cookies, fresh pages after publishing and at a scheduled time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClasses(PublicPagesFixture.class, PublicPagesFixture.Writer.class);
    }

    @ArquillianResource
    private URL base;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern ARTICLE_LINK = Pattern.compile("article\\.xhtml\\?id=(\\d+)");
    private static final Pattern ATTACHMENT_LINK = Pattern.compile("/files/attachment/(\\d+)");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpResponse<byte[]> send(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String page(String path) throws Exception {
        HttpResponse<byte[]> r = send(path);
        assertEquals(200, r.statusCode(), path);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private String fixture(String method, String query) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("it/public-pages-fixture?" + query));
        b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "section " + id + " is on the page");
        int end = html.indexOf("</section>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    // --- home ---

    @Test
    void theHomePageHasTheHeadlineWithItsCoverTheNewsColumnsQuickEntriesSearchAndReadingLists() throws Exception {
        String home = page("/");
        String headline = section(home, "headline").substring(0, section(home, "headline").indexOf("</article>"));
        String headlineId = all(ARTICLE_LINK, headline).get(0);
        assertEquals(all(ARTICLE_LINK, section(home, "card-news")).size() + 1, 9, "the newest 监督动态 as headline, eight more below");
        boolean hasCover = page("/article.xhtml?id=" + headlineId).contains("id=\"cover\"");
        assertEquals(hasCover, headline.contains("class=\"headline-cover\""), "the headline shows its cover when it has one");
        assertTrue(page("/info.xhtml?column=news").indexOf("article.xhtml?id=" + headlineId) > 0, "it is a 监督动态");
        for (String heading : List.of("监督动态", "通知公告", "政策法规", "技术标准")) {
            assertTrue(home.contains(heading), heading);
        }
        for (String entry : List.of("quick-complaint", "quick-progress", "quick-services")) {
            assertTrue(home.contains("id=\"" + entry + "\""), entry + " one click away");
        }
        assertTrue(Pattern.compile("<form method=\"get\" action=\"[^\"]*/search\\.xhtml\"[^>]*role=\"search\"").matcher(home).find(),
                "a search form posting GET to /search.xhtml");
        assertTrue(home.contains("name=\"q\""));
        String mostRead = section(home, "most-read");
        assertTrue(mostRead.contains("最多阅读") && mostRead.contains("阅读 ") && ARTICLE_LINK.matcher(mostRead).find(), mostRead);
        List<Integer> counts = all(Pattern.compile("阅读 (\\d+) 次"), mostRead).stream().map(Integer::valueOf).toList();
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, counts, "most read first");
        assertTrue(section(home, "newest").contains("最新发布"));
        assertFalse(home.contains("id=\"recommended\""), "no personal suggestions for an anonymous visitor");
    }

    @Test
    void anEnterpriseUserSeesStandardsAndPoliciesChosenForItWithTheReasonAndNeverFromTheCache() throws Exception {
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.getInteger("portal.it.sso.port", 18089));
        try (WebClient web = new WebClient()) {
            web.getOptions().setCssEnabled(false);
            web.getOptions().setJavaScriptEnabled(false);
            String creditCode = fixtureCreditCode();
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("lanzhou-gov", "enterprise-subject", "JWT", null,
                    Map.of("credit_code", creditCode), 3600));
            HtmlPage centre = web.getPage(uri("sso/login").toURL());
            assertTrue(centre.getUrl().toString().endsWith("/enterprise/index.xhtml"), centre.getUrl().toString());

            HtmlPage home = web.getPage(uri("").toURL());
            assertEquals("BYPASS", home.getWebResponse().getResponseHeaderValue("X-Portal-Cache"));
            assertTrue(home.getWebResponse().getResponseHeaderValue("Cache-Control").contains("no-store"),
                    "a personal page is kept by no cache on the way");
            String html = home.getWebResponse().getContentAsString();
            String recommended = section(html, "recommended");
            assertTrue(recommended.contains("为您推荐"), recommended);
            assertTrue(recommended.contains("根据贵单位情况推荐") && recommended.contains("施工"), "the basis in words: " + recommended);
            List<String> reasons = all(Pattern.compile("<span class=\"reason\">([^<]+)</span>"), recommended);
            assertFalse(reasons.isEmpty(), "standards and policies for a construction company: " + recommended);
            assertTrue(reasons.stream().allMatch(r -> r.startsWith("因为贵单位") && r.contains("本文涉及")), reasons.toString());
            for (String id : all(ARTICLE_LINK, recommended)) {
                String article = page("/article.xhtml?id=" + id);
                assertTrue(article.contains("/info.xhtml?column=standards") || article.contains("/info.xhtml?column=policies")
                        || article.contains("/info.xhtml?column=interpretations"), "a standard or a policy: " + id);
            }
        } finally {
            provider.shutdown();
        }
        String anonymous = page("/");
        assertFalse(anonymous.contains("id=\"recommended\"") || anonymous.contains("因为贵单位"),
                "what was recommended to the enterprise never reaches anyone else");
    }

    /** The credit code the provider vouches for: that of the demo enterprise of {@code qiye.demo}. */
    private String fixtureCreditCode() throws Exception {
        return fixture("GET", "what=credit-code");
    }

    // --- column lists ---

    @Test
    void columnListsFilterByLevelTypeAndYearAndPagingKeepsTheFilters() throws Exception {
        String year = String.valueOf(Year.now().getValue());
        String list = page("/info.xhtml?column=policies&level=national&type=safety&year=" + year);
        assertTrue(list.contains("<option value=\"national\" selected=\"selected\""), "the chosen level is shown");
        assertTrue(list.contains("<option value=\"safety\" selected=\"selected\""));
        assertTrue(list.contains("<option value=\"" + year + "\" selected=\"selected\""));
        assertTrue(list.contains("当前筛选：层级：国家 · 类别：安全 · " + year + "年"), "what the list is narrowed to");
        String items = list.substring(list.indexOf("class=\"news-list\""));
        for (String li : items.split("<li>")) {
            if (li.contains("article.xhtml?id=")) {
                assertTrue(li.contains(">国家<") && li.contains(">安全<") && li.contains(year + "-"), li);
            }
        }

        String municipal = page("/info.xhtml?level=municipal");
        Matcher next = Pattern.compile("href=\"([^\"]*info\\.xhtml\\?[^\"]*page=2[^\"]*)\" rel=\"next\"").matcher(municipal);
        assertTrue(next.find(), "more than one page of municipal articles in the demo data");
        assertTrue(next.group(1).contains("level=municipal"), "paging keeps the filter: " + next.group(1));
        String second = page(next.group(1).replace("&amp;", "&"));
        assertTrue(second.contains("第 2/") && second.contains("<option value=\"municipal\" selected=\"selected\""));
    }

    @Test
    void nonsenseFilterValuesAreIgnoredWithANoticeNotAnError() throws Exception {
        HttpResponse<byte[]> r = send("/info.xhtml?column=news&level=xyz&type=%3Cscript%3Ealert(1)%3C/script%3E&year=1999");
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("筛选条件“层级”“业务类型”“年份”的值无效，已忽略该条件"), "one notice names them all");
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(ARTICLE_LINK.matcher(html).find(), "the unfiltered list is shown");
        assertEquals(404, send("/info.xhtml?column=no-such-column&level=national").statusCode());
    }

    // --- article page and downloads ---

    @Test
    void anArticleShowsItsSourceDateTagsAttachmentsAndRelatedArticlesAndItsPdfDownloads() throws Exception {
        // Other test classes share the data directory and may have published newer regulations without an
        // annex: take the newest one that has one (the demo data gives annexes to the newest regulations).
        String policies = page("/info.xhtml?column=policies");
        String id = null;
        String article = "";
        for (String candidate : all(ARTICLE_LINK, policies)) {
            article = page("/article.xhtml?id=" + candidate);
            if (article.contains("id=\"attachments\"")) {
                id = candidate;
                break;
            }
        }
        assertTrue(id != null, "a recent regulation has an annex in the demo data");
        assertTrue(article.contains("发布时间：") && article.contains("来源："), "publish date and source");
        assertTrue(article.contains("PDF 文档，") && Pattern.compile("（PDF 文档，\\d+ (B|KB)）").matcher(article).find(),
                "kind and size of each attachment");
        assertTrue(section(article, "related").contains("article.xhtml?id="), "related articles");
        assertTrue(article.contains("data-print=\"page\"") && article.contains("portal/print.js"), "the print button and its script");
        assertTrue(page("/jakarta.faces.resource/portal/public.css.xhtml").contains("@media print"), "a print stylesheet");

        String attachment = all(ATTACHMENT_LINK, section(article, "attachments")).get(0);
        HttpResponse<byte[]> pdf = send("/files/attachment/" + attachment);
        assertEquals(200, pdf.statusCode());
        assertTrue(header(pdf, "Content-Type").startsWith("application/pdf"), header(pdf, "Content-Type"));
        assertEquals("nosniff", header(pdf, "X-Content-Type-Options"));
        String disposition = header(pdf, "Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        String name = URLDecoder.decode(disposition.replaceAll(".*filename\\*=UTF-8''(\\S+)$", "$1"), StandardCharsets.UTF_8);
        assertTrue(name.startsWith("附件1：") && name.endsWith(".pdf"), "the real Chinese name: " + name);
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        assertEquals(pdf.body().length, Long.parseLong(header(pdf, "Content-Length")));
        assertNotNull(header(pdf, "Last-Modified"));
        String etag = header(pdf, "ETag");
        assertEquals(304, send("/files/attachment/" + attachment, "If-None-Match", etag).statusCode());
        HttpResponse<byte[]> head = send("/files/attachment/" + attachment, "Range", "bytes=0-3");
        assertEquals(206, head.statusCode());
        assertEquals("%PDF", new String(head.body(), StandardCharsets.US_ASCII));
        assertEquals("bytes 0-3/" + pdf.body().length, header(head, "Content-Range"));
    }

    @Test
    void aRegulationAndItsInterpretationsLinkToEachOther() throws Exception {
        String interpretations = page("/info.xhtml?column=interpretations");
        Optional<String[]> pair = Optional.empty();
        for (String id : all(ARTICLE_LINK, interpretations)) {
            String html = page("/article.xhtml?id=" + id);
            Matcher m = Pattern.compile("id=\"interpreted\">本文解读：<a href=\"[^\"]*article\\.xhtml\\?id=(\\d+)\"").matcher(html);
            if (m.find()) {
                pair = Optional.of(new String[] {id, m.group(1)});
                break;
            }
        }
        assertTrue(pair.isPresent(), "a demo interpretation names its regulation");
        String regulation = page("/article.xhtml?id=" + pair.get()[1]);
        assertTrue(section(regulation, "interpretations").contains("article.xhtml?id=" + pair.get()[0]),
                "and the regulation lists it under 政策解读");
    }

    @Test
    void anUploadedVideoPlaysInThePageAndPicturesAreShownInline() throws Exception {
        String id = fixture("POST", "what=video-article");
        String article = page("/article.xhtml?id=" + id);
        Matcher video = Pattern.compile("<video controls=\"controls\" preload=\"metadata\" src=\"[^\"]*/files/attachment/(\\d+)\"").matcher(article);
        assertTrue(video.find(), "an HTML5 player for the MP4");
        HttpResponse<byte[]> mp4 = send("/files/attachment/" + video.group(1));
        assertTrue(header(mp4, "Content-Type").startsWith("video/mp4"));
        assertTrue(header(mp4, "Content-Disposition").startsWith("inline;"));
        assertEquals("bytes", header(mp4, "Accept-Ranges"), "the player can seek");
        Matcher cover = Pattern.compile("<img id=\"cover\" src=\"[^\"]*/files/attachment/(\\d+)\"").matcher(article);
        assertTrue(cover.find(), "the cover picture");
        HttpResponse<byte[]> png = send("/files/attachment/" + cover.group(1));
        assertTrue(header(png, "Content-Type").startsWith("image/png") && header(png, "Content-Disposition").startsWith("inline;"));
        assertTrue(article.contains("class=\"tag\"") && article.contains(">深基坑</a>"), "tags link to the search");
        assertTrue(article.contains("警示教育片摘要"), "the summary");
    }

    @Test
    void anAttachmentOfAnUnpublishedArticleIsNotFoundLikeOneThatNeverExisted() throws Exception {
        String draftAttachment = fixture("POST", "what=draft-attachment");
        for (String path : List.of("/files/attachment/" + draftAttachment, "/files/attachment/999999999", "/files/attachment/abc",
                "/files/attachment/", "/files/attachment/-1")) {
            HttpResponse<byte[]> r = send(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("%PDF"), path);
        }
    }

    // --- speed without losing correctness ---

    @Test
    void aConditionalGetIsAnswered304AndGzipDecodesToTheSamePage() throws Exception {
        for (String path : List.of("/", "/info.xhtml?column=news", "/article.xhtml?id=" + all(ARTICLE_LINK, page("/")).get(0))) {
            HttpResponse<byte[]> first = send(path);
            HttpResponse<byte[]> plain = send(path);
            assertEquals("HIT", header(plain, "X-Portal-Cache"), path + " is served from memory the second time");
            assertArrayEquals(first.body(), plain.body(), path);
            assertEquals("Accept-Encoding", header(plain, "Vary"));
            String etag = header(plain, "ETag");
            assertTrue(etag.startsWith("\""), "a strong validator: " + etag);

            HttpResponse<byte[]> notModified = send(path, "If-None-Match", etag);
            assertEquals(304, notModified.statusCode(), path);
            assertEquals(0, notModified.body().length);
            assertEquals(304, send(path, "If-Modified-Since", header(plain, "Last-Modified")).statusCode());

            HttpResponse<byte[]> zipped = send(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", header(zipped, "Content-Encoding"));
            assertTrue(zipped.body().length < plain.body().length / 2, "compressed");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertArrayEquals(plain.body(), in.readAllBytes(), path + " decodes to the same page");
            }
        }
    }

    @Test
    void pagesFromTheCacheHaveNoInlineScriptANonceFreePolicyAndTheirOwnHeaders() throws Exception {
        String article = all(ARTICLE_LINK, page("/")).get(0);
        Set<String> correlationIds = new HashSet<>();
        for (String path : List.of("/", "/info.xhtml?column=notices", "/article.xhtml?id=" + article)) {
            send(path);
            HttpResponse<byte[]> hit = send(path);
            assertEquals("HIT", header(hit, "X-Portal-Cache"), path);
            String html = new String(hit.body(), StandardCharsets.UTF_8);
            assertFalse(html.contains("nonce="), path + ": a replayed page holds no nonce at all");
            Matcher tags = SCRIPT_TAG.matcher(html);
            while (tags.find()) {
                assertTrue(tags.group(1).matches(".*\\bsrc=\"/[^\"]*\".*"), path + ": only same-origin script files, no inline script: " + tags.group());
            }
            String csp = header(hit, "Content-Security-Policy");
            String scriptSrc = csp.replaceAll(".*(script-src [^;]*).*", "$1");
            assertEquals("script-src 'self'", scriptSrc.trim(),
                    "a replayed page carries no nonce to share and allows no inline script: " + csp);
            assertEquals("DENY", header(hit, "X-Frame-Options"));
            assertEquals("nosniff", header(hit, "X-Content-Type-Options"));
            assertTrue(hit.headers().allValues("Set-Cookie").isEmpty(), path + " sets no cookie");
            assertTrue(correlationIds.add(header(hit, "X-Correlation-Id")), "one correlation id per response");
        }
    }

    @Test
    void inARealBrowserTheCachedPagesRunWithoutAnyPolicyViolationAndPrint() throws Exception {
        ChromeDriver browser = Browsers.chromium(1280, 1000);
        try {
            browser.manage().logs().get(LogType.BROWSER);
            String article = all(ARTICLE_LINK, page("/")).get(0);
            for (String path : List.of("", "", "info.xhtml?column=news&level=municipal", "article.xhtml?id=" + article)) {
                browser.get(uri(path).toString());
                assertTrue(browser.getTitle().contains("兰州市建设工程安全质量监督站"), path);
                assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('script:not([src])').length"));
            }
            // print.js hooks the button without an inline handler: replace the dialog to see it called.
            ((JavascriptExecutor) browser).executeScript("window.print = function () { document.body.dataset.printed = 'yes'; };");
            browser.findElement(By.cssSelector("[data-print]")).click();
            assertEquals("yes", browser.findElement(By.tagName("body")).getAttribute("data-printed"));
            List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught")).toList();
            assertTrue(problems.isEmpty(), "no CSP violations or script errors: " + problems);
            assertTrue(browser.manage().getCookies().isEmpty(), "an anonymous visitor gets no cookie");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anonymousVisitorsGetNoCookieAndErrorsAreNotCachedAsPages() throws Exception {
        for (String path : List.of("/", "/index.xhtml", "/info.xhtml", "/info.xhtml?column=news&page=2", "/article.xhtml?id="
                + all(ARTICLE_LINK, page("/")).get(0))) {
            HttpResponse<byte[]> r = send(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + ": " + r.headers().allValues("Set-Cookie"));
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> missing = send("/article.xhtml?id=999999998");
            assertEquals(404, missing.statusCode(), "a 404 stays a 404");
            assertNotEquals("HIT", header(missing, "X-Portal-Cache"));
            assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("兰州市建设工程安全质量监督站"));
        }
    }

    @Test
    void aPublishedArticleIsOnTheHomePageAtOnceAndAScheduledOneAtItsTime() throws Exception {
        page("/");
        assertEquals("HIT", header(send("/"), "X-Portal-Cache"));
        String title = "集成测试：刚刚发布的监督动态" + System.nanoTime();
        fixture("POST", "what=publish&title=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertTrue(page("/").contains(title), "the publication emptied the cache");

        String scheduled = "集成测试：定时发布的监督动态" + System.nanoTime();
        int seconds = 8;
        Instant due = Instant.now().plusSeconds(seconds);
        fixture("POST", "what=scheduled&seconds=" + seconds + "&title=" + java.net.URLEncoder.encode(scheduled, StandardCharsets.UTF_8));
        assertFalse(page("/").contains(scheduled), "not before its time");
        Instant seen = null;
        while (seen == null && Instant.now().isBefore(due.plusSeconds(20))) {
            Thread.sleep(500);
            if (page("/").contains(scheduled)) {
                seen = Instant.now();
            }
        }
        assertNotNull(seen, "the scheduled article appears without anyone publishing anything else");
        assertFalse(seen.isBefore(due.minusSeconds(1)), "and not before its time");
        assertTrue(seen.isBefore(due.plusSeconds(7)), "within the periodic check of 5 s: " + Duration.between(due, seen));
    }

    @Test
    void viewsOfArticlesServedFromTheCacheAreCounted() throws Exception {
        String id = all(ARTICLE_LINK, page("/")).get(0);
        long before = Long.parseLong(fixture("GET", "what=views&id=" + id));
        for (int i = 0; i < 5; i++) {
            send("/article.xhtml?id=" + id);
        }
        assertEquals(before + 5, Long.parseLong(fixture("GET", "what=views&id=" + id)), "five views, cached or not");
    }
}
