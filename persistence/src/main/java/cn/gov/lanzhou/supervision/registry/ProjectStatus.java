package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 工程状态: 在建, 停工, 竣工. */
public enum ProjectStatus implements Labelled {
    UNDER_CONSTRUCTION("在建"),
    SUSPENDED("停工"),
    COMPLETED("竣工");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
