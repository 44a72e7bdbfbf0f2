package cn.gov.lanzhou.supervision.publishing;

import java.util.Objects;

/**
 * What an editor writes and chooses for an article, as one value: what a save stores, what a
 * revision keeps and what a re-reviewed edit puts online. The body is already sanitised; tags
 * are in their stored form ({@link Article#normalizeTags}).
 *
 * @param column            栏目
 * @param title             标题
 * @param summary           摘要, may be null
 * @param body              正文 (sanitised HTML)
 * @param source            来源, may be null
 * @param authorDepartment  发布单位/撰稿部门, may be null
 * @param level             层级 国家/省/市, may be null
 * @param businessType      业务类型 安全/质量/综合
 * @param validity          时效 (regulations), may be null
 * @param tags              标签, comma separated, may be null
 * @param interprets        for a 政策解读 the regulation it interprets, may be null
 * @param coverAttachmentId the attachment chosen as cover, may be null
 */
public record ArticleContent(SiteColumn column, String title, String summary, String body, String source,
                             String authorDepartment, ArticleLevel level, BusinessType businessType,
                             Validity validity, String tags, Article interprets, Long coverAttachmentId) {

    public ArticleContent {
        Objects.requireNonNull(column, "请选择栏目");
        Objects.requireNonNull(title, "标题不能为空");
        Objects.requireNonNull(body, "正文不能为空");
        Objects.requireNonNull(businessType, "请选择业务类型");
    }
}
