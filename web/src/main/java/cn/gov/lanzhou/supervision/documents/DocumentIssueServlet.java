package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.supervision.NoticeDocuments;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /documents/issue} ({@code notice} = notice number, {@code kind} = RECTIFICATION_NOTICE or
 * STOP_WORK_ORDER): signs the document through {@link NoticeDocuments}, which decides who may, and
 * redirects to the staff page showing it (post/redirect/get; issuing again gives the same document).
 * A refusal is shown on the same page with its reason.
 */
@WebServlet(name = "DocumentIssueServlet", urlPatterns = DocumentIssueServlet.PATH)
public class DocumentIssueServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/documents/issue";
    static final String PAGE = "/staff/documents.xhtml";

    @EJB
    private NoticeDocuments notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        String noticeNo = request.getParameter("notice");
        String kind = request.getParameter("kind");
        try {
            NoticeDocuments.NoticeSummary notice = notices.find(noticeNo).orElseThrow(() -> new DocumentRefused("NOTICE_NOT_FOUND",
                    "未找到整改通知书 " + (noticeNo == null ? "" : noticeNo.strip()) + "，请核对编号（如 ZG-2026-00015）。"));
            IssuedDocument issued;
            if (DocumentKind.STOP_WORK_ORDER.name().equals(kind)) {
                issued = notices.issueStopWorkOrder(notice.id(), request.getRemoteAddr());
            } else if (DocumentKind.RECTIFICATION_NOTICE.name().equals(kind)) {
                issued = notices.issueNotice(notice.id(), request.getRemoteAddr());
            } else {
                throw new DocumentRefused("DOCUMENT_KIND_INVALID", "请选择要签发的文书：整改通知书或停工令。");
            }
            response.sendRedirect(request.getContextPath() + PAGE + "?notice=" + URLEncoder.encode(notice.noticeNo(), StandardCharsets.UTF_8)
                    + "&issued=" + issued.number() + (issued.newlyIssued() ? "&new=1" : ""));
        } catch (DocumentRefused e) {
            request.setAttribute(DocumentDesk.REFUSAL, e.getMessage());
            request.getRequestDispatcher(PAGE).forward(request, response);
        } catch (EJBAccessException | AccessLocalException e) {
            DocumentDownloadServlet.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "只有监督员和站领导可以签发文书。");
        } catch (EJBException e) {
            if (e.getCause() instanceof EJBAccessException || e.getCause() instanceof AccessLocalException) {
                DocumentDownloadServlet.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "只有监督员和站领导可以签发文书。");
                return;
            }
            throw e;
        }
    }
}
