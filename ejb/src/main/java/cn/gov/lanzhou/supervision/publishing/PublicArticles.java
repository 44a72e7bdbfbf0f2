package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public pages' reading of published articles beyond {@link ArticleCatalog}: filtered column
 * lists, the most read and newest, related articles and interpretations, attachments of visible
 * articles, and when the next scheduled article goes online. Like the catalogue, nothing here
 * returns what the public may not see.
 */
@Stateless
public class PublicArticles {

    private static final String VISIBLE = ArticleCatalog.VISIBLE;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Newest first, narrowed by the filter. */
    public Page<Article> published(ArticleFilter filter, int pageNumber, int pageSize) {
        LocalDateTime now = LocalDateTime.now();
        StringBuilder where = new StringBuilder(" where ").append(VISIBLE);
        Map<String, Object> params = new HashMap<>();
        params.put("now", now);
        if (filter.columnCode() != null) {
            where.append(" and a.column.code = :code");
            params.put("code", filter.columnCode());
        }
        if (filter.level() != null) {
            where.append(" and a.level = :level");
            params.put("level", filter.level());
        }
        if (filter.businessType() != null) {
            where.append(" and a.businessType = :type");
            params.put("type", filter.businessType());
        }
        if (filter.year() != null) {
            where.append(" and a.publishedAt >= :from and a.publishedAt < :to");
            params.put("from", LocalDateTime.of(filter.year(), 1, 1, 0, 0));
            params.put("to", LocalDateTime.of(filter.year() + 1, 1, 1, 0, 0));
        }
        TypedQuery<Article> q = em.createQuery("select a from Article a" + where
                + " order by a.publishedAt desc, a.id desc", Article.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        int size = Page.clampSize(pageSize);
        return new Page<>(q.setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size).getResultList(),
                Math.max(1, pageNumber), size, count.getSingleResult());
    }

    /** The year of the oldest published article (for the year filter), empty when there is none. */
    public Optional<Integer> firstYear() {
        LocalDateTime oldest = em.createQuery("select min(a.publishedAt) from Article a where " + VISIBLE, LocalDateTime.class)
                .setParameter("now", LocalDateTime.now()).getSingleResult();
        return Optional.ofNullable(oldest).map(LocalDateTime::getYear);
    }

    /** 最新发布: the newest articles of all columns. */
    public List<Article> newest(int howMany) {
        return em.createQuery("select a from Article a where " + VISIBLE + " order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("now", LocalDateTime.now()).setMaxResults(howMany).getResultList();
    }

    /**
     * 最多阅读: the most read articles published in the last {@code days} days; all-time when
     * nothing was published in that period.
     */
    public List<Article> mostRead(int days, int howMany) {
        LocalDateTime now = LocalDateTime.now();
        List<Article> recent = em.createQuery("select a from Article a where " + VISIBLE + " and a.publishedAt >= :since"
                        + " order by a.viewCount desc, a.publishedAt desc, a.id desc", Article.class)
                .setParameter("now", now).setParameter("since", now.minusDays(days)).setMaxResults(howMany).getResultList();
        if (!recent.isEmpty()) {
            return recent;
        }
        return em.createQuery("select a from Article a where " + VISIBLE + " order by a.viewCount desc, a.id desc", Article.class)
                .setParameter("now", now).setMaxResults(howMany).getResultList();
    }

    /**
     * 相关信息: articles sharing the most tags with this one (newest first among equals), then the
     * newest of its column, never the article itself.
     */
    public List<Article> related(Article article, int howMany) {
        LocalDateTime now = LocalDateTime.now();
        Map<Long, Article> picked = new LinkedHashMap<>();
        List<String> tags = article.getTagList();
        if (!tags.isEmpty()) {
            StringBuilder any = new StringBuilder();
            for (int i = 0; i < tags.size(); i++) {
                any.append(i == 0 ? "" : " or ").append("concat(concat(',', a.tags), ',') like :t").append(i).append(" escape '!'");
            }
            TypedQuery<Article> q = em.createQuery("select a from Article a where " + VISIBLE + " and a.id <> :self and ("
                    + any + ") order by a.publishedAt desc, a.id desc", Article.class)
                    .setParameter("now", now).setParameter("self", article.getId()).setMaxResults(50);
            for (int i = 0; i < tags.size(); i++) {
                q.setParameter("t" + i, "%," + escapeLike(tags.get(i)) + ",%");
            }
            List<Article> candidates = new ArrayList<>(q.getResultList());
            // Stable sort: more shared tags first, the query's newest-first order among equals.
            candidates.sort((x, y) -> Integer.compare(shared(y, tags), shared(x, tags)));
            for (Article a : candidates) {
                if (picked.size() < howMany) {
                    picked.put(a.getId(), a);
                }
            }
        }
        if (picked.size() < howMany) {
            List<Article> sameColumn = em.createQuery("select a from Article a where " + VISIBLE
                            + " and a.column = :column and a.id <> :self order by a.publishedAt desc, a.id desc", Article.class)
                    .setParameter("now", now).setParameter("column", article.getColumn()).setParameter("self", article.getId())
                    .setMaxResults(howMany * 2).getResultList();
            for (Article a : sameColumn) {
                if (picked.size() < howMany) {
                    picked.putIfAbsent(a.getId(), a);
                }
            }
        }
        return List.copyOf(picked.values());
    }

    private static int shared(Article a, List<String> tags) {
        return (int) a.getTagList().stream().filter(tags::contains).count();
    }

    /** Tags are free text: a % or _ in one must not act as a wildcard. */
    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** 政策解读 of a regulation that are themselves published. */
    public List<Article> interpretationsOf(Article regulation, int howMany) {
        return em.createQuery("select a from Article a where " + VISIBLE + " and a.interprets = :regulation"
                        + " order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("now", LocalDateTime.now()).setParameter("regulation", regulation)
                .setMaxResults(howMany).getResultList();
    }

    /** The regulation an interpretation explains, if that one is published too. */
    public Optional<Article> interpretedRegulation(Article interpretation) {
        Article regulation = interpretation.getInterprets();
        if (regulation == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Article a where a.id = :id and " + VISIBLE, Article.class)
                .setParameter("id", regulation.getId()).setParameter("now", LocalDateTime.now())
                .getResultStream().findFirst();
    }

    /** An attachment, only while its article is public. */
    public Optional<Attachment> visibleAttachment(long attachmentId) {
        return em.createQuery("select t from Attachment t join fetch t.article a where t.id = :id and " + VISIBLE,
                        Attachment.class)
                .setParameter("id", attachmentId).setParameter("now", LocalDateTime.now())
                .getResultStream().findFirst();
    }

    /**
     * When the next article that is already approved but scheduled for later goes online: the
     * public lists change at that moment without anyone touching them.
     */
    public Optional<LocalDateTime> nextScheduledPublication() {
        return Optional.ofNullable(em.createQuery("select min(a.publishedAt) from Article a where"
                        + " a.status = cn.gov.lanzhou.supervision.publishing.ArticleStatus.PUBLISHED and a.publishedAt > :now",
                LocalDateTime.class).setParameter("now", LocalDateTime.now()).getSingleResult());
    }

    /**
     * When the newest visible article went online: a copy of a public page made before that
     * moment may miss it (an article scheduled for a time that has now come).
     */
    public Optional<LocalDateTime> latestPublication() {
        return Optional.ofNullable(em.createQuery("select max(a.publishedAt) from Article a where " + VISIBLE,
                LocalDateTime.class).setParameter("now", LocalDateTime.now()).getSingleResult());
    }

    /** Adds counted views to the articles' view counts, all in one transaction. */
    public void addViews(Map<Long, Long> viewsByArticle) {
        var update = em.createQuery("update Article a set a.viewCount = a.viewCount + :n where a.id = :id");
        viewsByArticle.forEach((id, n) -> update.setParameter("n", n).setParameter("id", id).executeUpdate());
    }
}
