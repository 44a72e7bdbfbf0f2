package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** 从业人员 — a person working for an enterprise, with their certificates. */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_person", sequenceName = "seq_person", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_person")
    private Long id;

    @NotBlank(message = "姓名不能为空")
    @Size(max = 50, message = "姓名不能超过50个字")
    @Column(name = "name", length = 50, nullable = false)
    private String name;

    /** 身份证号. Sensitive personal data. */
    @NotBlank(message = "身份证号不能为空")
    @Column(name = "id_number", length = 300, nullable = false)
    private String idNumber;

    @Column(name = "phone", length = 300)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Enterprise employer;

    @OneToMany(mappedBy = "holder", cascade = CascadeType.PERSIST)
    private List<Certificate> certificates = new ArrayList<>();

    protected Person() {
        // for JPA
    }

    public Person(String name, String idNumber, Enterprise employer) {
        this.name = Objects.requireNonNull(name, "姓名不能为空");
        this.idNumber = Objects.requireNonNull(idNumber, "身份证号不能为空");
        this.employer = employer;
    }

    public Certificate awardCertificate(CertificateKind kind, String certificateNo, LocalDate validUntil) {
        Certificate c = new Certificate(this, kind, certificateNo, validUntil);
        certificates.add(c);
        return c;
    }

    public void changePhone(String phone) {
        this.phone = phone;
    }

    public void moveTo(Enterprise newEmployer) {
        this.employer = newEmployer;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public Enterprise getEmployer() {
        return employer;
    }

    public List<Certificate> getCertificates() {
        return Collections.unmodifiableList(certificates);
    }
}
