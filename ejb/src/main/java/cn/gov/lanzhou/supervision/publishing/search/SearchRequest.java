package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;

import java.time.LocalDate;

/**
 * One search as the visitor asked it. The text is the visitor's own words: it is never parsed as
 * query syntax, so quotes, colons, stars and brackets are just characters.
 *
 * @param text         搜索词 (at most {@link #MAX_TEXT} characters are used), empty for "everything"
 * @param columnCode   only this 栏目, or {@code null}
 * @param level        only this 发文层级, or {@code null}
 * @param businessType only this 业务类型, or {@code null}
 * @param from         published on or after this day, or {@code null}
 * @param to           published on or before this day, or {@code null}
 * @param sort         by relevance or newest first
 * @param pageNumber   from 1
 * @param pageSize     hits per page
 */
public record SearchRequest(String text, String columnCode, ArticleLevel level, BusinessType businessType,
                            LocalDate from, LocalDate to, Sort sort, int pageNumber, int pageSize) {

    /** Longest search text used; longer input is cut. */
    public static final int MAX_TEXT = 100;

    /** Deepest page served: relevance beyond a few hundred hits helps nobody, and deep pages cost. */
    public static final int MAX_PAGE = 50;

    /** 排序. */
    public enum Sort {
        /** 按相关度. */
        RELEVANCE,
        /** 按时间: newest first. */
        DATE
    }

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        sort = sort == null ? Sort.RELEVANCE : sort;
        pageNumber = Math.max(1, Math.min(MAX_PAGE, pageNumber));
        pageSize = Math.max(1, Math.min(50, pageSize));
    }

    /** A plain search for {@code text}, first page of 10, by relevance. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null, Sort.RELEVANCE, 1, 10);
    }

    public SearchRequest inColumn(String code) {
        return new SearchRequest(text, code, level, businessType, from, to, sort, pageNumber, pageSize);
    }

    public SearchRequest withLevel(ArticleLevel l) {
        return new SearchRequest(text, columnCode, l, businessType, from, to, sort, pageNumber, pageSize);
    }

    public SearchRequest withType(BusinessType t) {
        return new SearchRequest(text, columnCode, level, t, from, to, sort, pageNumber, pageSize);
    }

    public SearchRequest between(LocalDate f, LocalDate t) {
        return new SearchRequest(text, columnCode, level, businessType, f, t, sort, pageNumber, pageSize);
    }

    public SearchRequest sortedBy(Sort s) {
        return new SearchRequest(text, columnCode, level, businessType, from, to, s, pageNumber, pageSize);
    }

    public SearchRequest page(int number, int size) {
        return new SearchRequest(text, columnCode, level, businessType, from, to, sort, number, size);
    }

    /** Same filters, other words (for the "did you mean" check). */
    public SearchRequest withText(String other) {
        return new SearchRequest(other, columnCode, level, businessType, from, to, sort, 1, pageSize);
    }
}
