package cn.gov.lanzhou.supervision.publishing.staff;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.publishing.Comparison;
import cn.gov.lanzhou.supervision.publishing.EditorView;
import cn.gov.lanzhou.supervision.publishing.Editorial;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * 预览 ({@code /staff/articles/view.xhtml?id=n}): what reviewers review — the article as it will
 * read, and for an edit of a published article the comparison with what is online.
 */
@Named
@RequestScoped
public class ArticlePreview {

    @EJB
    private Editorial editorial;

    private EditorView article;
    private Comparison edit;

    public void load() {
        var id = QueryParameters.id("id");
        if (id.isEmpty()) {
            Faces.notFound();
            return;
        }
        try {
            article = editorial.view(id.get());
            edit = editorial.compareEditWithPublished(id.get()).orElse(null);
        } catch (BusinessRuleException e) {
            Faces.notFound();
        }
    }

    public EditorView getArticle() {
        return article;
    }

    public Comparison getEdit() {
        return edit;
    }
}
