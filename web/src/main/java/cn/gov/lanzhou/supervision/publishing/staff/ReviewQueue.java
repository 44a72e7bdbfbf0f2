package cn.gov.lanzhou.supervision.publishing.staff;

import cn.gov.lanzhou.supervision.publishing.ReviewDesk;
import cn.gov.lanzhou.supervision.publishing.ReviewItem;
import cn.gov.lanzhou.supervision.publishing.ReviewLevel;
import cn.gov.lanzhou.supervision.publishing.Timeliness;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * 审核 ({@code /staff/articles/review.xhtml}): the queue of the reviewer's level, oldest first, with
 * the time each item has waited and, for policy updates, the station's 24-hour target (overdue
 * items highlighted); 通过 (at 终审 with immediate or scheduled publication) and 退回 with a reason.
 */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    @EJB
    private ReviewDesk reviews;

    private int pageNumber = 1;

    private Long selectedId;
    private long selectedVersion;
    private String selectedTitle;
    private ReviewLevel selectedLevel;
    private boolean selectedEdit;
    private String reason;
    private String publishAt;

    private transient Page<ReviewItem> page;
    private transient Timeliness timeliness;

    public Page<ReviewItem> getPage() {
        if (page == null) {
            page = reviews.queue(pageNumber, PAGE_SIZE);
        }
        return page;
    }

    public Timeliness getTimeliness() {
        if (timeliness == null) {
            timeliness = reviews.timeliness(30);
        }
        return timeliness;
    }

    /** e.g. "初审、复审". */
    public String getLevels() {
        return reviews.myLevels().stream().map(ReviewLevel::label).collect(Collectors.joining("、"));
    }

    public boolean decides(ReviewItem item) {
        return reviews.decidesAt(item.level());
    }

    public void previousPage() {
        pageNumber = Math.max(1, pageNumber - 1);
        page = null;
    }

    public void nextPage() {
        pageNumber = Math.min(getPage().pageCount(), pageNumber + 1);
        page = null;
    }

    /** Chooses the item the pass or return dialog is about. */
    public void select(ReviewItem item) {
        selectedId = item.articleId();
        selectedVersion = item.version();
        selectedTitle = item.title();
        selectedLevel = item.level();
        selectedEdit = item.edit();
        reason = null;
        publishAt = null;
    }

    /** 通过 (at 终审: publish now, or at the time given). */
    public void pass() {
        LocalDateTime at = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt.strip(), INPUT);
            } catch (DateTimeParseException e) {
                Faces.error("定时发布时间格式应为 年-月-日 时:分[:秒]，如 2026-11-25 16:30");
                return;
            }
        }
        try {
            ReviewDesk.Outcome outcome = reviews.pass(selectedId, selectedVersion, at, Faces.sourceIp());
            Faces.info(switch (outcome) {
                case PASSED -> "《" + selectedTitle + "》" + selectedLevel.label() + "通过，已转下一级审核";
                case PUBLISHED -> "《" + selectedTitle + "》终审通过，已发布";
                case SCHEDULED -> "《" + selectedTitle + "》终审通过，将于 " + at.format(INPUT) + " 定时发布";
                case UPDATED -> "《" + selectedTitle + "》的修改稿终审通过，已替换线上内容";
            });
            selectedId = null;
            page = null;
            timeliness = null;
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
            page = null;
        }
    }

    /** 退回 with the reason written in the dialog. */
    public void returnToAuthor() {
        try {
            reviews.returnToAuthor(selectedId, selectedVersion, reason, Faces.sourceIp());
            Faces.info("《" + selectedTitle + "》已退回，理由：" + reason.strip());
            selectedId = null;
            page = null;
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
            page = null;
        }
    }

    public void cancel() {
        selectedId = null;
    }

    public String time(LocalDateTime t) {
        return t == null ? "—" : Faces.MINUTES.format(t);
    }

    public boolean isFinalLevel() {
        return selectedLevel == ReviewLevel.FINAL && !selectedEdit;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getSelectedTitle() {
        return selectedTitle;
    }

    public ReviewLevel getSelectedLevel() {
        return selectedLevel;
    }

    public boolean isSelectedEdit() {
        return selectedEdit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }
}
