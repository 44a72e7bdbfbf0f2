package cn.gov.lanzhou.supervision.analytics;

import java.util.List;
import java.util.Map;

/**
 * A small statistics table: labelled counts, shown on the page with a bar each and exported as
 * CSV with the same caption and headings.
 *
 * @param key         the name used in the export link ({@code table=…})
 * @param caption     the table's caption
 * @param labelHeader heading of the label column
 * @param rows        the rows, in display order
 */
public record CountTable(String key, String caption, String labelHeader, List<CountTable.Row> rows) {

    /**
     * One labelled count.
     *
     * @param group        a sub-heading for tables that combine two breakdowns, else {@code null}
     * @param percentOfMax the count as a share of the largest count in its group, 0–100, for the bar
     */
    public record Row(String group, String label, long count, int percentOfMax) {
    }

    public CountTable {
        rows = List.copyOf(rows);
    }

    public long total() {
        return rows.stream().mapToLong(Row::count).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /** Rows of one group. */
    public List<Row> group(String group) {
        return rows.stream().filter(r -> group.equals(r.group())).toList();
    }

    /** Rows for the counts of {@code map}, in its order, with bars scaled to the largest count. */
    static List<Row> rows(String group, Map<String, Long> map) {
        long max = map.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return map.entrySet().stream()
                .map(e -> new Row(group, e.getKey(), e.getValue(),
                        max == 0 ? 0 : (int) Math.round(100.0 * e.getValue() / max)))
                .toList();
    }
}
