package cn.gov.lanzhou.supervision.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** 资质 — an enterprise's qualification with its level and validity. */
@Entity
@Table(name = "qualification")
public class Qualification {

    @Id
    @SequenceGenerator(name = "seq_qualification", sequenceName = "seq_qualification", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_qualification")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @NotBlank(message = "资质类别不能为空")
    @Column(name = "category", length = 100, nullable = false)
    private String category;

    @NotBlank(message = "资质等级不能为空")
    @Column(name = "grade", length = 20, nullable = false)
    private String level;

    @NotBlank(message = "资质证书编号不能为空")
    @Column(name = "certificate_no", length = 50, nullable = false)
    private String certificateNo;

    @NotNull(message = "有效期不能为空")
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    protected Qualification() {
        // for JPA
    }

    Qualification(Enterprise enterprise, String category, String level, String certificateNo, LocalDate validUntil) {
        this.enterprise = Objects.requireNonNull(enterprise);
        this.category = Objects.requireNonNull(category, "资质类别不能为空");
        this.level = Objects.requireNonNull(level, "资质等级不能为空");
        this.certificateNo = Objects.requireNonNull(certificateNo, "资质证书编号不能为空");
        this.validUntil = Objects.requireNonNull(validUntil, "有效期不能为空");
    }

    public boolean isValidOn(LocalDate day) {
        return !validUntil.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public String getCategory() {
        return category;
    }

    public String getLevel() {
        return level;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
