package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 个人执业或岗位证书的种类. */
public enum CertificateKind implements Labelled {
    REGISTERED_CONSTRUCTOR("注册建造师"),
    REGISTERED_SUPERVISOR("注册监理工程师"),
    SAFETY_A("安全生产考核合格证（A类）"),
    SAFETY_B("安全生产考核合格证（B类）"),
    SAFETY_C("安全生产考核合格证（C类）"),
    SPECIAL_OPERATOR("特种作业操作证");

    private final String label;

    CertificateKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
