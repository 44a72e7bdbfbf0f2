package cn.gov.lanzhou.supervision.declaration;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 申报状态. */
public enum DeclarationStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    ACCEPTED("已受理"),
    UNDER_REVIEW("审核中"),
    APPROVED("已办结"),
    CORRECTION_REQUESTED("补正"),
    REFUSED("不予受理");

    private final String label;

    DeclarationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
