package cn.gov.lanzhou.supervision.publishing;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One item of a reviewer's queue: a new article or the edit of a published one, waiting at a
 * review level since it was handed in.
 *
 * @param edit       true for an edit of a published article (修改稿)
 * @param policy     in a column under the station's publication target (政策类)
 * @param targetHours the target from submission to publication, for policy items
 */
public record ReviewItem(long articleId, long version, boolean edit, String title, String columnName, String author,
                         ReviewLevel level, LocalDateTime submittedAt, LocalDateTime now, boolean policy, int targetHours) {

    public Duration waiting() {
        return submittedAt == null ? Duration.ZERO : Duration.between(submittedAt, now);
    }

    /** 已等待 as people say it: 35 分钟, 5 小时 12 分, 2 天 3 小时. */
    public String waitingLabel() {
        return Durations.label(waiting());
    }

    /** A policy item whose time since submission is past the target: it cannot be online in time any more. */
    public boolean overdue() {
        return policy && waiting().compareTo(Duration.ofHours(targetHours)) > 0;
    }

    /** Time left until the target, for policy items not yet overdue. */
    public String remainingLabel() {
        if (!policy) {
            return "—";
        }
        Duration left = Duration.ofHours(targetHours).minus(waiting());
        return left.isNegative() ? "已超时 " + Durations.label(left.negated()) : "剩余 " + Durations.label(left);
    }

    public String kindLabel() {
        return edit ? "修改稿" : "新稿";
    }
}
