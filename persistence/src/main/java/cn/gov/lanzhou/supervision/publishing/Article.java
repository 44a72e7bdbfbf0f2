package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * 信息 — an article in a column. Review (三级审核): 草稿 → 待初审 → 待复审 → 待终审 → 已发布, or
 * 已退回 with a reason at any level. Nobody reviews their own article, and nobody passes the same
 * article at two levels.
 */
@Entity
@Table(name = "article")
public class Article extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_article", sequenceName = "seq_article", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_article")
    private Long id;

    @NotNull(message = "请选择栏目")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "column_id", nullable = false)
    private SiteColumn column;

    @NotBlank(message = "标题不能为空")
    @Size(max = 200, message = "标题不能超过200个字")
    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Size(max = 500, message = "摘要不能超过500个字")
    @Column(name = "summary", length = 500)
    private String summary;

    /** Sanitised HTML. */
    @NotBlank(message = "正文不能为空")
    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Size(max = 100, message = "来源不能超过100个字")
    @Column(name = "source", length = 100)
    private String source;

    @Size(max = 100)
    @Column(name = "author_department", length = 100)
    private String authorDepartment;

    @Enumerated(EnumType.STRING)
    @Column(name = "article_level", length = 20)
    private ArticleLevel level;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "business_type", length = 20, nullable = false)
    private BusinessType businessType = BusinessType.GENERAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "validity", length = 20)
    private Validity validity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @NotBlank
    @Column(name = "author_username", length = 50, nullable = false)
    private String authorUsername;

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

    /** When it goes (or went) online; in the future for a scheduled article. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    /** Free tags, comma separated (e.g. "深基坑,安全"): related articles and recommendations. */
    @Size(max = 200, message = "标签总长不能超过200个字")
    @Column(name = "tags", length = 200)
    private String tags;

    /** The attachment shown as cover image, one of this article's own images. */
    @Column(name = "cover_attachment_id")
    private Long coverAttachmentId;

    /** For a 政策解读: the regulation it interprets. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interprets_id")
    private Article interprets;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    /**
     * A scheduled publication not yet announced: the publish time the timer must announce
     * ({@code ArticleChanged(PUBLISHED)}) when it comes; {@code null} when nothing is pending.
     */
    @Column(name = "scheduled_for")
    private LocalDateTime scheduledFor;

    /** When the going-online of the current publication was announced (the event fired). */
    @Column(name = "announced_at")
    private LocalDateTime announcedAt;

    /** When a re-reviewed edit last replaced the public content. */
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected Article() {
        // for JPA
    }

    public Article(SiteColumn column, String title, String body, String authorUsername) {
        this.column = Objects.requireNonNull(column, "请选择栏目");
        this.title = Objects.requireNonNull(title, "标题不能为空");
        this.body = Objects.requireNonNull(body, "正文不能为空");
        this.authorUsername = Objects.requireNonNull(authorUsername);
    }

    public void revise(String title, String summary, String body, String source, String authorDepartment) {
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.RETURNED) {
            throw illegal("修改");
        }
        this.title = Objects.requireNonNull(title, "标题不能为空");
        this.summary = summary;
        this.body = Objects.requireNonNull(body, "正文不能为空");
        this.source = source;
        this.authorDepartment = authorDepartment;
    }

    /** The article's content as it stands (the public one, once published). */
    public ArticleContent content() {
        return new ArticleContent(column, title, summary, body, source, authorDepartment, level, businessType,
                validity, tags, interprets, coverAttachmentId);
    }

    /**
     * Saves a draft (or a returned article): everything the editor wrote and chose at once. The
     * cover must be one of the article's own images.
     */
    public void rewrite(ArticleContent c) {
        revise(c.title(), c.summary(), c.body(), c.source(), c.authorDepartment());
        placeIn(c.column());
        classify(c.level(), c.businessType(), c.validity());
        tags = c.tags();
        interpret(c.interprets());
        if (c.coverAttachmentId() == null) {
            useAsCover(null);
        } else {
            useAsCover(attachments.stream().filter(a -> c.coverAttachmentId().equals(a.getId())).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("COVER_NOT_ATTACHED", "封面图片必须是本篇信息已上传的附件")));
        }
    }

    /** Moves a draft to another column. */
    public void placeIn(SiteColumn column) {
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.RETURNED) {
            throw illegal("修改");
        }
        this.column = Objects.requireNonNull(column, "请选择栏目");
    }

    public void classify(ArticleLevel level, BusinessType businessType, Validity validity) {
        this.level = level;
        this.businessType = Objects.requireNonNull(businessType);
        this.validity = validity;
    }

    /**
     * Sets the tags from free text: separated by commas, semicolons or spaces (either width),
     * trimmed, duplicates dropped; at most 10 tags of 20 characters each.
     */
    public void tag(String text) {
        tags = normalizeTags(text);
    }

    /**
     * Tags from free text as stored: separated by commas, semicolons or spaces (either width),
     * trimmed, duplicates dropped, joined with commas; {@code null} when there are none.
     */
    public static String normalizeTags(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
        for (String t : text.split("[,，;；、\\s]+")) {
            String v = t.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (v.length() > 20) {
                throw new BusinessRuleException("TAG_TOO_LONG", "标签“" + v + "”超过20个字");
            }
            set.add(v);
        }
        if (set.size() > 10) {
            throw new BusinessRuleException("TOO_MANY_TAGS", "标签最多10个");
        }
        return set.isEmpty() ? null : String.join(",", set);
    }

    /** The tags as a list, empty when there are none. */
    public List<String> getTagList() {
        return tags == null ? List.of() : List.of(tags.split(","));
    }

    public String getTags() {
        return tags;
    }

    /** Chooses one of this article's own image attachments as cover, or none with {@code null}. */
    public void useAsCover(Attachment image) {
        if (image == null) {
            coverAttachmentId = null;
            return;
        }
        if (!attachments.contains(image) || image.getId() == null) {
            throw new BusinessRuleException("COVER_NOT_ATTACHED", "封面图片必须是本篇信息已上传的附件");
        }
        if (!image.getContentType().startsWith("image/")) {
            throw new BusinessRuleException("COVER_NOT_IMAGE", "封面必须是图片");
        }
        coverAttachmentId = image.getId();
    }

    public Long getCoverAttachmentId() {
        return coverAttachmentId;
    }

    /** The cover attachment, if one is chosen and still attached. */
    public java.util.Optional<Attachment> getCover() {
        return attachments.stream().filter(a -> a.getId() != null && a.getId().equals(coverAttachmentId)).findFirst();
    }

    /** Links a 政策解读 to the regulation it interprets ({@code null} to unlink). */
    public void interpret(Article regulation) {
        if (regulation == this) {
            throw new BusinessRuleException("SELF_INTERPRETATION", "不能把信息关联为自身的解读");
        }
        this.interprets = regulation;
    }

    public Article getInterprets() {
        return interprets;
    }

    public Attachment attach(String fileName, String contentType, long sizeBytes, String fingerprint, String storageKey) {
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.RETURNED && status != ArticleStatus.PUBLISHED) {
            throw illegal("上传附件");
        }
        Attachment a = new Attachment(this, fileName, contentType, sizeBytes, fingerprint, storageKey);
        if (status == ArticleStatus.PUBLISHED) {
            // part of the pending edit: public only once the edit has passed review
            a.proposeAddition();
        }
        attachments.add(a);
        return a;
    }

    /**
     * An attachment that was reviewed together with the article, for imports and demo data: unlike
     * {@link #attach}, on a published article it is public at once instead of waiting for an edit's review.
     */
    public Attachment attachReviewed(String fileName, String contentType, long sizeBytes, String fingerprint,
                                     String storageKey) {
        Attachment a = new Attachment(this, fileName, contentType, sizeBytes, fingerprint, storageKey);
        attachments.add(a);
        return a;
    }

    /** 送审. */
    public void submitForReview(LocalDateTime at) {
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.RETURNED) {
            throw illegal("送审");
        }
        status = ArticleStatus.FIRST_REVIEW;
        submittedAt = at;
        firstReviewer = null;
        secondReviewer = null;
        finalReviewer = null;
        returnReason = null;
    }

    /**
     * Passes the current review level. At the final level the article is published at
     * {@code publishAt} (now, or later for scheduled publishing).
     */
    public void pass(String reviewer, LocalDateTime publishAt) {
        Objects.requireNonNull(reviewer);
        if (reviewer.equals(authorUsername)) {
            throw new BusinessRuleException("OWN_ARTICLE", "不能审核自己撰写的信息");
        }
        if (reviewer.equals(firstReviewer) || reviewer.equals(secondReviewer)) {
            throw new BusinessRuleException("SAME_REVIEWER", "同一人不能在两个审核级别通过同一篇信息");
        }
        switch (status) {
            case FIRST_REVIEW -> {
                firstReviewer = reviewer;
                status = ArticleStatus.SECOND_REVIEW;
            }
            case SECOND_REVIEW -> {
                secondReviewer = reviewer;
                status = ArticleStatus.FINAL_REVIEW;
            }
            case FINAL_REVIEW -> {
                finalReviewer = reviewer;
                status = ArticleStatus.PUBLISHED;
                publishedAt = Objects.requireNonNull(publishAt, "请指定发布时间");
            }
            default -> throw illegal("审核通过");
        }
    }

    /** 退回 to the author with a reason. */
    public void returnToAuthor(String reviewer, String reason) {
        if (status != ArticleStatus.FIRST_REVIEW && status != ArticleStatus.SECOND_REVIEW
                && status != ArticleStatus.FINAL_REVIEW) {
            throw illegal("退回");
        }
        if (reviewer.equals(authorUsername)) {
            throw new BusinessRuleException("OWN_ARTICLE", "不能审核自己撰写的信息");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "退回必须写明理由");
        }
        status = ArticleStatus.RETURNED;
        returnReason = reason;
    }

    /** 撤稿. */
    public void withdraw(String reason) {
        require(ArticleStatus.PUBLISHED, "撤稿");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "撤稿必须写明理由");
        }
        status = ArticleStatus.WITHDRAWN;
        returnReason = reason;
        scheduledFor = null;
        discardPendingAttachmentChanges();
    }

    /**
     * A scheduled publication: after the final pass with a publish time in the future, the
     * going-online is announced by the publishing timer when the time comes, not now.
     */
    public void scheduleAnnouncement() {
        require(ArticleStatus.PUBLISHED, "定时发布");
        scheduledFor = publishedAt;
        announcedAt = null;
    }

    /** Records that {@code ArticleChanged(PUBLISHED)} was fired for this publication; nothing stays pending. */
    public void markAnnounced(LocalDateTime at) {
        require(ArticleStatus.PUBLISHED, "发布");
        announcedAt = Objects.requireNonNull(at);
        scheduledFor = null;
    }

    /** True when a scheduled publication's time has come and it has not been announced yet. */
    public boolean isAnnouncementDue(LocalDateTime now) {
        return status == ArticleStatus.PUBLISHED && scheduledFor != null && !scheduledFor.isAfter(now);
    }

    /**
     * A re-reviewed edit goes online: the public content becomes the revision's, attachments added
     * by the edit become public and those it removed go (returned, for their files to be deleted).
     */
    List<Attachment> replaceContent(ArticleRevision r, LocalDateTime at) {
        require(ArticleStatus.PUBLISHED, "更新已发布内容");
        column = r.getColumn();
        title = r.getTitle();
        summary = r.getSummary();
        body = r.getBody();
        source = r.getSource();
        authorDepartment = r.getAuthorDepartment();
        level = r.getLevel();
        businessType = r.getBusinessType();
        validity = r.getValidity();
        tags = r.getTags();
        interprets = r.getInterprets();
        updatedAt = Objects.requireNonNull(at);
        List<Attachment> removed = new ArrayList<>();
        for (java.util.Iterator<Attachment> it = attachments.iterator(); it.hasNext(); ) {
            Attachment a = it.next();
            if (a.getPendingChange() == AttachmentChange.REMOVED) {
                removed.add(a);
                it.remove();
            } else {
                a.settle();
            }
        }
        Long cover = r.getCoverAttachmentId();
        coverAttachmentId = cover != null && attachments.stream().anyMatch(a -> cover.equals(a.getId())) ? cover : null;
        return removed;
    }

    /**
     * Removes an attachment. Before the first publication it simply goes; on a published article
     * the removal is part of the pending edit: the file stays public until the edit goes online
     * (an attachment the edit itself added goes at once). Returns true when the attachment is gone
     * now (its file may be deleted after commit).
     */
    public boolean removeAttachment(Attachment a) {
        if (!attachments.contains(a)) {
            throw new BusinessRuleException("ATTACHMENT_NOT_FOUND", "附件不属于本篇信息");
        }
        if (status == ArticleStatus.DRAFT || status == ArticleStatus.RETURNED) {
            attachments.remove(a);
            if (a.getId() != null && a.getId().equals(coverAttachmentId)) {
                coverAttachmentId = null;
            }
            return true;
        }
        if (status == ArticleStatus.PUBLISHED) {
            if (a.getPendingChange() == AttachmentChange.ADDED) {
                attachments.remove(a);
                return true;
            }
            a.proposeRemoval();
            return false;
        }
        throw illegal("删除附件");
    }

    /** An abandoned edit: attachments it added go (returned), removals it proposed are forgotten. */
    List<Attachment> discardPendingAttachmentChanges() {
        List<Attachment> dropped = new ArrayList<>();
        for (java.util.Iterator<Attachment> it = attachments.iterator(); it.hasNext(); ) {
            Attachment a = it.next();
            if (a.getPendingChange() == AttachmentChange.ADDED) {
                dropped.add(a);
                it.remove();
            } else {
                a.settle();
            }
        }
        return dropped;
    }

    public boolean isVisibleAt(LocalDateTime now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public void countView() {
        viewCount++;
    }

    private void require(ArticleStatus expected, String action) {
        if (status != expected) {
            throw illegal(action);
        }
    }

    private BusinessRuleException illegal(String action) {
        return new BusinessRuleException("ARTICLE_STATE", "信息当前状态为“" + status.label() + "”，不能" + action);
    }

    @Override
    public Long getId() {
        return id;
    }

    public SiteColumn getColumn() {
        return column;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getSource() {
        return source;
    }

    public String getAuthorDepartment() {
        return authorDepartment;
    }

    public ArticleLevel getLevel() {
        return level;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public Validity getValidity() {
        return validity;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getAuthorUsername() {
        return authorUsername;
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

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    /**
     * The attachments the article shows: on a published article, not those a pending edit has
     * added (they are public only once the edit has passed review).
     */
    public List<Attachment> getAttachments() {
        if (attachments.stream().noneMatch(a -> a.getPendingChange() == AttachmentChange.ADDED)) {
            return Collections.unmodifiableList(attachments);
        }
        return attachments.stream().filter(a -> a.getPendingChange() != AttachmentChange.ADDED).toList();
    }

    /** Every attachment, those of a pending edit included (for the editors). */
    public List<Attachment> getAllAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public LocalDateTime getScheduledFor() {
        return scheduledFor;
    }

    public LocalDateTime getAnnouncedAt() {
        return announcedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
