package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.portal.PortalDeployment;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed documents on the running portal with the demo data: a supervisor signs a demo notice's
 * 整改通知书 and 停工令 on the staff page, gets the same PDF when signing again, and the public
 * verification page and API tell the original from a modified copy; bad input gets a clear Chinese
 * answer, and only staff and the addressed enterprise get the PDF.
 *
 * <p>Every test issues what it needs itself (issuing is idempotent), so the tests do not depend on
 * each other's order.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClass(PortalDeployment.class)
                .addClasses(DocumentsIT.class, DocumentsIT.Staff.class, DocumentFixtures.class, FixtureServlet.class);
    }

    private static final String PASSWORD = "Demo@2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    private URL base;

    @EJB
    private SignedDocuments documents;

    /** A demo notice for a case: its number, its project's supervisor, a supervisor with no part in it. */
    record Notice(String number, String supervisor, String outsider) {
        String stopWorkNumber() {
            return "TG" + number.substring(2);
        }
    }

    // --- issuing ---------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aSupervisorSignsTheNoticeOnceAndGetsTheSameBytesEveryTime() throws Exception {
        Notice n = notice("major");
        try (WebClient web = Staff.browser()) {
            Staff.logIn(web, base, n.supervisor());
            HtmlPage issued = Staff.issue(web, base, n.number(), "issue-notice");
            assertTrue(issued.getElementById("download-notice") != null, "the page offers the signed PDF: " + issued.asNormalizedText());
            assertTrue(issued.getElementById("issue-notice") == null, "and no second signing");
            byte[] first = Staff.download(web, base, n.number());

            HtmlPage again = Staff.post(web, base, n.number(), "RECTIFICATION_NOTICE");
            assertTrue(again.getHtmlElementById("issued").asNormalizedText().contains("该文书此前已签发，未重复生成"),
                    again.asNormalizedText());
            assertArrayEquals(first, Staff.download(web, base, n.number()), "issuing again gives the very same PDF");

            String pdfText = pdfText(first);
            assertTrue(pdfText.contains("建设工程质量安全隐患整改通知书") && pdfText.contains("编号：" + n.number()), pdfText);
            assertTrue(pdfText.contains("重大"), "the notice lists its major finding");
        }
    }

    @Test
    @RunAsClient
    void theQrCodeOnThePdfOpensTheVerificationPageWithItsNumber() throws Exception {
        Notice n = notice("major");
        byte[] pdf = issueAndDownload(n.supervisor(), n.number(), "RECTIFICATION_NOTICE");
        String url = decodeQr(pdf);
        assertEquals("http://127.0.0.1:8080/verify.xhtml?no=" + n.number(), url, "portal.documents.verify-url is not set in the tests");
        URI printed = URI.create(url);
        HttpResponse<String> page = get(printed.getPath().substring(1) + "?" + printed.getQuery());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-outcome=\"SIGNATURE_VALID\"") && page.body().contains("本站签发，签名有效"), page.body());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "the public page makes no session");
    }

    @Test
    @RunAsClient
    void aStopWorkOrderNeedsAMajorHazardAndTheSupervisorInCharge() throws Exception {
        Notice major = notice("major");
        byte[] order = issueAndDownload(major.supervisor(), major.number(), "STOP_WORK_ORDER");
        String text = pdfText(order);
        assertTrue(text.contains("建设工程停工令") && text.contains("编号：" + major.stopWorkNumber()), text);
        assertEquals(200, verification(major.stopWorkNumber()).statusCode());

        Notice minor = notice("minor");
        try (WebClient web = Staff.browser()) {
            Staff.logIn(web, base, minor.supervisor());
            HtmlPage refused = Staff.post(web, base, minor.number(), "STOP_WORK_ORDER");
            assertTrue(refused.getHtmlElementById("refusal").asNormalizedText().contains("没有重大隐患，不能签发停工令"),
                    refused.asNormalizedText());
        }
        assertEquals(404, verification(minor.stopWorkNumber()).statusCode(), "nothing was signed for it");

        assertNotEquals("-", minor.outsider());
        try (WebClient web = Staff.browser()) {
            Staff.logIn(web, base, minor.outsider());
            HtmlPage refused = Staff.post(web, base, minor.number(), "RECTIFICATION_NOTICE");
            assertTrue(refused.getHtmlElementById("refusal").asNormalizedText().contains("不能签发其整改通知书"),
                    refused.asNormalizedText());
        }
        assertTrue(Long.parseLong(fixture("audit", "type", "DOCUMENT_ISSUE", "object", minor.number(), "outcome", "DENIED")) >= 1,
                "the refusal is audited");
    }

    // --- public verification ---------------------------------------------------------------------

    @Test
    @RunAsClient
    void theVerificationPageAndApiTellTheOriginalFromAModifiedCopy() throws Exception {
        Notice n = notice("major");
        byte[] pdf = issueAndDownload(n.supervisor(), n.number(), "RECTIFICATION_NOTICE");
        long auditedBefore = Long.parseLong(fixture("any-audit", "object", n.number()));
        byte[] modified = pdf.clone();
        modified[modified.length / 2] ^= 0x20;

        HttpResponse<String> genuine = upload(n.number(), "notice.pdf", "application/pdf", pdf);
        assertEquals(200, genuine.statusCode());
        assertTrue(genuine.body().contains("data-outcome=\"FILE_GENUINE\"") && genuine.body().contains("文件真实"), genuine.body());
        assertTrue(genuine.body().contains("id=\"uploaded-sm3\""));
        assertTrue(genuine.headers().allValues("Set-Cookie").isEmpty(), "anonymous upload makes no session");

        HttpResponse<String> tampered = upload(n.number(), "notice.pdf", "application/pdf", modified);
        assertTrue(tampered.body().contains("data-outcome=\"FILE_TAMPERED\"") && tampered.body().contains("不一致"), tampered.body());

        HttpResponse<String> api = verification(n.number());
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"outcome\":\"SIGNATURE_VALID\"") && api.body().contains("\"genuine\":true"), api.body());
        assertTrue(api.body().contains("\"algorithm\":\"SM3withSM2\"") && api.body().contains("BEGIN PUBLIC KEY"), api.body());
        Set<String> fields = new TreeSet<>();
        Matcher m = Pattern.compile("\"(\\w+)\":").matcher(api.body());
        while (m.find()) {
            fields.add(m.group(1));
        }
        assertTrue(Set.of("number", "outcome", "genuine", "headline", "message", "document", "signature", "kind", "kindLabel",
                "title", "projectNo", "projectName", "issuedOn", "issuer", "signedAt", "pdfSm3", "pdfSize", "algorithm",
                "signerId", "keyId", "valid", "value", "signedText", "publicKeyPem").containsAll(fields),
                "public facts only, nobody's name: " + fields);
        assertFalse(api.body().contains(n.supervisor()), "not who signed it");

        URI openapi = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/openapi").toURI();
        String described = HTTP.send(HttpRequest.newBuilder(openapi).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(described.contains("/api/v1/documents/{number}/verification"), "the API is documented in OpenAPI");

        assertTrue(postPdf(n.number(), pdf).body().contains("\"outcome\":\"FILE_GENUINE\""));
        HttpResponse<String> apiTampered = postPdf(n.number(), modified);
        assertEquals(200, apiTampered.statusCode());
        assertTrue(apiTampered.body().contains("\"outcome\":\"FILE_TAMPERED\"") && apiTampered.body().contains("\"genuine\":false"));
        assertEquals(auditedBefore, Long.parseLong(fixture("any-audit", "object", n.number())),
                "public verification leaves no audit record (it is what the public is meant to do)");
    }

    @Test
    @RunAsClient
    void badInputGetsAClearChineseAnswer() throws Exception {
        Notice n = notice("major");
        byte[] pdf = issueAndDownload(n.supervisor(), n.number(), "RECTIFICATION_NOTICE");

        HttpResponse<String> unknown = upload("ZG-1999-99999", null, null, null);
        assertTrue(unknown.body().contains("data-outcome=\"NOT_FOUND\"") && unknown.body().contains("本站没有签发过编号为 ZG-1999-99999 的文书"),
                unknown.body());
        assertEquals(404, verification("ZG-1999-99999").statusCode());

        HttpResponse<String> malformed = get("verify.xhtml?no=" + java.net.URLEncoder.encode("ZG<script>", StandardCharsets.UTF_8));
        assertEquals(200, malformed.statusCode());
        assertTrue(malformed.body().contains("格式不正确") && !malformed.body().contains("ZG<script>"), "escaped: " + malformed.body());
        HttpResponse<String> apiMalformed = verification("12345");
        assertEquals(400, apiMalformed.statusCode());
        assertTrue(apiMalformed.body().contains("MALFORMED_NUMBER") && apiMalformed.body().contains("格式不正确"));

        HttpResponse<String> notPdf = upload(n.number(), "photo.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0 JFIF".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(notPdf.body().contains("data-outcome=\"FILE_NOT_PDF\"") && notPdf.body().contains("不是 PDF 文件"), notPdf.body());
        assertEquals(400, postPdf(n.number(), "plain text".getBytes(StandardCharsets.UTF_8)).statusCode());

        byte[] huge = Arrays.copyOf(pdf, 11 * 1024 * 1024);
        HttpResponse<String> tooLarge = upload(n.number(), "big.pdf", "application/pdf", huge);
        assertEquals(200, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("超过 10 MB"), tooLarge.body());
        assertEquals(413, postPdf(n.number(), huge).statusCode());

        HttpResponse<String> empty = upload("", null, null, null);
        assertTrue(empty.body().contains("请输入文书编号"), empty.body());

        HttpResponse<String> crossSite = HTTP.send(multipart(n.number(), "notice.pdf", "application/pdf", pdf)
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode(), "a form on another site cannot post here");
    }

    // --- who gets the PDF ------------------------------------------------------------------------

    @Test
    @RunAsClient
    void onlyStaffAndTheAddressedEnterpriseGetThePdf() throws Exception {
        Notice other = notice("other-enterprise");
        issueAndDownload("zhao.min", other.number(), "RECTIFICATION_NOTICE");

        HttpResponse<byte[]> anonymous = HTTP.send(HttpRequest.newBuilder(url("documents/download?no=" + other.number())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertFalse(new String(anonymous.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"), "no PDF for the public");

        try (WebClient web = Staff.browser()) {
            Staff.logIn(web, base, "qiye.demo");
            Page refused = web.getPage(url("documents/download?no=" + other.number()).toURL());
            assertEquals(403, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getWebResponse().getContentAsString(StandardCharsets.UTF_8).contains("您无权下载文书"));
        }
        assertTrue(Long.parseLong(fixture("audit", "type", "DOCUMENT_DOWNLOAD", "object", other.number(), "outcome", "DENIED")) >= 1,
                "the refusal is audited");

        try (WebClient web = Staff.browser()) {
            Staff.logIn(web, base, "chen.jing");
            Page editor = web.getPage(url("documents/download?no=" + other.number()).toURL());
            assertEquals(403, editor.getWebResponse().getStatusCode(), "an editor is staff, but not supervision staff");
            Page desk = web.getPage(url("staff/documents.xhtml").toURL());
            assertEquals(403, desk.getWebResponse().getStatusCode(), "nor may an editor open the signing page");
        }

        Notice own = notice("demo-enterprise");
        assertNotEquals("-", own.number(), "the demo enterprise account's company has rectification notices");
        byte[] issued = issueAndDownload("zhao.min", own.number(), "RECTIFICATION_NOTICE");
        try (WebClient web = Staff.browser()) {
            Staff.logIn(web, base, "qiye.demo");
            assertArrayEquals(issued, Staff.download(web, base, own.number()), "the addressee gets its own document");
        }
        assertTrue(Long.parseLong(fixture("audit", "type", "DOCUMENT_DOWNLOAD", "object", other.number(), "outcome", "SUCCESS")) >= 1);
        assertTrue(Long.parseLong(fixture("audit", "type", "DOCUMENT_ISSUE", "object", other.number(), "outcome", "SUCCESS")) == 1,
                "issued once, audited once");
    }

    @Test
    void theVerificationServiceAnswersWithoutACaller() {
        // In the container, with nobody signed in: the public service needs no role.
        DocumentVerification v = documents.verify("ZG-1999-99999", null);
        assertEquals(VerificationOutcome.NOT_FOUND, v.outcome());
        assertTrue(v.message().contains("本站没有签发过编号为 ZG-1999-99999 的文书"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Notice notice(String kind) throws Exception {
        String[] parts = fixture(kind).strip().split(" ");
        return parts.length == 3 ? new Notice(parts[0], parts[1], parts[2]) : new Notice("-", "-", "-");
    }

    private byte[] issueAndDownload(String user, String noticeNo, String kind) throws Exception {
        try (WebClient web = Staff.browser()) {
            Staff.logIn(web, base, user);
            HtmlPage page = Staff.post(web, base, noticeNo, kind);
            String number = "STOP_WORK_ORDER".equals(kind) ? "TG" + noticeNo.substring(2) : noticeNo;
            assertTrue(page.asNormalizedText().contains(number), page.asNormalizedText());
            return Staff.download(web, base, number);
        }
    }

    private URI url(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> verification(String number) throws Exception {
        return get("api/v1/documents/" + number + "/verification");
    }

    private HttpResponse<String> postPdf(String number, byte[] pdf) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url("api/v1/documents/" + number + "/verification"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String fixture(String kind, String... parameters) throws Exception {
        StringBuilder query = new StringBuilder("it/documents?case=" + kind);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            query.append('&').append(parameters[i]).append('=').append(java.net.URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = get(query.toString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The upload form as a browser sends it: {@code no} and, when given, the file. */
    private HttpResponse<String> upload(String number, String fileName, String type, byte[] content) throws Exception {
        return HTTP.send(multipart(number, fileName, type, content).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder multipart(String number, String fileName, String type, byte[] content) throws Exception {
        String boundary = "----portal-it-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"no\"\r\n\r\n" + number + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (content != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url("documents/verify")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("[\\s\\u3000]+", "");
        }
    }

    /** Renders the page with the QR code (the last) and reads the code as a phone camera would. */
    private static String decodeQr(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(d).renderImageWithDPI(d.getNumberOfPages() - 1, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }

    /**
     * Test-only fixture, deployed with this class and never part of portal.war: demo notices for each
     * case and audit counts ({@code ?case=major|minor|demo-enterprise|other-enterprise|audit|any-audit}).
     */
    @jakarta.servlet.annotation.WebServlet("/it/documents")
    public static class FixtureServlet extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        private DocumentFixtures fixtureData;

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            String answer = switch (req.getParameter("case")) {
                case "major" -> fixtureData.majorNotice();
                case "minor" -> fixtureData.minorNotice();
                case "demo-enterprise" -> fixtureData.noticeOfDemoEnterprise();
                case "other-enterprise" -> fixtureData.noticeOfAnotherEnterprise();
                case "audit" -> Long.toString(fixtureData.audited(req.getParameter("type"), req.getParameter("object"),
                        AuditOutcome.valueOf(req.getParameter("outcome"))));
                case "any-audit" -> Long.toString(fixtureData.anyAudit(req.getParameter("object")));
                default -> "unknown case";
            };
            resp.setContentType("text/plain");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write(answer);
        }
    }

    /**
     * HtmlUnit steps. A nested class, so that HtmlUnit types stay out of the test class's own method
     * signatures: JUnit reads those in the container, where HtmlUnit is absent.
     */
    static final class Staff {

        private Staff() {
        }

        static WebClient browser() {
            WebClient web = new WebClient();
            web.getOptions().setCssEnabled(false);
            web.getOptions().setJavaScriptEnabled(false);
            web.getOptions().setThrowExceptionOnFailingStatusCode(false);
            return web;
        }

        static void logIn(WebClient web, URL base, String username) throws Exception {
            HtmlPage login = web.getPage(base.toURI().resolve("login.xhtml").toURL());
            HtmlForm form = login.getFormByName("login");
            form.getInputByName("login:username").setValue(username);
            form.getInputByName("login:password").setValue(PASSWORD);
            HtmlPage landed = form.getInputByName("login:submit").click();
            assertTrue(landed.getUrl().getPath().endsWith("/staff/workbench.xhtml")
                            || landed.getUrl().getPath().endsWith("/enterprise/index.xhtml"),
                    username + " signed in, but on " + landed.getUrl() + ": " + landed.asNormalizedText());
        }

        /** Opens the staff page for the notice and presses its button (issue-notice or issue-stop-work). */
        static HtmlPage issue(WebClient web, URL base, String noticeNo, String buttonId) throws Exception {
            HtmlPage page = web.getPage(base.toURI().resolve("staff/documents.xhtml?notice=" + noticeNo).toURL());
            assertEquals(200, page.getWebResponse().getStatusCode(), page.asNormalizedText());
            if (page.getElementById(buttonId) == null) {
                return page; // signed before: the page offers the download instead
            }
            return page.getHtmlElementById(buttonId).click();
        }

        /** Posts the issue form the way the page's button does. */
        static HtmlPage post(WebClient web, URL base, String noticeNo, String kind) throws Exception {
            org.htmlunit.WebRequest request = new org.htmlunit.WebRequest(base.toURI().resolve("documents/issue").toURL(),
                    org.htmlunit.HttpMethod.POST);
            request.setRequestParameters(java.util.List.of(new org.htmlunit.util.NameValuePair("notice", noticeNo),
                    new org.htmlunit.util.NameValuePair("kind", kind)));
            request.setCharset(StandardCharsets.UTF_8);
            return web.getPage(request);
        }

        static byte[] download(WebClient web, URL base, String number) throws Exception {
            Page page = web.getPage(base.toURI().resolve("documents/download?no=" + number).toURL());
            var response = page.getWebResponse();
            assertEquals(200, response.getStatusCode(), response.getContentAsString());
            assertEquals("application/pdf", response.getContentType());
            try (var in = response.getContentAsStream()) {
                byte[] bytes = in.readAllBytes();
                assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
                return bytes;
            }
        }
    }
}
