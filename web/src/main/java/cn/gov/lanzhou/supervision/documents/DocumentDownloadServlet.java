package cn.gov.lanzhou.supervision.documents;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /documents/download?no=ZG-2026-00015}: the signed PDF exactly as issued, for station
 * staff and for the enterprise the document is addressed to ({@link SignedDocuments#download} decides
 * and audits). Anonymous visitors are sent to the login page; everyone else who may not have the file
 * gets 403 with the reason. The public checks a document on the verification page instead.
 */
@WebServlet(name = "DocumentDownloadServlet", urlPatterns = DocumentDownloadServlet.PATH)
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/documents/download";

    @EJB
    private SignedDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        DocumentFile file;
        try {
            file = documents.download(request.getParameter("no"), request.getRemoteAddr());
        } catch (DocumentRefused e) {
            int status = switch (e.getCode()) {
                case "DOCUMENT_NUMBER_INVALID" -> HttpServletResponse.SC_BAD_REQUEST;
                case "DOCUMENT_NOT_FOUND" -> HttpServletResponse.SC_NOT_FOUND;
                case "DOCUMENT_FORBIDDEN" -> HttpServletResponse.SC_FORBIDDEN;
                default -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            };
            refuse(request, response, status, e.getMessage());
            return;
        } catch (EJBAccessException | AccessLocalException e) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "您的账号无权下载文书：文书只提供给监督站的监督员、站领导和文书送达的单位。");
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof EJBAccessException || e.getCause() instanceof AccessLocalException) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "您的账号无权下载文书：文书只提供给监督站的监督员、站领导和文书送达的单位。");
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setContentLength(file.bytes().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.number() + ".pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(file.bytes());
    }

    /** A short Chinese page with the reason, in the portal's words. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        String home = request.getContextPath() + "/";
        response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>无法提供文书 - 兰州市建设工程安全质量监督站</title></head><body>"
                + "<h1>无法提供文书</h1><p id=\"reason\">" + escape(message) + "</p>"
                + "<p><a href=\"" + home + "verify.xhtml\">文书核验</a> · <a href=\"" + home + "\">返回首页</a></p></body></html>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
