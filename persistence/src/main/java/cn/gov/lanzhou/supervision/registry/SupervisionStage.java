package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 监督阶段. */
public enum SupervisionStage implements Labelled {
    REGISTERED("监督登记"),
    FOUNDATION("地基与基础"),
    MAIN_STRUCTURE("主体结构"),
    DECORATION("装饰装修"),
    ACCEPTANCE("竣工验收"),
    CLOSED("监督终止");

    private final String label;

    SupervisionStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
