package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.declaration.DeclarationType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * 办事服务: what each declaration is, what to bring, how long it takes, and the latest
 * 办事指南 articles. Enterprises declare online after logging in; this page is for everyone.
 */
@Named
@RequestScoped
public class ServicesPage {

    /** 办事指南 column. */
    static final String GUIDES = "guides";

    /**
     * One public service (事项) as the guide describes it.
     *
     * @param type          the declaration it leads to
     * @param anchor        fragment id on the page
     * @param purpose       what it is and who applies, in plain words
     * @param basis         the legal basis (办理依据)
     * @param materials     what to bring (申报材料)
     * @param statutoryDays 法定办结时限, working days
     * @param promisedDays  承诺办结时限, working days
     */
    public record Service(DeclarationType type, String anchor, String purpose, String basis, List<String> materials,
                          int statutoryDays, int promisedDays) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service(DeclarationType.SUPERVISION_REGISTRATION, "registration",
                    "建设单位在工程开工前、申请领取施工许可证前，向监督站办理工程质量安全监督手续。"
                            + "登记后监督站确定监督人员、制定监督计划，并出具监督编号。",
                    "《建设工程质量管理条例》第十三条；《建设工程安全生产管理条例》",
                    List.of("工程质量安全监督登记表（加盖建设单位公章）",
                            "施工图设计文件审查合格书",
                            "中标通知书或直接发包的相关材料",
                            "施工合同、监理合同",
                            "建设、勘察、设计、施工、监理单位项目负责人授权书和工程质量终身责任承诺书",
                            "施工组织设计、监理规划及危险性较大的分部分项工程清单"),
                    5, 1),
            new Service(DeclarationType.SAFETY_MEASURES_FILING, "safety-measures",
                    "建设单位在申请领取施工许可证时，提供保证工程安全施工的措施资料，"
                            + "包括安全文明施工措施费用的支付计划和危险性较大工程的管控安排。",
                    "《建设工程安全生产管理条例》第十条",
                    List.of("施工安全措施备案表",
                            "安全文明施工措施费用支付计划",
                            "施工单位安全生产许可证",
                            "项目负责人、专职安全生产管理人员安全生产考核合格证书",
                            "危险性较大的分部分项工程清单及安全管理措施",
                            "施工现场扬尘治理方案"),
                    5, 2),
            new Service(DeclarationType.COMPLETION_FILING, "completion",
                    "工程竣工验收合格后，建设单位办理竣工验收备案。监督站同时出具工程质量监督报告，"
                            + "未经备案的工程不得交付使用。",
                    "《建设工程质量管理条例》第四十九条；《房屋建筑和市政基础设施工程竣工验收备案管理办法》",
                    List.of("工程竣工验收备案表",
                            "工程竣工验收报告",
                            "规划、消防、环保等部门出具的认可文件或准许使用文件",
                            "施工单位签署的工程质量保修书",
                            "住宅工程的《住宅质量保证书》和《住宅使用说明书》",
                            "整改通知书全部销号的证明材料"),
                    15, 5));

    @EJB
    private ArticleCatalog catalog;

    private List<Article> guides;

    public List<Service> getServices() {
        return SERVICES;
    }

    public List<Article> getGuides() {
        if (guides == null) {
            guides = catalog.latest(GUIDES, 10);
        }
        return guides;
    }
}
