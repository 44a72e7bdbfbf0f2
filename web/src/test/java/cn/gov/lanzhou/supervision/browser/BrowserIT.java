package cn.gov.lanzhou.supervision.browser;

import cn.gov.lanzhou.supervision.portal.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person with a real browser: the home page, every menu entry, the login, and a phone-sized screen. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // csp-probe.xhtml (test only): PrimeFaces widgets and ajax, which no public page uses yet.
        return PortalDeployment.builtWar()
                .addAsWebResource("cn/gov/lanzhou/supervision/browser/csp-probe.xhtml", "csp-probe.xhtml");
    }

    @ArquillianResource
    private URL base;

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium(1280, 1000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void everyMenuEntryLeadsToItsPage() {
        browser.get(base.toString());
        assertTrue(browser.getTitle().contains("兰州市建设工程安全质量监督站"), browser.getTitle());
        Map<String, String> menu = new LinkedHashMap<>();
        menu.put("信息公开", "/info.xhtml");
        menu.put("办事服务", "/services.xhtml");
        menu.put("投诉举报", "/complaint.xhtml");
        menu.put("进度查询", "/progress.xhtml");
        menu.put("数据统计", "/statistics.xhtml");
        menu.put("关于我们", "/about.xhtml");
        menu.put("首页", "/");
        for (Map.Entry<String, String> entry : menu.entrySet()) {
            WebElement link = browser.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText(entry.getKey()));
            link.click();
            waiting().until(ExpectedConditions.urlContains(entry.getValue()));
            WebElement active = browser.findElement(By.cssSelector("nav.main-nav a.active"));
            assertEquals(entry.getKey(), active.getText(), "the menu marks where the visitor is");
            assertTrue(browser.getTitle().contains("兰州市建设工程安全质量监督站"));
            assertTrue(browser.findElements(By.cssSelector(".error-box")).isEmpty()
                    || !browser.getPageSource().contains("错误编号"), entry.getKey() + " shows no error");
        }
    }

    @Test
    void complaintsAndProgressAreOneClickFromTheHomePage() {
        browser.get(base.toString());
        browser.findElement(By.id("quick-complaint")).click();
        waiting().until(ExpectedConditions.urlContains("/complaint.xhtml"));
        browser.get(base.toString());
        browser.findElement(By.id("quick-progress")).click();
        waiting().until(ExpectedConditions.urlContains("/progress.xhtml"));
    }

    @Test
    void aSupervisorLogsInWithTheKeyboardAndLogsOut() {
        browser.manage().deleteAllCookies();
        browser.get(base.toString());
        browser.findElement(By.linkText("工作人员登录")).click();
        waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys("li.na");
        browser.findElement(By.id("login:password")).sendKeys("Demo@2026", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/staff/workbench.xhtml"));
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("李娜"));
        browser.findElement(By.linkText("退出")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText("工作人员登录")));
    }

    @Test
    void onAPhoneTheHomePageFitsTheScreen() {
        ChromeDriver phone = Browsers.chromium(390, 844);
        try {
            phone.get(base.toString());
            Number scrollWidth = (Number) ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth");
            Number viewport = (Number) ((JavascriptExecutor) phone).executeScript("return window.innerWidth");
            assertTrue(scrollWidth.intValue() <= viewport.intValue() + 1,
                    "no sideways scrolling on a phone: " + scrollWidth + " > " + viewport);
            assertTrue(phone.findElement(By.id("quick-complaint")).isDisplayed());
        } finally {
            phone.quit();
        }
    }

    // --- web-layer protection ---
    @Test
    void pagesAndPrimeFacesWorkUnderTheContentSecurityPolicyAndInjectedScriptsAreRefused() throws Exception {
        browser.manage().logs().get(LogType.BROWSER); // start with an empty console
        for (String path : List.of("", "complaint.xhtml", "progress.xhtml", "login.xhtml")) {
            browser.get(base.toURI().resolve(path).toString());
            assertTrue(browser.getTitle().contains("兰州市建设工程安全质量监督站"), path);
        }
        browser.get(base.toURI().resolve("csp-probe.xhtml").toString());
        JavascriptExecutor js = browser;
        assertEquals(Boolean.TRUE, js.executeScript("return typeof PrimeFaces !== 'undefined' && !!PrimeFaces.csp.NONCE_VALUE"),
                "PrimeFaces' scripts loaded and its nonce'd init script ran");
        browser.findElement(By.id("probe:name")).sendKeys("七里河区某工地");
        browser.findElement(By.id("probe:echo")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("probe:answer"), "七里河区某工地"));
        assertEquals("yes", browser.findElement(By.tagName("body")).getAttribute("data-clicked"),
                "an inline onclick, moved by PrimeFaces into a nonce'd script, still runs");

        List<String> violations = cspMessages();
        assertTrue(violations.isEmpty(), "no CSP violations: " + violations);

        // What the policy is for: a script injected without the nonce does not run, and the
        // browser says so (which also shows the check above would see a violation).
        Object ran = js.executeScript("var s = document.createElement('script');"
                + "s.textContent = 'window.injected = true;'; document.body.appendChild(s);"
                + "return window.injected === true;");
        assertEquals(Boolean.FALSE, ran, "an injected inline script is blocked");
        assertFalse(cspMessages().isEmpty(), "and reported as a CSP violation");
    }

    private static List<String> cspMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }
}
