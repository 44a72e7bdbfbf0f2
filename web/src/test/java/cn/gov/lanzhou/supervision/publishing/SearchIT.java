package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.portal.PortalDeployment;
import cn.gov.lanzhou.supervision.publishing.search.ArticleSearch;
import cn.gov.lanzhou.supervision.publishing.search.SearchHit;
import cn.gov.lanzhou.supervision.publishing.search.SearchIndex;
import cn.gov.lanzhou.supervision.publishing.search.SearchRequest;
import cn.gov.lanzhou.supervision.publishing.search.SearchResult;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.InputSource;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search and RSS on Payara Micro with the demo data: the search page as a visitor uses it (known
 * titles found and marked, filters, sorting, the no-result help, hostile input), the feeds read by
 * Rome, and the index following publication and withdrawal through {@link ArticleChanged}.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClasses(SearchIT.class, PortalDeployment.class, SearchFixture.class);
    }

    @ArquillianResource
    private URL base;

    @EJB
    private SearchFixture fixture;

    @EJB
    private ArticleSearch search;

    @EJB
    private ArticleFeeds feeds;

    @EJB
    private SearchIndex searchIndex;

    private static HttpResponse<String> get(URL base, String path, String... headers) throws Exception {
        URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static SyndFeed feed(HttpResponse<String> r) throws Exception {
        return new SyndFeedInput().build(new InputSource(new StringReader(r.body())));
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The result list only, so that the form's option labels do not count as hits. */
    private static String results(String html) {
        int start = html.indexOf("class=\"search-results\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</ol>", start));
    }

    @Test
    @RunAsClient
    void aDemoArticleIsFoundByItsTitleAndMarkedWithoutASession() throws Exception {
        SyndEntry newest = feed(get(base, "/rss/news.xml")).getEntries().get(0);
        String id = newest.getLink().replaceAll(".*id=", "");
        HttpResponse<String> r = get(base, "/search.xhtml?q=" + q(newest.getTitle()));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "the search page is stateless");
        String hits = results(r.body());
        assertTrue(hits.contains("article.xhtml?id=" + id + "\""), "the article is among the hits: " + newest.getTitle());
        assertTrue(all(hits, "<h3><a href=\"[^\"]*article\\.xhtml\\?id=" + id + "\">(.*?)</a></h3>").get(0).contains("<em>"),
                "its title is marked");
        assertTrue(r.body().contains("找到 "), "the count is shown");
    }

    @Test
    @RunAsClient
    void filtersAndSortingNarrowAndOrderTheHits() throws Exception {
        String inColumn = results(get(base, "/search.xhtml?q=" + q("检查") + "&column=standards").body());
        List<String> columns = all(inColumn, "class=\"hit-column\"[^>]*>([^<]+)</a>");
        assertFalse(columns.isEmpty());
        assertTrue(columns.stream().allMatch("技术标准"::equals), columns.toString());

        String national = results(get(base, "/search.xhtml?q=" + q("安全") + "&level=NATIONAL&type=SAFETY").body());
        List<String> levels = all(national, "class=\"hit-level\">([^<]+)<");
        assertFalse(levels.isEmpty());
        assertTrue(levels.stream().allMatch("国家"::equals), levels.toString());
        assertTrue(all(national, "class=\"hit-type\">([^<]+)<").stream().allMatch("安全"::equals));

        String past = get(base, "/search.xhtml?q=" + q("安全") + "&from=2001-01-01&to=2001-12-31").body();
        assertTrue(past.contains("id=\"no-result\""), "nothing was published in 2001");
        assertTrue(past.contains("不限栏目、层级、类型和日期重新搜索"), "and the page offers to drop the filters");

        List<String> dates = all(results(get(base, "/search.xhtml?q=" + q("检查") + "&sort=date").body()),
                "<time datetime=\"([^\"]+)\"");
        assertTrue(dates.size() >= 2, dates.toString());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates, "newest first");

        String page2 = get(base, "/search.xhtml?q=" + q("检查") + "&page=2").body();
        assertTrue(page2.contains("第 2/"), "paging keeps the words");
        assertTrue(page2.contains("q=" + q("检查")) && page2.contains("rel=\"prev\""));
    }

    @Test
    @RunAsClient
    void nothingFoundShowsAdviceAndAMisspellingGetsADidYouMean() throws Exception {
        String nonsense = get(base, "/search.xhtml?q=qzxwvkj").body();
        assertTrue(nonsense.contains("id=\"no-result\"") && nonsense.contains("没有找到相关信息"));
        assertTrue(nonsense.contains("建议您") && nonsense.contains("大家都在搜"), "advice and popular words");

        String typo = get(base, "/search.xhtml?q=" + q("深基抗")).body();
        assertTrue(typo.contains("您是不是要找"), "a near word from the index");
        assertTrue(typo.contains("search.xhtml?q=" + q("深基坑")), "linked as a new search");
    }

    @Test
    @RunAsClient
    void hostileInputIsAnsweredNormallyAndNeverReflectedAsMarkup() throws Exception {
        for (String text : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "*:*", "\"",
                "深基坑 AND title:(*", "检".repeat(200))) {
            HttpResponse<String> r = get(base, "/search.xhtml?q=" + q(text)
                    + "&level=" + q("<b>") + "&from=notadate&page=-3&column=" + q("../x") + "&sort=" + q("'"));
            assertEquals(200, r.statusCode(), text);
            String body = r.body();
            assertFalse(body.contains("<script>alert") || body.contains("<img src=x"), "no reflected markup for " + text);
            assertTrue(body.contains("站内搜索"));
        }
        String tooLong = get(base, "/search.xhtml?q=" + q("检".repeat(200))).body();
        assertTrue(tooLong.contains("搜索词过长"));
        String odd = get(base, "/search.xhtml?q=x&from=2026-13-45&level=X").body();
        assertTrue(odd.contains("起始日期格式应为") && odd.contains("发文层级参数无效"));
    }

    @Test
    @RunAsClient
    void feedsAreValidRssAndUnknownColumnsAre404() throws Exception {
        for (String path : List.of("/rss/news.xml", "/rss/all.xml", "/rss/policies.xml")) {
            HttpResponse<String> r = get(base, path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").matches("application/rss\\+xml; ?charset=UTF-8"),
                    r.headers().firstValue("Content-Type").toString());
            SyndFeed feed = feed(r);
            assertEquals("rss_2.0", feed.getFeedType());
            assertTrue(feed.getEntries().size() > 0 && feed.getEntries().size() <= 20, path);
            for (SyndEntry e : feed.getEntries()) {
                assertTrue(e.getLink().startsWith(base.getProtocol() + "://") && e.getLink().contains("/article.xhtml?id="),
                        e.getLink());
                assertTrue(e.getPublishedDate() != null && !e.getDescription().getValue().contains("<p>"));
            }
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertTrue(r.headers().firstValue("Last-Modified").isPresent());
            HttpResponse<String> again = get(base, path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), "unchanged feed: " + path);
            assertEquals("", again.body());
        }
        assertEquals(404, get(base, "/rss/no-such-column.xml").statusCode());
        assertEquals(404, get(base, "/rss/../WEB-INF/web.xml").statusCode());
        assertEquals(404, get(base, "/rss/").statusCode());
    }

    @Test
    void publishedArticlesAndTheirAttachmentsAreFoundUntilWithdrawn() throws Exception {
        long id = fixture.publish("notices", "关于塔式起重机安全监控系统安装的通知", "<p>各有关单位：详见附件。</p>",
                LocalDateTime.now().minusMinutes(1), "监控系统要求.docx", DOCX, docx("附件：塔式起重机防碰撞装置联网验收记录表（表号 QZJ7731）"));
        SearchResult found = search.search(SearchRequest.of("QZJ7731"));
        assertEquals(List.of(id), found.hits().items().stream().map(SearchHit::id).toList(),
                "a word only its attachment contains finds it");
        SearchHit top = found.hits().items().get(0);
        assertTrue(top.fromAttachment() && top.snippetHtml().contains("<em>"), top.snippetHtml());
        assertTrue(feeds.column("notices").orElseThrow().entries().stream().anyMatch(e -> e.id() == id));

        fixture.withdraw(id);
        assertTrue(search.search(SearchRequest.of("QZJ7731")).isEmpty(), "withdrawn: gone from search");
        assertFalse(feeds.column("notices").orElseThrow().entries().stream().anyMatch(e -> e.id() == id),
                "and from the feed");
    }

    @Test
    void aScheduledArticleStaysOutOfSearchUntilItsTime() {
        long id = fixture.publish("notices", "关于元旦假期停工期间冬季施工安全的预告", "<p>预告：冬季施工安全巡查安排。</p>",
                LocalDateTime.now().plusHours(2), null, null, null);
        assertTrue(search.search(SearchRequest.of("冬季施工安全巡查安排")).hits().items().stream().noneMatch(h -> h.id() == id));
    }

    @Test
    void theIndexStatusIsForTheSystemAdministratorOnly() {
        assertThrows(EJBAccessException.class, () -> searchIndex.status(), "refused in the service, not only by the page");
    }

    @Test
    @RunAsClient
    void theConsolePageIsBehindTheAdministratorGate() throws Exception {
        HttpResponse<String> r = get(base, "/admin/system/search-index.xhtml");
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303 || r.statusCode() == 403, "anonymous: " + r.statusCode());
        assertFalse(r.body().contains("重建搜索索引"));
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
