package cn.gov.lanzhou.supervision.publishing;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the editor form shows for one article: the content being worked on (for a published
 * article with an edit under way, the edit's), its state and what can be done with it.
 *
 * @param content       the content to show in the form
 * @param editState     the state of the edit of a published article, or null when there is none
 * @param returnReason  why it was last returned, while it is returned
 * @param attachments   every file, those of a pending edit marked
 * @param editable      whether the caller may save it now
 * @param submittable   whether the caller may send it to review now
 */
public record EditorView(long articleId, long version, ArticleStatus status, EditState editState,
                         ArticleContent content, String author, String returnReason, LocalDateTime publishedAt,
                         LocalDateTime scheduledFor, List<Attachment> attachments, int revisionCount,
                         boolean editable, boolean submittable) {

    /** A published article whose changes go through review before they replace the public version. */
    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** 状态 as shown: the article's, and the edit's when one is under way. */
    public String stateLabel() {
        return editState == null ? status.label() : status.label() + "（修改稿" + editState.label() + "）";
    }
}
