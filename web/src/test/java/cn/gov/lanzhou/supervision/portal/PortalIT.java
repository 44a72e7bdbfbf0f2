package cn.gov.lanzhou.supervision.portal;

import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.identity.AccountStore;
import cn.gov.lanzhou.supervision.identity.LoginResult;
import cn.gov.lanzhou.supervision.identity.PasswordChangeResult;
import cn.gov.lanzhou.supervision.identity.Role;
import cn.gov.lanzhou.supervision.gm.otp.Base32;
import cn.gov.lanzhou.supervision.gm.otp.Totp;
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

    // --- passwords and second factor ---

    /**
     * Test-only fixture, deployed with this class and never part of portal.war: creates a fresh staff
     * account with an initial password through {@link AccountStore#createAccount}, so that client-side
     * flows never touch the demo accounts other tests log in with.
     */
    @jakarta.servlet.annotation.WebServlet("/it/fresh-account")
    public static class FreshAccountFixture extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        private AccountStore fixtureAccounts;

        @Override
        protected void doPost(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            String name = freshUsername(req.getParameter("prefix"));
            fixtureAccounts.createAccount(name, "集成测试账号", Role.valueOf(req.getParameter("role")),
                    req.getParameter("password").toCharArray(), "portal-it", req.getRemoteAddr());
            resp.setContentType("text/plain");
            resp.getWriter().write(name);
        }
    }

    private static String freshUsername(String prefix) {
        return prefix + "." + Long.toString(System.currentTimeMillis(), 36) + Long.toString(System.nanoTime() % 1296, 36);
    }

    private static String freshAccount(URL base, String prefix, Role role, String password) throws Exception {
        String form = "prefix=" + prefix + "&role=" + role.name() + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("it/fresh-account"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    /**
     * HtmlUnit steps of the staff login pages. A nested class, so that HtmlUnit types stay out of
     * PortalIT's own method signatures: JUnit reads those in the container, where HtmlUnit is absent.
     */
    static final class StaffPages {

        private StaffPages() {
        }

        static WebClient browser() {
            WebClient web = new WebClient();
            web.getOptions().setCssEnabled(false);
            web.getOptions().setThrowExceptionOnScriptError(false);
            return web;
        }

        static HtmlPage logIn(HtmlPage login, String username, String password) throws Exception {
            HtmlForm form = login.getFormByName("login");
            form.getInputByName("login:username").setValue(username);
            form.getInputByName("login:password").setValue(password);
            return form.getInputByName("login:submit").click();
        }

        static HtmlPage changePassword(HtmlPage page, String current, String proposed, String repeat) throws Exception {
            HtmlForm form = page.getFormByName("password");
            form.getInputByName("password:current").setValue(current);
            form.getInputByName("password:proposed").setValue(proposed);
            form.getInputByName("password:repeat").setValue(repeat);
            return form.getInputByName("password:submit").click();
        }

        static HtmlPage submitCode(HtmlPage page, String formName, String code) throws Exception {
            HtmlForm form = page.getFormByName(formName);
            form.getInputByName(formName + ":code").setValue(code);
            return form.getInputByName(formName + ":submit").click();
        }

        static void assertOn(HtmlPage page, String path) {
            assertTrue(page.getUrl().getPath().endsWith(path), "expected " + path + " but on " + page.getUrl());
        }
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordMeetsThePolicyAndReusesNoneOfTheLastFive() {
        String ip = "127.0.0.1";
        String name = freshUsername("pw.rules");
        accounts.createAccount(name, "口令规则测试", Role.SUPERVISOR, "Initial#2026".toCharArray(), "portal-it", ip);
        LoginResult first = accounts.authenticate(name, "Initial#2026".toCharArray(), ip);
        assertTrue(first.succeeded());
        assertEquals(LoginResult.PasswordChange.INITIAL, first.passwordChange(), "an initial password must be changed");

        PasswordChangeResult wrongCurrent = accounts.changePassword(name, "Wrong#2026".toCharArray(), "Fresh#2026".toCharArray(), ip);
        assertFalse(wrongCurrent.changed());
        assertEquals(List.of("当前密码错误"), wrongCurrent.problems());

        PasswordChangeResult weak = accounts.changePassword(name, "Initial#2026".toCharArray(), "short1".toCharArray(), ip);
        assertEquals(List.of("密码长度不能少于8位", "密码须包含大写字母、小写字母、数字、特殊符号中的至少3类（当前2类）"), weak.problems());
        assertEquals(List.of("新密码不能与当前密码相同"),
                accounts.changePassword(name, "Initial#2026".toCharArray(), "Initial#2026".toCharArray(), ip).problems());

        String current = "Initial#2026";
        for (int i = 1; i <= 5; i++) {
            String next = "Round" + i + "#pw";
            PasswordChangeResult r = accounts.changePassword(name, current.toCharArray(), next.toCharArray(), ip);
            assertTrue(r.changed(), "change " + i + ": " + r.problems());
            current = next;
        }
        // The last five are Round5 (current) … Round1; Initial#2026 is the sixth back.
        assertEquals(List.of("新密码不能与最近5次使用过的密码相同"),
                accounts.changePassword(name, current.toCharArray(), "Round1#pw".toCharArray(), ip).problems());
        assertTrue(accounts.changePassword(name, current.toCharArray(), "Initial#2026".toCharArray(), ip).changed());

        LoginResult after = accounts.authenticate(name, "Initial#2026".toCharArray(), ip);
        assertTrue(after.succeeded());
        assertEquals(LoginResult.PasswordChange.NONE, after.passwordChange(), "a chosen password is not initial");
        assertEquals(LoginResult.SecondFactor.NOT_REQUIRED, after.secondFactor(), "optional for supervisors");
        AuditTrail.Verification v = audit.verify();
        assertTrue(v.intact(), v.message());
    }

    @Test
    @RunAsClient
    void anInitialPasswordMustBeChangedBeforeAnyOtherStaffPageOpens() throws Exception {
        String name = freshAccount(base, "pw.flow", Role.SUPERVISOR, "Initial#2026");
        try (WebClient web = StaffPages.browser()) {
            HtmlPage login = web.getPage(base.toURI().resolve("staff/workbench.xhtml").toURL());
            StaffPages.assertOn(login, "/login.xhtml");
            HtmlPage forced = StaffPages.logIn(login, name, "Initial#2026");
            StaffPages.assertOn(forced, "/staff/password.xhtml");
            assertTrue(forced.asNormalizedText().contains("您正在使用初始密码"), forced.asNormalizedText());

            StaffPages.assertOn(web.getPage(base.toURI().resolve("staff/workbench.xhtml").toURL()), "/staff/password.xhtml");
            StaffPages.assertOn(web.getPage(base.toURI().resolve("api/v1/projects?size=1").toURL()), "/staff/password.xhtml");

            HtmlPage mismatch = StaffPages.changePassword(forced, "Initial#2026", "Chosen#2026", "Chosen#2027");
            assertTrue(mismatch.asNormalizedText().contains("两次输入的新密码不一致"), mismatch.asNormalizedText());
            HtmlPage weak = StaffPages.changePassword(mismatch, "Initial#2026", "chosen2026", "chosen2026");
            assertTrue(weak.asNormalizedText().contains("密码须包含大写字母、小写字母、数字、特殊符号中的至少3类"), weak.asNormalizedText());
            StaffPages.assertOn(weak, "/staff/password.xhtml");

            HtmlPage workbench = StaffPages.changePassword(weak, "Initial#2026", "Chosen#2026", "Chosen#2026");
            StaffPages.assertOn(workbench, "/staff/workbench.xhtml");
            String text = workbench.asNormalizedText();
            assertTrue(text.contains("密码已修改") && text.contains("监督员"), text);
            assertTrue(text.contains("动态口令（双因素认证）：未绑定"), "a second factor is offered: " + text);
            StaffPages.assertOn(web.getPage(base.toURI().resolve("staff/password.xhtml").toURL()), "/staff/password.xhtml");
        }
    }

    @Test
    @RunAsClient
    void anAdministratorEnrolsATotpAppAndThenNeedsItsCodeToSignIn() throws Exception {
        String name = freshAccount(base, "totp.flow", Role.SYSTEM_ADMIN, "Initial#2026");
        Totp totp = Totp.standard();
        byte[] secret;
        long enrolStep;
        try (WebClient web = StaffPages.browser()) {
            HtmlPage forced = StaffPages.logIn(web.getPage(base.toURI().resolve("login.xhtml").toURL()), name, "Initial#2026");
            StaffPages.assertOn(forced, "/staff/password.xhtml");
            HtmlPage enrol = StaffPages.changePassword(forced, "Initial#2026", "Chosen#2026", "Chosen#2026");
            StaffPages.assertOn(enrol, "/staff/totp.xhtml");
            assertTrue(enrol.asNormalizedText().contains("您的账号须启用双因素认证"), enrol.asNormalizedText());
            StaffPages.assertOn(web.getPage(base.toURI().resolve("staff/workbench.xhtml").toURL()), "/staff/totp.xhtml");

            enrol = web.getPage(base.toURI().resolve("staff/totp.xhtml").toURL());
            String uri = enrol.getHtmlElementById("totp-uri").getTextContent().trim();
            assertTrue(uri.startsWith("otpauth://totp/%E5%85%B0%E5%B7%9E%E5%B8%82") && uri.contains(":" + name + "?secret="), uri);
            assertTrue(uri.contains("&issuer=%E5%85%B0%E5%B7%9E%E5%B8%82") && uri.endsWith("&algorithm=SHA1&digits=6&period=30"), uri);
            secret = Base32.decode(enrol.getHtmlElementById("totp-secret").getTextContent());
            assertEquals(20, secret.length);

            java.time.Instant now = java.time.Instant.now();
            enrolStep = totp.step(now);
            HtmlPage workbench = StaffPages.submitCode(enrol, "enrol", totp.codeAtStep(secret, enrolStep));
            StaffPages.assertOn(workbench, "/staff/workbench.xhtml");
            assertTrue(workbench.asNormalizedText().contains("动态口令（双因素认证）：已绑定"), workbench.asNormalizedText());
            web.getPage(base.toURI().resolve("logout").toURL());
        }
        try (WebClient web = StaffPages.browser()) {
            HtmlPage step = StaffPages.logIn(web.getPage(base.toURI().resolve("login.xhtml").toURL()), name, "Chosen#2026");
            StaffPages.assertOn(step, "/staff/verify-code.xhtml");
            StaffPages.assertOn(web.getPage(base.toURI().resolve("staff/workbench.xhtml").toURL()), "/staff/verify-code.xhtml");

            long codeStep = Math.max(enrolStep + 1, totp.step(java.time.Instant.now()));
            java.util.Set<String> valid = new java.util.HashSet<>();
            for (long s = codeStep - 2; s <= codeStep + 2; s++) {
                valid.add(totp.codeAtStep(secret, s));
            }
            String wrong = "000000";
            for (int n = 1; valid.contains(wrong); n++) {
                wrong = String.format("%06d", n);
            }
            HtmlPage refused = StaffPages.submitCode(step, "verify", wrong);
            StaffPages.assertOn(refused, "/staff/verify-code.xhtml");
            assertTrue(refused.asNormalizedText().contains("动态口令错误"), refused.asNormalizedText());

            HtmlPage workbench = StaffPages.submitCode(refused, "verify", totp.codeAtStep(secret, codeStep));
            StaffPages.assertOn(workbench, "/staff/workbench.xhtml");
            assertTrue(workbench.asNormalizedText().contains("系统管理员"), workbench.asNormalizedText());
        }
    }

    // --- web-layer protection ---

    private static final String FOREIGN_SITE = "https://evil.example";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** The portal's own origin as a browser on it would send it. */
    private static String ownOrigin(URL base) {
        return base.getProtocol() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
    }

    private static HttpResponse<String> post(URL base, String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The login form as a browser posts it: the page's hidden fields, the credentials and the button. */
    private static String loginForm(URL base, String username, String password) throws Exception {
        java.util.function.Function<String, String> enc = s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder form = new StringBuilder("login%3Ausername=" + enc.apply(username) + "&login%3Apassword=" + enc.apply(password)
                + "&login%3Asubmit=" + enc.apply("登录"));
        java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")
                .matcher(get(base, "/login.xhtml").body());
        while (hidden.find()) {
            form.append('&').append(enc.apply(hidden.group(1))).append('=').append(enc.apply(hidden.group(2).replace("&amp;", "&")));
        }
        return form.toString();
    }

    /**
     * One policy per response, and every inline script of the page carries its nonce. Script files
     * of the portal itself need none ({@code 'self'}); pages without PrimeFaces components have no
     * inline script at all, which lets the public page cache replay them without a nonce.
     */
    private static void assertEveryScriptCarriesThePolicyNonce(HttpResponse<String> r, String what) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src [^;]*'nonce-([^']+)'").matcher(csp);
        boolean withNonce = nonce.find();
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script\\b[^>]*>").matcher(r.body());
        while (scripts.find()) {
            if (!scripts.group().matches("<script\\b[^>]*\\bsrc=\"/[^\"]*\"[^>]*>")) {
                assertTrue(withNonce && scripts.group().contains("nonce=\"" + nonce.group(1) + "\""),
                        what + ": an inline script carries the nonce of " + csp + ": " + scripts.group());
            }
        }
    }

    @Test
    @RunAsClient
    void everyKindOfResponseCarriesTheBrowserProtectionsButNoHstsOverPlainHttp() throws Exception {
        java.util.regex.Matcher resource = java.util.regex.Pattern.compile("(?:href|src)=\"[^\"]*?/(jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(get(base, "/").body());
        assertTrue(resource.find(), "the home page links a JSF resource");
        String jsfResource = "/" + resource.group(1).replace("&amp;", "&");
        for (String path : List.of("/", "/info.xhtml", jsfResource, "/api/v1/projects?size=1", "/no-such-page.xhtml", "/health",
                "/health/ready")) {
            HttpResponse<String> r = get(base, path);
            assertEquals(path.startsWith("/no-such") ? 404 : 200, r.statusCode(), path);
            java.net.http.HttpHeaders h = r.headers();
            List<String> policies = h.allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + " has exactly one policy: " + policies);
            String csp = policies.get(0);
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'") && csp.contains("default-src 'self'"),
                    path + ": " + csp);
            String scriptSrc = csp.replaceAll(".*script-src ([^;]*).*", "$1");
            assertFalse(scriptSrc.contains("unsafe-inline") || scriptSrc.contains("unsafe-eval"), path + ": " + scriptSrc);
            assertEquals(List.of("DENY"), h.allValues("X-Frame-Options"), path);
            assertEquals(List.of("nosniff"), h.allValues("X-Content-Type-Options"), path);
            assertEquals(List.of("strict-origin-when-cross-origin"), h.allValues("Referrer-Policy"), path);
            assertTrue(h.firstValue("Permissions-Policy").orElse("").contains("camera=()"), path);
            assertTrue(h.allValues("Strict-Transport-Security").isEmpty(), path + ": HSTS only over HTTPS");
            if (h.firstValue("Content-Type").orElse("").contains("html")) {
                assertEveryScriptCarriesThePolicyNonce(r, path);
            }
        }
    }

    @Test
    @RunAsClient
    void crossSiteStateChangingRequestsAreRefusedAndSameSiteOrServerToServerOnesPass() throws Exception {
        String form = loginForm(base, "no.such.user", "Wrong#2026");
        HttpResponse<String> forgedLogin = post(base, "login.xhtml", FORM, form, "Origin", FOREIGN_SITE);
        assertEquals(403, forgedLogin.statusCode(), "login CSRF");
        assertTrue(forgedLogin.body().contains("跨站请求被拒绝"), forgedLogin.body());
        assertEquals(List.of("DENY"), forgedLogin.headers().allValues("X-Frame-Options"), "the refusal is protected too");
        assertEquals(403, post(base, "login.xhtml", FORM, form, "Referer", FOREIGN_SITE + "/page.html").statusCode(),
                "without Origin the Referer decides");
        assertEquals(403, post(base, "login.xhtml", FORM, form, "Origin", "null").statusCode(), "an opaque origin is not ours");

        HttpResponse<String> forgedApi = post(base, "api/v1/projects", "application/json", "{}", "Origin", FOREIGN_SITE);
        assertEquals(403, forgedApi.statusCode());
        assertTrue(forgedApi.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(forgedApi.body().contains("\"title\":\"跨站请求被拒绝\""), forgedApi.body());
        assertEquals(405, post(base, "api/v1/projects", "application/json", "{}").statusCode(),
                "a client without Origin or Referer (server to server) reaches the API, which has no POST here");
        assertEquals(405, post(base, "api/v1/projects", "application/json", "{}", "Origin", ownOrigin(base)).statusCode());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/projects?size=1"))
                .header("Origin", FOREIGN_SITE).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "reading is never refused");
    }

    @Test
    @RunAsClient
    void aSameOriginLoginWorksWithoutPrimeFacesScriptAndItsSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> wrong = post(base, "login.xhtml", FORM, loginForm(base, "no.such.user", "Wrong#2026"), "Origin", ownOrigin(base));
        assertEquals(200, wrong.statusCode(), "a stateless postback without PrimeFaces' nonce parameter renders");
        assertTrue(wrong.body().contains("用户名或密码错误"), wrong.body());
        assertEveryScriptCarriesThePolicyNonce(wrong, "the refused login");

        HttpResponse<String> in = post(base, "login.xhtml", FORM, loginForm(base, "ma.jun", "Demo@2026"), "Origin", ownOrigin(base));
        assertTrue(in.statusCode() == 302 || in.statusCode() == 303, "status " + in.statusCode());
        assertTrue(in.headers().firstValue("Location").orElse("").contains("/staff/"), in.headers().toString());
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no session cookie: " + in.headers()));
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        assertTrue(attributes.contains(";httponly"), cookie);
        assertTrue(attributes.contains(";samesite=lax"), cookie);
        assertFalse(attributes.contains(";secure"), "Secure follows the request (cookieSecure=dynamic): " + cookie);
    }
}
