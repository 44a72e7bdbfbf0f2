package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.registry.Enterprise;
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

import java.util.Objects;

/** 隐患/问题 — something wrong found during an inspection. */
@Entity
@Table(name = "finding")
public class Finding {

    @Id
    @SequenceGenerator(name = "seq_finding", sequenceName = "seq_finding", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_finding")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id", nullable = false)
    private Inspection inspection;

    @NotNull(message = "隐患类别不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30, nullable = false)
    private FindingCategory category;

    @NotNull(message = "隐患等级不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", length = 10, nullable = false)
    private Severity severity;

    @NotBlank(message = "问题描述不能为空")
    @Size(max = 2000, message = "问题描述不能超过2000个字")
    @Column(name = "description", length = 2000, nullable = false)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_enterprise_id")
    private Enterprise responsibleEnterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    private RectificationNotice notice;

    protected Finding() {
        // for JPA
    }

    Finding(Inspection inspection, FindingCategory category, Severity severity, String description,
            Enterprise responsibleEnterprise) {
        this.inspection = Objects.requireNonNull(inspection);
        this.category = Objects.requireNonNull(category, "隐患类别不能为空");
        this.severity = Objects.requireNonNull(severity, "隐患等级不能为空");
        this.description = Objects.requireNonNull(description, "问题描述不能为空");
        this.responsibleEnterprise = responsibleEnterprise;
    }

    void includeIn(RectificationNotice notice) {
        this.notice = notice;
    }

    public Long getId() {
        return id;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public FindingCategory getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public Enterprise getResponsibleEnterprise() {
        return responsibleEnterprise;
    }

    public RectificationNotice getNotice() {
        return notice;
    }
}
