package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 法规时效. */
public enum Validity implements Labelled {
    EFFECTIVE("现行有效"),
    AMENDED("已修改"),
    REPEALED("已废止"),
    EXPIRED("失效");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
