package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 业务类型. */
public enum BusinessType implements Labelled {
    SAFETY("安全"),
    QUALITY("质量"),
    GENERAL("综合");

    private final String label;

    BusinessType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
