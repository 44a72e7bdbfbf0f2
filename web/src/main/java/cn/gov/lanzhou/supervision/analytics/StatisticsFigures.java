package cn.gov.lanzhou.supervision.analytics;

import cn.gov.lanzhou.supervision.complaint.ComplaintTracker;
import cn.gov.lanzhou.supervision.registry.ProjectDirectory;
import cn.gov.lanzhou.supervision.registry.ProjectStatus;
import cn.gov.lanzhou.supervision.shared.Labelled;
import cn.gov.lanzhou.supervision.supervision.SupervisionQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public figures of the last twelve months, the same for the page and the CSV export, so a
 * downloaded table always matches what the page showed.
 */
@ApplicationScoped
public class StatisticsFigures {

    /** Group names of the complaints table. */
    public static final String BY_CATEGORY = "按类别";
    public static final String BY_STATUS = "按办理状态";

    @EJB
    private SupervisionQueries supervision;

    @EJB
    private ProjectDirectory projects;

    @EJB
    private ComplaintTracker complaints;

    /** Statistics period: the twelve months up to and including today. */
    public record Period(LocalDate from, LocalDate to) {

        public static Period lastTwelveMonths(LocalDate today) {
            return new Period(today.minusMonths(12).plusDays(1), today);
        }
    }

    /** The key figures shown at the top of the page. */
    public record KeyFigures(long projectsUnderConstruction, long enterprises, long inspections, long openNotices,
                             double closureRate) {

        /** 整改闭环率 as a whole percentage, e.g. 87. */
        public long closureRatePercent() {
            return Math.round(closureRate * 100);
        }
    }

    public Period period() {
        return Period.lastTwelveMonths(LocalDate.now());
    }

    public KeyFigures keyFigures(Period p) {
        return new KeyFigures(projects.countByStatus(ProjectStatus.UNDER_CONSTRUCTION), projects.countEnterprises(),
                supervision.countInspections(p.from(), p.to()), supervision.countOpenNotices(),
                supervision.closureRate(p.from(), p.to()));
    }

    public CountTable inspectionsByDistrict(Period p) {
        return new CountTable("district", "各区县监督检查次数（近12个月）", "区县",
                CountTable.rows(null, supervision.inspectionsByDistrict(p.from(), p.to())));
    }

    public CountTable findingsByCategory(Period p) {
        return new CountTable("category", "检查发现问题隐患类别分布（近12个月）", "隐患类别",
                CountTable.rows(null, supervision.findingsByCategory(p.from(), p.to())));
    }

    /** 投诉举报 by category and by status, since the service started (two groups in one table). */
    public CountTable complaints() {
        List<CountTable.Row> rows = new ArrayList<>(CountTable.rows(BY_CATEGORY, labelled(complaints.countByCategory())));
        rows.addAll(CountTable.rows(BY_STATUS, labelled(complaints.countByStatus())));
        return new CountTable("complaints", "投诉举报受理情况（累计）", "类别或办理状态", rows);
    }

    public double averageSatisfaction() {
        return complaints.averageSatisfaction();
    }

    /** The table behind an export key, or empty for an unknown key. */
    public Optional<CountTable> table(String key, Period p) {
        if (key == null) {
            return Optional.empty();
        }
        return switch (key) {
            case "district" -> Optional.of(inspectionsByDistrict(p));
            case "category" -> Optional.of(findingsByCategory(p));
            case "complaints" -> Optional.of(complaints());
            default -> Optional.empty();
        };
    }

    private static <E extends Enum<E> & Labelled> Map<String, Long> labelled(Map<E, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.label(), v));
        return out;
    }
}
