package cn.gov.lanzhou.supervision.publishing;

import java.time.LocalDateTime;

/** One line of an article list on the staff pages. */
public record ArticleRow(long id, String title, String columnName, String author, ArticleStatus status,
                         EditState editState, LocalDateTime createdAt, LocalDateTime submittedAt,
                         LocalDateTime publishedAt, LocalDateTime scheduledFor, String returnReason, long version) {

    public String stateLabel() {
        if (editState != null) {
            return status.label() + "（修改稿" + editState.label() + "）";
        }
        if (status == ArticleStatus.PUBLISHED && scheduledFor != null) {
            return "定时发布";
        }
        return status.label();
    }

    /** Published and online (not waiting for its scheduled time). */
    public boolean isOnline(LocalDateTime now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }
}
