package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditQuery;
import cn.gov.lanzhou.supervision.gm.otp.Base32;
import cn.gov.lanzhou.supervision.gm.otp.Totp;
import cn.gov.lanzhou.supervision.portal.PortalDeployment;
import jakarta.ejb.EJB;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 三权分立 and server-side access control: who may open which page (a matrix of the demo accounts
 * against the staff and administration URLs, through the real login with its second factor), the
 * three administrators each doing their own part of giving a new colleague access, and the console
 * services refusing callers without their role even when the web layer is bypassed.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClass(PortalDeployment.class)
                .addClasses(AccessControlIT.class, ServiceProbes.class, AccountCensus.class);
    }

    private static final String PASSWORD = "Demo@2026";

    private static final List<String> URLS = List.of("/staff/workbench.xhtml", "/admin/system/users.xhtml",
            "/admin/system/calendar.xhtml",
            "/admin/security/roles.xhtml", "/admin/audit/events.xhtml", "/admin/audit/export");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    private URL base;

    @EJB
    private UserAdministration users;

    @EJB
    private RoleAdministration roles;

    @EJB
    private AuditQuery audit;

    @EJB
    private AccountCensus census;

    private static final AuditQuery.Criteria EVERYTHING = new AuditQuery.Criteria(null, null, null, null, null);

    // --- who may open what ---

    @Test
    @RunAsClient
    void eachAccountReachesExactlyThePagesOfItsRole() throws Exception {
        String staff = "200 403 403 403 403 403";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("(anonymous)", "302 302 302 302 302 302");
        expected.put("zhang.wei", staff);
        expected.put("chen.jing", staff);
        expected.put("zhao.min", staff);
        expected.put("qiye.demo", "403 403 403 403 403 403");
        expected.put("sysadmin", "200 200 200 403 403 403");
        expected.put("secadmin", "200 403 403 200 403 403");
        expected.put("auditadmin", "200 403 403 403 200 200");

        Map<String, String> actual = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(String.format("%n%-12s", "account"));
        URLS.forEach(u -> table.append(String.format(" %-27s", u)));
        for (String account : expected.keySet()) {
            List<Portal.Answer> answers = Portal.visit(base, account.startsWith("(") ? null : account, URLS);
            actual.put(account, answers.stream().map(a -> Integer.toString(a.status())).collect(Collectors.joining(" ")));
            table.append(String.format("%n%-12s", account));
            answers.forEach(a -> table.append(String.format(" %-27s", a.status()
                    + (a.status() == 302 || a.status() == 303 ? " → " + a.location().replaceAll(".*/", "") : ""))));
            for (int i = 0; i < URLS.size(); i++) {
                Portal.Answer a = answers.get(i);
                if (a.status() == 302) {
                    assertTrue(a.location().endsWith("/login.xhtml"), account + " " + URLS.get(i) + " → " + a.location());
                }
                if (a.status() == 403 && URLS.get(i).startsWith("/admin/")) {
                    assertTrue(a.body().contains("您无权访问该页面") && a.body().contains("此次访问已记入审计日志"),
                            account + " " + URLS.get(i) + ": the Chinese 403 page");
                }
            }
        }
        System.out.println("Access matrix (status per URL):" + table);
        assertEquals(expected, actual);
    }

    // --- the three administrators, each through their own console ---

    @Test
    @RunAsClient
    void theThreeAdministratorsEachDoTheirOwnPartOfGivingANewColleagueAccess() throws Exception {
        String colleague = "it.colleague." + Long.toString(System.currentTimeMillis(), 36);
        String oneTime;
        try (WebClient web = Portal.browser()) {
            Portal.signIn(web, base, "sysadmin");
            HtmlPage console = web.getPage(Portal.url(base, "/admin/system/users.xhtml"));
            Portal.assertConsolePage(console);
            HtmlPage refused = Portal.createAccount(console, "Bad Name", "测试同事");
            assertTrue(refused.asNormalizedText().contains("用户名为3到50位小写字母、数字、下划线、点或连字符，以字母开头"),
                    refused.asNormalizedText());
            HtmlPage created = Portal.createAccount(refused, colleague, "测试同事");
            String text = created.asNormalizedText();
            assertTrue(text.contains("已创建账号 " + colleague) && text.contains("该账号暂无角色"), text);
            String first = created.getHtmlElementById("issued-password").getTextContent().trim();
            assertTrue(first.length() >= 16, "a long random one-time password");

            HtmlPage reset = Portal.click(created, "accounts:list:0:reset");
            oneTime = reset.getHtmlElementById("issued-password").getTextContent().trim();
            assertFalse(oneTime.equals(first), "a reset issues a new password");
            HtmlPage disabled = Portal.click(reset, "accounts:list:0:disable");
            assertTrue(disabled.asNormalizedText().contains("已停用账号 " + colleague), disabled.asNormalizedText());
            HtmlPage enabled = Portal.click(disabled, "accounts:list:0:enable");
            assertTrue(enabled.asNormalizedText().contains("已启用账号 " + colleague), enabled.asNormalizedText());
            assertTrue(enabled.getElementById("issued-password") == null, "a one-time password is shown once");

            HtmlPage duplicate = Portal.createAccount(enabled, colleague, "测试同事");
            assertTrue(duplicate.asNormalizedText().contains("用户名 " + colleague + " 已存在"), duplicate.asNormalizedText());

            // 组织机构: a new department is offered for new accounts; a duplicate is refused.
            String unit = "质量安全科" + Long.toString(System.currentTimeMillis() % 100000, 36);
            HtmlForm add = duplicate.getFormByName("add-department");
            add.getInputByName("add-department:name").setValue(unit);
            HtmlPage added = add.getInputByName("add-department:submit").click();
            assertTrue(added.asNormalizedText().contains("已添加部门 " + unit), added.asNormalizedText());
            assertTrue(Portal.offers(added, "create", "create:department", unit), "the new department is offered");
            HtmlForm again = added.getFormByName("add-department");
            again.getInputByName("add-department:name").setValue(unit);
            HtmlPage twice = again.getInputByName("add-department:submit").click();
            assertTrue(twice.asNormalizedText().contains("部门“" + unit + "”已存在"), twice.asNormalizedText());

            assertEquals(403, web.getPage(Portal.url(base, "/admin/audit/events.xhtml")).getWebResponse().getStatusCode(),
                    "the system administrator reads no audit records");
            assertEquals(403, web.getPage(Portal.url(base, "/admin/audit/export")).getWebResponse().getStatusCode());
        }

        try (WebClient web = Portal.browser()) {
            Portal.signIn(web, base, "secadmin");
            HtmlPage console = web.getPage(Portal.url(base, "/admin/security/roles.xhtml"));
            Portal.assertConsolePage(console);
            assertTrue(console.asNormalizedText().contains("portal.identity.lockout.max-failures"), "the policy is shown");
            HtmlPage granted = Portal.grant(console, colleague, "SUPERVISOR");
            assertTrue(granted.asNormalizedText().contains("已为 " + colleague + " 授予监督员角色"), granted.asNormalizedText());
            HtmlPage mixed = Portal.grant(granted, colleague, "ENTERPRISE");
            assertTrue(mixed.asNormalizedText().contains("站内工作人员账号不能同时是企业用户"), mixed.asNormalizedText());
            HtmlPage toAdmin = Portal.grant(mixed, "auditadmin", "LEADER");
            assertTrue(toAdmin.asNormalizedText().contains("三权分立：审计管理员账号不能拥有业务角色"), toAdmin.asNormalizedText());
            assertEquals(403, web.getPage(Portal.url(base, "/admin/system/users.xhtml")).getWebResponse().getStatusCode());
        }

        try (WebClient web = Portal.browser()) {
            HtmlPage forced = Portal.logIn(web, base, colleague, oneTime);
            assertTrue(forced.getUrl().getPath().endsWith("/staff/password.xhtml"), "initial password must be changed: " + forced.getUrl());
            HtmlForm form = forced.getFormByName("password");
            form.getInputByName("password:current").setValue(oneTime);
            form.getInputByName("password:proposed").setValue("Chosen#2026");
            form.getInputByName("password:repeat").setValue("Chosen#2026");
            HtmlPage workbench = form.getInputByName("password:submit").click();
            assertTrue(workbench.getUrl().getPath().endsWith("/staff/workbench.xhtml"), workbench.getUrl().toString());
            assertTrue(workbench.asNormalizedText().contains("监督员"), workbench.asNormalizedText());
            assertTrue(workbench.getElementById("admin-console") == null, "no console links for a supervisor");
        }

        try (WebClient web = Portal.browser()) {
            HtmlPage workbench = Portal.signIn(web, base, "auditadmin");
            assertTrue(workbench.getElementById("console-audit") != null && workbench.getElementById("console-users") == null,
                    "the audit administrator sees the link to the audit console only");
            HtmlPage console = web.getPage(Portal.url(base, "/admin/audit/events.xhtml"));
            Portal.assertConsolePage(console);
            HtmlPage byCreator = Portal.searchAudit(console, "sysadmin", "USER_CREATE");
            assertTrue(byCreator.asNormalizedText().contains(colleague), byCreator.asNormalizedText());
            HtmlPage denied = Portal.searchAudit(byCreator, "sysadmin", "ACCESS_DENIED");
            assertTrue(denied.asNormalizedText().contains("/admin/audit/events.xhtml"), "the refused visit is audited");
            HtmlPage grants = Portal.searchAudit(denied, "secadmin", "ROLE_GRANT");
            String grantText = grants.asNormalizedText();
            assertTrue(grantText.contains(colleague) && grantText.contains("SUPERVISOR"), grantText);
            assertTrue(grantText.contains("失败"), "the refused grants are audited too: " + grantText);

            HtmlPage verified = Portal.click(grants, "verify:submit");
            var result = verified.getHtmlElementById("verify-result");
            assertTrue(result.getAttribute("class").contains("chain-intact"), result.asXml());
            assertTrue(result.getTextContent().contains("审计链完整"), result.getTextContent());

            String export = verified.getHtmlElementById("export").getAttribute("href");
            assertTrue(export.contains("user=secadmin") && export.contains("type=ROLE_GRANT"), export);
            WebResponse csv = web.getPage(Portal.url(base, export.substring(export.indexOf("/admin/")))).getWebResponse();
            assertEquals(200, csv.getStatusCode());
            assertTrue(csv.getContentType().startsWith("text/csv"), csv.getContentType());
            String disposition = csv.getResponseHeaderValue("Content-Disposition");
            assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97-"),
                    "a Chinese file name (审计日志-…): " + disposition);
            byte[] bytes = csv.getContentAsStream().readAllBytes();
            assertTrue(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF,
                    "UTF-8 BOM for Excel");
            String body = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertTrue(body.startsWith("编号,时间,用户,角色"), body.lines().findFirst().orElse(""));
            assertTrue(body.contains(colleague) && !body.contains("USER_CREATE"), "only the filtered events");
        }
    }

    @Test
    @RunAsClient
    void anAdministratorsChangeEndsTheOpenSessionAndThePolicyIsAdjustedOnlyWithinLevel3() throws Exception {
        String colleague = "it.revoked." + Long.toString(System.currentTimeMillis(), 36);
        try (WebClient admin = Portal.browser(); WebClient security = Portal.browser(); WebClient user = Portal.browser()) {
            Portal.signIn(admin, base, "sysadmin");
            HtmlPage created = Portal.createAccount(admin.getPage(Portal.url(base, "/admin/system/users.xhtml")),
                    colleague, "测试同事");
            String oneTime = created.getHtmlElementById("issued-password").getTextContent().trim();
            Portal.signIn(security, base, "secadmin");
            Portal.grant(security.getPage(Portal.url(base, "/admin/security/roles.xhtml")), colleague, "SUPERVISOR");

            HtmlForm change = Portal.logIn(user, base, colleague, oneTime).getFormByName("password");
            change.getInputByName("password:current").setValue(oneTime);
            change.getInputByName("password:proposed").setValue("Chosen#2026");
            change.getInputByName("password:repeat").setValue("Chosen#2026");
            HtmlPage workbench = change.getInputByName("password:submit").click();
            assertTrue(workbench.getUrl().getPath().endsWith("/staff/workbench.xhtml"), workbench.getUrl().toString());

            // Disabling the account ends the session it already has, at its next request.
            HtmlPage console = admin.getPage(Portal.url(base, "/admin/system/users.xhtml"));
            HtmlForm search = console.getFormByName("search");
            search.getInputByName("search:term").setValue(colleague);
            HtmlPage found = search.getInputByName("search:submit").click();
            HtmlPage disabled = Portal.click(found, "accounts:list:0:disable");
            assertTrue(disabled.asNormalizedText().contains("已停用账号 " + colleague), disabled.asNormalizedText());
            HtmlPage ended = user.getPage(Portal.url(base, "/staff/workbench.xhtml"));
            assertTrue(ended.getUrl().getPath().endsWith("/login.xhtml"), ended.getUrl().toString());
            assertTrue(ended.getElementById("changed-notice") != null, ended.asNormalizedText());
            Portal.click(disabled, "accounts:list:0:enable");

            // 工作日历: a weekday holiday is entered; a "holiday" on a Saturday is a typing mistake and refused.
            HtmlForm mark = admin.<HtmlPage>getPage(Portal.url(base, "/admin/system/calendar.xhtml")).getFormByName("mark");
            mark.getInputByName("mark:day").setValue("2031-10-01");
            mark.getInputByName("mark:name").setValue("国庆节");
            HtmlPage marked = mark.getInputByName("mark:submit").click();
            assertTrue(marked.asNormalizedText().contains("已登记 2031-10-01（周三）为节假日（休息）：国庆节"), marked.asNormalizedText());
            assertTrue(marked.asNormalizedText().contains("2031 年的登记"), "the page turns to the year entered");
            HtmlForm saturday = marked.getFormByName("mark");
            saturday.getInputByName("mark:day").setValue("2031-10-04");
            saturday.getInputByName("mark:name").setValue("国庆节");
            HtmlPage refusedDay = saturday.getInputByName("mark:submit").click();
            assertTrue(refusedDay.asNormalizedText().contains("2031-10-04 是周末，本来就不上班"), refusedDay.asNormalizedText());

            // The security administrator tightens the lockout; weakening below Level 3 is refused.
            HtmlPage roles = security.getPage(Portal.url(base, "/admin/security/roles.xhtml"));
            HtmlPage weak = Portal.setPolicy(roles, "portal.identity.lockout.max-failures", "50");
            assertTrue(weak.asNormalizedText().contains("不符合等保三级要求") && weak.asNormalizedText().contains("不得超过 10 次"),
                    weak.asNormalizedText());
            HtmlPage malformed = Portal.setPolicy(security.getPage(Portal.url(base, "/admin/security/roles.xhtml")),
                    "portal.identity.lockout.minutes", "半小时");
            assertTrue(malformed.asNormalizedText().contains("portal.identity.lockout.minutes") && malformed.asNormalizedText().contains("无效"),
                    malformed.asNormalizedText());
            HtmlPage tightened = Portal.setPolicy(security.getPage(Portal.url(base, "/admin/security/roles.xhtml")),
                    "portal.identity.lockout.max-failures", "3");
            try {
                assertTrue(tightened.asNormalizedText().contains("已修改 1 项安全策略"), tightened.asNormalizedText());
                assertTrue(tightened.asNormalizedText().contains("安全管理员 secadmin"), "the console shows who set it");
                String locked = "";
                for (int i = 0; i < 3; i++) {
                    locked = Portal.logIn(user, base, colleague, "Wrong#2026x").asNormalizedText();
                }
                assertTrue(locked.contains("锁定"), "the third failure locks under the new policy: " + locked);
            } finally {
                // The data directory is shared with the IT classes that run after this one.
                Portal.setPolicy(security.getPage(Portal.url(base, "/admin/security/roles.xhtml")),
                        "portal.identity.lockout.max-failures", "5");
            }
            HtmlPage after = security.getPage(Portal.url(base, "/admin/security/roles.xhtml"));
            assertTrue(after.asNormalizedText().contains("登录失败几次后锁定账号\t5 次"), "restored: " + after.asNormalizedText());
        }
        try (WebClient auditor = Portal.browser()) {
            Portal.signIn(auditor, base, "auditadmin");
            HtmlPage changes = Portal.searchAudit(auditor.getPage(Portal.url(base, "/admin/audit/events.xhtml")),
                    "secadmin", "POLICY_CHANGE");
            String text = changes.asNormalizedText();
            assertTrue(text.contains("portal.identity.lockout.max-failures") && text.contains("-> 3"), text);
            assertTrue(text.contains("BELOW_LEVEL3") && text.contains("失败"), "the refused change is audited too: " + text);
        }
    }

    @Test
    @RunAsClient
    void aForgedOrMangledSessionCookieLeadsToTheLoginNeverToAnError() throws Exception {
        for (String cookie : List.of("JSESSIONID=0123456789abcdef0123456789ab", "JSESSIONID=%00%27%22%3Cscript%3E",
                "JSESSIONID=" + "A".repeat(4096))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url(base, "/staff/workbench.xhtml").toString()))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 302 || r.statusCode() == 303, cookie.substring(0, 20) + " → " + r.statusCode());
            assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"), r.headers().map().toString());
        }
    }

    // --- the services, behind the web layer ---

    @Test
    void theConsoleServicesRefuseAnonymousCallers() {
        assertEquals("DENIED", ServiceProbes.attempt(() -> users.search(null, 1, 5)));
        assertEquals("DENIED", ServiceProbes.attempt(() -> roles.accounts(null, 1, 5)));
        assertEquals("DENIED", ServiceProbes.attempt(() -> audit.search(EVERYTHING, 1, 5)));
    }

    /**
     * The services checked without the web layer: each signed-in session calls them through a test-only
     * servlet outside {@code /admin/}, which {@code AdminConsoleFilter} does not guard.
     */
    @Test
    @RunAsClient
    void theConsoleServicesThemselvesRefuseWhatTheCallersRoleMayNotDo() throws Exception {
        Map<String, List<String>> calls = new LinkedHashMap<>();
        calls.put("sysadmin", List.of(
                "users.search = OK",
                "audit.search = DENIED",
                "audit.verify = DENIED",
                "roles.grant zhang.wei EDITOR = DENIED",
                "users.reset auditadmin = ADMIN_ACCOUNT_PROTECTED",
                "users.disable secadmin = ADMIN_ACCOUNT_PROTECTED",
                "users.create 9lives = USERNAME_INVALID",
                "users.create zhang.wei = USERNAME_TAKEN"));
        calls.put("secadmin", List.of(
                "roles.accounts = OK",
                "roles.grant zhang.wei SECURITY_ADMIN = ADMIN_ROLE_NOT_GRANTABLE",
                "roles.grant zhang.wei SYSTEM_ADMIN = ADMIN_ROLE_NOT_GRANTABLE",
                "roles.grant zhang.wei AUDIT_ADMIN = ADMIN_ROLE_NOT_GRANTABLE",
                "roles.revoke auditadmin AUDIT_ADMIN = ADMIN_ROLE_NOT_GRANTABLE",
                "roles.grant sysadmin SUPERVISOR = ADMIN_ROLES_EXCLUSIVE",
                "roles.grant qiye.demo EDITOR = ENTERPRISE_ACCOUNT",
                "roles.grant zhang.wei ENTERPRISE = STAFF_ACCOUNT",
                "roles.grant zhang.wei SUPERVISOR = ROLE_ALREADY_HELD",
                "users.search = DENIED",
                "audit.search = DENIED"));
        calls.put("auditadmin", List.of(
                "audit.search = OK",
                "users.search = DENIED",
                "roles.accounts = DENIED",
                "roles.grant zhang.wei EDITOR = DENIED"));
        for (String account : List.of("zhang.wei", "zhao.min", "qiye.demo")) {
            calls.put(account, List.of("users.search = DENIED", "roles.accounts = DENIED", "audit.search = DENIED"));
        }
        Map<String, List<String>> answered = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> c : calls.entrySet()) {
            List<String> asked = c.getValue().stream().map(line -> line.substring(0, line.indexOf(" = "))).toList();
            List<String> results = Portal.callServices(base, c.getKey(), asked);
            List<String> lines = new java.util.ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                lines.add(asked.get(i) + " = " + results.get(i));
            }
            answered.put(c.getKey(), lines);
        }
        System.out.println("Service calls per signed-in account:" + answered.entrySet().stream()
                .map(e -> String.format("%n  %-10s %s", e.getKey(), String.join("; ", e.getValue())))
                .collect(Collectors.joining()));
        assertEquals(calls, answered);
    }

    @Test
    void noAccountHoldsTwoAdministratorRolesOrAnAdministratorRoleBesideBusinessRoles() {
        Map<String, Set<Role>> holders = census.rolesByAccount();
        assertTrue(holders.size() >= 14, "the demo accounts at least: " + holders.keySet());
        holders.forEach((user, held) -> {
            long admin = held.stream().filter(Role::isAdministrator).count();
            assertTrue(admin <= 1, user + " holds " + held);
            assertTrue(admin == 0 || held.size() == 1, user + " mixes administration and business: " + held);
        });
        assertEquals(Set.of(Role.SYSTEM_ADMIN), holders.get("sysadmin"));
        assertEquals(Set.of(Role.SECURITY_ADMIN), holders.get("secadmin"));
        assertEquals(Set.of(Role.AUDIT_ADMIN), holders.get("auditadmin"));
    }

    // --- test fixture and HtmlUnit steps ---

    /**
     * Test-only fixture, deployed with this class and never part of portal.war: the TOTP secret and last
     * used time step of a demo administrator, so that the test can answer the second login step the way
     * the administrator's authenticator app would, on every run against the same data directory.
     */
    @jakarta.servlet.annotation.WebServlet("/it/totp-state")
    public static class TotpStateFixture extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        private AccountStore fixtureAccounts;

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            UserAccount a = fixtureAccounts.byUsername(req.getParameter("user")).orElseThrow();
            resp.setContentType("text/plain");
            resp.getWriter().write(a.getTotpSeed().map(s -> s + " " + a.getTotpLastStep()).orElse("-"));
        }
    }

    /**
     * Test-only fixture, deployed with this class and never part of portal.war: calls a console service
     * as the caller of the request ({@code ?call=roles.grant zhang.wei EDITOR}) and answers what came of
     * it, so that a signed-in session can reach the services past the web layer's own checks.
     */
    @jakarta.servlet.annotation.WebServlet("/it/console-call")
    public static class ConsoleCallFixture extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        private UserAdministration fixtureUsers;

        @EJB
        private RoleAdministration fixtureRoles;

        @EJB
        private AuditQuery fixtureAudit;

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            String[] call = req.getParameter("call").split(" ");
            String ip = req.getRemoteAddr();
            String user = call.length > 1 ? call[1] : null;
            Role role = call.length > 2 ? Role.valueOf(call[2]) : null;
            String result = switch (call[0]) {
                case "users.search" -> ServiceProbes.attempt(() -> fixtureUsers.search(null, 1, 5));
                case "users.create" -> ServiceProbes.attempt(() -> fixtureUsers.create(user, "测试账号", null, null, ip));
                case "users.reset" -> ServiceProbes.attempt(() -> fixtureUsers.resetPassword(user, ip));
                case "users.disable" -> ServiceProbes.attempt(() -> {
                    fixtureUsers.disable(user, ip);
                    return user;
                });
                case "roles.accounts" -> ServiceProbes.attempt(() -> fixtureRoles.accounts(null, 1, 5));
                case "roles.grant" -> ServiceProbes.attempt(() -> fixtureRoles.grant(user, role, ip));
                case "roles.revoke" -> ServiceProbes.attempt(() -> fixtureRoles.revoke(user, role, ip));
                case "audit.search" -> ServiceProbes.attempt(() -> fixtureAudit.search(EVERYTHING, 1, 5));
                case "audit.verify" -> ServiceProbes.attempt(() -> fixtureAudit.verify(ip));
                default -> "unknown call " + call[0];
            };
            resp.setContentType("text/plain");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write(result);
        }
    }

    /**
     * HtmlUnit steps. A nested class, so that HtmlUnit types stay out of the test class's own method
     * signatures: JUnit reads those in the container, where HtmlUnit is absent.
     */
    static final class Portal {

        private static final Totp TOTP = Totp.standard();

        private Portal() {
        }

        record Answer(int status, String location, String body) {
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

        /** Signs in (when {@code account} is given) and requests each path without following redirects. */
        static List<Answer> visit(URL base, String account, List<String> paths) throws Exception {
            try (WebClient web = browser()) {
                if (account != null) {
                    signIn(web, base, account);
                }
                web.getOptions().setRedirectEnabled(false);
                List<Answer> answers = new java.util.ArrayList<>();
                for (String path : paths) {
                    WebResponse r = web.getPage(url(base, path)).getWebResponse();
                    String location = r.getResponseHeaderValue("Location");
                    answers.add(new Answer(r.getStatusCode(), location == null ? "" : location,
                            r.getContentAsString(StandardCharsets.UTF_8)));
                }
                return answers;
            }
        }

        /** Signs the account in and calls the services through the fixture, one answer per call. */
        static List<String> callServices(URL base, String account, List<String> calls) throws Exception {
            try (WebClient web = browser()) {
                signIn(web, base, account);
                List<String> answers = new java.util.ArrayList<>();
                for (String call : calls) {
                    WebResponse r = web.getPage(url(base, "/it/console-call?call="
                            + java.net.URLEncoder.encode(call, StandardCharsets.UTF_8))).getWebResponse();
                    assertEquals(200, r.getStatusCode(), account + " " + call);
                    answers.add(r.getContentAsString(StandardCharsets.UTF_8).strip());
                }
                return answers;
            }
        }

        static HtmlPage logIn(WebClient web, URL base, String username, String password) throws Exception {
            HtmlPage login = web.getPage(url(base, "/login.xhtml"));
            HtmlForm form = login.getFormByName("login");
            form.getInputByName("login:username").setValue(username);
            form.getInputByName("login:password").setValue(password);
            return form.getInputByName("login:submit").click();
        }

        /**
         * Signs a demo account in with its password and, for an administrator, the second factor: binds
         * an authenticator on the first run, answers with a code from the stored secret afterwards.
         */
        static HtmlPage signIn(WebClient web, URL base, String username) throws Exception {
            Page page = logIn(web, base, username, PASSWORD);
            for (int step = 0; step < 3 && page instanceof HtmlPage html; step++) {
                String path = html.getUrl().getPath();
                if (path.endsWith("/staff/totp.xhtml")) {
                    byte[] secret = Base32.decode(html.getHtmlElementById("totp-secret").getTextContent());
                    page = submit(html, "enrol", TOTP.code(secret, Instant.now()));
                } else if (path.endsWith("/staff/verify-code.xhtml")) {
                    page = submit(html, "verify", nextCode(base, username));
                } else {
                    break;
                }
            }
            String landed = page.getUrl().getPath();
            assertTrue(landed.endsWith("/staff/workbench.xhtml"), username + " signed in, but on " + landed);
            return page instanceof HtmlPage html ? html : null;
        }

        /** A code the server will accept: in its ±1 step window and after the last step used. */
        private static String nextCode(URL base, String username) throws Exception {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(base, "/it/totp-state?user=" + username).toString()))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            String[] state = r.body().trim().split(" ");
            assertEquals(2, state.length, username + " has no authenticator bound");
            byte[] secret = Base32.decode(state[0]);
            long lastUsed = Long.parseLong(state[1]);
            while (true) {
                Instant at = Instant.now();
                long now = TOTP.step(at);
                // The step before the current one is accepted too, unless the server may already be in the next.
                boolean early = at.getEpochSecond() % TOTP.stepSeconds() < TOTP.stepSeconds() - 5;
                long step = Math.max(lastUsed + 1, early ? now - 1 : now);
                if (step <= now + 1) {
                    return TOTP.codeAtStep(secret, step);
                }
                Thread.sleep(1000);
            }
        }

        private static HtmlPage submit(HtmlPage page, String formName, String code) throws Exception {
            HtmlForm form = page.getFormByName(formName);
            form.getInputByName(formName + ":code").setValue(code);
            return form.getInputByName(formName + ":submit").click();
        }

        /**
         * A console page answers 200, is never cached, and carries no inline event handler, which the
         * Content-Security-Policy would block in a browser.
         */
        static void assertConsolePage(HtmlPage page) {
            WebResponse r = page.getWebResponse();
            assertEquals(200, r.getStatusCode(), page.getUrl().toString());
            assertEquals("no-store", r.getResponseHeaderValue("Cache-Control"), page.getUrl().toString());
            assertFalse(java.util.regex.Pattern.compile("\\son[a-z]+\\s*=").matcher(r.getContentAsString()).find(),
                    "no inline event handler on " + page.getUrl());
        }

        static HtmlPage click(HtmlPage page, String buttonId) throws Exception {
            return page.getHtmlElementById(buttonId).click();
        }

        static HtmlPage createAccount(HtmlPage console, String username, String name) throws Exception {
            HtmlForm form = console.getFormByName("create");
            form.getInputByName("create:username").setValue(username);
            form.getInputByName("create:displayName").setValue(name);
            form.getSelectByName("create:department").setSelectedAttribute("监督一科", true);
            form.getSelectByName("create:district").setSelectedAttribute("620102", true);
            return form.getInputByName("create:submit").click();
        }

        static HtmlPage grant(HtmlPage console, String username, String role) throws Exception {
            HtmlForm form = console.getFormByName("grant");
            form.getInputByName("grant:username").setValue(username);
            form.getSelectByName("grant:role").setSelectedAttribute(role, true);
            return form.getInputByName("grant:submit").click();
        }

        /** Whether a select of the page's form offers the value. */
        static boolean offers(HtmlPage page, String form, String select, String value) {
            return page.getFormByName(form).getSelectByName(select).getOptions().stream()
                    .anyMatch(o -> o.getValueAttribute().equals(value));
        }

        static HtmlPage setPolicy(HtmlPage roles, String key, String value) throws Exception {
            HtmlForm form = roles.getFormByName("policy-form");
            int row = IdentitySettings.ADJUSTABLE.indexOf(key);
            form.getInputByName("policy-form:policy:" + row + ":value").setValue(value);
            HtmlPage answer = form.getInputByName("policy-form:save-policy").click();
            assertEquals(200, answer.getWebResponse().getStatusCode(), answer.getWebResponse().getContentAsString());
            return answer;
        }

        static HtmlPage searchAudit(HtmlPage console, String username, String eventType) throws Exception {
            HtmlForm form = console.getFormByName("filter");
            form.getInputByName("filter:user").setValue(username);
            form.getSelectByName("filter:type").setSelectedAttribute(eventType, true);
            return form.getInputByName("filter:submit").click();
        }
    }
}
