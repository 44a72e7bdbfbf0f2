package cn.gov.lanzhou.supervision.publishing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ColumnFiltersTest {

    @Test
    void levelAndTypeAreReadByTheirCodesInAnyCase() {
        assertEquals(ArticleLevel.NATIONAL, ColumnPage.byCode(ArticleLevel.values(), "national"));
        assertEquals(ArticleLevel.MUNICIPAL, ColumnPage.byCode(ArticleLevel.values(), "MUNICIPAL"));
        assertEquals(BusinessType.SAFETY, ColumnPage.byCode(BusinessType.values(), "Safety"));
        assertNull(ColumnPage.byCode(ArticleLevel.values(), "国家"), "ignored with a notice, not an error");
        assertNull(ColumnPage.byCode(BusinessType.values(), "<script>"));
    }

    @Test
    void aYearMustBeOneWithArticles() {
        assertEquals(2025, ColumnPage.parseYear("2025", 2024, 2026));
        assertNull(ColumnPage.parseYear("2023", 2024, 2026));
        assertNull(ColumnPage.parseYear("2027", 2024, 2026));
        assertNull(ColumnPage.parseYear("20251", 2024, 2026));
        assertNull(ColumnPage.parseYear("二〇二五", 2024, 2026));
        assertNull(ColumnPage.parseYear("-2025", 2024, 2026));
    }

    @Test
    void theHeadlineTeaserIsPlainTextCutToLength() {
        assertEquals("检查组 <发现> 问题 & 整改", HomePage.teaser("<p>检查组 &lt;发现&gt; 问题</p><p>&amp; 整改</p>", 50));
        assertEquals("一二三…", HomePage.teaser("<p>一二三四五</p>", 3));
    }
}
