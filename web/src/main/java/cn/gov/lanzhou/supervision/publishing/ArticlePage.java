package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * One published article ({@code ?id=n}). A missing, malformed, unknown, unpublished or not yet
 * due id all answer 404 alike, so nobody learns which drafts exist.
 */
@Named
@RequestScoped
public class ArticlePage {

    @EJB
    private ArticleCatalog catalog;

    private Article article;

    /** View action: finds the article or answers 404 before anything is rendered. */
    public void load() {
        Optional<Article> found = QueryParameters.id("id").flatMap(catalog::publishedArticle);
        if (found.isEmpty()) {
            QueryParameters.notFound("信息不存在或未发布");
            return;
        }
        article = found.get();
    }

    public Article getArticle() {
        return article;
    }

    /** Regulations and standards carry a validity (现行有效, 已废止 …); other articles do not. */
    public boolean isShowValidity() {
        return article != null && article.getValidity() != null;
    }

    /** File sizes as people read them: 356 KB, 1.2 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
