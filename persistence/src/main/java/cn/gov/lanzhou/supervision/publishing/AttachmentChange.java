package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** What a pending edit of a published article proposes for one of its files. */
public enum AttachmentChange implements Labelled {
    /** Uploaded for the edit: public once the edit has passed review. */
    ADDED("待审新增"),
    /** To be removed by the edit: stays public until the edit has passed review. */
    REMOVED("待审删除");

    private final String label;

    AttachmentChange(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
