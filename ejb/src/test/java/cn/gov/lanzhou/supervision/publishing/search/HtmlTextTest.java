package cn.gov.lanzhou.supervision.publishing.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTextTest {

    @Test
    void paragraphsBecomeLinesAndMarkupGoes() {
        assertEquals("第一段 加粗\n第二段",
                HtmlText.of("<p>第一段 <strong>加粗</strong></p><p style=\"color:red\">第二段</p>"));
    }

    @Test
    void scriptsAndCommentsGoWithTheirContentAndEntitiesAreDecoded() {
        assertEquals("A & B <C> “引号” 中文",
                HtmlText.of("<script>alert(1)</script><!-- x -->A &amp; B &lt;C&gt; &ldquo;引号&rdquo;&nbsp;&#20013;&#x6587;"));
        assertEquals("&bogus; &#0;", HtmlText.of("&bogus; &#0;"));
    }

    @Test
    void excerptsAreOneLineAndCut() {
        assertEquals("一二三…", HtmlText.excerpt("<p>一二三</p><p>四五六</p>", 3));
        assertEquals("一二三 四五六", HtmlText.excerpt("<p>一二三</p><p>四五六</p>", 20));
        assertEquals("", HtmlText.of(null));
    }
}
