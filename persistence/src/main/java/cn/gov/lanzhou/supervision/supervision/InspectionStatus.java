package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 检查记录状态: a draft can still be edited on site, a submitted record is final. */
public enum InspectionStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("已提交");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
