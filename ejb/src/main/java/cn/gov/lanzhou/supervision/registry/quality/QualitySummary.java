package cn.gov.lanzhou.supervision.registry.quality;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The head of the data-quality page: when the findings were made and how long it took, and the
 * counts by rule and by district (the matrix; columns are {@link Districts#column} values).
 */
public record QualitySummary(LocalDateTime ranAt, long millis, String ranBy, int total,
                             List<String> columns, Map<QualityRule, Map<String, Integer>> matrix,
                             Map<QualityRule, Integer> byRule, Map<String, Integer> byDistrict,
                             Map<String, Integer> checked, Map<String, Long> phases) implements Serializable {

    public int count(QualityRule rule, String column) {
        return matrix.getOrDefault(rule, Map.of()).getOrDefault(column, 0);
    }

    public String columnLabel(String column) {
        return Districts.columnLabel(column);
    }

    public List<QualityRule> getRules() {
        return List.of(QualityRule.values());
    }

    /** The time taken, e.g. {@code 0.84 秒}. */
    public String getDuration() {
        return String.format("%.2f 秒", millis / 1000.0);
    }
}
