package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 关键岗位人员. */
public enum KeyPersonRole implements Labelled {
    PROJECT_MANAGER("项目经理"),
    CHIEF_SUPERVISOR("总监理工程师"),
    SAFETY_OFFICER("专职安全员"),
    TECHNICAL_LEAD("技术负责人");

    private final String label;

    KeyPersonRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
