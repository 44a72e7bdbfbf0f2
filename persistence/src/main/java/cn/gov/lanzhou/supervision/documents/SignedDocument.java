package cn.gov.lanzhou.supervision.documents;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * 签发文书记录 — one official document the station signed: what it is (number, kind, title), what it
 * is about (subject, project), who it is addressed to, and the proof: the SM3 digest and size of the
 * exact PDF bytes issued, the SM3withSM2 signature over {@link #signedText()} and the id of the key
 * that made it. The PDF bytes are kept in the file store under {@link #getStorageKey()}, so the
 * station can hand out the identical file again.
 *
 * <p>A record never changes after it is signed: every column is {@code updatable = false}.
 */
@Entity
@Table(name = "signed_document")
public class SignedDocument {

    /** 文书编号: two capital letters, the year, a serial ({@code ZG-2026-00015}). */
    public static final String NUMBER_PATTERN = "[A-Z]{2}-\\d{4}-\\d{5}";

    /** First line of {@link #signedText()}; a new layout of the signed text gets a new one. */
    public static final String SIGNED_TEXT_FORMAT = "LZ-SUPERVISION-SIGNED-DOCUMENT/1";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Id
    @SequenceGenerator(name = "seq_signed_document", sequenceName = "seq_signed_document", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_signed_document")
    private Long id;

    @NotNull
    @Pattern(regexp = NUMBER_PATTERN, message = "文书编号格式应为“两位字母-年份-五位序号”，如 ZG-2026-00015")
    @Column(name = "document_no", length = 30, nullable = false, unique = true, updatable = false)
    private String documentNo;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private DocumentKind kind;

    @NotBlank
    @Size(max = 50)
    @Column(name = "title", length = 50, nullable = false, updatable = false)
    private String title;

    @NotBlank
    @Size(max = 40)
    @Column(name = "subject_type", length = 40, nullable = false, updatable = false)
    private String subjectType;

    @NotNull
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "addressee_enterprise_id", updatable = false)
    private Enterprise addressee;

    @Size(max = 20)
    @Column(name = "project_no", length = 20, updatable = false)
    private String projectNo;

    @Size(max = 200)
    @Column(name = "project_name", length = 200, updatable = false)
    private String projectName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "issuer", length = 100, nullable = false, updatable = false)
    private String issuer;

    @NotNull
    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "pdf_sm3", length = 64, nullable = false, updatable = false)
    private String pdfSm3;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private long pdfSize;

    @NotBlank
    @Size(max = 60)
    @Column(name = "storage_key", length = 60, nullable = false, updatable = false)
    private String storageKey;

    @NotBlank
    @Size(max = 200)
    @Column(name = "signature", length = 200, nullable = false, updatable = false)
    private String signature;

    @NotBlank
    @Size(max = 32)
    @Column(name = "key_id", length = 32, nullable = false, updatable = false)
    private String keyId;

    @NotNull
    @Column(name = "signed_at", nullable = false, updatable = false)
    private LocalDateTime signedAt;

    @NotBlank
    @Size(max = 50)
    @Column(name = "signed_by", length = 50, nullable = false, updatable = false)
    private String signedBy;

    protected SignedDocument() {
        // for JPA
    }

    /**
     * A record of an issued PDF, not yet signed: the signature over {@link #signedText()} is added by
     * {@link #sign(String)}. {@code signedAt} is kept to the second, so the text signed is the text
     * every database gives back.
     */
    public SignedDocument(String documentNo, DocumentKind kind, String title, Subject subject, Enterprise addressee,
                          String projectNo, String projectName, String issuer, LocalDate issuedOn,
                          StoredPdf pdf, String keyId, LocalDateTime signedAt, String signedBy) {
        this.documentNo = Objects.requireNonNull(documentNo, "文书编号不能为空");
        if (!documentNo.matches(NUMBER_PATTERN)) {
            throw new IllegalArgumentException("文书编号格式不正确: " + documentNo);
        }
        this.kind = Objects.requireNonNull(kind, "文书种类不能为空");
        if (!documentNo.startsWith(kind.prefix() + "-")) {
            throw new IllegalArgumentException(kind.label() + "的编号应以 " + kind.prefix() + "- 开头: " + documentNo);
        }
        this.title = Objects.requireNonNull(title, "文书标题不能为空");
        Objects.requireNonNull(subject, "文书所涉事项不能为空");
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.addressee = addressee;
        this.projectNo = projectNo;
        this.projectName = projectName;
        this.issuer = Objects.requireNonNull(issuer, "签发单位不能为空");
        this.issuedOn = Objects.requireNonNull(issuedOn, "签发日期不能为空");
        Objects.requireNonNull(pdf, "文书文件不能为空");
        this.pdfSm3 = pdf.sm3Hex();
        this.pdfSize = pdf.sizeBytes();
        this.storageKey = pdf.storageKey();
        this.keyId = Objects.requireNonNull(keyId, "密钥标识不能为空");
        this.signedAt = Objects.requireNonNull(signedAt, "签名时间不能为空").truncatedTo(ChronoUnit.SECONDS);
        this.signedBy = Objects.requireNonNull(signedBy, "签发人不能为空");
    }

    /** What a document is about: an entity type and its id ({@code RectificationNotice}, 1234). */
    public record Subject(String type, long id) {
        public Subject {
            Objects.requireNonNull(type, "subject type is required");
        }
    }

    /** The issued PDF as stored: where, how large, its SM3 digest (lower-case hex). */
    public record StoredPdf(String storageKey, long sizeBytes, String sm3Hex) {
        public StoredPdf {
            Objects.requireNonNull(storageKey, "storage key is required");
            Objects.requireNonNull(sm3Hex, "SM3 digest is required");
        }
    }

    /** Records the signature (Base64 DER) over {@link #signedText()}; once only. */
    public void sign(String signatureBase64) {
        if (signature != null) {
            throw new IllegalStateException("文书 " + documentNo + " 已签名");
        }
        this.signature = Objects.requireNonNull(signatureBase64, "签名不能为空");
    }

    /**
     * The text the station's SM2 key signs: one {@code name=value} line per fact, in a fixed order,
     * UTF-8, line feeds only. Line breaks inside values are written as spaces, so no value can forge
     * another line. Anyone holding the public key can rebuild it from the verification answer.
     */
    public String signedText() {
        return SIGNED_TEXT_FORMAT + "\n"
                + line("document-no", documentNo)
                + line("kind", kind.name())
                + line("title", title)
                + line("subject", subjectType + "#" + subjectId)
                + line("project-no", projectNo)
                + line("project-name", projectName)
                + line("issuer", issuer)
                + line("issued-on", issuedOn.toString())
                + line("pdf-sm3", pdfSm3)
                + line("pdf-size", Long.toString(pdfSize))
                + line("key-id", keyId)
                + line("signed-at", SECONDS.format(signedAt));
    }

    private static String line(String name, String value) {
        return name + "=" + (value == null ? "" : value.replaceAll("[\\r\\n]+", " ")) + "\n";
    }

    public Long getId() {
        return id;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Enterprise getAddressee() {
        return addressee;
    }

    public String getProjectNo() {
        return projectNo;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getPdfSm3() {
        return pdfSm3;
    }

    public long getPdfSize() {
        return pdfSize;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSignature() {
        return signature;
    }

    public String getKeyId() {
        return keyId;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedDocument other && documentNo.equals(other.documentNo);
    }

    @Override
    public int hashCode() {
        return documentNo.hashCode();
    }

    @Override
    public String toString() {
        return "SignedDocument[" + documentNo + "]";
    }
}
