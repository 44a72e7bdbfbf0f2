package cn.gov.lanzhou.supervision.publishing;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed document, read back by Rome as a feed reader would. */
class RssFeedTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final ArticleFeeds.Feed NEWS = new ArticleFeeds.Feed("news", "监督动态", List.of(
            new ArticleFeeds.Entry(42, "市监督站对城关区开展深基坑专项检查 <b>&</b>", "检查组抽查了 3 个项目 <script>alert(1)</script>",
                    "news", "监督动态", "安全", LocalDateTime.of(2026, 11, 20, 10, 30)),
            new ArticleFeeds.Entry(41, "质量月观摩会召开", "观摩现场展示了样板引路做法。", "news", "监督动态", "质量",
                    LocalDateTime.of(2026, 11, 18, 9, 0))));

    @Test
    void aColumnFeedIsValidRss2WithAbsoluteLinksAndPlainDescriptions() throws Exception {
        String xml = RssFeed.xml(NEWS, "https://jdz.example.cn", SHANGHAI, LocalDateTime.of(2026, 11, 21, 8, 0));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);

        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(xml)));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("兰州市建设工程安全质量监督站 - 监督动态", feed.getTitle());
        assertEquals("https://jdz.example.cn/info.xhtml?column=news", feed.getLink());
        assertEquals("zh-cn", feed.getLanguage());
        assertEquals(2, feed.getEntries().size());
        SyndEntry first = feed.getEntries().get(0);
        assertEquals("市监督站对城关区开展深基坑专项检查 <b>&</b>", first.getTitle(), "text survives escaping unchanged");
        assertEquals("https://jdz.example.cn/article.xhtml?id=42", first.getLink());
        assertEquals(LocalDateTime.of(2026, 11, 20, 10, 30).atZone(SHANGHAI).toInstant(), first.getPublishedDate().toInstant());
        assertEquals(List.of("监督动态", "安全"), first.getCategories().stream().map(c -> c.getName()).toList());
        assertEquals("检查组抽查了 3 个项目 <script>alert(1)</script>", first.getDescription().getValue());
        assertFalse(xml.contains("<script>"), "markup in text is escaped, never raw");

        Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
        Item item = channel.getItems().get(0);
        assertTrue(item.getGuid().isPermaLink());
        assertEquals("https://jdz.example.cn/article.xhtml?id=42", item.getGuid().getValue());
        assertEquals(LocalDateTime.of(2026, 11, 21, 8, 0).atZone(SHANGHAI).toInstant(), channel.getLastBuildDate().toInstant());
    }

    @Test
    void theSiteFeedAndAnEmptyColumnAreWellFormedToo() throws Exception {
        String all = RssFeed.xml(new ArticleFeeds.Feed(null, "全部信息", NEWS.entries()), "http://127.0.0.1:8080", SHANGHAI,
                LocalDateTime.of(2026, 11, 21, 8, 0));
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(all)));
        assertEquals("http://127.0.0.1:8080/info.xhtml", feed.getLink());
        assertEquals(2, feed.getEntries().size());
        String empty = RssFeed.xml(new ArticleFeeds.Feed("guides", "办事指南", List.of()), "http://127.0.0.1:8080", SHANGHAI,
                LocalDateTime.of(2026, 11, 21, 8, 0));
        assertEquals(0, new SyndFeedInput().build(new InputSource(new StringReader(empty))).getEntries().size());
    }

    @Test
    void theConfiguredPublicUrlMustBeAnHttpAddress() {
        assertEquals("https://jdz.example.cn", PublicUrl.checked("https://jdz.example.cn/"));
        assertEquals("https://jdz.example.cn/portal", new PublicUrl(Optional.of(" https://jdz.example.cn/portal ")).of(null));
        assertThrows(RuntimeException.class, () -> PublicUrl.checked("javascript:alert(1)"));
        assertThrows(RuntimeException.class, () -> PublicUrl.checked("https://jdz.example.cn/?a=1"));
    }
}
