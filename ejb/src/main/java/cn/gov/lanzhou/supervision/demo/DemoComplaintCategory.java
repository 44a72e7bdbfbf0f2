package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 投诉类别 — what citizens complain about in demo complaints. */
public enum DemoComplaintCategory implements Labelled {
    QUALITY("工程质量"),
    SAFETY("施工安全"),
    DUST_AND_NOISE("扬尘噪音"),
    UNPERMITTED_CONSTRUCTION("违法建设/无证施工"),
    SUPERVISOR_CONDUCT("监督人员作风"),
    OTHER("其他");

    private final String label;

    DemoComplaintCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
