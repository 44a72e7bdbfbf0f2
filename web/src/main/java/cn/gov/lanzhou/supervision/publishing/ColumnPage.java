package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * 信息公开: the list of columns and, for the chosen column ({@code ?column=code}) or for all of
 * them, the published articles newest first ({@code ?page=n}). An unknown column answers 404.
 */
@Named
@RequestScoped
public class ColumnPage {

    static final int PAGE_SIZE = 20;

    @EJB
    private ArticleCatalog catalog;

    private SiteColumn column;
    private int pageNumber = 1;
    private boolean invalidPage;
    private boolean notFound;
    private List<SiteColumn> columns;
    private Page<Article> articles;

    /** View action: checks the parameters before anything is rendered. */
    public void load() {
        Optional<String> code = QueryParameters.text("column", 40);
        if (code.isPresent()) {
            Optional<SiteColumn> found = catalog.column(code.get());
            if (found.isEmpty()) {
                notFound = true;
                QueryParameters.notFound("栏目不存在");
                return;
            }
            column = found.get();
        }
        Optional<Integer> page = QueryParameters.pageNumber();
        invalidPage = page.isEmpty();
        pageNumber = page.orElse(1);
    }

    public List<SiteColumn> getColumns() {
        if (columns == null) {
            columns = catalog.columns();
        }
        return columns;
    }

    public Page<Article> getArticles() {
        if (articles == null) {
            articles = notFound ? new Page<>(List.of(), 1, PAGE_SIZE, 0)
                    : catalog.published(column == null ? null : column.getCode(), pageNumber, PAGE_SIZE);
        }
        return articles;
    }

    /** The chosen column, or {@code null} for all columns. */
    public SiteColumn getColumn() {
        return column;
    }

    public String getHeading() {
        return column == null ? "全部信息" : column.getName();
    }

    /** The page parameter was not a page number; the first page is shown instead. */
    public boolean isInvalidPage() {
        return invalidPage;
    }

    /** A page number past the end of a non-empty list. */
    public boolean isBeyondLastPage() {
        Page<Article> p = getArticles();
        return p.items().isEmpty() && p.total() > 0;
    }
}
