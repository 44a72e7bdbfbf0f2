package cn.gov.lanzhou.supervision.registry.rules;

import cn.gov.lanzhou.supervision.shared.Labelled;

import java.util.Arrays;
import java.util.Optional;

/**
 * 专业工程副本 — a professional works package issued as a copy of a construction permit, marked by
 * a letter after the 18 digits (and a serial number when there are several copies of one kind).
 */
public enum PermitWorksPackage implements Labelled {
    DEEP_EXCAVATION('S', "深基坑工程"),
    FOUNDATION('J', "基础工程"),
    DECORATION('Z', "装修装饰工程"),
    EQUIPMENT_INSTALLATION('A', "设备安装工程");

    private final char letter;
    private final String label;

    PermitWorksPackage(char letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    public char letter() {
        return letter;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<PermitWorksPackage> byLetter(char letter) {
        return Arrays.stream(values()).filter(p -> p.letter == letter).findFirst();
    }
}
