package cn.gov.lanzhou.supervision.complaint;

import cn.gov.lanzhou.supervision.gm.field.BlindIndex.Normalization;
import cn.gov.lanzhou.supervision.protection.EncryptedColumns;
import cn.gov.lanzhou.supervision.protection.FieldProtection;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 投诉举报 — a complaint or report, found again by its ticket number plus a secret query code
 * (查询码) that only the reporter knows, so anonymous reporters can follow it too.
 *
 * <p>A real-name reporter's name and phone are stored SM4-GCM encrypted (see {@code protection}); find
 * complaints by reporter phone through the blind index: {@code em.createNamedQuery(Complaint.WITH_REPORTER_PHONE,
 * Complaint.class).setParameter("index", Complaint.indexOfReporterPhone(phone))}.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = Complaint.WITH_REPORTER_PHONE,
        query = "select c from Complaint c where c.reporterPhoneIndex = :index order by c.submittedAt desc, c.id desc")
public class Complaint extends VersionedEntity {

    /** Complaints of a real-name reporter, newest first; parameter {@code index} = {@link #indexOfReporterPhone(String)}. */
    public static final String WITH_REPORTER_PHONE = "Complaint.withReporterPhone";

    /** 受理编号: TS + date + six-digit serial. */
    public static final String TICKET_NO_PATTERN = "TS\\d{8}-\\d{6}";

    @Id
    @SequenceGenerator(name = "seq_complaint", sequenceName = "seq_complaint", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_complaint")
    private Long id;

    @NotNull
    @Pattern(regexp = TICKET_NO_PATTERN, message = "受理编号格式应为 TS年月日-六位序号")
    @Column(name = "ticket_no", length = 20, nullable = false, unique = true, updatable = false)
    private String ticketNo;

    /** Digest of the query code; the code itself is shown to the reporter once and never stored. */
    @NotNull
    @Column(name = "query_code_digest", length = 128, nullable = false)
    private String queryCodeDigest;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous = true;

    @NotNull(message = "请选择投诉举报类别")
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30, nullable = false)
    private ComplaintCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @NotNull(message = "请选择所在区县")
    @Column(name = "district_code", length = 6, nullable = false)
    private String districtCode;

    @Size(max = 300, message = "地址不能超过300个字")
    @Column(name = "address", length = 300)
    private String address;

    @NotBlank(message = "请描述您要反映的问题")
    @Size(max = 5000, message = "问题描述不能超过5000个字")
    @Lob
    @Column(name = "description", nullable = false)
    private String description;

    /** Encrypted in the database: the 300-character column holds the ciphertext of up to 194 UTF-8 bytes. */
    @Size(max = 50, message = "姓名不能超过50个字")
    @Convert(converter = EncryptedColumns.ComplainantName.class)
    @Column(name = "reporter_name", length = 300)
    private String reporterName;

    @Size(max = 30, message = "手机号码不能超过30个字符")
    @Convert(converter = EncryptedColumns.ComplainantPhone.class)
    @Column(name = "reporter_phone", length = 300)
    private String reporterPhone;

    /** 盲索引 — HMAC-SM3 of the normalised reporter phone, the column to search by phone. */
    @Column(name = "reporter_phone_index", length = 64)
    private String reporterPhoneIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    /** Department or team handling it (shown publicly instead of staff names). */
    @Size(max = 100)
    @Column(name = "handling_unit", length = 100)
    private String handlingUnit;

    @Column(name = "assignee_username", length = 50)
    private String assigneeUsername;

    @Lob
    @Column(name = "public_reply")
    private String publicReply;

    @Column(name = "replied_at")
    private LocalDateTime repliedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Min(value = 1, message = "满意度评价为1到5分")
    @Max(value = 5, message = "满意度评价为1到5分")
    @Column(name = "satisfaction")
    private Integer satisfaction;

    protected Complaint() {
        // for JPA
    }

    public Complaint(String ticketNo, String queryCodeDigest, ComplaintCategory category, String districtCode,
                     String description, LocalDateTime submittedAt) {
        this.ticketNo = Objects.requireNonNull(ticketNo);
        this.queryCodeDigest = Objects.requireNonNull(queryCodeDigest);
        this.category = Objects.requireNonNull(category, "请选择投诉举报类别");
        this.districtCode = Objects.requireNonNull(districtCode, "请选择所在区县");
        this.description = Objects.requireNonNull(description, "请描述您要反映的问题");
        this.submittedAt = Objects.requireNonNull(submittedAt);
    }

    /** 实名 — the reporter chose to give name and phone. */
    public void identifyReporter(String name, String phone) {
        if (name == null || name.isBlank() || phone == null || phone.isBlank()) {
            throw new BusinessRuleException("REPORTER_INCOMPLETE", "实名投诉需填写姓名和手机号码");
        }
        this.anonymous = false;
        this.reporterName = name;
        this.reporterPhone = phone;
        this.reporterPhoneIndex = indexOfReporterPhone(phone);
    }

    /**
     * The blind index of a phone number as it is stored in {@code complaint.reporter_phone_index}
     * (spaces and full-width digits do not matter).
     *
     * @throws IllegalStateException if the field keys are not installed yet
     */
    public static String indexOfReporterPhone(String phone) {
        return FieldProtection.blindIndex().hex(phone, Normalization.IDENTIFIER);
    }

    public void concern(Project project, String address) {
        this.project = project;
        this.address = address;
    }

    public void assignTo(String unit, String assignee) {
        requireStatus("分派", ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED);
        this.handlingUnit = Objects.requireNonNull(unit, "承办部门不能为空");
        this.assigneeUsername = assignee;
        this.status = ComplaintStatus.ASSIGNED;
    }

    public void startHandling() {
        requireStatus("办理", ComplaintStatus.ASSIGNED);
        this.status = ComplaintStatus.IN_PROGRESS;
    }

    public void reply(String publicReply, LocalDateTime at) {
        requireStatus("答复", ComplaintStatus.IN_PROGRESS);
        if (publicReply == null || publicReply.isBlank()) {
            throw new BusinessRuleException("REPLY_REQUIRED", "答复内容不能为空");
        }
        this.publicReply = publicReply;
        this.repliedAt = at;
        this.status = ComplaintStatus.REPLIED;
    }

    public void decline(String reason, LocalDateTime at) {
        requireStatus("不予受理", ComplaintStatus.RECEIVED);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "不予受理必须说明理由和受理渠道");
        }
        this.publicReply = reason;
        this.repliedAt = at;
        this.closedAt = at;
        this.status = ComplaintStatus.DECLINED;
    }

    public void close(Integer satisfaction, LocalDateTime at) {
        requireStatus("办结", ComplaintStatus.REPLIED);
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new BusinessRuleException("SATISFACTION_RANGE", "满意度评价为1到5分");
        }
        this.satisfaction = satisfaction;
        this.closedAt = at;
        this.status = ComplaintStatus.CLOSED;
    }

    private void requireStatus(String action, ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessRuleException("COMPLAINT_STATE",
                "投诉举报 " + ticketNo + " 当前状态为“" + status.label() + "”，不能" + action);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTicketNo() {
        return ticketNo;
    }

    public String getQueryCodeDigest() {
        return queryCodeDigest;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public Project getProject() {
        return project;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getAddress() {
        return address;
    }

    public String getDescription() {
        return description;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getReporterPhone() {
        return reporterPhone;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getHandlingUnit() {
        return handlingUnit;
    }

    public String getAssigneeUsername() {
        return assigneeUsername;
    }

    public String getPublicReply() {
        return publicReply;
    }

    public LocalDateTime getRepliedAt() {
        return repliedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }
}
