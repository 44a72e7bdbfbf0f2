package cn.gov.lanzhou.supervision.documents;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * {@code POST /documents/verify} (multipart: {@code no}, optional {@code file}): checks the number and
 * the uploaded PDF without keeping either, and renders {@code /verify.xhtml} with the result. No
 * session is created; the upload is read into memory (at most {@value DocumentVerifier#MAX_UPLOAD_BYTES}
 * bytes) and dropped. {@code GET} goes to the page.
 *
 * <p>Cross-site posts are refused by {@code SameOriginFilter} (mapped to {@code /documents/*}).
 */
@WebServlet(name = "DocumentVerifyServlet", urlPatterns = DocumentVerifyServlet.PATH)
@MultipartConfig(maxFileSize = DocumentVerifyServlet.MAX_REQUEST_BYTES, maxRequestSize = DocumentVerifyServlet.MAX_REQUEST_BYTES,
        fileSizeThreshold = 1024 * 1024)
public class DocumentVerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/documents/verify";
    /**
     * What the container reads at most. Well above the verification's own limit, so that a file a little
     * too large is read to the end and answered with a message; a request beyond this is cut off by the
     * container (a browser then shows a connection error rather than the page).
     */
    static final long MAX_REQUEST_BYTES = 32L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(DocumentVerifyServlet.class.getName());

    @EJB
    private SignedDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String no = request.getParameter("no");
        response.sendRedirect(request.getContextPath() + "/verify.xhtml"
                + (no == null || no.isBlank() ? "" : "?no=" + URLEncoder.encode(no.strip(), StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String number;
        Part file;
        try {
            number = request.getParameter("no");
            file = isMultipart(request) ? request.getPart("file") : null;
        } catch (IllegalStateException | ServletException e) {
            // The container could not take the request apart: above its limits, or not well-formed multipart.
            boolean tooLarge = request.getContentLengthLong() > DocumentVerifier.MAX_UPLOAD_BYTES;
            LOG.fine(() -> "upload refused by the container (" + request.getContentLengthLong() + " bytes): " + e.getMessage());
            request.setAttribute(VerifyPage.UPLOAD_ERROR, tooLarge
                    ? "上传的文件超过 " + DocumentVerifier.MAX_UPLOAD_BYTES / (1024 * 1024)
                    + " MB，未作核验。本站签发的文书一般不超过 1 MB，请确认选择的是文书的 PDF 文件。"
                    : "上传的内容无法读取，未作核验。请重新选择文书的 PDF 文件再试。");
            forward(request, response);
            return;
        }
        DocumentVerifier.Upload upload = null;
        if (file != null && (file.getSize() > 0 || (file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank()))) {
            if (file.getSize() > DocumentVerifier.MAX_UPLOAD_BYTES) {
                upload = DocumentVerifier.Upload.tooLarge(file.getSize());
            } else {
                try (InputStream in = file.getInputStream()) {
                    upload = DocumentVerifier.Upload.of(in.readNBytes((int) DocumentVerifier.MAX_UPLOAD_BYTES));
                }
            }
        }
        request.setAttribute(VerifyPage.RESULT, documents.verify(number, upload));
        forward(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
