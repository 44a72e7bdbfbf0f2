package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the public may read: published articles whose publish time has come. Nothing here
 * returns drafts, articles under review, withdrawn ones, or scheduled ones before their time.
 */
@Stateless
public class ArticleCatalog {

    static final String VISIBLE = "a.status = cn.gov.lanzhou.supervision.publishing.ArticleStatus.PUBLISHED"
            + " and a.publishedAt <= :now";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public List<SiteColumn> columns() {
        return em.createQuery("select c from SiteColumn c order by c.sortOrder, c.id", SiteColumn.class).getResultList();
    }

    public Optional<SiteColumn> column(String code) {
        return em.createQuery("select c from SiteColumn c where c.code = :code", SiteColumn.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Newest first, optionally within one column. */
    public Page<Article> published(String columnCode, int pageNumber, int pageSize) {
        LocalDateTime now = LocalDateTime.now();
        String where = " where " + VISIBLE + (columnCode == null ? "" : " and a.column.code = :code");
        var q = em.createQuery("select a from Article a" + where + " order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("now", now);
        var count = em.createQuery("select count(a) from Article a" + where, Long.class).setParameter("now", now);
        if (columnCode != null) {
            q.setParameter("code", columnCode);
            count.setParameter("code", columnCode);
        }
        int size = Page.clampSize(pageSize);
        return new Page<>(q.setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size).getResultList(),
                Math.max(1, pageNumber), size, count.getSingleResult());
    }

    public List<Article> latest(String columnCode, int howMany) {
        return published(columnCode, 1, howMany).items();
    }

    public Optional<Article> publishedArticle(long id) {
        return em.createQuery("select a from Article a where a.id = :id and " + VISIBLE, Article.class)
                .setParameter("id", id).setParameter("now", LocalDateTime.now())
                .getResultStream().findFirst();
    }
}
