package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.shared.Labelled;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 信息公开: the list of columns and, for the chosen column ({@code ?column=code}) or for all of
 * them, the published articles newest first ({@code ?page=n}), narrowed by level
 * ({@code ?level=national|provincial|municipal}), business type ({@code ?type=safety|quality|general})
 * and year ({@code ?year=2026}). An unknown column answers 404; a filter value that makes no sense
 * is ignored with a notice, never an error. Paging links keep the filters.
 */
@Named
@RequestScoped
public class ColumnPage {

    static final int PAGE_SIZE = 20;

    /** One choice of a filter list. */
    public record Option(String code, String label, boolean selected) {
    }

    @EJB
    private ArticleCatalog catalog;

    @EJB
    private PublicArticles articles;

    private SiteColumn column;
    private int pageNumber = 1;
    private boolean invalidPage;
    private boolean notFound;
    private ArticleLevel level;
    private BusinessType businessType;
    private Integer year;
    private final List<String> ignoredFilters = new ArrayList<>();
    private List<SiteColumn> columns;
    private Page<Article> list;
    private Integer firstYear;

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
        QueryParameters.text("level", 40).ifPresent(v -> {
            level = byCode(ArticleLevel.values(), v);
            if (level == null) {
                ignoredFilters.add("层级");
            }
        });
        QueryParameters.text("type", 40).ifPresent(v -> {
            businessType = byCode(BusinessType.values(), v);
            if (businessType == null) {
                ignoredFilters.add("业务类型");
            }
        });
        QueryParameters.text("year", 10).ifPresent(v -> {
            year = parseYear(v, getFirstYear(), Year.now().getValue());
            if (year == null) {
                ignoredFilters.add("年份");
            }
        });
    }

    /** The constant whose name is {@code code} (case aside), or {@code null}. */
    static <E extends Enum<E>> E byCode(E[] values, String code) {
        return Arrays.stream(values).filter(e -> e.name().equalsIgnoreCase(code)).findFirst().orElse(null);
    }

    /** A year between {@code first} and {@code last}, or {@code null}. */
    static Integer parseYear(String text, int first, int last) {
        if (!text.matches("\\d{4}")) {
            return null;
        }
        int y = Integer.parseInt(text);
        return y >= first && y <= last ? y : null;
    }

    public List<SiteColumn> getColumns() {
        if (columns == null) {
            columns = catalog.columns();
        }
        return columns;
    }

    public ArticleFilter getFilter() {
        return new ArticleFilter(column == null ? null : column.getCode(), level, businessType, year);
    }

    public Page<Article> getArticles() {
        if (list == null) {
            list = notFound ? new Page<>(List.of(), 1, PAGE_SIZE, 0) : articles.published(getFilter(), pageNumber, PAGE_SIZE);
        }
        return list;
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

    /** The filters whose values were not understood and were left out, by their Chinese names. */
    public List<String> getIgnoredFilters() {
        return ignoredFilters;
    }

    /** The ignored filters quoted for the notice: “层级”“年份”. */
    public String getIgnoredFiltersText() {
        StringBuilder out = new StringBuilder();
        ignoredFilters.forEach(f -> out.append('“').append(f).append('”'));
        return out.toString();
    }

    /** This column without filters (relative to the context path). */
    public String getUnfilteredPath() {
        return column == null ? "/info.xhtml" : "/info.xhtml?column=" + column.getCode();
    }

    public boolean isFiltered() {
        return getFilter().narrowed();
    }

    public List<Option> getLevels() {
        return options(ArticleLevel.values(), level);
    }

    public List<Option> getTypes() {
        return options(BusinessType.values(), businessType);
    }

    /** The years that have published articles, newest first. */
    public List<Option> getYears() {
        List<Option> out = new ArrayList<>();
        for (int y = Year.now().getValue(); y >= getFirstYear(); y--) {
            out.add(new Option(String.valueOf(y), y + "年", year != null && year == y));
        }
        return out;
    }

    private int getFirstYear() {
        if (firstYear == null) {
            firstYear = articles.firstYear().orElse(Year.now().getValue());
        }
        return firstYear;
    }

    private static <E extends Enum<E> & Labelled> List<Option> options(E[] values, E chosen) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name().toLowerCase(Locale.ROOT), v.label(), v == chosen))
                .toList();
    }

    /** What the list is narrowed to, in words: 层级：国家 · 类别：安全 · 2025年. */
    public String getFilterSummary() {
        List<String> parts = new ArrayList<>();
        if (level != null) {
            parts.add("层级：" + level.label());
        }
        if (businessType != null) {
            parts.add("类别：" + businessType.label());
        }
        if (year != null) {
            parts.add(year + "年");
        }
        return String.join(" · ", parts);
    }
}
