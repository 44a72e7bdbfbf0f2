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

/** 关键岗位人员 — a person holding a key post on a project. */
@Entity
@Table(name = "project_key_person")
public class ProjectKeyPerson {

    @Id
    @SequenceGenerator(name = "seq_project_key_person", sequenceName = "seq_project_key_person", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_project_key_person")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "post", length = 30, nullable = false)
    private KeyPersonRole role;

    protected ProjectKeyPerson() {
        // for JPA
    }

    ProjectKeyPerson(Project project, Person person, KeyPersonRole role) {
        this.project = Objects.requireNonNull(project);
        this.person = Objects.requireNonNull(person, "参建主体不能为空");
        this.role = Objects.requireNonNull(role, "角色不能为空");
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Person getPerson() {
        return person;
    }

    public KeyPersonRole getRole() {
        return role;
    }
}
