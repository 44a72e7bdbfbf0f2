package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleIndexTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 12, 0);

    @TempDir
    Path dir;

    private ArticleIndex index;

    @BeforeEach
    void open() {
        index = ArticleIndex.open(dir.resolve("index/articles"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static ArticleDocument article(long id, String title, String body, String column, ArticleLevel level,
                                           BusinessType type, LocalDateTime published) {
        return new ArticleDocument(id, title, null, body, List.of(), null, column, column + "栏目", level, type,
                published);
    }

    private static ArticleDocument news(long id, String title, String body, LocalDateTime published) {
        return article(id, title, body, "news", ArticleLevel.MUNICIPAL, BusinessType.SAFETY, published);
    }

    private List<Long> ids(SearchResult r) {
        return r.hits().items().stream().map(SearchHit::id).toList();
    }

    private SearchResult search(String text) {
        return index.search(SearchRequest.of(text), NOW);
    }

    @Test
    void chineseWordsAreFoundInsideABodyAndMarked() {
        index.upsert(news(1, "城关区在建项目专项检查情况通报",
                "检查组对雁滩片区三个项目的深基坑支护和降水措施进行了抽查，发现部分监测数据未及时上报。", NOW.minusDays(3)));
        index.upsert(news(2, "安宁区召开质量月观摩会", "观摩现场展示了样板引路和实测实量做法。", NOW.minusDays(2)));

        SearchResult r = search("深基坑");
        assertEquals(List.of(1L), ids(r));
        String snippet = r.hits().items().get(0).snippetHtml();
        assertTrue(snippet.contains("<em>深基坑</em>"), snippet);
        assertFalse(r.hits().items().get(0).fromAttachment());
    }

    @Test
    void aMatchInTheTitleRanksAboveOneInTheBody() {
        index.upsert(news(1, "质量月活动总结", "本月还检查了脚手架搭设情况。", NOW.minusDays(1)));
        index.upsert(news(2, "脚手架安全专项检查通报", "检查了若干在建项目。", NOW.minusDays(30)));
        SearchResult r = search("脚手架");
        assertEquals(List.of(2L, 1L), ids(r));
        assertTrue(r.hits().items().get(0).titleHtml().contains("<em>脚手架</em>"), r.hits().items().get(0).titleHtml());
    }

    @Test
    void filtersByColumnLevelTypeAndDateRange() {
        index.upsert(article(1, "起重机械安全管理规定", "塔式起重机安装验收。", "policies", ArticleLevel.NATIONAL,
                BusinessType.SAFETY, LocalDateTime.of(2026, 3, 1, 9, 0)));
        index.upsert(article(2, "起重机械使用登记办事指南", "塔式起重机使用登记。", "guides", ArticleLevel.MUNICIPAL,
                BusinessType.GENERAL, LocalDateTime.of(2026, 6, 1, 9, 0)));
        index.upsert(article(3, "省起重机械检查通知", "塔式起重机专项检查。", "policies", ArticleLevel.PROVINCIAL,
                BusinessType.QUALITY, LocalDateTime.of(2026, 9, 1, 9, 0)));
        SearchRequest all = SearchRequest.of("起重机械");
        assertEquals(3, index.search(all, NOW).hits().total());
        assertEquals(List.of(1L, 3L), ids(index.search(all.inColumn("policies").sortedBy(SearchRequest.Sort.DATE), NOW))
                .stream().sorted().toList());
        assertEquals(List.of(3L), ids(index.search(all.withLevel(ArticleLevel.PROVINCIAL), NOW)));
        assertEquals(List.of(2L), ids(index.search(all.withType(BusinessType.GENERAL), NOW)));
        assertEquals(List.of(2L), ids(index.search(all.between(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)), NOW)),
                "the 'to' day is included");
        assertEquals(List.of(), ids(index.search(all.inColumn("news"), NOW)));
        assertEquals(3, index.search(SearchRequest.of("").inColumn("policies").withType(null), NOW).hits().total() + 1,
                "no words: every article of the column, by date");
    }

    @Test
    void sortsNewestFirstWhenAskedAndPages() {
        for (int i = 1; i <= 25; i++) {
            index.upsert(news(i, "第" + i + "次临时用电检查", "临时用电配电箱检查。", NOW.minusDays(40 - i)));
        }
        SearchRequest byDate = SearchRequest.of("临时用电").sortedBy(SearchRequest.Sort.DATE);
        SearchResult first = index.search(byDate.page(1, 10), NOW);
        assertEquals(25, first.hits().total());
        assertEquals(3, first.hits().pageCount());
        assertEquals(List.of(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L), ids(first));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), ids(index.search(byDate.page(3, 10), NOW)));
        assertTrue(index.search(byDate.page(4, 10), NOW).hits().items().isEmpty());
    }

    @Test
    void highlightedTextIsHtmlEscapedAroundTheMarks() {
        index.upsert(news(1, "<b>高支模</b> & \"检查\"",
                "正文<script>alert('x')</script>高支模<img src=x onerror=alert(1)>验收要求。", NOW.minusDays(1)));
        SearchHit hit = search("高支模").hits().items().get(0);
        assertTrue(hit.titleHtml().contains("&lt;b&gt;<em>高支模</em>&lt;&#x2F;b&gt; &amp; &quot;"), hit.titleHtml());
        assertFalse(hit.snippetHtml().contains("<script") || hit.snippetHtml().contains("<img"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("&lt;&#x2F;script&gt;<em>高支模</em>&lt;img"),
                hit.snippetHtml());
        String stripped = hit.snippetHtml().replace("<em>", "").replace("</em>", "");
        assertFalse(stripped.contains("<") || stripped.contains(">"), "only the marks are markup: " + hit.snippetHtml());
    }

    @Test
    void aDeletedArticleIsGoneAndAScheduledOneWaitsForItsTime() {
        index.upsert(news(1, "消防安全检查", "消防通道。", NOW.minusDays(1)));
        index.upsert(news(2, "节前消防安全提示", "消防器材。", NOW.plusHours(2)));
        assertEquals(List.of(1L), ids(search("消防")), "not before its publish time");
        assertEquals(List.of(2L, 1L), ids(index.search(SearchRequest.of("消防").sortedBy(SearchRequest.Sort.DATE),
                NOW.plusHours(3))));
        index.delete(1);
        assertEquals(List.of(), ids(search("消防")));
        assertEquals(1, index.count());
    }

    @Test
    void theIndexSurvivesAReopen() {
        index.upsert(news(7, "扬尘治理专项行动", "施工现场裸土覆盖。", NOW.minusDays(1)));
        index.close();
        index = ArticleIndex.open(dir.resolve("index/articles"));
        assertTrue(index.existed());
        assertEquals(List.of(7L), ids(search("扬尘")));
        assertEquals(new ArticleIndex.Fingerprint(1, 7), index.fingerprint());
    }

    @Test
    void aRebuildReplacesEverythingInOneGo() {
        index.upsert(news(1, "旧的信息", "已撤稿的内容。", NOW.minusDays(1)));
        int n = index.replaceAll(List.of(news(2, "钢筋隐蔽验收", "钢筋。", NOW.minusDays(1)),
                news(3, "混凝土强度检测", "混凝土。", NOW.minusDays(1))).iterator());
        assertEquals(2, n);
        assertEquals(new ArticleIndex.Fingerprint(2, 5), index.fingerprint());
        assertEquals(List.of(), ids(search("撤稿")));
    }

    @Test
    void hostileOrOddInputIsJustTextAndNeverAnError() {
        index.upsert(news(1, "深基坑工程安全管理", "深基坑。", NOW.minusDays(1)));
        for (String text : List.of("*:*", "\"", "title:深基坑 AND (", "<script>alert(1)</script>", "！？。，、",
                "a".repeat(200), "深基坑\\", "[* TO *]", "~2 ^3 +- &&||")) {
            SearchResult r = search(text);
            assertTrue(r.hits().total() <= 1, text);
        }
        assertEquals(0, search("*:*").hits().total(), "query syntax is not interpreted");
        assertEquals(0, search("！？。").hits().total());
        assertEquals("深基坑", search("title:深基坑 AND (").suggestion().orElse(null), "the words in it still help");
    }

    @Test
    void aMistypedWordGetsADidYouMeanFromTheIndexVocabulary() {
        index.upsert(news(1, "深基坑工程安全管理要点", "深基坑支护结构施工前应编制专项施工方案。", NOW.minusDays(1)));
        index.upsert(news(2, "高支模验收", "模板支撑体系。", NOW.minusDays(1)));
        SearchResult r = search("深基抗");
        assertTrue(r.isEmpty());
        assertEquals("深基坑", r.suggestion().orElse(null));
        assertTrue(r.popular().contains("深基坑") && r.popular().contains("高支模"), r.popular().toString());
        SearchResult nonsense = search("qzxwv");
        assertTrue(nonsense.isEmpty());
        assertTrue(nonsense.suggestion().isEmpty(), nonsense.suggestion().toString());
    }

    @Test
    void attachmentTextAndTagsAreSearchable() {
        index.upsert(new ArticleDocument(5, "关于印发实施细则的通知", "", "详见附件。", List.of("危大工程"),
                "附件一：危险性较大的分部分项工程专项施工方案编制指南 JGJ 120", "policies", "政策法规",
                ArticleLevel.MUNICIPAL, BusinessType.SAFETY, NOW.minusDays(1)));
        SearchHit hit = search("编制指南").hits().items().get(0);
        assertEquals(5, hit.id());
        assertTrue(hit.fromAttachment());
        assertTrue(hit.snippetHtml().contains("<em>编制</em>") || hit.snippetHtml().contains("<em>编制指南</em>"),
                hit.snippetHtml());
        assertEquals(List.of(5L), ids(search("jgj")));
        assertEquals(List.of(5L), ids(search("危大工程")));
    }

    @Test
    void snippetsArePassagesAroundTheMatchNotWholeArticles() {
        String longBody = "各有关单位：".repeat(40) + "施工现场应严格执行深基坑支护方案。" + "其他要求见附件。".repeat(40);
        index.upsert(news(1, "通知", longBody, NOW.minusDays(1)));
        String snippet = search("深基坑").hits().items().get(0).snippetHtml();
        assertTrue(snippet.contains("<em>深基坑</em>"), snippet);
        assertTrue(snippet.length() < 260, "a passage, not the body: " + snippet.length() + " " + snippet);
    }

    @Test
    void largeResultsAreCountedUpToTheLimitAndPagedToFiftyPages() {
        List<ArticleDocument> many = new java.util.ArrayList<>();
        for (int i = 1; i <= ArticleIndex.COUNT_LIMIT + 200; i++) {
            many.add(news(i, "第" + i + "期安全简报", "安全。", NOW.minusMinutes(i)));
        }
        index.replaceAll(many.iterator());
        SearchResult byScore = search("安全");
        assertTrue(byScore.moreThan() && byScore.total() >= ArticleIndex.COUNT_LIMIT, "at least the limit: " + byScore.total());
        assertEquals(SearchRequest.MAX_PAGE * 10L, byScore.hits().total(), "fifty pages of ten to page through");
        SearchResult newest = index.search(SearchRequest.of("安全").sortedBy(SearchRequest.Sort.DATE), NOW);
        assertEquals(List.of(1L, 2L, 3L), ids(newest).subList(0, 3));
        assertEquals(10, index.search(SearchRequest.of("安全").page(SearchRequest.MAX_PAGE, 10), NOW).hits().items().size());
    }

    @Test
    void aRebuildThatFailsHalfWayLeavesTheOldIndexAndLaterChangesWork() {
        index.upsert(news(1, "脚手架检查", "脚手架。", NOW.minusDays(1)));
        java.util.Iterator<ArticleDocument> failing = new java.util.Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ArticleDocument next() {
                if (++n > 2) {
                    throw new IllegalStateException("database gone");
                }
                return news(100 + n, "新的信息", "内容。", NOW.minusDays(1));
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> index.replaceAll(failing));
        assertEquals(List.of(1L), ids(search("脚手架")), "the old contents are still there");
        index.upsert(news(2, "高支模检查", "高支模。", NOW.minusDays(1)));
        assertEquals(new ArticleIndex.Fingerprint(2, 3), index.fingerprint(), "and the half-done rebuild was not committed");
    }
}
