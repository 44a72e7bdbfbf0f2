package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.publishing.search.HtmlText;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the RSS feeds carry: the newest published and due articles ({@link ArticleCatalog}) as plain
 * values — title, a plain-text description (the summary, or the start of the body without markup),
 * column and publish time — so that no entity and no HTML from a body leaves the service.
 */
@Stateless
public class ArticleFeeds {

    /** Items in a feed. */
    public static final int SIZE = 20;

    private static final int DESCRIPTION_CHARS = 200;

    @EJB
    private ArticleCatalog catalog;

    /** One item of a feed. */
    public record Entry(long id, String title, String description, String columnCode, String columnName,
                        String businessType, LocalDateTime publishedAt) {
    }

    /** A feed: its column ({@code null} code for the whole site) and its newest entries. */
    public record Feed(String columnCode, String columnName, List<Entry> entries) {
    }

    /** The newest articles of every column. */
    public Feed all() {
        return new Feed(null, "全部信息", entries(catalog.latest(null, SIZE)));
    }

    /** The newest articles of one column, or empty when there is no such column. */
    public Optional<Feed> column(String code) {
        return catalog.column(code).map(c -> new Feed(c.getCode(), c.getName(), entries(catalog.latest(c.getCode(), SIZE))));
    }

    private static List<Entry> entries(List<Article> articles) {
        return articles.stream().map(a -> new Entry(a.getId(), a.getTitle(), description(a), a.getColumn().getCode(),
                a.getColumn().getName(), a.getBusinessType().label(), a.getPublishedAt())).toList();
    }

    private static String description(Article a) {
        String summary = a.getSummary();
        return summary != null && !summary.isBlank() ? summary.strip() : HtmlText.excerpt(a.getBody(), DESCRIPTION_CHARS);
    }
}
