package cn.gov.lanzhou.supervision.registry;

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

import java.util.Objects;

/** 参建单位 — an enterprise taking part in a project in one role. */
@Entity
@Table(name = "project_participant")
public class ProjectParticipant {

    @Id
    @SequenceGenerator(name = "seq_project_participant", sequenceName = "seq_project_participant", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_project_participant")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_role", length = 30, nullable = false)
    private ParticipantRole role;

    protected ProjectParticipant() {
        // for JPA
    }

    ProjectParticipant(Project project, Enterprise enterprise, ParticipantRole role) {
        this.project = Objects.requireNonNull(project);
        this.enterprise = Objects.requireNonNull(enterprise, "参建主体不能为空");
        this.role = Objects.requireNonNull(role, "角色不能为空");
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public ParticipantRole getRole() {
        return role;
    }
}
