package cn.gov.lanzhou.supervision.complaint;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 投诉举报类别. */
public enum ComplaintCategory implements Labelled {
    QUALITY("工程质量"),
    SAFETY("施工安全"),
    DUST_NOISE("扬尘噪音"),
    ILLEGAL_CONSTRUCTION("违法建设/无证施工"),
    STAFF_CONDUCT("监督人员作风"),
    OTHER("其他");

    private final String label;

    ComplaintCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
