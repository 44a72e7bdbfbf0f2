package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;

import java.time.LocalDateTime;

/**
 * One article found. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which
 * only the matched words are wrapped in {@code <em>…</em>}: safe to render unescaped.
 *
 * @param id             the article
 * @param titleHtml      its title, matches marked
 * @param snippetHtml    the passages of body (or attachment, or summary) text that matched, marked
 * @param fromAttachment the snippet comes from an attachment
 * @param columnCode     栏目 code
 * @param columnName     栏目 name
 * @param level          发文层级, or {@code null}
 * @param businessType   业务类型
 * @param publishedAt    发布时间
 */
public record SearchHit(long id, String titleHtml, String snippetHtml, boolean fromAttachment, String columnCode,
                        String columnName, ArticleLevel level, BusinessType businessType,
                        LocalDateTime publishedAt) {
}
