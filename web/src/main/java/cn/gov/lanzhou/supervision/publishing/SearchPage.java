package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.publishing.search.ArticleSearch;
import cn.gov.lanzhou.supervision.publishing.search.SearchHit;
import cn.gov.lanzhou.supervision.publishing.search.SearchRequest;
import cn.gov.lanzhou.supervision.publishing.search.SearchResult;
import cn.gov.lanzhou.supervision.shared.Labelled;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 站内搜索 ({@code /search.xhtml?q=&column=&level=&type=&from=&to=&sort=&page=}), a stateless page.
 * Every parameter is read leniently: a value that makes no sense is dropped with a notice saying
 * so, never an error page; the words are searched as words, whatever characters they contain.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;

    @EJB
    private ArticleSearch search;

    @EJB
    private ArticleCatalog catalog;

    private String q = "";
    private SiteColumn column;
    private ArticleLevel level;
    private BusinessType type;
    private LocalDate from;
    private LocalDate to;
    private SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
    private final List<String> notices = new ArrayList<>();
    private List<SiteColumn> columns;
    private SearchResult result;
    private List<String> popular;

    /** View action: reads the parameters and searches. */
    public void load() {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
        if (raw != null && raw.strip().length() > SearchRequest.MAX_TEXT) {
            notices.add("搜索词过长，只按前 " + SearchRequest.MAX_TEXT + " 个字搜索。");
        }
        q = QueryParameters.text("q", SearchRequest.MAX_TEXT).orElse("");
        QueryParameters.text("column", 40).ifPresent(code -> {
            column = getColumns().stream().filter(c -> c.getCode().equals(code)).findFirst().orElse(null);
            if (column == null) {
                notices.add("没有这个栏目，已按全部栏目搜索。");
            }
        });
        level = option("level", ArticleLevel.class, "发文层级");
        type = option("type", BusinessType.class, "业务类型");
        from = date("from", "起始日期");
        to = date("to", "截止日期");
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate t = from;
            from = to;
            to = t;
            notices.add("起始日期晚于截止日期，已为您对调。");
        }
        sort = QueryParameters.text("sort", 20).filter("date"::equals).isPresent()
                ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
        Optional<Integer> page = QueryParameters.pageNumber();
        int pageNumber = page.orElse(1);
        if (page.isEmpty()) {
            notices.add("页码参数无效，已为您显示第 1 页。");
        } else if (pageNumber > SearchRequest.MAX_PAGE) {
            notices.add("最多显示前 " + SearchRequest.MAX_PAGE + " 页结果，请增加关键词或筛选条件缩小范围。");
            pageNumber = SearchRequest.MAX_PAGE;
        }
        if (isAsked()) {
            result = search.search(new SearchRequest(q, column == null ? null : column.getCode(), level, type, from, to,
                    sort, pageNumber, PAGE_SIZE));
        }
    }

    private <E extends Enum<E> & Labelled> E option(String name, Class<E> kind, String what) {
        Optional<String> v = QueryParameters.text(name, 20);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, v.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            notices.add(what + "参数无效，已忽略。");
            return null;
        }
    }

    private LocalDate date(String name, String what) {
        Optional<String> v = QueryParameters.text(name, 20);
        if (v.isEmpty()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.get());
            if (d.getYear() >= 1949 && d.getYear() <= 2100) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        notices.add(what + "格式应为 2026-01-31，已忽略。");
        return null;
    }

    /** Something to search for: words or at least one filter. */
    public boolean isAsked() {
        return !q.isEmpty() || hasFilters();
    }

    public boolean hasFilters() {
        return column != null || level != null || type != null || from != null || to != null;
    }

    public SearchResult getResult() {
        return result;
    }

    public Page<SearchHit> getHits() {
        return result == null ? new Page<>(List.of(), 1, PAGE_SIZE, 0) : result.hits();
    }

    /** The page asked is past the last page of a non-empty result. */
    public boolean isBeyondLastPage() {
        return result != null && result.hits().items().isEmpty() && result.hits().total() > 0;
    }

    /** Popular words: with the advice when nothing was found, or on the empty page. */
    public List<String> getPopular() {
        if (popular == null) {
            popular = result != null ? result.popular() : search.popular();
        }
        return popular;
    }

    public List<SiteColumn> getColumns() {
        if (columns == null) {
            columns = catalog.columns();
        }
        return columns;
    }

    public ArticleLevel[] getLevels() {
        return ArticleLevel.values();
    }

    public BusinessType[] getTypes() {
        return BusinessType.values();
    }

    public String getQ() {
        return q;
    }

    public String getColumnCode() {
        return column == null ? "" : column.getCode();
    }

    public String getLevel() {
        return level == null ? "" : level.name();
    }

    public String getType() {
        return type == null ? "" : type.name();
    }

    public String getFrom() {
        return from == null ? "" : from.toString();
    }

    public String getTo() {
        return to == null ? "" : to.toString();
    }

    public boolean isByDate() {
        return sort == SearchRequest.Sort.DATE;
    }

    public List<String> getNotices() {
        return notices;
    }

    /** This search with other words (a suggestion, a popular word), filters kept, first page. */
    public String urlFor(String words) {
        Map<String, String> p = parameters();
        p.put("q", words);
        return url(p);
    }

    /** This search sorted by relevance or by date, first page. */
    public String sortUrl(boolean byDate) {
        Map<String, String> p = parameters();
        p.put("sort", byDate ? "date" : "");
        return url(p);
    }

    /** The same words without any filter. */
    public String getWithoutFiltersUrl() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("sort", isByDate() ? "date" : "");
        return url(p);
    }

    private Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("column", getColumnCode());
        p.put("level", getLevel());
        p.put("type", getType());
        p.put("from", getFrom());
        p.put("to", getTo());
        p.put("sort", isByDate() ? "date" : "");
        return p;
    }

    private static String url(Map<String, String> parameters) {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return ec.getRequestContextPath() + "/search.xhtml" + query;
    }
}
