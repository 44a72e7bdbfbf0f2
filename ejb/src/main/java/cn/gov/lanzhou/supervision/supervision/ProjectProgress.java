package cn.gov.lanzhou.supervision.supervision;

import java.time.LocalDate;

/**
 * 进度查询 — what the public may see of a project's supervision: no personal data, no finding
 * details beyond counts.
 */
public record ProjectProgress(
        String projectNo,
        String permitNo,
        String name,
        String district,
        String projectType,
        String status,
        String stage,
        LocalDate startDate,
        LocalDate plannedCompletion,
        LocalDate completedOn,
        long inspections,
        LocalDate lastInspectedOn,
        long openNotices,
        long closedNotices,
        long overdueNotices) {
}
