package cn.gov.lanzhou.supervision.complaint;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 投诉举报办理状态. */
public enum ComplaintStatus implements Labelled {
    RECEIVED("已受理"),
    ASSIGNED("已分派"),
    IN_PROGRESS("处理中"),
    REPLIED("已答复"),
    CLOSED("已办结"),
    DECLINED("不予受理");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
