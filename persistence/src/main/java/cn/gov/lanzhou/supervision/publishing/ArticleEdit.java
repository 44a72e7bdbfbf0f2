package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * 修改稿 — an edit of a published article on its way through the three-level review, while the
 * published version stays online. It points at the revision under review (the latest save of the
 * edit). When it passes the final review its content replaces the public one; it can be returned
 * with a reason at any level, and abandoned. The same rules as for a new article: nobody reviews
 * an edit of their own article or an edit they made, and nobody passes it at two levels.
 */
@Entity
@Table(name = "article_edit")
public class ArticleEdit extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_article_edit", sequenceName = "seq_article_edit", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_article_edit")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id", nullable = false)
    private ArticleRevision revision;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private EditState state = EditState.EDITING;

    @NotBlank
    @Column(name = "started_by", length = 50, nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "first_reviewer", length = 50)
    private String firstReviewer;

    @Column(name = "second_reviewer", length = 50)
    private String secondReviewer;

    @Column(name = "final_reviewer", length = 50)
    private String finalReviewer;

    @Size(max = 1000)
    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    /** When it went online or was abandoned. */
    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected ArticleEdit() {
        // for JPA
    }

    /** Starts an edit of a published article with its first saved revision. */
    public ArticleEdit(Article article, ArticleRevision revision, String startedBy) {
        this.article = Objects.requireNonNull(article);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new BusinessRuleException("ARTICLE_STATE", "只有已发布的信息才能提交修改稿，当前状态为“"
                    + article.getStatus().label() + "”");
        }
        this.revision = own(revision);
        this.startedBy = Objects.requireNonNull(startedBy);
    }

    /** A later save of the edit: the revision under review becomes this one. */
    public void revise(ArticleRevision newer) {
        if (!state.isEditable()) {
            throw illegal("修改");
        }
        this.revision = own(newer);
    }

    /** 送审. */
    public void submit(LocalDateTime at) {
        if (!state.isEditable()) {
            throw illegal("送审");
        }
        state = EditState.FIRST_REVIEW;
        submittedAt = Objects.requireNonNull(at);
        firstReviewer = null;
        secondReviewer = null;
        finalReviewer = null;
        returnReason = null;
    }

    /**
     * Passes the current level. At the final level the content goes online at once; the returned
     * attachments were removed by the edit (their files may be deleted after commit).
     */
    public List<Attachment> pass(String reviewer, LocalDateTime at) {
        checkReviewer(reviewer);
        if (reviewer.equals(firstReviewer) || reviewer.equals(secondReviewer)) {
            throw new BusinessRuleException("SAME_REVIEWER", "同一人不能在两个审核级别通过同一篇信息");
        }
        switch (state) {
            case FIRST_REVIEW -> {
                firstReviewer = reviewer;
                state = EditState.SECOND_REVIEW;
                return List.of();
            }
            case SECOND_REVIEW -> {
                secondReviewer = reviewer;
                state = EditState.FINAL_REVIEW;
                return List.of();
            }
            case FINAL_REVIEW -> {
                finalReviewer = reviewer;
                state = EditState.APPLIED;
                closedAt = Objects.requireNonNull(at);
                return article.replaceContent(revision, at);
            }
            default -> throw illegal("审核通过");
        }
    }

    /** 退回 to the editor with a reason; the published version stays as it is. */
    public void returnToEditor(String reviewer, String reason) {
        if (ReviewLevel.of(state).isEmpty()) {
            throw illegal("退回");
        }
        checkReviewer(reviewer);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "退回必须写明理由");
        }
        state = EditState.RETURNED;
        returnReason = reason.strip();
    }

    /**
     * 放弃修改稿 (or the article was withdrawn): the published version stays; attachments the edit
     * had added are returned for their files to be deleted after commit.
     */
    public List<Attachment> discard(LocalDateTime at) {
        if (!state.isOpen()) {
            throw illegal("放弃");
        }
        state = EditState.DISCARDED;
        closedAt = Objects.requireNonNull(at);
        return article.discardPendingAttachmentChanges();
    }

    /** The authors of this edit: the article's author, who started the edit and who saved its revision. */
    public boolean isAuthoredBy(String username) {
        return username.equals(article.getAuthorUsername()) || username.equals(startedBy)
                || username.equals(revision.getEditor());
    }

    private void checkReviewer(String reviewer) {
        Objects.requireNonNull(reviewer);
        if (isAuthoredBy(reviewer)) {
            throw new BusinessRuleException("OWN_ARTICLE", "不能审核自己撰写或修改的信息");
        }
    }

    private ArticleRevision own(ArticleRevision r) {
        Objects.requireNonNull(r);
        if (r.getArticle() != article) {
            throw new IllegalArgumentException("the revision belongs to another article");
        }
        return r;
    }

    private BusinessRuleException illegal(String action) {
        return new BusinessRuleException("EDIT_STATE", "修改稿当前状态为“" + state.label() + "”，不能" + action);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public ArticleRevision getRevision() {
        return revision;
    }

    public EditState getState() {
        return state;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getFirstReviewer() {
        return firstReviewer;
    }

    public String getSecondReviewer() {
        return secondReviewer;
    }

    public String getFinalReviewer() {
        return finalReviewer;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
