package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.publishing.TextDiff.Op;
import cn.gov.lanzhou.supervision.publishing.TextDiff.Paragraph;
import cn.gov.lanzhou.supervision.publishing.TextDiff.Piece;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDiffTest {

    @Test
    void aChangedWordInAChineseSentenceIsMarkedAndTheRestStays() {
        List<Piece> pieces = TextDiff.words("基坑监测每日不少于一次。", "基坑监测每日不少于两次。");
        assertEquals(List.of(new Piece(Op.SAME, "基坑监测每日不少于"), new Piece(Op.REMOVED, "一"),
                new Piece(Op.ADDED, "两"), new Piece(Op.SAME, "次。")), pieces);
        assertEquals("基坑监测每日不少于<del>一</del><ins>两</ins>次。", TextDiff.html(pieces, true));
    }

    @Test
    void latinWordsAndNumbersAreComparedWhole() {
        List<Piece> pieces = TextDiff.words("GB 50202-2018 第 5 条", "GB 50202-2025 第 5 条");
        assertTrue(pieces.contains(new Piece(Op.REMOVED, "2018")) && pieces.contains(new Piece(Op.ADDED, "2025")), pieces.toString());
    }

    @Test
    void paragraphsAreAddedRemovedOrChanged() {
        List<String> before = List.of("一、总体要求", "各区县应当加强深基坑管理。", "联系人：陈静", "特此通知。");
        List<String> after = List.of("一、总体要求", "各区县应当进一步加强深基坑和高支模管理。", "二、监测要求", "特此通知。");
        List<Paragraph> diff = TextDiff.paragraphs(before, after);
        assertEquals(List.of(Op.SAME, Op.CHANGED, Op.REMOVED, Op.ADDED, Op.SAME), diff.stream().map(Paragraph::op).toList());
        assertEquals("各区县应当加强深基坑管理。", diff.get(1).text(false));
        assertEquals("各区县应当进一步加强深基坑和高支模管理。", diff.get(1).text(true));
        String html = TextDiff.html(diff);
        assertTrue(html.contains("<ins>进一步</ins>") && html.contains("<del>联系人：陈静</del>")
                && html.contains("<ins>二、监测要求</ins>"), html);
        assertTrue(TextDiff.changed(diff));
        assertFalse(TextDiff.changed(TextDiff.paragraphs(before, before)));
    }

    @Test
    void textInTheDiffIsEscaped() {
        String html = TextDiff.html(TextDiff.paragraphs(List.of("a"), List.of("<script>alert(1)</script>")));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void theBodyOfARevisionIsComparedByItsText() {
        String v1 = "<p>各区县住建部门：</p><p>基坑监测每日不少于一次。</p>";
        String v2 = "<p>各区县住建部门：</p><p>基坑监测每日不少于<strong>两次</strong>，雨后加密。</p>";
        List<Paragraph> diff = TextDiff.paragraphs(ArticleHtml.blocks(v1), ArticleHtml.blocks(v2));
        assertEquals(Op.CHANGED, diff.get(1).op());
        assertEquals("基坑监测每日不少于两次，雨后加密。", diff.get(1).text(true));
    }

    @Test
    void veryLongTextsStillGiveAnAnswer() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            a.add("第" + i + "段");
            b.add(i % 2 == 0 ? "第" + i + "段" : "新第" + i + "段");
        }
        List<Paragraph> diff = TextDiff.paragraphs(a, b);
        assertEquals(a, diff.stream().filter(p -> p.op() != Op.ADDED).map(p -> p.text(false)).toList());
        assertEquals(b, diff.stream().filter(p -> p.op() != Op.REMOVED).map(p -> p.text(true)).toList());
    }
}
