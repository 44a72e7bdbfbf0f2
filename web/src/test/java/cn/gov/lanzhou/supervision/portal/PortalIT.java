package cn.gov.lanzhou.supervision.portal;

import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.identity.AccountStore;
import cn.gov.lanzhou.supervision.identity.LoginResult;
import cn.gov.lanzhou.supervision.registry.ProjectDirectory;
import cn.gov.lanzhou.supervision.registry.ProjectStatus;
import jakarta.ejb.EJB;
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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole portal on Payara Micro with the demo data: services called inside the container,
 * pages and API called over HTTP from outside, and a login through the real form.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClass(PortalIT.class).addClass(PortalDeployment.class);
    }

    @EJB
    private ProjectDirectory projects;

    @EJB
    private AccountStore accounts;

    @EJB
    private AuditTrail audit;

    @ArquillianResource
    private URL base;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> get(URL base, String path) throws Exception {
        URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void demoDataFillsAbelievableRegistry() {
        assertTrue(projects.countByStatus(ProjectStatus.UNDER_CONSTRUCTION) >= 50,
                "demo data has projects under construction");
        assertTrue(projects.countByStatus(ProjectStatus.COMPLETED) > 0, "and completed ones");
        assertTrue(projects.countEnterprises() >= 100);
    }

    @Test
    void aWrongPasswordIsRefusedAndEveryAttemptIsInTheIntactAuditChain() {
        LoginResult wrong = accounts.authenticate("zhang.wei", "not-the-password".toCharArray(), "127.0.0.1");
        assertFalse(wrong.succeeded());
        assertEquals("用户名或密码错误", wrong.message());
        LoginResult unknown = accounts.authenticate("nobody.here", "whatever1A".toCharArray(), "127.0.0.1");
        assertEquals(wrong.message(), unknown.message(), "no hint whether the account exists");
        LoginResult right = accounts.authenticate("zhang.wei", "Demo@2026".toCharArray(), "127.0.0.1");
        assertTrue(right.succeeded());
        assertTrue(right.roles().contains("SUPERVISOR"));
        AuditTrail.Verification v = audit.verify();
        assertTrue(v.intact(), v.message());
        assertTrue(v.checked() >= 3);
    }

    @Test
    @RunAsClient
    void everyMenuPageIsServedWithoutCreatingASession() throws Exception {
        for (String path : List.of("/", "/info.xhtml", "/services.xhtml", "/complaint.xhtml", "/progress.xhtml",
                "/statistics.xhtml", "/about.xhtml", "/login.xhtml")) {
            HttpResponse<String> r = get(base, path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("兰州市建设工程安全质量监督站"), path);
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + " must not create a session: " + r.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    @RunAsClient
    void theHomePageShowsPublishedDemoArticlesAndQuickEntries() throws Exception {
        String home = get(base, "/").body();
        assertTrue(home.contains("监督动态") && home.contains("通知公告"));
        assertTrue(home.contains("article.xhtml?id="), "latest articles are linked");
        assertTrue(home.contains("id=\"quick-complaint\"") && home.contains("id=\"quick-progress\""));
    }

    @Test
    @RunAsClient
    void theProjectsApiPagesAndAnswersProgressWithoutPersonalData() throws Exception {
        HttpResponse<String> list = get(base, "/api/v1/projects?size=5&status=UNDER_CONSTRUCTION");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"projectNo\":\"JD-"), list.body());
        String no = list.body().replaceAll("(?s).*?\"projectNo\":\"(JD-[0-9-]+)\".*", "$1");
        HttpResponse<String> progress = get(base, "/api/v1/projects/" + no + "/progress");
        assertEquals(200, progress.statusCode());
        assertTrue(progress.body().contains("\"inspections\":"));
        java.util.Set<String> fields = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(\\w+)\":").matcher(progress.body());
        while (m.find()) {
            fields.add(m.group(1));
        }
        assertTrue(List.of("projectNo", "permitNo", "name", "district", "projectType", "status", "stage", "startDate",
                "plannedCompletion", "completedOn", "inspections", "lastInspectedOn", "openNotices", "closedNotices",
                "overdueNotices").containsAll(fields), "only the public subset, no personal data: " + fields);
        assertEquals(404, get(base, "/api/v1/projects/JD-000000-1999-0000/progress").statusCode());
    }

    @Test
    @RunAsClient
    void operationsEndpointsAnswer() throws Exception {
        HttpResponse<String> ready = get(base, "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""));
        URL root = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        HttpResponse<String> metrics = get(root, "/metrics");
        assertEquals(200, metrics.statusCode());
        HttpResponse<String> openapi = get(root, "/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/projects"), "the API is documented");
    }

    @Test
    @RunAsClient
    void thePortalListensOnLoopbackOnlyAndOpensNoClusterPort() throws Exception {
        java.nio.file.Path tcp = java.nio.file.Path.of("/proc/net/tcp");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(tcp), "needs Linux /proc");
        String port = String.format("%04X", base.getPort());
        List<String> listeners = new java.util.ArrayList<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            java.nio.file.Path p = java.nio.file.Path.of(file);
            if (!java.nio.file.Files.isReadable(p)) {
                continue;
            }
            for (String line : java.nio.file.Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && "0A".equals(f[3])) {
                    listeners.add(f[1]);
                }
            }
        }
        List<String> http = listeners.stream().filter(a -> a.endsWith(":" + port)).toList();
        assertFalse(http.isEmpty(), "the HTTP listener is found");
        assertTrue(http.stream().allMatch(a -> a.startsWith("0100007F:") || a.startsWith("0000000000000000FFFF00000100007F:")),
                "HTTP bound to 127.0.0.1 only: " + http);
        assertTrue(listeners.stream().noneMatch(a -> a.endsWith(":1AF4")), "no Hazelcast on :6900");
    }

    @Test
    @RunAsClient
    void unknownPagesArticlesAndColumnsGetTheChinese404Page() throws Exception {
        for (String path : List.of("/no-such-page.xhtml", "/article.xhtml?id=999999999", "/article.xhtml?id=abc",
                "/info.xhtml?column=no-such-column")) {
            HttpResponse<String> r = get(base, path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("兰州市建设工程安全质量监督站"), path);
        }
    }

    @Test
    @RunAsClient
    void badPagingParametersFallBackToTheFirstPageInsteadOfFailing() throws Exception {
        for (String path : List.of("/info.xhtml?column=news&page=abc", "/info.xhtml?page=99999999999",
                "/progress.xhtml?page=-3&district=%3Cscript%3E", "/progress.xhtml?no=%3Cscript%3Ealert(1)%3C/script%3E")) {
            HttpResponse<String> r = get(base, path);
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains("<script>alert(1)</script>"), path + " echoes input escaped");
        }
    }

    @Test
    @RunAsClient
    void statisticsExportAsCsvThatExcelOpensInChinese() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("statistics/export?table=district")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] b = r.body();
        assertTrue(b.length > 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF, "UTF-8 BOM");
        assertTrue(new String(b, java.nio.charset.StandardCharsets.UTF_8).contains("城关区"));
    }

    @Test
    @RunAsClient
    void aWrongQueryCodeRevealsNothingAboutTheTicket() throws Exception {
        try (WebClient web = new WebClient()) {
            web.getOptions().setCssEnabled(false);
            web.getOptions().setThrowExceptionOnScriptError(false);
            HtmlPage page = web.getPage(base.toURI().resolve("complaint.xhtml").toURL());
            HtmlForm form = page.getHtmlElementById("track");
            form.getInputByName("ticket").setValue("TS20260101-000001");
            form.getInputByName("code").setValue("WRONGCOD");
            HtmlPage answer = form.getInputByValue("查询办理进度").click();
            assertTrue(answer.asNormalizedText().contains("未找到与该受理编号和查询码相符的投诉举报"), answer.asNormalizedText());
            assertTrue(web.getCookieManager().getCookies().isEmpty(), "tracking needs no session");
        }
    }

    @Test
    @RunAsClient
    void aSupervisorLogsInThroughTheFormAndSeesTheWorkbench() throws Exception {
        try (WebClient web = new WebClient()) {
            web.getOptions().setCssEnabled(false);
            web.getOptions().setThrowExceptionOnScriptError(false);
            HtmlPage login = web.getPage(base.toURI().resolve("login.xhtml").toURL());
            HtmlForm form = login.getFormByName("login");
            form.getInputByName("login:username").setValue("zhang.wei");
            form.getInputByName("login:password").setValue("wrong-password");
            HtmlPage refused = form.getInputByName("login:submit").click();
            assertTrue(refused.asNormalizedText().contains("用户名或密码错误"), refused.asNormalizedText());

            HtmlForm again = refused.getFormByName("login");
            again.getInputByName("login:username").setValue("zhang.wei");
            again.getInputByName("login:password").setValue("Demo@2026");
            HtmlPage workbench = again.getInputByName("login:submit").click();
            assertTrue(workbench.getUrl().toString().endsWith("/staff/workbench.xhtml"), workbench.getUrl().toString());
            assertTrue(workbench.asNormalizedText().contains("监督员"), workbench.asNormalizedText());
        }
    }

    @Test
    @RunAsClient
    void staffPagesSendAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> r = get(base, "/staff/workbench.xhtml");
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, "status " + r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }
}
