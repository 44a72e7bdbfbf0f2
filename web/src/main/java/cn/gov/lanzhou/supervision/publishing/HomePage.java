package cn.gov.lanzhou.supervision.publishing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * 首页: headline news (the newest 监督动态, with its cover picture when it has one), latest
 * notices, policy updates and standards, and reading suggestions a visitor can follow: everyone
 * sees 最多阅读 (most read of the last {@value #MOST_READ_DAYS} days) and 最新发布; a signed-in
 * enterprise user first sees 为您推荐, standards and policies chosen for its enterprise, each with
 * the reason. Read-only, one request long; the anonymous page is served from the public page
 * cache, the personal one never is.
 */
@Named
@RequestScoped
public class HomePage {

    static final int MOST_READ_DAYS = 90;
    static final int LIST_LENGTH = 8;

    @EJB
    private ArticleCatalog catalog;

    @EJB
    private PublicArticles articles;

    @EJB
    private Recommendations recommendations;

    private List<Article> news;
    private List<Article> notices;
    private List<Article> policies;
    private List<Article> standards;
    private List<Article> mostRead;
    private List<Article> newest;
    private Optional<Recommendations.Recommended> recommended;

    /** The newest 监督动态, or {@code null} before anything is published. */
    public Article getHeadline() {
        List<Article> all = getNewsWithHeadline();
        return all.isEmpty() ? null : all.get(0);
    }

    /** The cover of the headline, or {@code null}. */
    public Attachment getHeadlineCover() {
        Article headline = getHeadline();
        return headline == null ? null : headline.getCover().orElse(null);
    }

    /** The headline's summary, or the start of its text when it has none. */
    public String getHeadlineTeaser() {
        Article headline = getHeadline();
        if (headline == null) {
            return "";
        }
        return teaser(headline.getSummary() != null && !headline.getSummary().isBlank()
                ? headline.getSummary() : headline.getBody(), 120);
    }

    /** Plain text of sanitised HTML, cut at {@code max} characters. */
    static String teaser(String html, int max) {
        String text = html.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** 监督动态 after the headline. */
    public List<Article> getNews() {
        List<Article> all = getNewsWithHeadline();
        return all.isEmpty() ? all : all.subList(1, all.size());
    }

    private List<Article> getNewsWithHeadline() {
        if (news == null) {
            news = catalog.latest("news", LIST_LENGTH + 1);
        }
        return news;
    }

    public List<Article> getNotices() {
        if (notices == null) {
            notices = catalog.latest("notices", LIST_LENGTH);
        }
        return notices;
    }

    public List<Article> getPolicies() {
        if (policies == null) {
            policies = catalog.latest("policies", LIST_LENGTH);
        }
        return policies;
    }

    public List<Article> getStandards() {
        if (standards == null) {
            standards = catalog.latest("standards", LIST_LENGTH);
        }
        return standards;
    }

    /** 最多阅读: most viewed articles published in the last 90 days. */
    public List<Article> getMostRead() {
        if (mostRead == null) {
            mostRead = articles.mostRead(MOST_READ_DAYS, LIST_LENGTH);
        }
        return mostRead;
    }

    /** 最新发布: newest articles of all columns. */
    public List<Article> getNewest() {
        if (newest == null) {
            newest = articles.newest(LIST_LENGTH);
        }
        return newest;
    }

    public int getMostReadDays() {
        return MOST_READ_DAYS;
    }

    /** Whether the visitor is a signed-in enterprise user (企业用户), who gets 为您推荐. */
    public boolean isEnterpriseUser() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.getUserPrincipal() != null && ec.isUserInRole("ENTERPRISE");
    }

    /** For an enterprise user: its profile and the articles chosen for it; {@code null} for anyone else. */
    public Recommendations.Recommended getRecommended() {
        if (recommended == null) {
            recommended = isEnterpriseUser()
                    ? recommendations.forEnterpriseUser(FacesContext.getCurrentInstance().getExternalContext()
                    .getUserPrincipal().getName(), LIST_LENGTH)
                    : Optional.empty();
        }
        return recommended.orElse(null);
    }
}
