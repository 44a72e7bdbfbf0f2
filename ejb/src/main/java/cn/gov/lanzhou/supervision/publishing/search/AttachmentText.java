package cn.gov.lanzhou.supervision.publishing.search;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The searchable text of an attachment: PDF (PDFBox), Word .docx and .doc, Excel .xlsx and .xls
 * (Apache POI) and plain text. Images, video and anything else have none. The file is read up to
 * a byte limit and the text is cut to a character limit; a file that cannot be read (damaged,
 * encrypted, too large) gives no text and a log line — it never stops indexing.
 */
public final class AttachmentText {

    private static final Logger LOG = Logger.getLogger(AttachmentText.class.getName());

    /** What a file is, decided from its content type, then its first bytes, then its name. */
    enum Kind { PDF, DOCX, DOC, XLSX, XLS, TEXT, NONE }

    private final long maxBytes;
    private final int maxChars;

    /**
     * @param maxBytes larger files are not read at all
     * @param maxChars text beyond this many characters is dropped
     */
    public AttachmentText(long maxBytes, int maxChars) {
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    /** The text of one file, empty when it has none or cannot be read. */
    public String extract(String fileName, String contentType, InputStream in) {
        if (!mayHaveText(contentType)) {
            closeQuietly(in);
            return "";
        }
        try (InputStream source = in) {
            byte[] bytes = source.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                LOG.log(Level.INFO, "附件过大，未提取文本 / attachment over {0} bytes not indexed: {1}",
                        new Object[] {maxBytes, safe(fileName)});
                return "";
            }
            Kind kind = kind(fileName, contentType, bytes);
            String text = switch (kind) {
                case PDF -> pdf(bytes);
                case DOCX -> {
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                         XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                        yield x.getText();
                    }
                }
                case DOC -> {
                    try (WordExtractor x = new WordExtractor(new ByteArrayInputStream(bytes))) {
                        yield x.getText();
                    }
                }
                case XLSX -> {
                    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
                         XSSFExcelExtractor x = new XSSFExcelExtractor(wb)) {
                        x.setFormulasNotResults(false);
                        yield x.getText();
                    }
                }
                case XLS -> {
                    try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(bytes));
                         ExcelExtractor x = new ExcelExtractor(wb)) {
                        yield x.getText();
                    }
                }
                case TEXT -> new String(bytes, StandardCharsets.UTF_8);
                case NONE -> "";
            };
            return cut(text == null ? "" : text.strip());
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "附件文本提取失败，已跳过 / text extraction failed, skipped: {0}: {1}",
                    new Object[] {safe(fileName), e.toString()});
            return "";
        }
    }

    /** Images, video and sound are not even read (they may be large). */
    public static boolean mayHaveText(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return !(type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/"));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    private String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // Text stops growing long before page 500; the limit bounds the work on huge documents.
            stripper.setEndPage(500);
            return stripper.getText(doc);
        }
    }

    private String cut(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    static Kind kind(String fileName, String contentType, byte[] head) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/")) {
            return Kind.NONE;
        }
        if (type.equals("application/pdf") || startsWith(head, "%PDF-")) {
            return Kind.PDF;
        }
        boolean zip = startsWith(head, "PK\u0003\u0004");
        boolean ole = head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        if (zip && (type.contains("wordprocessingml") || name.endsWith(".docx"))) {
            return Kind.DOCX;
        }
        if (zip && (type.contains("spreadsheetml") || name.endsWith(".xlsx"))) {
            return Kind.XLSX;
        }
        if (ole && (type.equals("application/msword") || name.endsWith(".doc"))) {
            return Kind.DOC;
        }
        if (ole && (type.equals("application/vnd.ms-excel") || name.endsWith(".xls"))) {
            return Kind.XLS;
        }
        if (type.startsWith("text/plain") || (type.isEmpty() && name.endsWith(".txt"))) {
            return Kind.TEXT;
        }
        return Kind.NONE;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** File names are the uploader's: logged without control characters, shortened. */
    private static String safe(String fileName) {
        String s = Optional.ofNullable(fileName).orElse("").replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
