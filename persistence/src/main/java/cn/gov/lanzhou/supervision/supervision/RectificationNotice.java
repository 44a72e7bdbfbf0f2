package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.Project;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * 整改通知书 — a rectification notice: 下发 → 已签收 → 已回复 → 复查通过 (销号) or 复查不通过
 * (back to the enterprise, which answers again).
 */
@Entity
@Table(name = "rectification_notice")
public class RectificationNotice extends VersionedEntity {

    /** 整改通知书编号: ZG-year-serial. */
    public static final String NOTICE_NO_PATTERN = "ZG-\\d{4}-\\d{5}";

    @Id
    @SequenceGenerator(name = "seq_rectification_notice", sequenceName = "seq_rectification_notice", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_rectification_notice")
    private Long id;

    @NotNull
    @Pattern(regexp = NOTICE_NO_PATTERN, message = "整改通知书编号格式应为 ZG-年份-五位序号")
    @Column(name = "notice_no", length = 20, nullable = false, unique = true, updatable = false)
    private String noticeNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id", nullable = false)
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_enterprise_id", nullable = false)
    private Enterprise responsibleEnterprise;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", length = 50, nullable = false)
    private String issuedBy;

    @NotNull
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private NoticeStatus status = NoticeStatus.ISSUED;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "responded_at")
    private LocalDateTime respondedAt;

    @Size(max = 2000)
    @Column(name = "last_review_comment", length = 2000)
    private String lastReviewComment;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @OneToMany(mappedBy = "notice")
    @OrderBy("id")
    private List<Finding> findings = new ArrayList<>();

    protected RectificationNotice() {
        // for JPA
    }

    /**
     * Issues a notice for findings of one inspection. Refuses a notice without findings and a
     * deadline before the day of issue.
     */
    public RectificationNotice(String noticeNo, Inspection inspection, List<Finding> findings,
                               Enterprise responsibleEnterprise, LocalDate deadline,
                               String issuedBy, LocalDateTime issuedAt) {
        if (findings == null || findings.isEmpty()) {
            throw new BusinessRuleException("NOTICE_WITHOUT_FINDINGS", "整改通知书至少要包含一条隐患");
        }
        Objects.requireNonNull(deadline, "整改期限不能为空");
        if (deadline.isBefore(issuedAt.toLocalDate())) {
            throw new BusinessRuleException("DEADLINE_IN_PAST", "整改期限不能早于下发日期");
        }
        for (Finding f : findings) {
            if (f.getInspection() != inspection) {
                throw new BusinessRuleException("FINDING_OF_OTHER_INSPECTION", "只能把本次检查发现的隐患列入整改通知书");
            }
            if (f.getNotice() != null) {
                throw new BusinessRuleException("FINDING_ALREADY_NOTIFIED", "隐患已列入整改通知书 " + f.getNotice().getNoticeNo());
            }
        }
        this.noticeNo = Objects.requireNonNull(noticeNo);
        this.inspection = inspection;
        this.project = inspection.getProject();
        this.responsibleEnterprise = Objects.requireNonNull(responsibleEnterprise, "责任单位不能为空");
        this.deadline = deadline;
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        for (Finding f : findings) {
            f.includeIn(this);
            this.findings.add(f);
        }
    }

    /** 签收 by the responsible enterprise. */
    public void acknowledge(LocalDateTime at) {
        require(NoticeStatus.ISSUED, "签收");
        status = NoticeStatus.ACKNOWLEDGED;
        acknowledgedAt = at;
    }

    /** 回复 — the enterprise reports what it did (again, after a rejection). */
    public void respond(LocalDateTime at) {
        if (status != NoticeStatus.ACKNOWLEDGED && status != NoticeStatus.REJECTED) {
            throw illegal("回复");
        }
        status = NoticeStatus.RESPONDED;
        respondedAt = at;
    }

    /** 复查通过，销号. */
    public void pass(String comment, LocalDateTime at) {
        require(NoticeStatus.RESPONDED, "复查");
        status = NoticeStatus.CLOSED;
        lastReviewComment = comment;
        closedAt = at;
    }

    /** 复查不通过 — back to the enterprise with the reason. */
    public void reject(String reason, LocalDateTime at) {
        require(NoticeStatus.RESPONDED, "复查");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "复查不通过必须写明理由");
        }
        status = NoticeStatus.REJECTED;
        lastReviewComment = reason;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status != NoticeStatus.CLOSED && day.isAfter(deadline);
    }

    private void require(NoticeStatus expected, String action) {
        if (status != expected) {
            throw illegal(action);
        }
    }

    private BusinessRuleException illegal(String action) {
        return new BusinessRuleException("NOTICE_STATE",
                "整改通知书 " + noticeNo + " 当前状态为“" + status.label() + "”，不能" + action);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNoticeNo() {
        return noticeNo;
    }

    public Project getProject() {
        return project;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public Enterprise getResponsibleEnterprise() {
        return responsibleEnterprise;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public LocalDateTime getRespondedAt() {
        return respondedAt;
    }

    public String getLastReviewComment() {
        return lastReviewComment;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public List<Finding> getFindings() {
        return Collections.unmodifiableList(findings);
    }
}
