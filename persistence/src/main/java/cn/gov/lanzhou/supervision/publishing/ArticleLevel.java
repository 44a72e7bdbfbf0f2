package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 发文层级. */
public enum ArticleLevel implements Labelled {
    NATIONAL("国家"),
    PROVINCIAL("省级"),
    MUNICIPAL("市级");

    private final String label;

    ArticleLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
