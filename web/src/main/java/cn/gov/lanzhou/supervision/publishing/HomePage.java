package cn.gov.lanzhou.supervision.publishing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** 首页: headline news, latest notices and policy updates. Read-only, one request long. */
@Named
@RequestScoped
public class HomePage {

    @EJB
    private ArticleCatalog catalog;

    private List<Article> news;
    private List<Article> notices;
    private List<Article> policies;
    private List<Article> standards;

    public List<Article> getNews() {
        if (news == null) {
            news = catalog.latest("news", 8);
        }
        return news;
    }

    public List<Article> getNotices() {
        if (notices == null) {
            notices = catalog.latest("notices", 8);
        }
        return notices;
    }

    public List<Article> getPolicies() {
        if (policies == null) {
            policies = catalog.latest("policies", 8);
        }
        return policies;
    }

    public List<Article> getStandards() {
        if (standards == null) {
            standards = catalog.latest("standards", 8);
        }
        return standards;
    }
}
