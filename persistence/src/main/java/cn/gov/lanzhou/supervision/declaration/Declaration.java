package cn.gov.lanzhou.supervision.declaration;

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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 申报 — something an enterprise applies for online: 草稿 → 已提交 → 已受理 → 审核中 → 已办结,
 * or 补正 (correct and resubmit) or 不予受理.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_declaration", sequenceName = "seq_declaration", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_declaration")
    private Long id;

    /** 申报编号: SB-year-serial. */
    @NotNull
    @Column(name = "declaration_no", length = 20, nullable = false, unique = true, updatable = false)
    private String declarationNo;

    @NotNull(message = "申报事项不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "declaration_type", length = 40, nullable = false)
    private DeclarationType type;

    @NotNull(message = "申报单位不能为空")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise applicant;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private DeclarationStatus status = DeclarationStatus.DRAFT;

    /** Form fields of this declaration type, as JSON. */
    @Lob
    @Column(name = "form_data")
    private String formData;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Size(max = 2000)
    @Column(name = "decision_remark", length = 2000)
    private String decisionRemark;

    protected Declaration() {
        // for JPA
    }

    public Declaration(String declarationNo, DeclarationType type, Enterprise applicant, Project project) {
        this.declarationNo = Objects.requireNonNull(declarationNo);
        this.type = Objects.requireNonNull(type, "申报事项不能为空");
        this.applicant = Objects.requireNonNull(applicant, "申报单位不能为空");
        this.project = project;
    }

    public void fillIn(String formData) {
        if (status != DeclarationStatus.DRAFT && status != DeclarationStatus.CORRECTION_REQUESTED) {
            throw illegal("修改");
        }
        this.formData = formData;
    }

    public void submit(LocalDateTime at) {
        if (status != DeclarationStatus.DRAFT && status != DeclarationStatus.CORRECTION_REQUESTED) {
            throw illegal("提交");
        }
        status = DeclarationStatus.SUBMITTED;
        submittedAt = at;
    }

    public void accept() {
        require(DeclarationStatus.SUBMITTED, "受理");
        status = DeclarationStatus.ACCEPTED;
    }

    public void startReview() {
        require(DeclarationStatus.ACCEPTED, "审核");
        status = DeclarationStatus.UNDER_REVIEW;
    }

    public void requestCorrection(String whatToCorrect) {
        if (status != DeclarationStatus.SUBMITTED && status != DeclarationStatus.UNDER_REVIEW) {
            throw illegal("要求补正");
        }
        if (whatToCorrect == null || whatToCorrect.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "要求补正时必须列明需补正的内容");
        }
        status = DeclarationStatus.CORRECTION_REQUESTED;
        decisionRemark = whatToCorrect;
    }

    public void approve(String remark, LocalDateTime at) {
        require(DeclarationStatus.UNDER_REVIEW, "办结");
        status = DeclarationStatus.APPROVED;
        decisionRemark = remark;
        decidedAt = at;
    }

    public void refuse(String reason, LocalDateTime at) {
        require(DeclarationStatus.SUBMITTED, "不予受理");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "不予受理必须说明理由");
        }
        status = DeclarationStatus.REFUSED;
        decisionRemark = reason;
        decidedAt = at;
    }

    private void require(DeclarationStatus expected, String action) {
        if (status != expected) {
            throw illegal(action);
        }
    }

    private BusinessRuleException illegal(String action) {
        return new BusinessRuleException("DECLARATION_STATE",
                "申报 " + declarationNo + " 当前状态为“" + status.label() + "”，不能" + action);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getDeclarationNo() {
        return declarationNo;
    }

    public DeclarationType getType() {
        return type;
    }

    public Enterprise getApplicant() {
        return applicant;
    }

    public Project getProject() {
        return project;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public String getFormData() {
        return formData;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionRemark() {
        return decisionRemark;
    }
}
