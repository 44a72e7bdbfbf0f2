package cn.gov.lanzhou.supervision.registry.importing;

import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.registry.rules.ConstructionPermitNumbers;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.PermitCategory;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import cn.gov.lanzhou.supervision.shared.Labelled;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What an import file holds: enterprises, persons or projects, each with its own columns. */
public enum ImportKind implements Labelled {
    ENTERPRISE("企业", "enterprise"),
    PERSON("从业人员", "person"),
    PROJECT("工程项目", "project");

    /** Example values of the templates: valid, and recognisable as examples. */
    static final String EXAMPLE_CREDIT_CODE = creditCode("91620102", "MA7EXMP1");
    static final String EXAMPLE_CONTRACTOR_CODE = creditCode("91620102", "MA7EXMP2");
    static final String EXAMPLE_SUPERVISION_CODE = creditCode("91620103", "MA7EXMP3");
    static final String EXAMPLE_ID_NUMBER = idNumber("62010219850615201");
    static final String EXAMPLE_CHIEF_ID_NUMBER = idNumber("62010319780302103");
    static final String EXAMPLE_SAFETY_ID_NUMBER = idNumber("62010519900921304");

    private final String label;
    private final String slug;

    ImportKind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    @Override
    public String label() {
        return label;
    }

    /** For file names and URLs: {@code enterprise}, {@code person}, {@code project}. */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<ImportKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public List<ImportColumn> columns() {
        return switch (this) {
            case ENTERPRISE -> List.of(
                    text("creditCode", "统一社会信用代码", true, EXAMPLE_CREDIT_CODE, "18位，字母大写；两个校验位都会校验"),
                    plain("name", "企业名称", true, "兰州示例建设工程有限公司", "不超过200字"),
                    plain("type", "企业类型", true, EnterpriseType.CONTRACTOR.label(), "填 " + labels(EnterpriseType.values()) + " 之一"),
                    plain("district", "所在区县", true, District.CHENGGUAN.chineseName(), "兰州市区县名称（如 城关区）或6位行政区划代码"),
                    plain("address", "地址", false, "甘肃省兰州市城关区庆阳路 1 号", "不超过300字"),
                    plain("legalRepresentative", "法定代表人", false, "王建国", "不超过50字"),
                    text("phone", "联系电话", false, "0931-8123456", "手机号码或固定电话（如 0931-8123456）"),
                    plain("qualificationCategory", "资质类别", false, "建筑工程施工总承包", "资质四项要么都填，要么都不填"),
                    plain("qualificationLevel", "资质等级", false, "二级", "如 特级、一级、甲级"),
                    text("qualificationNo", "资质证书编号", false, "D162000001", ""),
                    plain("qualificationValidUntil", "资质有效期至", false, "2028-12-31", "日期，如 2028-12-31"));
            case PERSON -> List.of(
                    plain("name", "姓名", true, "李明", "不超过50字"),
                    text("idNumber", "身份证号", true, EXAMPLE_ID_NUMBER, "18位，末位 X 大写；Excel 中请把该列设为“文本”"),
                    text("phone", "手机号码", false, "13909310001", "11位手机号码"),
                    text("employerCreditCode", "所在企业统一社会信用代码", false, EXAMPLE_CONTRACTOR_CODE, "须是主体库中已有的企业"),
                    plain("certificateKind", "证书种类", false, CertificateKind.REGISTERED_CONSTRUCTOR.label(),
                            "填 " + labels(CertificateKind.values()) + " 之一；证书三项要么都填，要么都不填"),
                    text("certificateNo", "证书编号", false, "甘162150000001", ""),
                    plain("certificateValidUntil", "证书有效期至", false, "2028-06-30", "日期，如 2028-06-30"));
            case PROJECT -> List.of(
                    text("projectNo", "监督编号", true, "JD-620102-2026-0901", "JD-区县代码-年份-四位序号，区县代码须与所在区县一致"),
                    plain("name", "工程名称", true, "兰州示例小区 3# 住宅楼", "不超过200字"),
                    plain("district", "所在区县", true, District.CHENGGUAN.chineseName(), "兰州市区县名称或6位代码"),
                    plain("type", "工程类别", true, ProjectType.HOUSING.label(), "填 " + labels(ProjectType.values()) + " 之一"),
                    text("permitNo", "施工许可证编号", false, ConstructionPermitNumbers.compose(District.CHENGGUAN,
                            LocalDate.of(2026, 3, 2), 1, PermitCategory.GENERAL_BUILDING), "18位数字（副本加后缀）"),
                    plain("address", "工程地址", false, "城关区雁滩路 100 号", "不超过300字"),
                    plain("floorArea", "建筑面积（㎡）", false, "12500", "数字"),
                    plain("contractValue", "工程造价（万元）", false, "4800", "数字"),
                    plain("startDate", "开工日期", false, "2026-03-15", "日期"),
                    plain("plannedCompletion", "计划竣工日期", false, "2027-10-31", "日期，不早于开工日期"),
                    text("developer", "建设单位统一社会信用代码", false, EXAMPLE_CREDIT_CODE, "须是主体库中已有的企业"),
                    text("contractor", "施工总承包单位统一社会信用代码", false, EXAMPLE_CONTRACTOR_CODE, "须是主体库中已有的企业"),
                    text("supervision", "监理单位统一社会信用代码", false, EXAMPLE_SUPERVISION_CODE, "须是主体库中已有的企业"),
                    text("manager", "项目经理身份证号", false, EXAMPLE_ID_NUMBER, "须是主体库中已有的人员"),
                    text("chiefSupervisor", "总监理工程师身份证号", false, EXAMPLE_CHIEF_ID_NUMBER, "须是主体库中已有的人员"),
                    text("safetyOfficer", "专职安全员身份证号", false, EXAMPLE_SAFETY_ID_NUMBER, "须是主体库中已有的人员"));
        };
    }

    private static ImportColumn plain(String key, String header, boolean required, String example, String hint) {
        return new ImportColumn(key, header, required, example, hint, false);
    }

    private static ImportColumn text(String key, String header, boolean required, String example, String hint) {
        return new ImportColumn(key, header, required, example, hint, true);
    }

    private static String labels(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::label).collect(Collectors.joining("、"));
    }

    private static String creditCode(String head8, String organisation8) {
        String first17 = head8 + organisation8 + UnifiedSocialCreditCodes.organizationCheckCharacter(organisation8);
        return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
    }

    private static String idNumber(String first17) {
        return first17 + ResidentIdNumbers.checkDigit(first17);
    }
}
