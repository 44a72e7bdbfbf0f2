package cn.gov.lanzhou.supervision.publishing;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * An {@link ArticleFeeds.Feed} as an RSS 2.0 document (written by Rome): absolute links, a
 * permanent-link {@code guid} per item, {@code pubDate}, the column as {@code category} and a
 * plain-text description — never HTML from an article body.
 */
public final class RssFeed {

    static final String SITE = "兰州市建设工程安全质量监督站";

    private RssFeed() {
    }

    /**
     * @param feed     what to publish
     * @param baseUrl  the portal's public address without a trailing slash, e.g. {@code https://jdz.lanzhou.gov.cn}
     * @param zone     the zone the portal's local publish times are in
     * @param modified the feed's last change (its {@code lastBuildDate})
     */
    public static String xml(ArticleFeeds.Feed feed, String baseUrl, ZoneId zone, LocalDateTime modified) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.columnCode() == null ? SITE + " - 最新信息" : SITE + " - " + feed.columnName());
        channel.setLink(baseUrl + (feed.columnCode() == null ? "/info.xhtml" : "/info.xhtml?column=" + feed.columnCode()));
        channel.setDescription(feed.columnCode() == null
                ? SITE + "门户网站各栏目最新发布的" + ArticleFeeds.SIZE + "条信息"
                : SITE + "门户网站“" + feed.columnName() + "”栏目最新发布的" + ArticleFeeds.SIZE + "条信息");
        channel.setLanguage("zh-cn");
        channel.setGenerator(SITE + "门户网站");
        channel.setTtl(60);
        Date built = date(modified, zone);
        channel.setLastBuildDate(built);
        if (!feed.entries().isEmpty()) {
            channel.setPubDate(date(feed.entries().get(0).publishedAt(), zone));
        }
        List<Item> items = new ArrayList<>();
        for (ArticleFeeds.Entry e : feed.entries()) {
            Item item = new Item();
            String link = baseUrl + "/article.xhtml?id=" + e.id();
            item.setTitle(e.title());
            item.setLink(link);
            Guid guid = new Guid();
            guid.setPermaLink(true);
            guid.setValue(link);
            item.setGuid(guid);
            item.setPubDate(date(e.publishedAt(), zone));
            Description d = new Description();
            d.setType("text/plain");
            d.setValue(e.description());
            item.setDescription(d);
            Category column = new Category();
            column.setValue(e.columnName());
            Category type = new Category();
            type.setValue(e.businessType());
            item.setCategories(List.of(column, type));
            items.add(item);
        }
        channel.setItems(items);
        try {
            return new WireFeedOutput().outputString(channel);
        } catch (FeedException e) {
            throw new IllegalStateException("RSS 生成失败", e);
        }
    }

    private static Date date(LocalDateTime t, ZoneId zone) {
        return Date.from(t.atZone(zone).toInstant());
    }
}
