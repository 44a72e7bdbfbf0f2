package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.shared.Page;
import cn.gov.lanzhou.supervision.supervision.NoticeDocuments;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;

/**
 * 签发文书 ({@code /staff/documents.xhtml}) for 监督员 and 站领导: look a rectification notice up by its
 * number, see the documents signed for it, sign its 整改通知书 or 停工令 ({@link DocumentIssueServlet}),
 * and page through every document signed. Read-only here; the forms post to the servlet.
 */
@Named
@RequestScoped
public class DocumentDesk {

    static final int PAGE_SIZE = 20;
    /** Request attribute: why the last issue was refused. */
    static final String REFUSAL = "documentIssueRefused";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private NoticeDocuments notices;

    @EJB
    private SignedDocuments documents;

    private String noticeNo;
    private NoticeDocuments.NoticeSummary notice;
    private String issued;
    private boolean newlyIssued;
    private String refusal;
    private int pageNumber = 1;
    private Page<IssuedDocument> recent;

    /**
     * View action: reads the GET parameters (and a refusal the servlet forwarded). Staff without a
     * supervision role (editors, reviewers, administrators) get the 403 page, not a failing service call.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        if (!external.isUserInRole("SUPERVISOR") && !external.isUserInRole("LEADER")) {
            try {
                external.responseSendError(403, "签发文书只对监督员和站领导开放");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        refusal = (String) external.getRequestMap().get(REFUSAL);
        noticeNo = QueryParameters.text("notice", 20).orElse(null);
        if (noticeNo != null) {
            notice = notices.find(noticeNo).orElse(null);
        }
        issued = QueryParameters.text("issued", 20).flatMap(DocumentVerifier::normalise).orElse(null);
        newlyIssued = QueryParameters.present("new");
        pageNumber = QueryParameters.pageNumber().orElse(1);
    }

    public Page<IssuedDocument> getRecent() {
        if (recent == null) {
            recent = documents.recent(pageNumber, PAGE_SIZE);
        }
        return recent;
    }

    public String getNoticeNo() {
        return noticeNo;
    }

    public void setNoticeNo(String noticeNo) {
        this.noticeNo = noticeNo;
    }

    public NoticeDocuments.NoticeSummary getNotice() {
        return notice;
    }

    public boolean isNoticeNotFound() {
        return noticeNo != null && notice == null;
    }

    public String getIssued() {
        return issued;
    }

    public boolean isNewlyIssued() {
        return newlyIssued;
    }

    public String getRefusal() {
        return refusal;
    }

    public IssuedDocument getNoticeDocument() {
        return notice == null ? null : notice.document(DocumentKind.RECTIFICATION_NOTICE).orElse(null);
    }

    public IssuedDocument getStopWorkOrder() {
        return notice == null ? null : notice.document(DocumentKind.STOP_WORK_ORDER).orElse(null);
    }

    /** A file size in kilobytes, rounded up. */
    public String kilobytes(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }

    public String at(java.time.LocalDateTime t) {
        return t == null ? "" : AT.format(t);
    }
}
