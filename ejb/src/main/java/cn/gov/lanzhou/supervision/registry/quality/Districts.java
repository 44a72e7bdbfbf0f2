package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.registry.rules.District;

/** The district columns of the data-quality matrix: Lanzhou's districts and one column for the rest. */
public final class Districts {

    /** The column for codes outside Lanzhou and records without a district. */
    public static final String OTHER = "OTHER";

    private Districts() {
    }

    /** The matrix column of a district code: the code itself for a Lanzhou district, otherwise {@link #OTHER}. */
    public static String column(String districtCode) {
        return District.byCode(districtCode).map(District::code).orElse(OTHER);
    }

    /** 城关区, or 其他（110105） for a code outside Lanzhou, or 未登记. */
    public static String label(String districtCode) {
        if (districtCode == null || districtCode.isBlank()) {
            return "未登记";
        }
        return District.byCode(districtCode).map(District::chineseName).orElse("其他（" + districtCode + "）");
    }

    /** The heading of a matrix column. */
    public static String columnLabel(String column) {
        return OTHER.equals(column) ? "其他/未登记" : label(column);
    }
}
