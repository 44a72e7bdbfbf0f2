package cn.gov.lanzhou.supervision.documents;

/**
 * No font on the server can print Chinese into a PDF: the document is not produced (never a PDF
 * with blank text), and the message says which files were tried and what to install or configure.
 */
public class DocumentFontMissingException extends DocumentRefused {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "DOCUMENT_FONT_MISSING";

    public DocumentFontMissingException(String message) {
        super(CODE, message);
    }
}
