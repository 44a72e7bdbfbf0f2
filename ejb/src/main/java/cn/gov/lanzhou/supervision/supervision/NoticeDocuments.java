package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.documents.DocumentKind;
import cn.gov.lanzhou.supervision.documents.DocumentRefused;
import cn.gov.lanzhou.supervision.documents.IssuedDocument;
import cn.gov.lanzhou.supervision.documents.OfficialDocument;
import cn.gov.lanzhou.supervision.documents.SignedDocument;
import cn.gov.lanzhou.supervision.documents.SignedDocuments;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 整改通知书 and 停工令 as signed PDF documents: issued for a {@link RectificationNotice} by the
 * project's supervisor (or an inspector of the inspection, or the one who issued the notice) or by the
 * station leader. Issuing is idempotent: the notice's number gives one 整改通知书 and, for a notice with
 * a 重大 finding, one 停工令 ({@code TG-} with the same serial); asking again returns the same document
 * with the same bytes. The notice row is locked while a document is produced, so two clicks at once
 * still make one document.
 */
@Stateless
public class NoticeDocuments {

    /** The subject type under which notice documents are recorded. */
    public static final String SUBJECT_TYPE = "RectificationNotice";

    /** What the staff page shows of a notice and its documents. */
    public record NoticeSummary(long id, String noticeNo, String projectNo, String projectName, String enterpriseName,
                                String status, LocalDateTime issuedAt, LocalDate deadline, int findings, int majorFindings,
                                List<IssuedDocument> documents, boolean mayIssue) {
        public boolean stopWorkPossible() {
            return majorFindings > 0 && !"已销号".equals(status);
        }

        public Optional<IssuedDocument> document(DocumentKind kind) {
            return documents.stream().filter(d -> d.kind() == kind).findFirst();
        }
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private SignedDocuments documents;

    @EJB
    private AuditTrail audit;

    @Inject
    private RectificationDeadlines deadlines;

    @Resource
    private SessionContext caller;

    /** A notice by its number (either case), with the documents issued for it. */
    @RolesAllowed({"SUPERVISOR", "LEADER"})
    public Optional<NoticeSummary> find(String noticeNo) {
        if (noticeNo == null || !noticeNo.strip().toUpperCase(Locale.ROOT).matches(RectificationNotice.NOTICE_NO_PATTERN)) {
            return Optional.empty();
        }
        return em.createQuery("select n from RectificationNotice n where n.noticeNo = :no", RectificationNotice.class)
                .setParameter("no", noticeNo.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
                .map(this::summary);
    }

    /** Produces and signs the 整改通知书 of the notice, or returns the one signed before. */
    @RolesAllowed({"SUPERVISOR", "LEADER"})
    public IssuedDocument issueNotice(long noticeId, String sourceIp) {
        RectificationNotice notice = lockForIssue(noticeId, DocumentKind.RECTIFICATION_NOTICE, sourceIp);
        OfficialDocument content = new NoticeDocumentContent(deadlines).notice(notice, LocalDateTime.now());
        return documents.issue(request(notice, DocumentKind.RECTIFICATION_NOTICE, content), sourceIp);
    }

    /**
     * Produces and signs the 停工令 of a notice with at least one 重大 finding, or returns the one signed before.
     *
     * @throws DocumentRefused when the notice has no 重大 finding, or is closed and no order was issued
     */
    @RolesAllowed({"SUPERVISOR", "LEADER"})
    public IssuedDocument issueStopWorkOrder(long noticeId, String sourceIp) {
        RectificationNotice notice = lockForIssue(noticeId, DocumentKind.STOP_WORK_ORDER, sourceIp);
        SignedDocument.Subject subject = new SignedDocument.Subject(SUBJECT_TYPE, notice.getId());
        boolean issuedBefore = documents.ofSubject(subject).stream().anyMatch(d -> d.kind() == DocumentKind.STOP_WORK_ORDER);
        if (!issuedBefore) {
            if (!NoticeDocumentContent.hasMajorFindings(notice)) {
                throw new DocumentRefused("NO_MAJOR_HAZARD", "整改通知书 " + notice.getNoticeNo()
                        + " 没有重大隐患，不能签发停工令；停工令只针对重大安全事故隐患。");
            }
            if (notice.getStatus() == NoticeStatus.CLOSED) {
                throw new DocumentRefused("NOTICE_CLOSED", "整改通知书 " + notice.getNoticeNo() + " 已复查销号，不能再签发停工令。");
            }
        }
        OfficialDocument content = new NoticeDocumentContent(deadlines).stopWorkOrder(notice, LocalDateTime.now());
        return documents.issue(request(notice, DocumentKind.STOP_WORK_ORDER, content), sourceIp);
    }

    private SignedDocuments.IssueRequest request(RectificationNotice notice, DocumentKind kind, OfficialDocument content) {
        return new SignedDocuments.IssueRequest(kind, new SignedDocument.Subject(SUBJECT_TYPE, notice.getId()),
                notice.getResponsibleEnterprise().getId(), notice.getProject().getProjectNo(), notice.getProject().getName(),
                content);
    }

    /** The notice, locked against a concurrent issue, once the caller is found entitled to issue for it. */
    private RectificationNotice lockForIssue(long noticeId, DocumentKind kind, String sourceIp) {
        RectificationNotice notice = em.find(RectificationNotice.class, noticeId, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null) {
            throw new DocumentRefused("NOTICE_NOT_FOUND", "未找到该整改通知书。");
        }
        if (!mayIssue(notice)) {
            String user = caller.getCallerPrincipal().getName();
            audit.record(user, "SUPERVISOR", sourceIp, "DOCUMENT_ISSUE", "RectificationNotice", notice.getNoticeNo(),
                    AuditOutcome.DENIED, kind.label() + ": not the project's supervisor, an inspector or the issuer");
            throw new DocumentRefused("NOT_YOUR_NOTICE", "您不是工程“" + notice.getProject().getName()
                    + "”的监督员，也不是该次检查的检查人员，不能签发其" + kind.label() + "；请由该工程的监督员或站领导签发。");
        }
        return notice;
    }

    private boolean mayIssue(RectificationNotice notice) {
        if (caller.isCallerInRole("LEADER")) {
            return true;
        }
        String user = caller.getCallerPrincipal().getName();
        return user.equals(notice.getProject().getSupervisorUsername()) || user.equals(notice.getIssuedBy())
                || Arrays.stream(notice.getInspection().getInspectors().split(",")).map(String::strip).anyMatch(user::equals);
    }

    private NoticeSummary summary(RectificationNotice n) {
        int major = (int) n.getFindings().stream().filter(f -> f.getSeverity() == Severity.MAJOR).count();
        return new NoticeSummary(n.getId(), n.getNoticeNo(), n.getProject().getProjectNo(), n.getProject().getName(),
                n.getResponsibleEnterprise().getName(), n.getStatus().label(), n.getIssuedAt(), n.getDeadline(),
                n.getFindings().size(), major, documents.ofSubject(new SignedDocument.Subject(SUBJECT_TYPE, n.getId())),
                mayIssue(n));
    }
}
