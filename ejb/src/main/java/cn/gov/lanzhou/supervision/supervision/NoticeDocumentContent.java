package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.documents.DocumentKind;
import cn.gov.lanzhou.supervision.documents.DocumentSettings;
import cn.gov.lanzhou.supervision.documents.OfficialDocument;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a 整改通知书 and a 停工令 say, made from a {@link RectificationNotice}: the addressee (the
 * responsible enterprise), the project, the findings with their deadlines by severity, the legal basis
 * and what the enterprise must do. Layout, signature and QR code are added by the documents package.
 */
public final class NoticeDocumentContent {

    /** Printed title of the rectification notice. */
    public static final String NOTICE_TITLE = "建设工程质量安全隐患整改通知书";
    /** Printed title of the stop-work order. */
    public static final String STOP_WORK_TITLE = "建设工程停工令";

    /** Categories whose findings concern quality rather than safety (the legal basis differs). */
    private static final Set<FindingCategory> QUALITY = EnumSet.of(FindingCategory.CONCRETE_STRENGTH,
            FindingCategory.REINFORCEMENT);
    private static final String SAFETY_BASIS = "《建设工程安全生产管理条例》第四十三条";
    private static final String QUALITY_BASIS = "《建设工程质量管理条例》第四十八条";
    private static final String REMEDY = "你单位如对本文书有异议，可以自收到之日起六十日内依法申请行政复议，"
            + "或者在六个月内依法提起行政诉讼。复议和诉讼期间，本文书不停止执行。";

    private final RectificationDeadlines deadlines;

    public NoticeDocumentContent(RectificationDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** The number of the stop-work order that goes with a notice: the notice's serial with the prefix TG. */
    public static String stopWorkNumber(String noticeNo) {
        return DocumentKind.STOP_WORK_ORDER.prefix() + noticeNo.substring(noticeNo.indexOf('-'));
    }

    /** True when the notice lists at least one 重大 finding, which a stop-work order may follow. */
    public static boolean hasMajorFindings(RectificationNotice notice) {
        return notice.getFindings().stream().anyMatch(f -> f.getSeverity() == Severity.MAJOR);
    }

    /** The 整改通知书 of {@code notice}. */
    public OfficialDocument notice(RectificationNotice notice, LocalDateTime createdAt) {
        Project p = notice.getProject();
        Inspection inspection = notice.getInspection();
        LocalDate issuedOn = notice.getIssuedAt().toLocalDate();
        List<Finding> findings = notice.getFindings();
        OfficialDocument.Builder b = OfficialDocument.builder(NOTICE_TITLE, notice.getNoticeNo())
                .letterhead(DocumentSettings.ISSUER)
                .addressee(notice.getResponsibleEnterprise().getName())
                .paragraph(date(inspection.getInspectedOn()) + "，我站监督人员对你单位承建的“" + p.getName() + "”进行了"
                        + inspection.getKind().label() + "，发现该工程存在下列质量安全隐患（共 " + findings.size() + " 项，其中"
                        + countsBySeverity(findings) + "）。依据《中华人民共和国建筑法》和" + basis(findings)
                        + "的规定，现责令你单位按本通知书要求限期整改。")
                .facts(projectFacts(p, notice, inspection))
                .heading("一、隐患及整改期限")
                .table(findingColumns(), rows(findings, issuedOn, notice.getDeadline()))
                .heading("二、整改要求")
                .item("（一）接到本通知书后，立即组织整改。整改期限按隐患等级确定：重大隐患 " + deadlines.days(Severity.MAJOR)
                        + " 日内、较大隐患 " + deadlines.days(Severity.SERIOUS) + " 日内、一般隐患 " + deadlines.days(Severity.GENERAL)
                        + " 日内（自下发之日起计算），且均不得晚于 " + date(notice.getDeadline()) + "。")
                .item("（二）重大隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员，暂停相关部位施工；"
                        + "本站认为必要时另行下达停工令。")
                .item("（三）整改完成后，请在期限届满前通过兰州市建设工程安全质量监督站网上服务平台逐项回复整改情况，"
                        + "附整改前后对照照片及相关验收记录，经本站复查合格后销号。")
                .item("（四）逾期未整改或者整改不到位的，本站将依法依规处理，并记入企业信用档案。")
                .heading("三、权利告知")
                .paragraph(REMEDY)
                .issuedBy(DocumentSettings.ISSUER, issuedOn)
                .createdAt(createdAt);
        copiesTo(b, p);
        return b.build();
    }

    /**
     * The 停工令 of {@code notice}, listing its 重大 findings.
     *
     * @throws BusinessRuleException when the notice has no 重大 finding
     */
    public OfficialDocument stopWorkOrder(RectificationNotice notice, LocalDateTime createdAt) {
        List<Finding> major = notice.getFindings().stream().filter(f -> f.getSeverity() == Severity.MAJOR).toList();
        if (major.isEmpty()) {
            throw new BusinessRuleException("NO_MAJOR_HAZARD", "整改通知书 " + notice.getNoticeNo()
                    + " 没有重大隐患，不能签发停工令；停工令只针对重大安全事故隐患。");
        }
        Project p = notice.getProject();
        Inspection inspection = notice.getInspection();
        LocalDate issuedOn = notice.getIssuedAt().toLocalDate();
        List<OfficialDocument.Fact> facts = new ArrayList<>(projectFacts(p, notice, inspection));
        facts.add(new OfficialDocument.Fact("相关整改通知书", notice.getNoticeNo()));
        OfficialDocument.Builder b = OfficialDocument.builder(STOP_WORK_TITLE, stopWorkNumber(notice.getNoticeNo()))
                .letterhead(DocumentSettings.ISSUER)
                .addressee(notice.getResponsibleEnterprise().getName())
                .paragraph(date(inspection.getInspectedOn()) + "，我站监督人员在对你单位承建的“" + p.getName() + "”进行"
                        + inspection.getKind().label() + "时，发现下列重大安全事故隐患（共 " + major.size() + " 项），"
                        + "在隐患排除前或者排除过程中无法保证施工安全。依据《中华人民共和国建筑法》和"
                        + "《建设工程安全生产管理条例》第四十三条第（四）项的规定，责令你单位自接到本令之时起，"
                        + "立即停止下列隐患所涉部位的施工，从危险区域内撤出作业人员，并立即组织整改。")
                .facts(facts)
                .heading("一、重大隐患")
                .table(findingColumns(), rows(major, issuedOn, notice.getDeadline()))
                .heading("二、停工期间及复工要求")
                .item("（一）停工期间，你单位应当落实现场安全防护和警戒措施，安排专人值守，防止发生生产安全事故。")
                .item("（二）隐患整改完成后，经你单位自查合格、监理单位复核同意，向本站提交书面复工申请和整改资料，"
                        + "经本站复查合格后方可复工。")
                .item("（三）未经同意擅自复工的，本站将依法依规处理，并记入企业信用档案。")
                .heading("三、权利告知")
                .paragraph(REMEDY)
                .issuedBy(DocumentSettings.ISSUER, issuedOn)
                .createdAt(createdAt);
        copiesTo(b, p);
        return b.build();
    }

    private static List<OfficialDocument.Fact> projectFacts(Project p, RectificationNotice notice, Inspection inspection) {
        return List.of(
                new OfficialDocument.Fact("工程名称", p.getName()),
                new OfficialDocument.Fact("监督编号", p.getProjectNo()),
                new OfficialDocument.Fact("施工许可证编号", p.getPermitNo()),
                new OfficialDocument.Fact("工程地址", p.getAddress()),
                new OfficialDocument.Fact("检查日期及类型", date(inspection.getInspectedOn()) + "　" + inspection.getKind().label()),
                new OfficialDocument.Fact("责任单位", notice.getResponsibleEnterprise().getName()),
                new OfficialDocument.Fact("最迟整改期限", date(notice.getDeadline())));
    }

    private static List<OfficialDocument.Column> findingColumns() {
        return List.of(
                new OfficialDocument.Column("序号", 0.75f, true),
                new OfficialDocument.Column("隐患类别", 1.25f, true),
                new OfficialDocument.Column("等级", 0.8f, true),
                new OfficialDocument.Column("问题描述", 4.3f, false),
                new OfficialDocument.Column("整改期限", 2.0f, true));
    }

    private List<List<String>> rows(List<Finding> findings, LocalDate issuedOn, LocalDate noticeDeadline) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Finding f : findings) {
            rows.add(List.of(Integer.toString(n++), f.getCategory().label(), f.getSeverity().label(), f.getDescription(),
                    date(deadlines.deadlineOf(f.getSeverity(), issuedOn, noticeDeadline)) + "前"));
        }
        return rows;
    }

    private static String countsBySeverity(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.MAJOR, Severity.SERIOUS, Severity.GENERAL)) {
            long count = findings.stream().filter(f -> f.getSeverity() == s).count();
            if (count > 0) {
                parts.add(s.label() + "隐患 " + count + " 项");
            }
        }
        return String.join("、", parts);
    }

    private static String basis(List<Finding> findings) {
        boolean quality = findings.stream().anyMatch(f -> QUALITY.contains(f.getCategory())
                || f.getCategory() == FindingCategory.OTHER);
        boolean safety = findings.stream().anyMatch(f -> !QUALITY.contains(f.getCategory()));
        if (quality && safety) {
            return SAFETY_BASIS + "、" + QUALITY_BASIS;
        }
        return quality ? QUALITY_BASIS : SAFETY_BASIS;
    }

    private static void copiesTo(OfficialDocument.Builder b, Project p) {
        List<String> copies = new ArrayList<>();
        p.participant(ParticipantRole.DEVELOPER).map(Enterprise::getName).ifPresent(n -> copies.add(n + "（建设单位）"));
        p.participant(ParticipantRole.SUPERVISION).map(Enterprise::getName).ifPresent(n -> copies.add(n + "（监理单位）"));
        if (!copies.isEmpty()) {
            b.endNote("抄送：" + String.join("，", copies) + "。");
        }
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
