package cn.gov.lanzhou.supervision.publishing.cache;

import cn.gov.lanzhou.supervision.publishing.cache.PageKey.PublicPage;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageKeyTest {

    private static Map<String, String[]> params(String... nameValue) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], new String[] {nameValue[i + 1]});
        }
        return m;
    }

    @Test
    void theRootAndIndexAreOneHomePage() {
        assertEquals(Optional.of(PublicPage.HOME), PublicPage.at("/"));
        assertEquals(Optional.of(PublicPage.HOME), PublicPage.at("/index.xhtml"));
        assertEquals(Optional.of(PublicPage.COLUMN), PublicPage.at("/info.xhtml"));
        assertEquals(Optional.of(PublicPage.ARTICLE), PublicPage.at("/article.xhtml"));
        assertTrue(PublicPage.at("/complaint.xhtml").isEmpty(), "other pages are not cached");
        assertTrue(PublicPage.at("/article.xhtml;jsessionid=abc").isEmpty());
        assertEquals(PageKey.of(PublicPage.HOME, Map.of()), PageKey.of(PublicPage.at("/").orElseThrow(), Map.of()));
    }

    @Test
    void parametersAreSortedAndBlankOnesDropped() {
        PageKey a = PageKey.of(PublicPage.COLUMN, params("page", "2", "column", "news", "level", "", "year", "2026")).orElseThrow();
        PageKey b = PageKey.of(PublicPage.COLUMN, params("year", "2026", "column", "news", "page", "2")).orElseThrow();
        assertEquals(a, b);
        assertEquals("/info.xhtml?column=news&page=2&year=2026", a.value());
        assertEquals("/article.xhtml?id=42", PageKey.of(PublicPage.ARTICLE, params("id", "42")).orElseThrow().value());
    }

    @Test
    void valuesAreEncodedSoTheyCannotForgeAnotherKey() {
        PageKey tricky = PageKey.of(PublicPage.COLUMN, params("column", "news&page=2")).orElseThrow();
        PageKey real = PageKey.of(PublicPage.COLUMN, params("column", "news", "page", "2")).orElseThrow();
        assertTrue(!tricky.equals(real), tricky.value());
    }

    @Test
    void unknownRepeatedOrOverlongParametersAreNeverCached() {
        assertTrue(PageKey.of(PublicPage.HOME, params("utm_source", "x")).isEmpty(), "a page may echo unknown parameters");
        assertTrue(PageKey.of(PublicPage.ARTICLE, params("id", "1", "q", "<script>")).isEmpty());
        Map<String, String[]> twice = Map.of("id", new String[] {"1", "2"});
        assertTrue(PageKey.of(PublicPage.ARTICLE, twice).isEmpty());
        assertTrue(PageKey.of(PublicPage.COLUMN, params("column", "x".repeat(65))).isEmpty());
    }
}
