package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.documents.DocumentFont;
import cn.gov.lanzhou.supervision.documents.DocumentKind;
import cn.gov.lanzhou.supervision.documents.DocumentSeal;
import cn.gov.lanzhou.supervision.documents.DocumentSettings;
import cn.gov.lanzhou.supervision.documents.DocumentSignatures;
import cn.gov.lanzhou.supervision.documents.DocumentVerification;
import cn.gov.lanzhou.supervision.documents.DocumentVerifier;
import cn.gov.lanzhou.supervision.documents.OfficialDocument;
import cn.gov.lanzhou.supervision.documents.OfficialDocumentPdf;
import cn.gov.lanzhou.supervision.documents.SignedDocument;
import cn.gov.lanzhou.supervision.documents.VerificationOutcome;
import cn.gov.lanzhou.supervision.gm.asymmetric.Sm2;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.security.KeyPair;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 整改通知书 and a 停工令 as PDF: what a reader sees in them (text extracted with PDFBox), that the
 * Chinese font is embedded, that the QR code printed on them leads to the verification page with
 * the number, and that the signature proves the exact bytes — one changed byte and it fails.
 *
 * <p>Needs a Chinese TrueType font on the machine ({@code fonts-wqy-microhei}, which {@code test.sh}
 * installs); without one the tests fail with the portal's own message saying what to install.
 */
class NoticeDocumentPdfTest {

    private static final DocumentSettings SETTINGS = new DocumentSettings(key -> Optional.empty());
    private static final NoticeDocumentContent CONTENT = new NoticeDocumentContent(new RectificationDeadlines(key -> Optional.empty()));
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 16, 5, 0);

    private static DocumentFont font;
    private static KeyPair station;
    private static String keyId;

    @BeforeAll
    static void setUp() {
        font = DocumentFont.locate(Optional.empty());
        station = Sm2.generateKeyPair();
        keyId = DocumentSignatures.keyId(station.getPublic());
    }

    private static byte[] pdf(OfficialDocument content) {
        return OfficialDocumentPdf.render(DocumentSeal.apply(content, SETTINGS.verificationLink(content.number()), keyId), font);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text without line breaks and spaces, as a reader would read wrapped lines. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    @Test
    void theNoticeSaysWhoMustPutWhatRightByWhenAndOnWhatBasis() throws Exception {
        RectificationNotice notice = SampleNotices.notice("ZG-2026-00015", SampleNotices.typical());
        String text = text(pdf(CONTENT.notice(notice, NOW)));
        String flat = flat(text);
        assertTrue(text.contains("兰州市建设工程安全质量监督站"), "letterhead and issuer");
        assertTrue(flat.contains("建设工程质量安全隐患整改通知书"), text);
        assertTrue(text.contains("编号：ZG-2026-00015"), "the number on the first page");
        assertTrue(flat.contains(SampleNotices.CONTRACTOR + "："), "addressed to the responsible enterprise");
        assertTrue(flat.contains(SampleNotices.PROJECT_NAME) && flat.contains("JD-620102-2026-0001")
                && flat.contains("620102202601150101") && flat.contains("城关区雁滩路2188号"), "project name, number, permit, address");
        for (SampleNotices.Entry e : SampleNotices.typical()) {
            assertTrue(flat.contains(flat(e.description())), "finding: " + e.description());
            assertTrue(flat.contains(e.category().label()), e.category().label());
        }
        assertTrue(flat.contains("重大") && flat.contains("较大") && flat.contains("一般"), "severities");
        assertTrue(flat.contains("2026年3月5日前"), "a major finding: 3 days from 2 March");
        assertTrue(flat.contains("《建设工程安全生产管理条例》第四十三条") && flat.contains("《建设工程质量管理条例》第四十八条"),
                "legal basis of safety and quality findings");
        assertTrue(flat.contains("重大隐患3日内、较大隐患5日内、一般隐患7日内"), "deadline by severity");
        assertTrue(flat.contains("2026年3月2日"), "date of issue");
        assertTrue(flat.contains("SM3withSM2") && flat.contains(keyId), "signature block names algorithm and key");
        assertTrue(flat.contains("抄送：兰州黄河置业有限公司（建设单位），甘肃建科工程监理有限公司（监理单位）"), "copies");
        assertTrue(flat.contains("第1页"), "page numbers");
    }

    @Test
    void everyFontInTheDocumentIsEmbedded() throws Exception {
        byte[] pdf = pdf(CONTENT.notice(SampleNotices.notice("ZG-2026-00016", SampleNotices.typical()), NOW));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " must be embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), "a subset (tagged name): " + f.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            assertEquals("zh-CN", d.getDocumentCatalog().getLanguage());
            assertEquals("建设工程质量安全隐患整改通知书 ZG-2026-00016", d.getDocumentInformation().getTitle());
        }
        assertTrue(pdf.length < 400_000, "a subset keeps the file small: " + pdf.length + " bytes");
    }

    @Test
    void theQrCodeOnThePrintedPageLeadsToTheVerificationPageWithTheNumber() throws Exception {
        byte[] pdf = pdf(CONTENT.notice(SampleNotices.notice("ZG-2026-00017", SampleNotices.typical()), NOW));
        assertEquals("http://127.0.0.1:8080/verify.xhtml?no=ZG-2026-00017", decodeQr(pdf));
    }

    @Test
    void aStopWorkOrderListsOnlyTheMajorHazardsAndANoticeWithoutOneGetsNone() throws Exception {
        RectificationNotice notice = SampleNotices.notice("ZG-2026-00018", SampleNotices.typical());
        OfficialDocument order = CONTENT.stopWorkOrder(notice, NOW);
        assertEquals("TG-2026-00018", order.number());
        byte[] pdf = pdf(order);
        String flat = flat(text(pdf));
        assertTrue(flat.contains("建设工程停工令") && flat.contains("编号：TG-2026-00018"));
        assertTrue(flat.contains("立即停止下列隐患所涉部位的施工"));
        assertTrue(flat.contains("基坑东侧临边防护栏杆缺失约12米"), "the major finding");
        assertFalse(flat.contains("2号配电箱未设置漏电保护器"), "not the serious one");
        assertTrue(flat.contains("相关整改通知书") && flat.contains("ZG-2026-00018"));
        assertEquals("http://127.0.0.1:8080/verify.xhtml?no=TG-2026-00018", decodeQr(pdf));

        RectificationNotice minor = SampleNotices.notice("ZG-2026-00019", List.of(SampleNotices.typical().get(1)));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> CONTENT.stopWorkOrder(minor, NOW));
        assertEquals("NO_MAJOR_HAZARD", refused.getCode());
        assertTrue(refused.getMessage().contains("没有重大隐患"));
    }

    @Test
    void theSignatureProvesTheExactBytesAndOneChangedByteFails() throws Exception {
        RectificationNotice notice = SampleNotices.notice("ZG-2026-00020", SampleNotices.typical());
        byte[] pdf = pdf(CONTENT.notice(notice, NOW));
        SignedDocument record = signedRecord("ZG-2026-00020", pdf, SampleNotices.PROJECT_NAME);

        DocumentVerification original = DocumentVerifier.verify("zg-2026-00020", Optional.of(record), station.getPublic(),
                DocumentVerifier.Upload.of(pdf));
        assertEquals(VerificationOutcome.FILE_GENUINE, original.outcome(), original.message());
        assertTrue(original.genuine() && original.signature().valid());
        assertEquals(SampleNotices.PROJECT_NAME, original.document().projectName());

        byte[] modified = pdf.clone();
        int at = modified.length / 2;
        modified[at] = (byte) (modified[at] ^ 0x01);
        DocumentVerification tampered = DocumentVerifier.verify("ZG-2026-00020", Optional.of(record), station.getPublic(),
                DocumentVerifier.Upload.of(modified));
        assertEquals(VerificationOutcome.FILE_TAMPERED, tampered.outcome());
        assertFalse(tampered.genuine());
        assertTrue(tampered.message().contains("不一致"));

        // A record whose public facts were changed after signing no longer matches its signature.
        SignedDocument forged = signedRecord("ZG-2026-00020", pdf, "别的工程");
        SignedDocument withOldSignature = new SignedDocument(forged.getDocumentNo(), forged.getKind(), forged.getTitle(),
                new SignedDocument.Subject("RectificationNotice", 1), null, forged.getProjectNo(), "别的工程", forged.getIssuer(),
                forged.getIssuedOn(), new SignedDocument.StoredPdf(forged.getStorageKey(), forged.getPdfSize(), forged.getPdfSm3()),
                forged.getKeyId(), forged.getSignedAt(), "zhang.wei");
        withOldSignature.sign(record.getSignature());
        assertEquals(VerificationOutcome.SIGNATURE_INVALID, DocumentVerifier.verify("ZG-2026-00020", Optional.of(withOldSignature),
                station.getPublic(), null).outcome());
        // Signed by another key than the station's.
        assertEquals(VerificationOutcome.UNKNOWN_KEY, DocumentVerifier.verify("ZG-2026-00020", Optional.of(record),
                Sm2.generateKeyPair().getPublic(), null).outcome());
    }

    @Test
    void badInputGetsAClearAnswer() {
        byte[] pdf = pdf(CONTENT.notice(SampleNotices.notice("ZG-2026-00021", SampleNotices.typical()), NOW));
        SignedDocument record = signedRecord("ZG-2026-00021", pdf, SampleNotices.PROJECT_NAME);
        var key = station.getPublic();
        DocumentVerification malformed = DocumentVerifier.verify("ZG-2026-<script>", Optional.empty(), key, null);
        assertEquals(VerificationOutcome.MALFORMED_NUMBER, malformed.outcome());
        assertTrue(malformed.message().contains("格式不正确") && malformed.message().contains("ZG-2026-00015"));
        assertEquals(VerificationOutcome.NOT_FOUND, DocumentVerifier.verify("ZG-2099-99999", Optional.empty(), key, null).outcome());
        assertEquals(VerificationOutcome.SIGNATURE_VALID, DocumentVerifier.verify("ＺＧ－２０２６－０００２１", Optional.of(record), key, null).outcome(),
                "full-width input is understood");
        assertEquals(VerificationOutcome.FILE_NOT_PDF, DocumentVerifier.verify("ZG-2026-00021", Optional.of(record), key,
                DocumentVerifier.Upload.of("这不是PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8))).outcome());
        assertEquals(VerificationOutcome.FILE_EMPTY, DocumentVerifier.verify("ZG-2026-00021", Optional.of(record), key,
                DocumentVerifier.Upload.of(new byte[0])).outcome());
        DocumentVerification large = DocumentVerifier.verify("ZG-2026-00021", Optional.of(record), key,
                DocumentVerifier.Upload.tooLarge(DocumentVerifier.MAX_UPLOAD_BYTES + 1));
        assertEquals(VerificationOutcome.FILE_TOO_LARGE, large.outcome());
        assertTrue(large.message().contains("10 MB"));
    }

    @Test
    void manyFindingsRunOverPagesWithTheTableHeaderAndPageNumbersOnEach() throws Exception {
        List<SampleNotices.Entry> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            many.add(new SampleNotices.Entry(FindingCategory.SCAFFOLDING, Severity.GENERAL,
                    "第" + (i + 1) + "处：外脚手架连墙件间距过大，剪刀撑未连续设置，脚手板未满铺。"));
        }
        // One description as long as the form allows: it must continue on the next page, not be cut.
        String longest = "超长描述".repeat(499) + "结束";
        many.add(new SampleNotices.Entry(FindingCategory.OTHER, Severity.SERIOUS, longest));
        byte[] pdf = pdf(CONTENT.notice(SampleNotices.notice("ZG-2026-00022", many), NOW));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int pages = d.getNumberOfPages();
            assertTrue(pages >= 4, "pages: " + pages);
            String flat = flat(new PDFTextStripper().getText(d));
            assertTrue(flat.contains("第" + pages + "页共" + pages + "页"), "last page numbered of the total");
            // Lines of the other columns interleave with the description's, so count what was printed of it.
            assertEquals(499, flat.chars().filter(c -> c == '超').count(), "the long description is printed whole");
            assertEquals(499, flat.chars().filter(c -> c == '长').count());
            assertTrue(flat.contains("超长描述结束"));
            for (int p = 2; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                String page = flat(one.getText(d));
                assertTrue(page.contains("（续）") && page.contains("第" + p + "页"), "page " + p + " has its running head and number");
            }
        }
        assertEquals("http://127.0.0.1:8080/verify.xhtml?no=ZG-2026-00022", decodeQr(pdf));
    }

    @Test
    void charactersTheFontLacksArePrintedAsBoxesNotDropped() throws Exception {
        List<SampleNotices.Entry> odd = List.of(new SampleNotices.Entry(FindingCategory.FIRE_SAFETY, Severity.GENERAL,
                "灭火器压力不足\uD83D\uDD25\t共3具\u0007。"));
        String flat = flat(text(pdf(CONTENT.notice(SampleNotices.notice("ZG-2026-00023", odd), NOW))));
        assertTrue(flat.contains("灭火器压力不足□共3具。"), flat);
    }

    private static SignedDocument signedRecord(String number, byte[] pdf, String projectName) {
        SignedDocument record = new SignedDocument(number, DocumentKind.ofNumber(number).orElseThrow(), "整改通知书",
                new SignedDocument.Subject("RectificationNotice", 1), null, "JD-620102-2026-0001", projectName,
                DocumentSettings.ISSUER, NOW.toLocalDate(),
                new SignedDocument.StoredPdf("2026/03/0123456789abcdef0123456789abcdef", pdf.length, DocumentSignatures.sm3Hex(pdf)),
                keyId, NOW, "zhang.wei");
        record.sign(DocumentSignatures.sign(station.getPrivate(), record));
        return record;
    }

    /** Renders the page carrying the QR code (the last) at 150 dpi and reads the code as a phone would. */
    static String decodeQr(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(d).renderImageWithDPI(d.getNumberOfPages() - 1, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
