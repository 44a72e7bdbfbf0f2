package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.shared.Labelled;

/**
 * 数据质量规则 — the rules the registry re-check applies, each with the record kind it judges and
 * an explanation for the data-quality page. The order is the order of the page's matrix.
 */
public enum QualityRule implements Labelled {
    INVALID_CREDIT_CODE("统一社会信用代码不合规", SubjectKind.ENTERPRISE,
            "按 GB 32100-2015 校验：18位，第1位登记管理部门、第2位机构类别、第3–8位行政区划码、"
                    + "第17位组织机构代码校验码（GB 11714）和第18位总校验码。"),
    INVALID_ID_NUMBER("身份证号不合规", SubjectKind.PERSON,
            "按 GB 11643-1999 校验：第1–6位地址码、第7–14位出生日期、第18位校验码（ISO 7064 MOD 11-2）。"),
    INVALID_PERMIT_NUMBER("施工许可证编号不合规", SubjectKind.PROJECT,
            "18位：第1–6位发证机关行政区划代码（兰州市或所辖区县）、第7–14位日期、第15–16位流水号、"
                    + "第17–18位专业类别代码；在建工程必须有施工许可证编号。"),
    INVALID_DISTRICT("工程所在区县无效", SubjectKind.PROJECT,
            "工程的所在区县代码必须是兰州市所辖区县之一。"),
    MISSING_PARTICIPANT("在建工程缺少必要参建单位", SubjectKind.PROJECT,
            "在建（含停工）工程必须登记建设单位、施工总承包单位和监理单位（可配置）。"),
    MISSING_KEY_PERSON("在建工程缺少关键岗位人员", SubjectKind.PROJECT,
            "在建（含停工）工程必须登记项目经理、总监理工程师和专职安全员（可配置）。"),
    EXPIRED_QUALIFICATION("参建企业资质过期", SubjectKind.ENTERPRISE,
            "参与在建（含停工）工程的企业，某类资质的最新证书已过有效期。"),
    KEY_PERSON_CERTIFICATE("关键岗位人员证书缺失或过期", SubjectKind.PERSON,
            "在建（含停工）工程的项目经理须持有效的注册建造师证书和安全生产考核合格证（B类），"
                    + "总监理工程师须持有效的注册监理工程师证书，专职安全员须持有效的安全生产考核合格证（C类）。"),
    KEY_PERSON_OVERLOAD("关键岗位人员在岗在建工程超限", SubjectKind.PERSON,
            "同一人以同一关键岗位同时在岗的在建工程数超过上限：项目经理 1 个（《注册建造师执业管理办法（试行）》"
                    + "第九条，不得同时担任两个及以上在建工程的项目负责人），总监理工程师 3 个（GB/T 50319-2013 第3.1.4条），"
                    + "专职安全员 1 个；上限可配置。停工工程不计入（停工满规定期限经建设单位同意可另行任职，主体库无法判断）。");

    private final String label;
    private final SubjectKind subject;
    private final String explanation;

    QualityRule(String label, SubjectKind subject, String explanation) {
        this.label = label;
        this.subject = subject;
        this.explanation = explanation;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind of record this rule reports. */
    public SubjectKind subject() {
        return subject;
    }

    /** What the rule checks and why, in Chinese. */
    public String explanation() {
        return explanation;
    }
}
