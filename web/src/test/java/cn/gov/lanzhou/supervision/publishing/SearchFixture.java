package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.FileStore;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;

/**
 * Test-only stand-in for the editorial services (SearchIT): publishes and withdraws articles in a
 * transaction and fires {@link ArticleChanged} the way they do, so the search index reacts after
 * the commit.
 */
@Stateless
public class SearchFixture {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Event<ArticleChanged> changes;

    @Inject
    private FileStore files;

    /** Publishes a new article at {@code publishAt} (scheduled when in the future), with an optional attachment. */
    public long publish(String columnCode, String title, String bodyHtml, LocalDateTime publishAt, String fileName,
                        String contentType, byte[] attachment) {
        SiteColumn column = em.createQuery("select c from SiteColumn c where c.code = :code", SiteColumn.class)
                .setParameter("code", columnCode).getSingleResult();
        Article a = new Article(column, title, bodyHtml, "it.editor");
        a.classify(ArticleLevel.MUNICIPAL, BusinessType.SAFETY, null);
        if (attachment != null) {
            FileStore.StoredFile f = files.store(new ByteArrayInputStream(attachment), 10 * 1024 * 1024);
            a.attach(fileName, contentType, f.sizeBytes(), f.sm3Hex(), f.storageKey());
        }
        a.submitForReview(LocalDateTime.now().minusHours(1));
        a.pass("it.first", null);
        a.pass("it.second", null);
        a.pass("it.final", publishAt);
        em.persist(a);
        em.flush();
        changes.fire(new ArticleChanged(a.getId(), ArticleChanged.Kind.PUBLISHED));
        return a.getId();
    }

    /** 撤稿. */
    public void withdraw(long id) {
        em.find(Article.class, id).withdraw("测试撤稿");
        changes.fire(new ArticleChanged(id, ArticleChanged.Kind.WITHDRAWN));
    }
}
