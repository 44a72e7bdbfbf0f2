package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 参建单位在工程中的角色. */
public enum ParticipantRole implements Labelled {
    DEVELOPER("建设单位"),
    GENERAL_CONTRACTOR("施工总承包单位"),
    SUBCONTRACTOR("专业分包单位"),
    SUPERVISION("监理单位"),
    SURVEY("勘察单位"),
    DESIGN("设计单位"),
    TESTING("检测机构");

    private final String label;

    ParticipantRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
