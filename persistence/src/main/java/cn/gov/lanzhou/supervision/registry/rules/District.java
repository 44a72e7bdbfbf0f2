package cn.gov.lanzhou.supervision.registry.rules;

import cn.gov.lanzhou.supervision.shared.Labelled;

import java.util.Arrays;
import java.util.Optional;

/**
 * 兰州市辖区县 — the districts and counties of Lanzhou with their administrative division codes,
 * as listed in the shared reference {@code lanzhou-districts.csv} (a test keeps the two in step).
 */
public enum District implements Labelled {
    CHENGGUAN("620102", "城关区", Kind.DISTRICT),
    QILIHE("620103", "七里河区", Kind.DISTRICT),
    XIGU("620104", "西固区", Kind.DISTRICT),
    ANNING("620105", "安宁区", Kind.DISTRICT),
    HONGGU("620111", "红古区", Kind.DISTRICT),
    YONGDENG("620121", "永登县", Kind.COUNTY),
    GAOLAN("620122", "皋兰县", Kind.COUNTY),
    YUZHONG("620123", "榆中县", Kind.COUNTY),
    LANZHOU_NEW_AREA("620171", "兰州新区", Kind.STATISTICAL_AREA);

    /** 兰州市 as a whole (市本级), e.g. permits issued by the city's own housing authority. */
    public static final String CITY_CODE = "620100";

    /** Which kind of division a code stands for. */
    public enum Kind implements Labelled {
        /** 市辖区. */
        DISTRICT("市辖区"),
        /** 县. */
        COUNTY("县"),
        /** 统计用区划 — a functional area such as 兰州新区 that has a code but is not a county. */
        STATISTICAL_AREA("功能区");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private final String code;
    private final String chineseName;
    private final Kind kind;

    District(String code, String chineseName, Kind kind) {
        this.code = code;
        this.chineseName = chineseName;
        this.kind = kind;
    }

    /** The six-digit administrative division code, e.g. {@code 620102}. */
    public String code() {
        return code;
    }

    /** The name as written in Chinese, e.g. 城关区. */
    public String chineseName() {
        return chineseName;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String label() {
        return chineseName;
    }

    /** The district with this six-digit code, if it is one of Lanzhou's. */
    public static Optional<District> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
