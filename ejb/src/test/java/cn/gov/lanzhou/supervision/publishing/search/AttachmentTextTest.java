package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from real files made here with PDFBox and POI, and that text found through the index. */
class AttachmentTextTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AttachmentText extractor = new AttachmentText(5 * 1024 * 1024, 10_000);

    @TempDir
    Path dir;

    /** The standard 14 fonts have no Chinese glyphs, so the PDF speaks of the standard by its number. */
    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -16);
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx(String... cells) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = wb.createSheet("隐患清单").createRow(0);
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private String extract(String name, String type, byte[] bytes) {
        return extractor.extract(name, type, new ByteArrayInputStream(bytes));
    }

    @Test
    void readsPdfWordAndExcel() throws IOException {
        assertTrue(extract("guide.pdf", "application/pdf", pdf("Technical code JGJ 120-2012", "excavation support"))
                .contains("JGJ 120-2012"));
        assertTrue(extract("细则.docx", DOCX, docx("第一条 深基坑工程应编制专项施工方案。", "第二条 超过一定规模的应组织专家论证。"))
                .contains("深基坑工程应编制专项施工方案"));
        String sheet = extract("清单.xlsx", XLSX, xlsx("临时用电", "配电箱未上锁"));
        assertTrue(sheet.contains("临时用电") && sheet.contains("配电箱未上锁"), sheet);
    }

    @Test
    void theKindComesFromTheContentWhenTheTypeSaysLittle() throws IOException {
        assertEquals(AttachmentText.Kind.PDF, AttachmentText.kind("scan.bin", "application/octet-stream", pdf("x")));
        assertEquals(AttachmentText.Kind.DOCX, AttachmentText.kind("a.docx", "application/octet-stream", docx("x")));
        assertEquals(AttachmentText.Kind.NONE, AttachmentText.kind("photo.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(AttachmentText.Kind.NONE, AttachmentText.kind("fake.docx", DOCX, "not a zip".getBytes(StandardCharsets.UTF_8)),
                "a name alone does not make a Word file");
    }

    @Test
    void damagedTooLargeOrUnknownFilesGiveNoTextAndNoError() throws IOException {
        assertEquals("", extract("broken.pdf", "application/pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", extract("broken.docx", DOCX, new byte[] {'P', 'K', 3, 4, 0, 0, 0}));
        assertEquals("", extract("video.mp4", "video/mp4", new byte[64]));
        AttachmentText tiny = new AttachmentText(100, 10_000);
        assertEquals("", tiny.extract("big.pdf", "application/pdf", new ByteArrayInputStream(pdf("large"))));
    }

    @Test
    void textIsCutAtTheLimit() throws IOException {
        AttachmentText short20 = new AttachmentText(5 * 1024 * 1024, 20);
        String text = short20.extract("long.docx", DOCX, new ByteArrayInputStream(docx("安全".repeat(100))));
        assertEquals(20, text.length());
    }

    @Test
    void attachmentTextIsFoundThroughTheIndex() throws IOException {
        String pdfText = extract("standard.pdf", "application/pdf", pdf("Technical code JGJ 120-2012", "excavation support"));
        String docxText = extract("通知附件.docx", DOCX, docx("附件：塔式起重机安装拆卸告知表"));
        LocalDateTime now = LocalDateTime.of(2026, 11, 20, 12, 0);
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(new ArticleDocument(11, "关于转发技术规程的通知", "", "详见附件。", List.of(), pdfText,
                    "standards", "技术标准", ArticleLevel.NATIONAL, BusinessType.SAFETY, now.minusDays(1)));
            index.upsert(new ArticleDocument(12, "关于做好设备管理的通知", "", "详见附件。", List.of(), docxText,
                    "notices", "通知公告", ArticleLevel.MUNICIPAL, BusinessType.SAFETY, now.minusDays(1)));
            SearchResult excavation = index.search(SearchRequest.of("excavation"), now);
            assertEquals(List.of(11L), excavation.hits().items().stream().map(SearchHit::id).toList());
            assertTrue(excavation.hits().items().get(0).fromAttachment());
            SearchResult crane = index.search(SearchRequest.of("塔式起重机"), now);
            assertEquals(List.of(12L), crane.hits().items().stream().map(SearchHit::id).toList());
            assertTrue(crane.hits().items().get(0).snippetHtml().contains("<em>"), crane.hits().items().get(0).snippetHtml());
        }
    }
}
