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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/** 证书 — a person's registration or post certificate, valid until a date. */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @SequenceGenerator(name = "seq_certificate", sequenceName = "seq_certificate", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_certificate")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person holder;

    @NotNull(message = "证书种类不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private CertificateKind kind;

    @NotBlank(message = "证书编号不能为空")
    @Column(name = "certificate_no", length = 50, nullable = false)
    private String certificateNo;

    @NotNull(message = "有效期不能为空")
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    protected Certificate() {
        // for JPA
    }

    Certificate(Person holder, CertificateKind kind, String certificateNo, LocalDate validUntil) {
        this.holder = Objects.requireNonNull(holder);
        this.kind = Objects.requireNonNull(kind, "证书种类不能为空");
        this.certificateNo = Objects.requireNonNull(certificateNo, "证书编号不能为空");
        this.validUntil = Objects.requireNonNull(validUntil, "有效期不能为空");
    }

    public boolean isValidOn(LocalDate day) {
        return !validUntil.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public Person getHolder() {
        return holder;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
