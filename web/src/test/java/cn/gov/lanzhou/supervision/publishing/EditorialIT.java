package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.browser.Browsers;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editorial side in a real browser (headless Chromium) against the real portal: an editor writes
 * an article with a PDF, three different reviewers pass it and it appears on the public pages; a
 * return reaches the author with its reason; a scheduled article appears at its time; a withdrawn
 * one disappears; nobody reviews their own article; an EXE called .pdf is refused and leaves
 * nothing behind; and an article whose body carried stored-XSS payloads renders none of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorialIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClasses(EditorialFixture.class, EditorialFixture.Accounts.class);
    }

    private static final String PASSWORD = "Demo@2026";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL base;

    private static ChromeDriver browser;
    private static Path samples;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = Browsers.chromium(1400, 1100);
        samples = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "editorial-samples");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    // --- the scenarios ---

    @Test
    void anArticleWithAPdfPassesThreeReviewersAndAppearsOnTheColumnAndHomePages() throws Exception {
        String title = unique("七里河区开展高支模专项检查");
        long id = write(title, "news", "近日，监督站对七里河区在建工程的高支模体系开展专项检查，共检查项目 12 个。");
        Path pdf = sample("检查通报.pdf", pdf());
        upload(pdf);
        waitForText(By.id("edit:attachments"), "检查通报.pdf");
        List<String> csp = cspMessages();
        assertTrue(csp.isEmpty(), "the editor (Quill) and the uploader work under the portal's CSP: " + csp);
        submit();

        pass("liu.yang", title, null);
        pass("sun.li", title, null);
        assertFalse(publicPage("info.xhtml?column=news").contains(title), "not public before the final review");
        pass("zhou.gang", title, null);
        List<String> reviewCsp = cspMessages();
        assertTrue(reviewCsp.isEmpty(), "the review pages work under the CSP: " + reviewCsp);

        assertTrue(publicPage("").contains(title), "on the home page");
        assertTrue(publicPage("info.xhtml?column=news").contains(title), "in its column");
        assertTrue(publicPage("search.xhtml?sort=date&q=" + java.net.URLEncoder.encode("七里河区高支模专项检查",
                java.nio.charset.StandardCharsets.UTF_8)).contains("article.xhtml?id=" + id), "in the site search");
        assertTrue(publicPage("rss/news.xml").contains(title), "in its column's RSS feed");
        assertTrue(publicPage("rss/all.xml").contains(title), "in the site's RSS feed");
        anonymous();
        browser.get(url("article.xhtml?id=" + id));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(title));
        assertTrue(browser.findElement(By.cssSelector(".attachments")).getText().contains("检查通报.pdf"), "with its attachment");
    }

    @Test
    void aReturnReachesTheAuthorWithItsReason() {
        String title = unique("城关区建筑工地扬尘治理情况通报");
        long id = write(title, "news", "城关区本月共检查工地 30 个。");
        submit();
        login("liu.yang");
        openReview(title);
        browser.findElement(By.id("decide:reason")).sendKeys("第二段数据与监督科月报不一致，请核对后重新送审");
        browser.findElement(By.id("decide:confirm-return")).click();
        waitForText(By.id("messages"), "已退回");
        browser.get(url("staff/articles/index.xhtml"));
        assertTrue(rowOf(title).getText().contains("已退回"), "reviewers see every article in the list");

        login("chen.jing");
        browser.get(url("staff/articles/index.xhtml"));
        WebElement row = rowOf(title);
        assertTrue(row.getText().contains("已退回"), row.getText());
        assertTrue(row.getText().contains("第二段数据与监督科月报不一致，请核对后重新送审"), row.getText());
        browser.get(url("staff/articles/edit.xhtml?id=" + id));
        assertTrue(browser.findElement(By.id("return-reason")).getText().contains("第二段数据与监督科月报不一致"));

        // the author corrects it: a second revision, which the history compares with the first
        WebElement editor = browser.findElement(By.cssSelector("#edit\\:body .ql-editor"));
        editor.click();
        editor.sendKeys(org.openqa.selenium.Keys.END, "其中七里河区 12 个。");
        browser.findElement(By.id("edit:note")).sendKeys("按月报更正数据");
        browser.findElement(By.id("edit:save")).click();
        waitForText(By.id("messages"), "已保存（第 2 版）");
        browser.get(url("staff/articles/revisions.xhtml?id=" + id));
        assertEquals(2, browser.findElements(By.cssSelector("tr.revision")).size());
        assertTrue(browser.findElement(By.id("revisions")).getText().contains("按月报更正数据"));
        assertEquals("其中七里河区 12 个。", browser.findElement(By.cssSelector("#body-diff ins")).getText());
    }

    @Test
    void aScheduledArticleIsNotVisibleBeforeItsTimeAndAppearsAfter() throws Exception {
        String title = unique("关于开展2026年安全生产月活动的通知");
        long id = write(title, "news", "各有关单位：为深入贯彻安全生产法，定于六月开展安全生产月活动。");
        submit();
        pass("liu.yang", title, null);
        pass("sun.li", title, null);
        LocalDateTime at = LocalDateTime.now().plusSeconds(60).withNano(0);
        pass("zhou.gang", title, at);
        assertTrue(browser.findElement(By.id("messages")).getText().contains("定时发布"));

        assertFalse(publicPage("info.xhtml?column=news").contains(title), "not visible before its time");
        assertEquals(404, status("article.xhtml?id=" + id));
        login("zhou.gang");
        browser.get(url("staff/articles/index.xhtml"));
        assertTrue(rowOf(title).getText().contains("定时发布"), rowOf(title).getText());

        waitUntil(Duration.ofSeconds(120), () -> publicPage("info.xhtml?column=news").contains(title));
        assertTrue(LocalDateTime.now().isAfter(at.minusSeconds(1)), "not before " + at);
        assertEquals(200, status("article.xhtml?id=" + id));
        // the timer announced it (ArticleChanged, audit): the staff list no longer says 定时发布
        waitUntil(Duration.ofSeconds(90), () -> {
            login("zhou.gang");
            browser.get(url("staff/articles/index.xhtml"));
            String text = rowOf(title).getText();
            return text.contains("已发布") && !text.contains("定时发布");
        });
    }

    @Test
    void aWithdrawnArticleDisappearsFromThePublicPages() throws Exception {
        String title = unique("安宁区在建工程质量巡查情况");
        long id = write(title, "news", "安宁区本周巡查在建工程 8 个，发现问题 15 条，已全部下发整改通知。");
        submit();
        pass("liu.yang", title, null);
        pass("sun.li", title, null);
        pass("zhou.gang", title, null);
        assertTrue(publicPage("info.xhtml?column=news").contains(title));
        assertTrue(publicPage("rss/news.xml").contains(title), "in the feed before the withdrawal");
        assertTrue(publicPage("search.xhtml?sort=date&q=" + java.net.URLEncoder.encode("安宁区在建工程质量巡查",
                java.nio.charset.StandardCharsets.UTF_8)).contains("article.xhtml?id=" + id), "found before the withdrawal");

        login("zhou.gang");
        browser.get(url("staff/articles/index.xhtml"));
        rowOf(title).findElement(By.cssSelector("input[value='撤稿']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("withdraw:reason")))
                .sendKeys("数据有误，待核实后重新发布");
        browser.findElement(By.id("withdraw:confirm")).click();
        waitForText(By.id("messages"), "已撤稿");

        assertFalse(publicPage("info.xhtml?column=news").contains(title), "gone from its column");
        assertFalse(publicPage("search.xhtml?sort=date&q=" + java.net.URLEncoder.encode("安宁区在建工程质量巡查",
                java.nio.charset.StandardCharsets.UTF_8)).contains("article.xhtml?id=" + id), "gone from the site search");
        assertFalse(publicPage("rss/news.xml").contains(title), "and from the RSS feeds");
        assertFalse(publicPage("rss/all.xml").contains(title));
        assertFalse(publicPage("").contains(title), "and from the home page");
        assertEquals(404, status("article.xhtml?id=" + id));
    }

    @Test
    void nobodyReviewsTheirOwnArticleEvenWithTheRole() throws Exception {
        String dual = "it.dual." + Long.toString(System.currentTimeMillis(), 36);
        HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(URI.create(url("it/editorial-fixture?user=" + dual))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, made.statusCode(), made.body());
        String title = unique("编辑兼初审员自己写的信息");
        login(dual);
        browser.get(url("staff/articles/edit.xhtml"));
        fill(title, "news", "这篇信息由兼任初审员的编辑撰写。");
        browser.findElement(By.id("edit:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("id="));
        submit();
        openReview(title);
        browser.findElement(By.id("decide:confirm-pass")).click();
        waitForText(By.id("messages"), "不能审核自己撰写");
        browser.get(url("staff/articles/review.xhtml"));
        assertTrue(rowOf(title).getText().contains("初审"), "still waiting at the first level");
    }

    @Test
    void anExeNamedPdfIsRefusedInChineseAndNothingIsSaved() throws Exception {
        String title = unique("附件检查");
        write(title, "notices", "附件上传测试。");
        long before = storedFiles();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        upload(sample("整改通知书.pdf", exe));
        waitForText(By.id("messages"), "文件“整改通知书.pdf”实际是 Windows 可执行程序，已拒绝上传");
        assertFalse(browser.findElement(By.id("edit:attachments")).getText().contains("整改通知书.pdf"), "not attached");
        assertEquals(before, storedFiles(), "no file of it is kept in the store");
    }

    @Test
    void storedXssPayloadsInABodyRenderNoneOfThemOnThePublicPage() throws Exception {
        String title = unique("正文含恶意代码的信息");
        login("chen.jing");
        browser.get(url("staff/articles/edit.xhtml"));
        fill(title, "news", "正常的一段话。");
        // what a tampered browser could send, bypassing the editor: straight into the submitted field
        String payloads = String.join("\n", XSS);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('edit:body_input').value = arguments[0];",
                "<p>正常的一段话。</p>" + payloads + "<p>结尾段落。</p>");
        browser.findElement(By.id("edit:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("id="));
        long id = idFromUrl();
        submit();
        pass("liu.yang", title, null);
        pass("sun.li", title, null);
        pass("zhou.gang", title, null);

        anonymous();
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(url("article.xhtml?id=" + id));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no alert opened");
        WebElement content = browser.findElement(By.cssSelector(".article-content"));
        // (what follows an unclosed <style> or <title> payload is raw text to the parser and goes with it)
        assertTrue(content.getText().contains("正常的一段话。"), content.getText());
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                var root = document.querySelector('.article-content');
                var bad = [];
                root.querySelectorAll('*').forEach(function (e) {
                  var tag = e.tagName.toLowerCase();
                  if (['script','iframe','object','embed','svg','math','style','link','meta','base','form','input','frame','frameset','template'].indexOf(tag) >= 0) bad.push('<' + tag + '>');
                  for (var i = 0; i < e.attributes.length; i++) {
                    var a = e.attributes[i], v = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                    if (a.name.indexOf('on') === 0) bad.push(tag + '@' + a.name);
                    if (v.indexOf('javascript:') >= 0 || v.indexOf('vbscript:') >= 0 || v.indexOf('data:') >= 0) bad.push(tag + '@' + a.name + '=' + a.value);
                    if (a.name === 'style' && (v.indexOf('expression') >= 0 || v.indexOf('url(') >= 0)) bad.push(tag + '@style=' + a.value);
                    if ((a.name === 'src') && !/^\\/(?!\\/)/.test(a.value)) bad.push(tag + '@src=' + a.value);
                  }
                });
                return {bad: bad, fired: window.xssFired === true, title: document.title};""");
        assertEquals(List.of(), found.get("bad"), "nothing dangerous in the rendered body");
        assertEquals(Boolean.FALSE, found.get("fired"), "no payload ran");
        assertFalse(String.valueOf(found.get("title")).contains("XSS"));
        List<String> csp = cspMessages();
        assertTrue(csp.isEmpty(), "no payload even tried to run (a CSP report would say so): " + csp);
    }

    @Test
    void editorsKeepTheColumnTreeAndAColumnWithArticlesCannotBeDeleted() {
        String code = "it-col-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        login("chen.jing");
        browser.get(url("staff/articles/columns.xhtml"));
        browser.findElement(By.id("create:code")).sendKeys(code);
        browser.findElement(By.id("create:name")).sendKeys("省级法规");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("create:parent"))).selectByVisibleText("政策法规");
        browser.findElement(By.id("create:submit")).click();
        waitForText(By.id("messages"), "已新建栏目“省级法规”（" + code + "）");
        WebElement row = browser.findElement(By.cssSelector("tr[data-code='" + code + "']"));
        assertTrue(row.findElement(By.cssSelector("td.column-name")).getText().contains("└ 省级法规"), "shown under its parent");

        browser.findElement(By.id("create:code")).sendKeys("政策");
        browser.findElement(By.id("create:name")).sendKeys("中文代码");
        browser.findElement(By.id("create:submit")).click();
        waitForText(By.id("messages"), "栏目代码为2到40位小写字母");

        browser.findElement(By.cssSelector("tr[data-code='news'] input.delete-column")).click();
        waitForText(By.id("messages"), "不能删除");
        browser.findElement(By.cssSelector("tr[data-code='" + code + "'] input.delete-column")).click();
        waitForText(By.id("messages"), "栏目“省级法规”已删除");
        assertTrue(browser.findElements(By.cssSelector("tr[data-code='" + code + "']")).isEmpty());
        List<String> csp = cspMessages();
        assertTrue(csp.isEmpty(), "the column page works under the CSP: " + csp);

        login("zhang.wei");
        browser.get(url("staff/articles/columns.xhtml"));
        assertTrue(browser.getPageSource().contains("您无权访问该页面"), "a supervisor has no business here");
    }

    /** Stored-XSS payloads (OWASP filter evasion style); each would set window.xssFired if it ran. */
    private static final List<String> XSS = List.of(
            "<script>window.xssFired=true</script>",
            "<img src=x onerror=\"window.xssFired=true\">",
            "<IMG SRC=\"javascript:window.xssFired=true;\">",
            "<IMG SRC=JaVaScRiPt:window.xssFired=true>",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.xssFired=true>",
            "<a href=\"javascript:window.xssFired=true\">点我</a>",
            "<a href=\"jav&#x09;ascript:window.xssFired=true\">点我</a>",
            "<svg/onload=window.xssFired=true>",
            "<body onload=window.xssFired=true>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<iframe srcdoc=\"<script>parent.xssFired=true</script>\"></iframe>",
            "<div style=\"background-image: url(javascript:window.xssFired=true)\">背景</div>",
            "<div style=\"width: expression(window.xssFired=true);\">表达式</div>",
            "<details open ontoggle=window.xssFired=true>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.xssFired=true>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.xssFired=true>\">",
            "<object data=\"javascript:window.xssFired=true\"></object>",
            "<form action=\"javascript:window.xssFired=true\"><button>提交</button></form>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:window.xssFired=true;\">",
            "<<SCRIPT>window.xssFired=true;//\\<</SCRIPT>",
            "<title>XSS</title>");

    // --- steps ---

    private static String unique(String title) {
        return title + "（" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "）";
    }

    private String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    private void anonymous() {
        browser.manage().deleteAllCookies();
    }

    private void login(String username) {
        anonymous();
        browser.get(url("login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/staff/workbench.xhtml"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(username + " not signed in: " + browser.getCurrentUrl() + " "
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    /** Logs chen.jing in, writes a draft and saves it; returns its id (the editor page stays open). */
    private long write(String title, String column, String text) {
        login("chen.jing");
        browser.get(url("staff/articles/edit.xhtml"));
        fill(title, column, text);
        browser.findElement(By.id("edit:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("id="));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("已保存"), browser.findElement(By.id("messages")).getText());
        return idFromUrl();
    }

    private void fill(String title, String column, String text) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("edit:column"))).selectByValue(column);
        browser.findElement(By.id("edit:title")).sendKeys(title);
        browser.findElement(By.id("edit:summary")).sendKeys("摘要：" + title);
        WebElement editor = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#edit\\:body .ql-editor")));
        editor.click();
        editor.sendKeys(text);
        // the editor hands its content to the form field when it loses focus, as it does for a person
        browser.findElement(By.id("edit:summary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> String.valueOf(((JavascriptExecutor) d)
                .executeScript("return document.getElementById('edit:body_input').value")).contains(text));
        browser.findElement(By.id("edit:tags")).sendKeys("监督检查，安全");
    }

    private long idFromUrl() {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(m.find(), browser.getCurrentUrl());
        return Long.parseLong(m.group(1));
    }

    private void upload(Path file) {
        WebElement input = browser.findElement(By.cssSelector("#upload input[type=file]"));
        input.sendKeys(file.toString());
    }

    private void submit() {
        browser.findElement(By.id("edit:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/staff/articles/index.xhtml"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("已送初审"), browser.findElement(By.id("messages")).getText());
    }

    /** Logs the reviewer in, opens the item in the queue and passes it (at 终审: now, or at {@code at}). */
    private void pass(String reviewer, String title, LocalDateTime at) {
        login(reviewer);
        openReview(title);
        if (at != null) {
            browser.findElement(By.id("decide:publish-at")).sendKeys(at.format(SECONDS));
        }
        browser.findElement(By.id("decide:confirm-pass")).click();
        waitForText(By.id("messages"), "《" + title + "》");
        String said = browser.findElement(By.id("messages")).getText();
        assertTrue(said.contains("通过"), reviewer + ": " + said);
    }

    private void openReview(String title) {
        browser.get(url("staff/articles/review.xhtml"));
        rowOf(title).findElement(By.cssSelector("input.decide")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("decide:confirm-pass")));
        assertTrue(browser.findElement(By.id("decide-heading")).getText().contains(title));
    }

    private WebElement rowOf(String title) {
        return browser.findElements(By.cssSelector("tr")).stream().filter(r -> r.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title + " on " + browser.getCurrentUrl()));
    }

    private void waitForText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private String publicPage(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void waitUntil(Duration limit, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(1000);
        }
    }

    private static List<String> cspMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    private static long storedFiles() throws IOException {
        Path files = Path.of(System.getProperty("portal.it.dataDir", "target/it-data")).resolve("files");
        if (!Files.isDirectory(files)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(files)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static Path sample(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(samples.resolve(Long.toString(System.nanoTime())));
        return Files.write(dir.resolve(name), content);
    }

    /** A small complete PDF (one page of text, xref, trailer). */
    private static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length 44 >>\nstream\nBT /F1 18 Tf 72 760 Td (Notice 2026) Tj ET\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
