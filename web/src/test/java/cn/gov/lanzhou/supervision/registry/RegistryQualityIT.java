package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.audit.AuditEvent;
import cn.gov.lanzhou.supervision.browser.Browsers;
import cn.gov.lanzhou.supervision.portal.PortalDeployment;
import cn.gov.lanzhou.supervision.registry.importing.RegistryImport;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQuality;
import cn.gov.lanzhou.supervision.registry.quality.ViolationFilter;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 主体库 on the running portal with the demo data: the data-quality page and its exports, the import of a
 * file with a bad row, audited unmasking, and who may reach all this (through the real login); the import's
 * progress and preview in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryQualityIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClass(PortalDeployment.class).addClasses(RegistryQualityIT.class, AuditFixture.class);
    }

    private static final String PASSWORD = "Demo@2026";
    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern FULL_MOBILE = Pattern.compile("1\\d{10}");

    @ArquillianResource
    private URL base;

    @EJB
    private RegistryQuality quality;

    @EJB
    private RegistryImport importer;

    @EJB
    private RegistryRecords records;

    // ------------------------------------------------------------------ the data-quality page

    @Test
    @RunAsClient
    void theQualityPageCountsFindingsByRuleAndDistrictAndLinksThemToTheirRecords() throws Exception {
        try (WebClient web = Staff.browser()) {
            Staff.signIn(web, base, "zhang.wei");
            HtmlPage page = web.getPage(Staff.url(base, "/staff/registry/quality.xhtml"));
            assertEquals(200, page.getWebResponse().getStatusCode());
            Map<String, Integer> byRule = Staff.matrixTotals(page);
            assertEquals(9, byRule.size(), byRule.toString());
            int total = Integer.parseInt(page.getHtmlElementById("total").getTextContent().trim());
            assertEquals(total, byRule.values().stream().mapToInt(Integer::intValue).sum());
            for (String rule : List.of("INVALID_CREDIT_CODE", "INVALID_ID_NUMBER", "INVALID_PERMIT_NUMBER", "MISSING_PARTICIPANT",
                    "EXPIRED_QUALIFICATION", "KEY_PERSON_CERTIFICATE", "KEY_PERSON_OVERLOAD")) {
                assertTrue(byRule.get(rule) > 0, "the demo registry has findings of " + rule + ": " + byRule);
            }
            int districtSum = page.getByXPath("//table[@id='matrix']/tfoot/tr/td").stream()
                    .limit(10).mapToInt(td -> Integer.parseInt(((DomElement) td).getTextContent().trim())).sum();
            assertEquals(total, districtSum, "the district columns add up to the total");

            HtmlPage credit = web.getPage(Staff.url(base, "/staff/registry/quality.xhtml?rule=INVALID_CREDIT_CODE"));
            List<String> rules = credit.getByXPath("//table[@id='findings']/tbody/tr/td[1]").stream()
                    .map(td -> ((DomElement) td).getTextContent().trim()).toList();
            assertEquals(byRule.get("INVALID_CREDIT_CODE"), rules.size());
            assertTrue(rules.stream().allMatch("统一社会信用代码不合规"::equals), rules.toString());
            assertTrue(credit.asNormalizedText().contains("第18位校验码 * 错误，应为 *"), "the message masks the check characters");

            HtmlAnchor subject = credit.getFirstByXPath("//table[@id='findings']/tbody/tr[1]/td[2]/a");
            HtmlPage enterprise = subject.click();
            assertTrue(enterprise.getUrl().getPath().endsWith("/staff/registry/enterprise.xhtml"), enterprise.getUrl().toString());
            String code = enterprise.getHtmlElementById("credit-code").getTextContent().trim();
            assertTrue(code.matches("[0-9A-Z]{12}\\*{6}"), "credit code with the last six hidden: " + code);
            assertTrue(enterprise.getHtmlElementById("findings").getTextContent().contains("统一社会信用代码不合规"));

            HtmlForm recheck = page.getFormByName("recheck");
            HtmlPage after = recheck.getInputByName("recheck:submit").click();
            assertTrue(after.getHtmlElementById("recheck-done").getTextContent().contains("已重新检查全部主体库数据"),
                    after.asNormalizedText());
            assertTrue(after.getHtmlElementById("ran-at").getTextContent().contains("（由 zhang.wei 发起）"));
            assertTrue(after.getHtmlElementById("duration").getTextContent().matches("\\s*\\d+\\.\\d{2} 秒\\s*"));
            assertTrue(Staff.latestAudit(web, base, "REGISTRY_RECHECK").startsWith("zhang.wei|Registry|"), "the re-check is audited");
        }
    }

    @Test
    @RunAsClient
    void exportsDownloadAsMaskedCsvAndExcelAndOnlyALeaderGetsFullValues() throws Exception {
        try (WebClient web = Staff.browser()) {
            Staff.signIn(web, base, "zhang.wei");
            HtmlPage page = web.getPage(Staff.url(base, "/staff/registry/quality.xhtml"));
            int total = Integer.parseInt(page.getHtmlElementById("total").getTextContent().trim());
            assertTrue(page.getElementById("export-full-csv") == null, "no full export offered to a supervisor");

            WebResponse csv = Staff.download(web, base, page.getHtmlElementById("export-csv").getAttribute("href"));
            assertTrue(csv.getContentType().startsWith("text/csv"), csv.getContentType());
            assertTrue(csv.getResponseHeaderValue("Content-Disposition").contains("filename*=UTF-8''%E6%95%B0%E6%8D%AE%E8%B4%A8%E9%87%8F"));
            List<List<String>> csvRows = Staff.csv(csv.getContentAsStream().readAllBytes());
            assertEquals("序号", csvRows.get(0).get(0));
            assertEquals(total, csvRows.size() - 1, "every finding, on one page");
            Staff.assertMasked(csvRows.subList(1, csvRows.size()));

            WebResponse xlsx = Staff.download(web, base, page.getHtmlElementById("export-xlsx").getAttribute("href"));
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.getContentType());
            List<List<String>> sheetRows = Staff.xlsx(xlsx.getContentAsStream().readAllBytes());
            assertEquals(csvRows.size(), sheetRows.size());
            Staff.assertMasked(sheetRows.subList(1, sheetRows.size()));
            assertEquals(csvRows.get(1).get(5), sheetRows.get(1).get(5), "the same findings in both formats");

            WebResponse refused = Staff.download(web, base, "/staff/registry/quality-export?format=csv&full=1");
            assertEquals(403, refused.getStatusCode());
            assertTrue(Staff.latestAudit(web, base, "REGISTRY_QUALITY_EXPORT").startsWith("zhang.wei|Registry||DENIED|"),
                    "the refused full export is audited");
        }
        try (WebClient web = Staff.browser()) {
            Staff.signIn(web, base, "zhao.min");
            HtmlPage page = web.getPage(Staff.url(base, "/staff/registry/quality.xhtml?rule=INVALID_ID_NUMBER"));
            WebResponse full = Staff.download(web, base, page.getHtmlElementById("export-full-xlsx").getAttribute("href"));
            assertEquals(200, full.getStatusCode());
            List<List<String>> rows = Staff.xlsx(full.getContentAsStream().readAllBytes());
            assertTrue(rows.size() > 1);
            assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> FULL_ID.matcher(r.get(5)).matches()),
                    "the leader's export has the ID numbers in full: " + rows);
            assertTrue(Staff.latestAudit(web, base, "REGISTRY_QUALITY_EXPORT").contains("FULL VALUES"));
        }
    }

    // ------------------------------------------------------------------ import

    @Test
    @RunAsClient
    void anImportShowsTheErrorOfItsBadRowAndAddsTheChosenValidRows() throws Exception {
        String stamp = Long.toString(System.currentTimeMillis() % 24_300_000L, 31).toUpperCase().replace('S', 'T')
                .replace('V', 'W').replace('O', 'P').replace('I', 'J').replace('Z', 'Y');
        String first = Staff.creditCode("MA7" + Staff.pad(stamp, 4) + "1");
        String second = Staff.creditCode("MA7" + Staff.pad(stamp, 4) + "2");
        String good = Staff.creditCode("MA7" + Staff.pad(stamp, 4) + "3");
        char wrong = UnifiedSocialCreditCodes.ALPHABET.charAt((UnifiedSocialCreditCodes.ALPHABET.indexOf(good.charAt(17)) + 1) % 31);
        String bad = good.substring(0, 17) + wrong;
        String csv = "统一社会信用代码,企业名称,企业类型,所在区县,联系电话\n"
                + first + ",集成测试甲" + stamp + "建设有限公司,施工单位,城关区,0931-8123456\n"
                + bad + ",集成测试坏行" + stamp + "公司,施工单位,城关区,\n"
                + second + ",集成测试乙" + stamp + "监理有限公司,监理单位,七里河区,13909310001\n";
        Path file = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "企业导入", ".csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));

        try (WebClient web = Staff.browser()) {
            Staff.signIn(web, base, "zhang.wei");
            HtmlPage page = web.getPage(Staff.url(base, "/staff/registry/import.xhtml"));
            HtmlForm upload = page.getFormByName("upload");
            ((HtmlFileInput) upload.getInputByName("upload:file")).setValue(file.toString());
            HtmlPage preview = Staff.untilPreview(upload.getInputByName("upload:submit").click());

            String summary = preview.getHtmlElementById("preview-summary").getTextContent().replaceAll("\\s+", "");
            assertTrue(summary.contains("CSV（GBK编码）") && summary.contains("共3行，可导入2行") && summary.contains("有错误1行"), summary);
            DomElement badRow = preview.getFirstByXPath("//table[@id='rows']/tbody/tr[@data-line='3']");
            assertTrue(badRow.getTextContent().contains("统一社会信用代码第18位校验码 " + wrong + " 错误，应为 " + good.charAt(17)),
                    badRow.getTextContent());
            assertTrue(badRow.getElementsByTagName("input").isEmpty(), "a row with errors cannot be chosen");

            HtmlPage done = preview.getFormByName("preview").getInputByName("preview:commit").click();
            String result = done.getHtmlElementById("import-summary").getTextContent();
            assertTrue(result.contains("导入 2 条企业记录"), result);
            assertTrue(Staff.latestAudit(web, base, "REGISTRY_IMPORT").matches("zhang\\.wei\\|ENTERPRISE\\|\\|SUCCESS\\|.*文件 3 行，有效 2 行，选中 2 行.*已导入 2 条"),
                    Staff.latestAudit(web, base, "REGISTRY_IMPORT"));

            HtmlPage list = web.getPage(Staff.url(base, "/staff/registry/enterprises.xhtml?q=" + stamp));
            String listed = list.getHtmlElementById("enterprises").getTextContent();
            assertTrue(listed.contains("集成测试甲" + stamp) && listed.contains("集成测试乙" + stamp), listed);
            assertFalse(listed.contains("坏行"), "the bad row was not imported");
            assertTrue(listed.contains(first.substring(0, 12) + "******") && !listed.contains(first), "masked in the list");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ------------------------------------------------------------------ unmasking

    @Test
    @RunAsClient
    void unmaskingShowsFullValuesToThoseAllowedAndIsAudited() throws Exception {
        try (WebClient web = Staff.browser()) {
            Staff.signIn(web, base, "zhao.min");
            HtmlPage persons = web.getPage(Staff.url(base, "/staff/registry/persons.xhtml"));
            HtmlAnchor firstPerson = persons.getFirstByXPath("//table[@id='persons']/tbody/tr[1]/th/a");
            String personId = firstPerson.getHrefAttribute().replaceAll(".*id=", "");
            HtmlPage person = firstPerson.click();
            String masked = person.getHtmlElementById("id-number").getTextContent().trim();
            assertTrue(masked.matches("\\d{3}\\*{11}[\\dX]{4}"), masked);
            HtmlPage revealed = person.getFormByName("reveal").getInputByName("reveal:submit").click();
            String full = revealed.getHtmlElementById("id-number").getTextContent().trim();
            assertTrue(FULL_ID.matcher(full).matches() && full.startsWith(masked.substring(0, 3)) && full.endsWith(masked.substring(14)), full);
            assertTrue(revealed.asNormalizedText().contains("此次查看已记入审计日志"));
            assertEquals("zhao.min|Person|" + personId + "|SUCCESS|fields 身份证号、手机号码",
                    Staff.latestAudit(web, base, "REGISTRY_UNMASK"));
            HtmlPage again = web.getPage(Staff.url(base, "/staff/registry/person.xhtml?id=" + personId));
            assertEquals(masked, again.getHtmlElementById("id-number").getTextContent().trim(), "masked again on the next visit");
        }
        try (WebClient web = Staff.browser()) {
            Staff.signIn(web, base, "zhang.wei");
            HtmlPage others = web.getPage(Staff.url(base, "/staff/registry/enterprises.xhtml?district=620103"));
            HtmlPage enterprise = ((HtmlAnchor) others.getFirstByXPath("//table[@id='enterprises']/tbody/tr[1]/th/a")).click();
            assertTrue(enterprise.getElementById("reveal-not-allowed") != null, "a 城关区 supervisor may not unmask a 七里河区 enterprise");
            assertTrue(enterprise.getElementById("reveal:submit") == null);
        }
    }

    // ------------------------------------------------------------------ who may reach it

    @Test
    @RunAsClient
    void enterpriseUsersEditorsAndAnonymousVisitorsCannotReachTheRegistry() throws Exception {
        List<String> urls = List.of("/staff/registry/quality.xhtml", "/staff/registry/enterprises.xhtml", "/staff/registry/import.xhtml",
                "/staff/registry/person.xhtml?id=50", "/staff/registry/quality-export?format=csv",
                "/staff/registry/import-template?kind=person&format=xlsx");
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("(anonymous)", List.of(302, 302, 302, 302, 302, 302));
        expected.put("qiye.demo", List.of(403, 403, 403, 403, 403, 403));
        expected.put("chen.jing", List.of(403, 403, 403, 403, 403, 403));
        expected.put("zhang.wei", List.of(200, 200, 200, 200, 200, 200));
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (String account : expected.keySet()) {
            try (WebClient web = Staff.browser()) {
                if (!account.startsWith("(")) {
                    Staff.signIn(web, base, account);
                }
                web.getOptions().setRedirectEnabled(false);
                List<Integer> statuses = new ArrayList<>();
                for (String url : urls) {
                    WebResponse r = web.getPage(Staff.url(base, url)).getWebResponse();
                    statuses.add(r.getStatusCode());
                    if (r.getStatusCode() == 302) {
                        assertTrue(r.getResponseHeaderValue("Location").endsWith("/login.xhtml"), url);
                    }
                }
                actual.put(account, statuses);
            }
        }
        System.out.println("Registry access (status per URL " + urls + "): " + actual);
        assertEquals(expected, actual);
    }

    @Test
    void theRegistryServicesRefuseACallerWithoutTheirRoles() {
        assertEquals("DENIED", probe(() -> quality.summary()));
        assertEquals("DENIED", probe(() -> quality.violations(ViolationFilter.ALL, 1, 5)));
        assertEquals("DENIED", probe(() -> records.persons(null, 1, 5)));
        assertEquals("DENIED", probe(() -> records.revealPerson(50, "127.0.0.1")));
        assertEquals("DENIED", probe(() -> importer.maxBytes()));
    }

    private static String probe(Supplier<?> call) {
        try {
            call.get();
            return "OK";
        } catch (EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return "DENIED";
                }
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ a real browser

    @Test
    @RunAsClient
    void inChromiumALargeImportShowsItsProgressThenThePreviewWithoutCspViolations() throws Exception {
        StringBuilder csv = new StringBuilder("姓名,身份证号,手机号码\n");
        int rows = 3000;
        for (int i = 0; i < rows; i++) {
            String first17 = "620102" + LocalDate.of(1970, 1, 1).plusDays(i * 3L).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", 900 + i % 99);
            csv.append("浏览器人员").append(i).append(',').append(first17).append(ResidentIdNumbers.checkDigit(first17))
                    .append(",1390931").append(String.format("%04d", i)).append('\n');
        }
        String badFirst17 = "62010219700101123";
        char right = ResidentIdNumbers.checkDigit(badFirst17);
        csv.append("坏行人员,").append(badFirst17).append(right == '0' ? '1' : '0').append(",\n");
        Path file = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "persons", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try {
            Chromium.Outcome outcome = Chromium.importPersons(base, file);
            assertTrue(outcome.summary().contains("共" + (rows + 1) + "行，可导入" + rows + "行") && outcome.summary().contains("有错误1行"),
                    outcome.summary());
            assertTrue(outcome.sawProgress(), "the progress bar was shown while the file was checked");
            assertEquals(List.of(), outcome.cspViolations(), "no CSP violation on the import page (PrimeFaces poll included)");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ------------------------------------------------------------------ fixtures and HtmlUnit steps

    /**
     * Test-only fixture, deployed with this class and never part of portal.war: the latest audit event of a
     * type as {@code user|objectType|objectId|outcome|detail}, so that a browser test can check what was recorded.
     */
    @jakarta.servlet.annotation.WebServlet("/it/registry-audit")
    public static class AuditFixture extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;

        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            String line = em.createQuery("select e from AuditEvent e where e.eventType = :t order by e.id desc", AuditEvent.class)
                    .setParameter("t", req.getParameter("type")).setMaxResults(1).getResultStream()
                    .map(e -> e.getUsername() + "|" + e.getObjectType() + "|" + (e.getObjectId() == null ? "" : e.getObjectId())
                            + "|" + e.getOutcome().name() + "|" + e.getDetail())
                    .findFirst().orElse("-");
            resp.setContentType("text/plain");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write(line);
        }

    }

    /**
     * Chromium steps, in a class of their own: the container loads the test class, and Selenium is not there.
     */
    static final class Chromium {

        private Chromium() {
        }

        record Outcome(String summary, boolean sawProgress, List<String> cspViolations) {
        }

        /** Signs li.na in, uploads the persons file from the import page and waits for the preview. */
        static Outcome importPersons(URL base, Path file) throws Exception {
            ChromeDriver browser = Browsers.chromium(1280, 1000);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                browser.get(Staff.url(base, "/login.xhtml").toString());
                browser.findElement(By.name("login:username")).sendKeys("li.na");
                browser.findElement(By.name("login:password")).sendKeys(PASSWORD);
                browser.findElement(By.name("login:submit")).click();
                wait.until(ExpectedConditions.urlContains("/staff/workbench.xhtml"));
                browser.findElement(By.id("registry-import")).click();
                wait.until(ExpectedConditions.urlContains("/staff/registry/import.xhtml"));
                browser.findElement(By.cssSelector("input[name='upload:kind'][value='PERSON']")).click();
                browser.findElement(By.name("upload:file")).sendKeys(file.toString());
                browser.findElement(By.name("upload:submit")).click();
                // The page comes back before the check is over (the tests set the wait to 0 ms) and polls.
                wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("progress-card")),
                        ExpectedConditions.presenceOfElementLocated(By.id("preview-card"))));
                boolean sawProgress = !browser.findElements(By.cssSelector("#progress-card progress")).isEmpty();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-summary")));
                String summary = browser.findElement(By.id("preview-summary")).getText().replaceAll("\\s+", "");
                List<String> violations = new ArrayList<>();
                for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
                    if (e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Content-Security-Policy")) {
                        violations.add(e.getMessage());
                    }
                }
                return new Outcome(summary, sawProgress, violations);
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * HtmlUnit steps. A nested class, so that HtmlUnit types stay out of the test class's own method signatures:
     * JUnit reads those in the container, where HtmlUnit is absent.
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

        static URL url(URL base, String path) throws Exception {
            return base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path).toURL();
        }

        /** Signs a demo account without a second factor in through the staff login form. */
        static void signIn(WebClient web, URL base, String username) throws Exception {
            HtmlPage login = web.getPage(url(base, "/login.xhtml"));
            HtmlForm form = login.getFormByName("login");
            form.getInputByName("login:username").setValue(username);
            form.getInputByName("login:password").setValue(PASSWORD);
            Page landed = form.getInputByName("login:submit").click();
            assertTrue(landed.getUrl().getPath().endsWith("/staff/workbench.xhtml"), username + " signed in, but on " + landed.getUrl());
        }

        /** The latest audit event of a type, from {@link AuditFixture}. */
        static String latestAudit(WebClient web, URL base, String type) throws Exception {
            return web.getPage(url(base, "/it/registry-audit?type=" + type)).getWebResponse()
                    .getContentAsString(StandardCharsets.UTF_8).trim();
        }

        static WebResponse download(WebClient web, URL base, String href) throws Exception {
            return web.getPage(url(base, href.substring(href.indexOf("/staff/")))).getWebResponse();
        }

        /** Rule name → row total of the matrix. */
        static Map<String, Integer> matrixTotals(HtmlPage page) {
            Map<String, Integer> totals = new LinkedHashMap<>();
            for (Object o : page.getByXPath("//table[@id='matrix']/tbody/tr")) {
                DomElement tr = (DomElement) o;
                List<DomElement> cells = new ArrayList<>();
                tr.getChildElements().forEach(cells::add);
                totals.put(tr.getAttribute("data-rule"), Integer.parseInt(cells.get(cells.size() - 1).getTextContent().trim()));
            }
            return totals;
        }

        /** Clicks 刷新进度 until the preview is there (the page polls by itself with JavaScript). */
        static HtmlPage untilPreview(HtmlPage page) throws Exception {
            for (int i = 0; i < 60 && page.getElementById("preview-card") == null; i++) {
                assertTrue(page.getElementById("file-error") == null, page.asNormalizedText());
                Thread.sleep(500);
                page = page.getFormByName("progress").getInputByName("progress:refresh").click();
            }
            assertTrue(page.getElementById("preview-card") != null, page.asNormalizedText());
            return page;
        }

        static List<List<String>> csv(byte[] bytes) throws Exception {
            assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 BOM");
            return CSVFormat.RFC4180.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                    .getRecords().stream().map(CSVRecord::toList).toList();
        }

        static List<List<String>> xlsx(byte[] bytes) throws Exception {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = book.getSheetAt(0);
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 10; c++) {
                        var cell = row.getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                    }
                    rows.add(cells);
                }
                return rows;
            }
        }

        /**
         * Subjects' credit codes and ID numbers masked, no full ID number among the values of persons, no birth
         * date in the messages of the ID-number rule, phones masked. (Permit numbers are not personal data.)
         */
        static void assertMasked(List<List<String>> rows) {
            for (List<String> row : rows) {
                String kind = row.get(3);
                String code = row.get(5);
                if (kind.equals("企业")) {
                    assertTrue(code.matches("[0-9A-Z]{12}\\*{6}"), code);
                } else if (kind.equals("人员")) {
                    assertTrue(code.matches("\\d{3}\\*{11}[\\dX]{4}"), code);
                    assertFalse(FULL_ID.matcher(row.get(7)).find(), "a full ID number in " + row);
                }
                if (row.get(1).equals("身份证号不合规")) {
                    assertFalse(row.get(8).matches(".*\\d{8}.*"), "a birth date in " + row);
                }
                assertFalse(FULL_MOBILE.matcher(row.get(9)).find(), "a full mobile number in " + row);
                assertTrue(row.get(9).isEmpty() || row.get(9).contains("****"), row.get(9));
            }
            assertTrue(rows.stream().map(r -> r.get(3)).collect(Collectors.toSet()).containsAll(List.of("企业", "人员", "工程")));
        }

        static String creditCode(String organisation8) {
            String first17 = "91620102" + organisation8 + UnifiedSocialCreditCodes.organizationCheckCharacter(organisation8);
            return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
        }

        static String pad(String s, int n) {
            String t = s.length() >= n ? s.substring(s.length() - n) : "0".repeat(n - s.length()) + s;
            return t;
        }
    }
}
