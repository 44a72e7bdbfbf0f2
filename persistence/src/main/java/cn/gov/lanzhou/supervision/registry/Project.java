package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 工程项目 — a construction project under supervision, known by its supervision number
 * (监督编号, e.g. {@code JD-620102-2024-0015}).
 */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    /** 监督编号: JD-district-year-serial. */
    public static final String PROJECT_NO_PATTERN = "JD-\\d{6}-\\d{4}-\\d{4}";

    @Id
    @SequenceGenerator(name = "seq_project", sequenceName = "seq_project", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_project")
    private Long id;

    @NotNull(message = "监督编号不能为空")
    @Pattern(regexp = PROJECT_NO_PATTERN, message = "监督编号格式应为 JD-区县代码-年份-四位序号，例如 JD-620102-2024-0015")
    @Column(name = "project_no", length = 20, nullable = false, unique = true, updatable = false)
    private String projectNo;

    @Size(max = 24, message = "施工许可证编号不能超过24位")
    @Column(name = "permit_no", length = 24)
    private String permitNo;

    @NotBlank(message = "工程名称不能为空")
    @Size(max = 200, message = "工程名称不能超过200个字")
    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @NotNull(message = "所在区县不能为空")
    @Column(name = "district_code", length = 6, nullable = false)
    private String districtCode;

    @Size(max = 300, message = "工程地址不能超过300个字")
    @Column(name = "address", length = 300)
    private String address;

    @NotNull(message = "工程类别不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", length = 20, nullable = false)
    private ProjectType type;

    /** 建筑面积, square metres. */
    @DecimalMin(value = "0", message = "建筑面积不能为负数")
    @Column(name = "floor_area", precision = 14, scale = 2)
    private BigDecimal floorArea;

    /** 工程造价, 10,000 yuan (万元). */
    @DecimalMin(value = "0", message = "工程造价不能为负数")
    @Column(name = "contract_value", precision = 14, scale = 2)
    private BigDecimal contractValue;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "planned_completion")
    private LocalDate plannedCompletion;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ProjectStatus status = ProjectStatus.UNDER_CONSTRUCTION;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 20, nullable = false)
    private SupervisionStage stage = SupervisionStage.REGISTERED;

    /** Username of the supervisor in charge (责任监督员). */
    @Column(name = "supervisor_username", length = 50)
    private String supervisorUsername;

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    private List<ProjectParticipant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    private List<ProjectKeyPerson> keyPersons = new ArrayList<>();

    protected Project() {
        // for JPA
    }

    public Project(String projectNo, String name, String districtCode, ProjectType type) {
        this.projectNo = Objects.requireNonNull(projectNo, "监督编号不能为空");
        this.name = Objects.requireNonNull(name, "工程名称不能为空");
        this.districtCode = Objects.requireNonNull(districtCode, "所在区县不能为空");
        this.type = Objects.requireNonNull(type, "工程类别不能为空");
    }

    public void describe(String permitNo, String address, BigDecimal floorArea, BigDecimal contractValue,
                         LocalDate startDate, LocalDate plannedCompletion) {
        this.permitNo = permitNo;
        this.address = address;
        this.floorArea = floorArea;
        this.contractValue = contractValue;
        this.startDate = startDate;
        this.plannedCompletion = plannedCompletion;
    }

    public ProjectParticipant engage(Enterprise enterprise, ParticipantRole role) {
        ProjectParticipant p = new ProjectParticipant(this, enterprise, role);
        participants.add(p);
        return p;
    }

    public ProjectKeyPerson appoint(Person person, KeyPersonRole role) {
        ProjectKeyPerson k = new ProjectKeyPerson(this, person, role);
        keyPersons.add(k);
        return k;
    }

    public void assignSupervisor(String username) {
        this.supervisorUsername = username;
    }

    public void advanceTo(SupervisionStage next) {
        if (status == ProjectStatus.COMPLETED) {
            throw new BusinessRuleException("PROJECT_COMPLETED", "工程已竣工，不能再变更监督阶段");
        }
        this.stage = Objects.requireNonNull(next);
    }

    /** 停工. */
    public void suspend() {
        if (status != ProjectStatus.UNDER_CONSTRUCTION) {
            throw new BusinessRuleException("PROJECT_NOT_ACTIVE", "只有在建工程才能停工");
        }
        status = ProjectStatus.SUSPENDED;
    }

    /** 复工. */
    public void resume() {
        if (status != ProjectStatus.SUSPENDED) {
            throw new BusinessRuleException("PROJECT_NOT_SUSPENDED", "只有停工的工程才能复工");
        }
        status = ProjectStatus.UNDER_CONSTRUCTION;
    }

    /** 竣工. */
    public void complete(LocalDate on) {
        if (status == ProjectStatus.COMPLETED) {
            throw new BusinessRuleException("PROJECT_COMPLETED", "工程已竣工");
        }
        if (startDate != null && on.isBefore(startDate)) {
            throw new BusinessRuleException("COMPLETION_BEFORE_START", "竣工日期不能早于开工日期");
        }
        status = ProjectStatus.COMPLETED;
        stage = SupervisionStage.CLOSED;
        completedOn = on;
    }

    public boolean isActive() {
        return status != ProjectStatus.COMPLETED;
    }

    public Optional<Enterprise> participant(ParticipantRole role) {
        return participants.stream().filter(p -> p.getRole() == role).map(ProjectParticipant::getEnterprise).findFirst();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getProjectNo() {
        return projectNo;
    }

    public String getPermitNo() {
        return permitNo;
    }

    public String getName() {
        return name;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getAddress() {
        return address;
    }

    public ProjectType getType() {
        return type;
    }

    public BigDecimal getFloorArea() {
        return floorArea;
    }

    public BigDecimal getContractValue() {
        return contractValue;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedCompletion() {
        return plannedCompletion;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public SupervisionStage getStage() {
        return stage;
    }

    public String getSupervisorUsername() {
        return supervisorUsername;
    }

    public List<ProjectParticipant> getParticipants() {
        return Collections.unmodifiableList(participants);
    }

    public List<ProjectKeyPerson> getKeyPersons() {
        return Collections.unmodifiableList(keyPersons);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project other && projectNo.equals(other.projectNo);
    }

    @Override
    public int hashCode() {
        return projectNo.hashCode();
    }

    @Override
    public String toString() {
        return "Project[" + projectNo + "]";
    }
}
