package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 栏目 — the portal columns demo articles are written for. */
public enum DemoColumn implements Labelled {
    POLICY_REGULATION("政策法规"),
    TECHNICAL_STANDARD("技术标准"),
    SUPERVISION_NEWS("监督动态"),
    NOTICE("通知公告"),
    SERVICE_GUIDE("办事指南"),
    POLICY_INTERPRETATION("政策解读");

    private final String label;

    DemoColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
