package cn.gov.lanzhou.supervision.publishing.staff;

import cn.gov.lanzhou.supervision.publishing.ArticleRow;
import cn.gov.lanzhou.supervision.publishing.ArticleStatus;
import cn.gov.lanzhou.supervision.publishing.Editorial;
import cn.gov.lanzhou.supervision.publishing.ReviewDesk;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * 信息管理 ({@code /staff/articles/index.xhtml}): an editor's own articles, or — for reviewers and
 * 站领导 — everybody's, paged and filtered by state, with 撤稿 for 终审员 and 站领导.
 */
@Named
@ViewScoped
public class MyArticles implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 15;

    @EJB
    private Editorial editorial;

    @EJB
    private ReviewDesk reviews;

    private ArticleStatus status;
    private boolean onlyMine;
    private int pageNumber = 1;

    private Long withdrawId;
    private long withdrawVersion;
    private String withdrawTitle;
    private String withdrawReason;

    private transient Page<ArticleRow> page;

    public Page<ArticleRow> getPage() {
        if (page == null) {
            page = editorial.articles(status, onlyMine || !isSeesAll(), pageNumber, PAGE_SIZE);
        }
        return page;
    }

    /** Reviewers and 站领导 see every article; editors their own. */
    public boolean isSeesAll() {
        return Faces.inRole("FIRST_REVIEWER") || Faces.inRole("SECOND_REVIEWER") || Faces.inRole("FINAL_REVIEWER")
                || Faces.inRole("LEADER");
    }

    /** 撤稿: 终审员 and 站领导. */
    public boolean isMayWithdraw() {
        return Faces.inRole("FINAL_REVIEWER") || Faces.inRole("LEADER");
    }

    public boolean isEditor() {
        return Faces.inRole("EDITOR");
    }

    public void filter() {
        pageNumber = 1;
        page = null;
    }

    public void previousPage() {
        pageNumber = Math.max(1, pageNumber - 1);
        page = null;
    }

    public void nextPage() {
        pageNumber = Math.min(getPage().pageCount(), pageNumber + 1);
        page = null;
    }

    /** Opens the withdrawal dialog for one row. */
    public void askWithdraw(ArticleRow row) {
        withdrawId = row.id();
        withdrawVersion = row.version();
        withdrawTitle = row.title();
        withdrawReason = null;
    }

    /** 撤稿. */
    public void withdraw() {
        try {
            reviews.withdraw(withdrawId, withdrawVersion, withdrawReason, Faces.sourceIp());
            Faces.info("《" + withdrawTitle + "》已撤稿");
            withdrawId = null;
            page = null;
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
        }
    }

    public boolean online(ArticleRow row) {
        return row.isOnline(LocalDateTime.now());
    }

    public String time(LocalDateTime t) {
        return t == null ? "—" : Faces.MINUTES.format(t);
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public boolean isOnlyMine() {
        return onlyMine;
    }

    public void setOnlyMine(boolean onlyMine) {
        this.onlyMine = onlyMine;
    }

    public Long getWithdrawId() {
        return withdrawId;
    }

    public String getWithdrawTitle() {
        return withdrawTitle;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
