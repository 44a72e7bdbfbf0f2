package cn.gov.lanzhou.supervision.declaration;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 申报事项. */
public enum DeclarationType implements Labelled {
    SUPERVISION_REGISTRATION("工程质量安全监督登记"),
    SAFETY_MEASURES_FILING("施工安全措施备案"),
    COMPLETION_FILING("竣工验收备案");

    private final String label;

    DeclarationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
