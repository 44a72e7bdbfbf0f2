package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 检查类型. */
public enum InspectionKind implements Labelled {
    ROUTINE("日常巡查"),
    SPECIAL("专项检查"),
    JOINT("联合检查"),
    FOLLOW_UP("复查");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
