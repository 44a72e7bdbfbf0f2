package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 企业类型. */
public enum EnterpriseType implements Labelled {
    DEVELOPER("建设单位"),
    CONTRACTOR("施工单位"),
    SUPERVISION("监理单位"),
    SURVEY("勘察单位"),
    DESIGN("设计单位"),
    TESTING("检测机构");

    private final String label;

    EnterpriseType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
