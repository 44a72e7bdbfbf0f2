package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.protection.EncryptedColumns;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** 企业 — an enterprise known by its unified social credit code (统一社会信用代码). */
@Entity
@Table(name = "enterprise")
public class Enterprise extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_enterprise", sequenceName = "seq_enterprise", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_enterprise")
    private Long id;

    @NotNull(message = "统一社会信用代码不能为空")
    @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "统一社会信用代码应为18位数字或大写字母")
    @Column(name = "credit_code", length = 18, nullable = false, unique = true, updatable = false)
    private String creditCode;

    @NotBlank(message = "企业名称不能为空")
    @Size(max = 200, message = "企业名称不能超过200个字")
    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @NotNull(message = "企业类型不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "enterprise_type", length = 20, nullable = false)
    private EnterpriseType type;

    @NotNull(message = "所在区县不能为空")
    @Column(name = "district_code", length = 6, nullable = false)
    private String districtCode;

    @Size(max = 300, message = "地址不能超过300个字")
    @Column(name = "address", length = 300)
    private String address;

    @Size(max = 50, message = "法定代表人姓名不能超过50个字")
    @Column(name = "legal_representative", length = 50)
    private String legalRepresentative;

    /** 联系电话, encrypted in the database (the 300-character column holds the ciphertext). */
    @Size(max = 30, message = "联系电话不能超过30个字符")
    @Convert(converter = EncryptedColumns.EnterpriseContactPhone.class)
    @Column(name = "contact_phone", length = 300)
    private String contactPhone;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @OneToMany(mappedBy = "enterprise")
    @OrderBy("validUntil DESC")
    private List<Qualification> qualifications = new ArrayList<>();

    protected Enterprise() {
        // for JPA
    }

    public Enterprise(String creditCode, String name, EnterpriseType type, String districtCode) {
        this.creditCode = Objects.requireNonNull(creditCode, "统一社会信用代码不能为空");
        this.name = Objects.requireNonNull(name, "企业名称不能为空");
        this.type = Objects.requireNonNull(type, "企业类型不能为空");
        this.districtCode = Objects.requireNonNull(districtCode, "所在区县不能为空");
    }

    public Qualification grantQualification(String category, String level, String certificateNo, LocalDate validUntil) {
        Qualification q = new Qualification(this, category, level, certificateNo, validUntil);
        qualifications.add(q);
        return q;
    }

    public void updateContact(String address, String legalRepresentative, String contactPhone) {
        this.address = address;
        this.legalRepresentative = legalRepresentative;
        this.contactPhone = contactPhone;
    }

    public void recordRegistration(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "企业名称不能为空");
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public EnterpriseType getType() {
        return type;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getAddress() {
        return address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public List<Qualification> getQualifications() {
        return Collections.unmodifiableList(qualifications);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Enterprise other && creditCode.equals(other.creditCode);
    }

    @Override
    public int hashCode() {
        return creditCode.hashCode();
    }

    @Override
    public String toString() {
        return "Enterprise[" + creditCode + "]";
    }
}
