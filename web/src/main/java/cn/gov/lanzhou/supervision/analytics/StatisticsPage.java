package cn.gov.lanzhou.supervision.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;

/** 数据统计: key figures of the last twelve months and the tables behind them. */
@Named
@RequestScoped
public class StatisticsPage {

    @Inject
    private StatisticsFigures figures;

    private StatisticsFigures.Period period;
    private StatisticsFigures.KeyFigures keyFigures;
    private CountTable byDistrict;
    private CountTable byCategory;
    private CountTable complaints;
    private Double satisfaction;

    public StatisticsFigures.Period getPeriod() {
        if (period == null) {
            period = figures.period();
        }
        return period;
    }

    public StatisticsFigures.KeyFigures getKeyFigures() {
        if (keyFigures == null) {
            keyFigures = figures.keyFigures(getPeriod());
        }
        return keyFigures;
    }

    public CountTable getByDistrict() {
        if (byDistrict == null) {
            byDistrict = figures.inspectionsByDistrict(getPeriod());
        }
        return byDistrict;
    }

    public CountTable getByCategory() {
        if (byCategory == null) {
            byCategory = figures.findingsByCategory(getPeriod());
        }
        return byCategory;
    }

    public CountTable getComplaints() {
        if (complaints == null) {
            complaints = figures.complaints();
        }
        return complaints;
    }

    /** All complaints received (each is counted once in the status breakdown). */
    public long getComplaintTotal() {
        return getComplaints().group(StatisticsFigures.BY_STATUS).stream().mapToLong(CountTable.Row::count).sum();
    }

    /** 平均满意度 with one decimal, or 暂无评价 while nobody has rated. */
    public String getSatisfaction() {
        if (satisfaction == null) {
            satisfaction = figures.averageSatisfaction();
        }
        return satisfaction > 0 ? String.format(Locale.ROOT, "%.1f", satisfaction) : "暂无评价";
    }

    public boolean isRated() {
        getSatisfaction();
        return satisfaction > 0;
    }
}
