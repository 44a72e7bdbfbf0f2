package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 隐患等级. */
public enum Severity implements Labelled {
    GENERAL("一般"),
    SERIOUS("较大"),
    MAJOR("重大");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
