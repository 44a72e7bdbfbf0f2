package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 整改通知书状态. */
public enum NoticeStatus implements Labelled {
    ISSUED("已下发"),
    ACKNOWLEDGED("已签收"),
    RESPONDED("已回复"),
    REJECTED("复查不通过"),
    CLOSED("已销号");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
