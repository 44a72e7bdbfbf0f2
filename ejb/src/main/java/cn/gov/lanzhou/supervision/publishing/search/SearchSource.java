package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.Article;
import cn.gov.lanzhou.supervision.publishing.ArticleStatus;
import cn.gov.lanzhou.supervision.publishing.Attachment;
import cn.gov.lanzhou.supervision.shared.FileStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reads what the index needs from the database, each call in a transaction of its own (the index
 * calls it after the editorial transaction has committed, and a rebuild reads batch by batch).
 * Attachment bytes come from the {@link FileStore}.
 */
@Stateless
public class SearchSource {

    private static final Logger LOG = Logger.getLogger(SearchSource.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private SearchSettings settings;

    private AttachmentText attachments;

    @PostConstruct
    void prepare() {
        attachments = new AttachmentText(settings.attachmentMaxBytes(), settings.attachmentMaxChars());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ArticleIndex.Fingerprint databaseFingerprint() {
        Object[] row = em.createQuery("select count(a), sum(a.id) from Article a where a.status = :published", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED).getSingleResult();
        return new ArticleIndex.Fingerprint(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    /** The article as the index keeps it, when it is published (its time may still be to come). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ArticleDocument> load(long id) {
        return em.createQuery("select a from Article a join fetch a.column where a.id = :id and a.status = :published",
                        Article.class)
                .setParameter("id", id).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().findFirst().map(this::document);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ArticleDocument> loadBatch(long afterId, int size) {
        List<Article> articles = em.createQuery("select a from Article a join fetch a.column"
                        + " where a.status = :published and a.id > :after order by a.id", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("after", afterId)
                .setHint("eclipselink.batch", "a.attachments")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(size).getResultList();
        List<ArticleDocument> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(document(a));
        }
        em.clear();
        return out;
    }

    private ArticleDocument document(Article a) {
        return new ArticleDocument(a.getId(), a.getTitle(), a.getSummary(), HtmlText.of(a.getBody()), a.getTagList(),
                attachmentText(a), a.getColumn().getCode(), a.getColumn().getName(), a.getLevel(), a.getBusinessType(),
                a.getPublishedAt());
    }

    private String attachmentText(Article a) {
        StringBuilder text = new StringBuilder();
        int max = settings.attachmentMaxChars();
        for (Attachment file : a.getAttachments()) {
            if (text.length() >= max || !AttachmentText.mayHaveText(file.getContentType())) {
                continue;
            }
            Optional<InputStream> in = files.open(file.getStorageKey());
            if (in.isEmpty()) {
                LOG.warning(() -> "附件文件缺失 / attachment file missing: " + file.getId());
                continue;
            }
            String t = attachments.extract(file.getFileName(), file.getContentType(), in.get());
            if (!t.isEmpty()) {
                text.append(file.getFileName()).append('\n').append(t, 0, Math.min(t.length(), max - text.length()))
                        .append('\n');
            }
        }
        return text.toString();
    }

}
