package cn.gov.lanzhou.supervision.publishing;

/**
 * What the editor form sends on 保存: everything about an article an editor writes or chooses.
 *
 * @param articleId         null for a new article
 * @param expectedVersion   the version the form was opened with (optimistic locking); ignored for a new one
 * @param columnCode        栏目代码
 * @param body              rich text as the editor sent it; sanitised by the service
 * @param tags              free text, separated by commas or spaces
 * @param interpretsId      for a 政策解读: the published regulation it interprets
 * @param coverAttachmentId one of the article's images, or null
 * @param note              修改说明 kept with the revision, optional
 */
public record Draft(Long articleId, long expectedVersion, String columnCode, String title, String summary, String body,
                    String source, String authorDepartment, ArticleLevel level, BusinessType businessType,
                    Validity validity, String tags, Long interpretsId, Long coverAttachmentId, String note) {
}
