package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.Project;
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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** 监督检查记录 — one visit of supervisors to a project site. */
@Entity
@Table(name = "inspection")
public class Inspection extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_inspection", sequenceName = "seq_inspection", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_inspection")
    private Long id;

    @NotNull(message = "检查的工程不能为空")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @NotNull(message = "检查日期不能为空")
    @PastOrPresent(message = "检查日期不能晚于今天")
    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @NotNull(message = "检查类型不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private InspectionKind kind;

    /** Usernames of the lead inspector (first) and the others, comma separated. */
    @NotBlank(message = "检查人员不能为空")
    @Size(max = 300)
    @Column(name = "inspectors", length = 300, nullable = false)
    private String inspectors;

    @Lob
    @Column(name = "summary")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private InspectionStatus status = InspectionStatus.DRAFT;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Finding> findings = new ArrayList<>();

    protected Inspection() {
        // for JPA
    }

    public Inspection(Project project, LocalDate inspectedOn, InspectionKind kind, String inspectors) {
        this.project = Objects.requireNonNull(project, "检查的工程不能为空");
        if (!project.isActive()) {
            throw new BusinessRuleException("PROJECT_COMPLETED", "工程 " + project.getProjectNo() + " 已竣工，不能再登记检查");
        }
        this.inspectedOn = Objects.requireNonNull(inspectedOn, "检查日期不能为空");
        this.kind = Objects.requireNonNull(kind, "检查类型不能为空");
        this.inspectors = Objects.requireNonNull(inspectors, "检查人员不能为空");
    }

    public Finding recordFinding(FindingCategory category, Severity severity, String description,
                                 Enterprise responsible) {
        requireDraft();
        Finding f = new Finding(this, category, severity, description, responsible);
        findings.add(f);
        return f;
    }

    public void summarise(String summary) {
        requireDraft();
        this.summary = summary;
    }

    public void submit(LocalDateTime at) {
        requireDraft();
        status = InspectionStatus.SUBMITTED;
        submittedAt = Objects.requireNonNull(at);
    }

    private void requireDraft() {
        if (status != InspectionStatus.DRAFT) {
            throw new BusinessRuleException("INSPECTION_SUBMITTED", "检查记录已提交，不能再修改");
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public String getInspectors() {
        return inspectors;
    }

    public String getSummary() {
        return summary;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<Finding> getFindings() {
        return Collections.unmodifiableList(findings);
    }
}
