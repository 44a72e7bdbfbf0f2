package cn.gov.lanzhou.supervision.registry.rules;

import cn.gov.lanzhou.supervision.shared.Labelled;

import java.util.Arrays;
import java.util.Optional;

/** 专业类别 — the professional category in positions 17–18 of a construction permit number. */
public enum PermitCategory implements Labelled {
    GENERAL_BUILDING("01", "一般工业与民用建筑工程"),
    METALLURGY("02", "冶金有色工业建筑安装工程"),
    COAL("03", "煤炭工业建筑安装工程"),
    PETROLEUM("04", "石油工业建筑安装工程"),
    CHEMICAL("05", "化学工业建筑安装工程"),
    ELECTRIC_POWER("06", "电力工业建筑安装工程"),
    BUILDING_MATERIALS("07", "建材工业建筑安装工程"),
    FORESTRY("08", "森林工业建筑安装工程"),
    LIGHT_INDUSTRY_AND_TEXTILES("09", "轻纺工业建筑安装工程"),
    WATER_CONSERVANCY("10", "水利建筑工程"),
    RAILWAY("11", "铁路建筑工程"),
    HIGHWAY("12", "公路建筑工程"),
    PORT("13", "港口建筑工程"),
    AEROSPACE("14", "航空航天建筑安装工程"),
    POST_AND_TELECOM("15", "邮电通信电子设备安装工程"),
    HEAT_AND_GAS("16", "热力及燃气建筑安装工程"),
    WATER_SUPPLY_AND_DRAINAGE("17", "给排水工程"),
    MUNICIPAL_BRIDGE("18", "市政桥梁工程"),
    OTHER("19", "其他工程");

    private final String code;
    private final String label;

    PermitCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The two-digit code, {@code 01}–{@code 19}. */
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<PermitCategory> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
