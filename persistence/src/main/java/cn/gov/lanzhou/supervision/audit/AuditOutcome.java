package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 审计结果. */
public enum AuditOutcome implements Labelled {
    SUCCESS("成功"),
    FAILURE("失败"),
    DENIED("拒绝");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
