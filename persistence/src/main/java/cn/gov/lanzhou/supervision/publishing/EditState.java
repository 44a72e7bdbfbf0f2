package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

/**
 * State of an edit of a published article ({@link ArticleEdit}): 修改中 → 待初审 → 待复审 → 待终审 →
 * 已生效, or 已退回 with a reason at any level, or 已放弃.
 */
public enum EditState implements Labelled {
    EDITING("修改中"),
    FIRST_REVIEW("待初审"),
    SECOND_REVIEW("待复审"),
    FINAL_REVIEW("待终审"),
    RETURNED("已退回"),
    APPLIED("已生效"),
    DISCARDED("已放弃");

    private final String label;

    EditState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still going: the article has this as its pending edit. */
    public boolean isOpen() {
        return this != APPLIED && this != DISCARDED;
    }

    /** The editor may still change it (not under review). */
    public boolean isEditable() {
        return this == EDITING || this == RETURNED;
    }
}
