package cn.gov.lanzhou.supervision.publishing.staff;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.publishing.Comparison;
import cn.gov.lanzhou.supervision.publishing.EditorView;
import cn.gov.lanzhou.supervision.publishing.Editorial;
import cn.gov.lanzhou.supervision.publishing.RevisionRow;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 修订记录 ({@code /staff/articles/revisions.xhtml?id=n&from=a&to=b}): every save of an article, and
 * two of them compared — by default the latest against the one before.
 */
@Named
@RequestScoped
public class RevisionHistory {

    @EJB
    private Editorial editorial;

    private long articleId;
    private EditorView article;
    private List<RevisionRow> revisions;
    private Comparison comparison;
    private int from;
    private int to;

    public void load() {
        var id = QueryParameters.id("id");
        if (id.isEmpty()) {
            Faces.notFound();
            return;
        }
        try {
            articleId = id.get();
            article = editorial.view(articleId);
            revisions = editorial.revisions(articleId);
            if (revisions.size() >= 2) {
                to = QueryParameters.id("to").map(Long::intValue).orElse(revisions.get(0).number());
                from = QueryParameters.id("from").map(Long::intValue).orElse(to - 1);
                comparison = editorial.compare(articleId, from, to);
            }
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
        }
    }

    public long getArticleId() {
        return articleId;
    }

    public EditorView getArticle() {
        return article;
    }

    public List<RevisionRow> getRevisions() {
        return revisions;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public int getFrom() {
        return from;
    }

    public int getTo() {
        return to;
    }

    public String time(LocalDateTime t) {
        return t == null ? "—" : t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }
}
