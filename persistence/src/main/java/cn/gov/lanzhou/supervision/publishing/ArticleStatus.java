package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 信息状态: 草稿 → 初审 → 复审 → 终审 → 已发布, 或退回/撤稿. */
public enum ArticleStatus implements Labelled {
    DRAFT("草稿"),
    FIRST_REVIEW("待初审"),
    SECOND_REVIEW("待复审"),
    FINAL_REVIEW("待终审"),
    PUBLISHED("已发布"),
    RETURNED("已退回"),
    WITHDRAWN("已撤稿");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
