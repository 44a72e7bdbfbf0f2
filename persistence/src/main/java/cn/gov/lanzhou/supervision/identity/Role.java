package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 角色. The three administrators (三权分立) are mutually exclusive; see {@link #isAdministrator()}. */
public enum Role implements Labelled {
    ENTERPRISE("企业用户"),
    SUPERVISOR("监督员"),
    EDITOR("信息编辑"),
    FIRST_REVIEWER("初审员"),
    SECOND_REVIEWER("复审员"),
    FINAL_REVIEWER("终审员"),
    LEADER("站领导"),
    SYSTEM_ADMIN("系统管理员"),
    SECURITY_ADMIN("安全管理员"),
    AUDIT_ADMIN("审计管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** 系统管理员, 安全管理员 and 审计管理员: no account may hold more than one of these. */
    public boolean isAdministrator() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }
}
