package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;

/**
 * 文书核验 ({@code /verify.xhtml}): a stateless public page. {@code ?no=ZG-2026-00015} (the address in
 * every document's QR code) shows whether the station signed that number and its public facts; the
 * upload form posts to {@link DocumentVerifyServlet}, which checks the file and forwards here with
 * the result in the request.
 */
@Named
@RequestScoped
public class VerifyPage {

    /** Request attribute carrying the result of an upload ({@link DocumentVerification}). */
    static final String RESULT = "documentVerification";
    /** Request attribute carrying a problem with the upload itself (too large, unreadable). */
    static final String UPLOAD_ERROR = "documentUploadError";

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    private SignedDocuments documents;

    private String number;
    private DocumentVerification result;
    private String uploadError;

    /** View action: the result an upload left in the request, or the number in the query string. */
    public void load() {
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        uploadError = (String) request.get(UPLOAD_ERROR);
        result = (DocumentVerification) request.get(RESULT);
        if (result != null) {
            number = result.number();
            return;
        }
        number = QueryParameters.text("no", 40).orElse(null);
        if (number != null) {
            result = documents.verify(number, null);
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public DocumentVerification getResult() {
        return result;
    }

    public String getUploadError() {
        return uploadError;
    }

    /** The headline's style: green for genuine, red for everything else. */
    public String getVerdictClass() {
        return result == null ? "" : result.genuine() ? "verdict verdict-genuine" : "verdict verdict-refused";
    }

    public String signedAt() {
        return result == null || result.document() == null ? "" : SIGNED_AT.format(result.document().signedAt());
    }

    /** The file size in words: 53 KB. */
    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1024.0 / 1024.0) : Math.max(1, bytes / 1024) + " KB";
    }

    public long getMaxUploadMegabytes() {
        return DocumentVerifier.MAX_UPLOAD_BYTES / (1024 * 1024);
    }
}
