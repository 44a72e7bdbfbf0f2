package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.gm.field.BlindIndex.Normalization;
import cn.gov.lanzhou.supervision.protection.EncryptedColumns;
import cn.gov.lanzhou.supervision.protection.FieldProtection;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
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

/**
 * 从业人员 — a person working for an enterprise, with their certificates.
 *
 * <p>The ID number and phone are stored SM4-GCM encrypted (see {@code protection}); find a person by
 * ID number through its blind index: {@code em.createNamedQuery(Person.WITH_ID_NUMBER, Person.class)
 * .setParameter("index", Person.indexOfIdNumber(idNumber))}. A query on {@code idNumber} itself never matches.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.WITH_ID_NUMBER, query = "select p from Person p where p.idNumberIndex = :index order by p.id")
public class Person extends VersionedEntity {

    /** Persons with an ID number; parameter {@code index} = {@link #indexOfIdNumber(String)}. */
    public static final String WITH_ID_NUMBER = "Person.withIdNumber";

    @Id
    @SequenceGenerator(name = "seq_person", sequenceName = "seq_person", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_person")
    private Long id;

    @NotBlank(message = "姓名不能为空")
    @Size(max = 50, message = "姓名不能超过50个字")
    @Column(name = "name", length = 50, nullable = false)
    private String name;

    /**
     * 身份证号. Sensitive personal data, encrypted in the database: the 300-character column holds the
     * ciphertext of up to 194 UTF-8 bytes, hence the limits on the clear value.
     */
    @NotBlank(message = "身份证号不能为空")
    @Size(max = 30, message = "证件号码不能超过30个字符")
    @Convert(converter = EncryptedColumns.PersonIdNumber.class)
    @Column(name = "id_number", length = 300, nullable = false)
    private String idNumber;

    /** 盲索引 — HMAC-SM3 of the normalised ID number, the column to search by ID number. */
    @Column(name = "id_number_index", length = 64)
    private String idNumberIndex;

    @Size(max = 30, message = "手机号码不能超过30个字符")
    @Convert(converter = EncryptedColumns.PersonPhone.class)
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
        this.idNumberIndex = indexOfIdNumber(idNumber);
        this.employer = employer;
    }

    /**
     * The blind index of an ID number as it is stored in {@code person.id_number_index}: spaces, full-width
     * digits and a lower-case {@code x} do not matter.
     *
     * @throws IllegalStateException if the field keys are not installed yet
     */
    public static String indexOfIdNumber(String idNumber) {
        return FieldProtection.blindIndex().hex(idNumber, Normalization.IDENTIFIER);
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
