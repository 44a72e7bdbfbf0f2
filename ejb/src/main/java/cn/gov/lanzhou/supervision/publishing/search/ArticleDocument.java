package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the index keeps of one published article: plain text only (the body without markup, the
 * attachments' extracted text), and the facets the search page filters and sorts by.
 *
 * @param id             the article's id
 * @param title          标题
 * @param summary        摘要, may be empty
 * @param bodyText       正文 as plain text
 * @param tags           标签
 * @param attachmentText the text of its PDF/Word/Excel attachments, already cut to the limit
 * @param columnCode     栏目 code
 * @param columnName     栏目 name, shown with each hit
 * @param level          发文层级, or {@code null}
 * @param businessType   业务类型
 * @param publishedAt    发布时间 (a scheduled article is indexed too; searches only show it once this has come)
 */
public record ArticleDocument(long id, String title, String summary, String bodyText, List<String> tags,
                              String attachmentText, String columnCode, String columnName, ArticleLevel level,
                              BusinessType businessType, LocalDateTime publishedAt) {

    public ArticleDocument {
        Objects.requireNonNull(title, "Title is required.");
        Objects.requireNonNull(columnCode, "Column is required.");
        Objects.requireNonNull(publishedAt, "Publish time is required.");
        summary = summary == null ? "" : summary;
        bodyText = bodyText == null ? "" : bodyText;
        attachmentText = attachmentText == null ? "" : attachmentText;
        tags = tags == null ? List.of() : List.copyOf(tags);
        columnName = columnName == null ? columnCode : columnName;
        businessType = businessType == null ? BusinessType.GENERAL : businessType;
    }
}
