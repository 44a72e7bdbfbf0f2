package cn.gov.lanzhou.supervision.publishing;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sanitiser against a corpus of stored-XSS payloads ({@code xss-payloads.txt}): the output of
 * each is parsed as markup and every element and attribute is checked; and a real Chinese article
 * body comes through intact.
 */
class ArticleHtmlTest {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("root", "p", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "div", "td", "th", "br", "hr", "strong", "b", "em", "i", "u", "s", "strike", "del", "ins",
            "sub", "sup", "span", "code", "ul", "ol", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr",
            "figure", "figcaption", "a", "img", "video");

    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(https?:|mailto:|/(?!/)|[^:/?#]*([/?#]|$)).*");

    static List<String> corpus() throws IOException {
        try (InputStream in = ArticleHtmlTest.class.getResourceAsStream("xss-payloads.txt")) {
            List<String> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("# ")) {
                    payloads.add(line.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\0", "\0"));
                }
            }
            return payloads;
        }
    }

    @Test
    void noPayloadOfTheCorpusSurvives() throws Exception {
        List<String> payloads = corpus();
        assertTrue(payloads.size() >= 30, "a corpus worth the name: " + payloads.size());
        for (String payload : payloads) {
            String out = ArticleHtml.sanitize("<p>前文</p>" + payload + "<p>后文</p>");
            assertSafe(payload, out);
        }
        // and all of them at once, as one body
        assertSafe("(whole corpus)", ArticleHtml.sanitize(String.join("\n", payloads)));
    }

    /** Parses the output as markup and checks every element and attribute against the allow-list. */
    private static void assertSafe(String payload, String out) throws Exception {
        String lower = out.toLowerCase(Locale.ROOT);
        for (String banned : List.of("<script", "<iframe", "<object", "<embed", "<svg", "<style", "<base", "<form",
                "<meta", "<link", "<frame", "<input", "<math", "<template", "<marquee", "<details")) {
            assertFalse(lower.contains(banned), () -> "payload " + payload + " left " + banned + " in: " + out);
        }
        Element root;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(new InputSource(new StringReader("<root>" + out + "</root>")))
                    .getDocumentElement();
        } catch (Exception e) {
            fail("sanitised output of " + payload + " is not well-formed markup: " + out, e);
            return;
        }
        walk(root, payload, out);
    }

    private static void walk(Node node, String payload, String out) {
        if (node instanceof Element e) {
            String name = e.getTagName().toLowerCase(Locale.ROOT);
            assertTrue(ALLOWED_ELEMENTS.contains(name), () -> "payload " + payload + " left <" + name + "> in: " + out);
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                String attr = attrs.item(i).getNodeName().toLowerCase(Locale.ROOT);
                String value = attrs.item(i).getNodeValue();
                String squeezed = value.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertFalse(attr.startsWith("on"), () -> "event handler " + attr + " from " + payload + ": " + out);
                assertFalse(Set.of("id", "name", "srcdoc", "formaction", "action", "background", "data").contains(attr),
                        () -> "attribute " + attr + " from " + payload + ": " + out);
                assertFalse(squeezed.contains("javascript:") || squeezed.contains("vbscript:") || squeezed.contains("data:"),
                        () -> "script URL in " + attr + " from " + payload + ": " + out);
                if (attr.equals("href")) {
                    assertTrue(SAFE_HREF.matcher(value.strip()).matches(), () -> "href " + value + " from " + payload);
                    assertTrue(e.getAttribute("rel").contains("noopener"), () -> "link without rel=noopener: " + out);
                }
                if (attr.equals("src")) {
                    assertTrue(value.startsWith("/") && !value.startsWith("//"),
                            () -> "only the portal's own images: " + value + " from " + payload);
                }
                if (attr.equals("style")) {
                    for (String css : List.of("expression", "url(", "behavior", "binding", "@import", "javascript")) {
                        assertFalse(squeezed.contains(css), () -> "CSS " + css + " from " + payload + ": " + out);
                    }
                }
            }
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            walk(c, payload, out);
        }
    }

    @Test
    void aRealChineseArticleComesThroughIntact() {
        String body = """
                <h2>一、总体要求</h2>
                <p class="ql-align-justify">为深入贯彻《中华人民共和国安全生产法》和住房城乡建设部《危险性较大的分部分项工程安全管理规定》\
                （住建部令第37号），进一步加强全市房屋建筑和市政基础设施工程深基坑、高支模等“危大工程”的安全管理，\
                现就有关事项通知如下：</p>
                <p><strong>（一）</strong>施工单位应当在危大工程施工前组织编制<em>专项施工方案</em>；超过一定规模的，\
                应组织召开专家论证会。</p>
                <ol><li>深基坑：开挖深度超过 5&nbsp;m（含 5&nbsp;m）；</li><li class="ql-indent-1">高支模：搭设高度 8 m 及以上；</li></ol>
                <ul><li><u>监测频次</u>：每日不少于两次，雨后加密。</li></ul>
                <table><thead><tr><th scope="col">区县</th><th>在建危大工程（项）</th></tr></thead>
                <tbody><tr><td>城关区</td><td>42</td></tr><tr><td colspan="2">七里河区 &amp; 安宁区合计 31</td></tr></tbody></table>
                <blockquote>联系人：综合科 0931-12345；邮箱 <a href="mailto:jdz@example.gov.cn">jdz@example.gov.cn</a></blockquote>
                <p>原文见 <a href="https://www.mohurd.gov.cn/gongkai/zhengce/" target="_blank">住房和城乡建设部网站</a>，\
                本站 <a href="/info.xhtml?column=policies">政策法规</a> 栏目同步发布。</p>
                <p style="color: rgb(230, 0, 0);">特此通知。</p>
                <p><img src="/attachment/12" alt="深基坑监测示意图"></p>
                <p style="text-align:right">兰州市建设工程安全质量监督站<br>2026年11月2日</p>""";
        ArticleHtml.Cleaned cleaned = ArticleHtml.clean(body);
        String out = cleaned.html();
        assertEquals(List.of(
                "一、总体要求",
                "为深入贯彻《中华人民共和国安全生产法》和住房城乡建设部《危险性较大的分部分项工程安全管理规定》（住建部令第37号），"
                        + "进一步加强全市房屋建筑和市政基础设施工程深基坑、高支模等“危大工程”的安全管理，现就有关事项通知如下：",
                "（一）施工单位应当在危大工程施工前组织编制专项施工方案；超过一定规模的，应组织召开专家论证会。",
                "深基坑：开挖深度超过 5 m（含 5 m）；",
                "高支模：搭设高度 8 m 及以上；",
                "监测频次：每日不少于两次，雨后加密。",
                "区县", "在建危大工程（项）", "城关区", "42", "七里河区 & 安宁区合计 31",
                "联系人：综合科 0931-12345；邮箱 jdz@example.gov.cn",
                "原文见 住房和城乡建设部网站，本站 政策法规 栏目同步发布。",
                "特此通知。",
                "兰州市建设工程安全质量监督站", "2026年11月2日"), ArticleHtml.blocks(out));
        assertTrue(out.contains("<h2>一、总体要求</h2>"), out);
        assertTrue(out.contains("<strong>（一）</strong>") && out.contains("<em>专项施工方案</em>"), out);
        assertTrue(out.contains("<td colspan=\"2\">"), out);
        assertTrue(out.contains("href=\"https://www.mohurd.gov.cn/gongkai/zhengce/\""), out);
        assertTrue(out.contains("href=\"/info.xhtml?column&#61;policies\"") || out.contains("href=\"/info.xhtml?column=policies\""), out);
        assertTrue(out.contains("rel=\"noopener noreferrer\"") || out.contains("rel=\"noreferrer noopener\""), out);
        assertTrue(out.contains("<img src=\"/attachment/12\" alt=\"深基坑监测示意图\""), out);
        assertTrue(out.contains("style=\"text-align:justify;\""), "Quill's alignment class becomes a style: " + out);
        assertTrue(out.contains("style=\"padding-left:2em;\""), "and its indent class: " + out);
        assertTrue(out.contains("style=\"color:rgb( 230 , 0 , 0 )\""), "the editor's colours stay: " + out);
        assertTrue(out.contains("（住建部令第37号），"), "full-width punctuation is stored as characters: " + out);
        assertTrue(out.contains("text-align:right"), out);
        assertFalse(cleaned.changed(), "nothing legitimate is reported as removed: " + cleaned.removed());
    }

    @Test
    void whatWasRemovedIsReportedAndAnEmptyEditorCountsAsBlank() {
        ArticleHtml.Cleaned c = ArticleHtml.clean("<p onclick=\"alert(1)\">通知</p><script>alert(1)</script><iframe src=\"https://x\"></iframe>");
        assertEquals("<p>通知</p>", c.html());
        assertTrue(c.removed().containsAll(Set.of("script", "iframe", "p@onclick")), c.removed().toString());
        assertTrue(ArticleHtml.isBlank(ArticleHtml.sanitize("<p><br></p>")));
        assertTrue(ArticleHtml.isBlank(ArticleHtml.sanitize("<script>alert(1)</script>")));
        assertFalse(ArticleHtml.isBlank(ArticleHtml.sanitize("<p><img src=\"/attachment/3\"></p>")));
        assertEquals("", ArticleHtml.sanitize(null));
    }

    @Test
    void theArticleTitleStaysThePagesOnlyFirstLevelHeading() {
        assertEquals("<h2>标题</h2>", ArticleHtml.sanitize("<h1>标题</h1>"));
    }
}
