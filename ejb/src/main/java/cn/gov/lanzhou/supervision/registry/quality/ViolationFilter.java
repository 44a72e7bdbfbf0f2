package cn.gov.lanzhou.supervision.registry.quality;

import java.io.Serializable;

/**
 * Which findings to list or export: by rule and by matrix column (a district code or
 * {@link Districts#OTHER}); {@code null} means any.
 */
public record ViolationFilter(QualityRule rule, String district) implements Serializable {

    public static final ViolationFilter ALL = new ViolationFilter(null, null);

    public boolean matches(Violation v) {
        return (rule == null || v.rule() == rule)
                && (district == null || district.equals(Districts.column(v.districtCode())));
    }

    /** For file names and audit details: {@code 全部} or e.g. {@code 身份证号不合规-城关区}. */
    public String describe() {
        if (rule == null && district == null) {
            return "全部";
        }
        StringBuilder sb = new StringBuilder();
        if (rule != null) {
            sb.append(rule.label());
        }
        if (district != null) {
            sb.append(sb.isEmpty() ? "" : "-").append(Districts.columnLabel(district));
        }
        return sb.toString();
    }
}
