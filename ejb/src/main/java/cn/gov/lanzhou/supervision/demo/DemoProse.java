package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.complaint.ComplaintCategory;
import cn.gov.lanzhou.supervision.demo.DemoTopics.Document;
import cn.gov.lanzhou.supervision.demo.DemoTopics.Topic;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.supervision.FindingCategory;
import cn.gov.lanzhou.supervision.supervision.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import static cn.gov.lanzhou.supervision.demo.DemoPick.between;
import static cn.gov.lanzhou.supervision.demo.DemoPick.chance;
import static cn.gov.lanzhou.supervision.demo.DemoPick.chineseDate;
import static cn.gov.lanzhou.supervision.demo.DemoPick.chineseNumber;
import static cn.gov.lanzhou.supervision.demo.DemoPick.monthDay;
import static cn.gov.lanzhou.supervision.demo.DemoPick.one;

/**
 * Chinese prose for demo content: articles for each portal column, inspection findings with their
 * rectification requirements, citizens' complaints and the station's public replies. Texts are
 * built from requirements quoted from the national rules and standards, with dates, places,
 * projects and enterprises filled in; everything is drawn from the {@link Random} given.
 */
public class DemoProse {

    private static final String STATION = "市建设工程安全质量监督站";
    private static final String STATION_FULL = "兰州市建设工程安全质量监督站";

    private static final List<String> SALUTATIONS = List.of(
            "各县区住房和城乡建设局、兰州新区建设主管部门，各有关建设、施工、监理单位：",
            "各有关建设、施工、监理、检测单位：",
            "各县区住房和城乡建设局，各有关单位：");

    private static final List<String> PURPOSES = List.of(
            "切实加强{short}{manage}",
            "有效防范和遏制建筑施工生产安全事故",
            "进一步提升全市房屋建筑和市政基础设施工程质量安全水平",
            "压实参建各方质量安全主体责任",
            "保障人民群众生命财产安全");

    private static final List<String> HEADINGS = List.of(
            "压实参建各方主体责任", "严格落实{short}管控措施", "加强过程监督检查", "强化技术交底和教育培训",
            "做好应急准备", "严肃查处违法违规行为");

    private static final List<String> CLOSINGS = List.of(
            "各单位要高度重视，结合实际抓好贯彻落实，执行中遇到的问题请及时与我站{dept}联系（联系人：{person}，电话：{phone}）。",
            "请各单位认真遵照执行。我站将把落实情况纳入日常监督检查和企业信用评价内容，对落实不力的依法依规严肃处理。",
            "各县区住房和城乡建设部门要加强对本辖区在建项目的督促指导，确保各项要求落到实处。");

    private static final List<String> NEWS_CLOSINGS = List.of(
            "下一步，" + STATION + "将对问题整改情况进行跟踪复查，对整改不力的项目依法依规严肃处理，并将检查结果纳入企业信用评价。",
            "检查组要求各参建单位举一反三，全面开展自查自纠，切实把各项措施落实到每个作业面、每道工序。",
            STATION + "负责同志强调，要始终绷紧质量安全这根弦，以“时时放心不下”的责任感抓好各项工作，坚决防范和遏制生产安全事故发生。",
            "据悉，" + STATION + "将在{year}年内持续开展此类专项检查，检查结果将在门户网站“监督动态”栏目公开。");

    private static final List<String> STANDARD_OPENINGS = List.of(
            "{standard}是{topic}的主要技术依据。为帮助各参建单位准确理解和执行标准要求，结合近期监督检查中发现的问题，现将{short}的控制要点整理如下。",
            "近期，我站在{district}等地开展监督抽查时发现，部分项目在{short}方面仍存在执行标准不严格的问题。现根据{standard}，将有关控制要点提示如下。",
            "{season}是{short}问题的易发期。为指导各项目做好技术管理，我站组织技术人员对{standard}的有关条文进行了梳理，现将要点提示如下。");

    private static final List<String> STANDARD_CLOSINGS = List.of(
            "各施工单位应组织项目技术负责人和施工员认真学习上述要点，在专项施工方案和技术交底中予以落实；监理单位应将其纳入监理实施细则。",
            "我站将在日常监督检查中对标准执行情况进行重点抽查，对违反工程建设强制性标准的行为依法处理。",
            "各检测机构应按标准规定的频次和方法开展检测，发现不合格情况应及时报告监督机构。");

    private static final List<String> BACKGROUNDS = List.of(
            "近年来，全市房屋建筑和市政基础设施工程建设规模持续扩大，{short}方面风险点多面广，个别项目仍存在主体责任落实不到位、管理措施流于形式等问题。",
            "为推动有关规定在我市落地见效，回应参建单位在执行中提出的疑问，我站对其中的重点内容进行了梳理。",
            "从近年监督检查和事故调查情况看，{short}仍是建筑施工领域需要重点防范的环节，有必要对相关要求进行系统解读。");

    private static final List<String> DUTIES = List.of(
            "建设单位应当依法履行首要责任，保证质量安全所需费用，不得压缩合理工期。",
            "施工单位应当建立健全质量安全管理体系，项目负责人应当在岗履职。",
            "监理单位应当严格审查专项施工方案，发现隐患应要求施工单位整改，情节严重的应要求暂停施工并及时报告。",
            "勘察、设计单位应当在文件中注明涉及质量安全的重点部位和环节，并提出防范措施建议。",
            "检测机构应当按照标准规范开展检测，对检测数据的真实性、准确性负责。");

    /** How citizens place a day when they do not give a date. */
    private static final List<String> RELATIVE_DAYS = List.of("前几天", "上周", "上个月", "这个月初", "前段时间", "上周末");

    private static final List<String> DEPARTMENTS = List.of("安全监督科", "质量监督科", "综合科", "市政工程监督科");

    /** A service the station offers, as its guide describes it. */
    private record Service(String name, String scope, List<String> materials, String process, String timeLimit) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("工程质量安全监督手续办理",
                    "在本市行政区域内新建、改建、扩建的房屋建筑和市政基础设施工程，由建设单位在申请施工许可前办理。",
                    List.of("工程质量安全监督申报表", "施工图设计文件审查合格书", "中标通知书或直接发包相关材料",
                            "施工合同和监理合同", "施工单位项目负责人、监理单位总监理工程师任命书及执业资格证书",
                            "危险性较大的分部分项工程清单及安全管理措施"),
                    "网上申报—材料审核—受理—制定监督工作计划—召开首次监督交底会。",
                    "申请材料齐全、符合要求的，自受理之日起5个工作日内办结。"),
            new Service("建筑起重机械使用登记",
                    "塔式起重机、施工升降机等建筑起重机械安装验收合格后，使用单位应在30日内申请办理使用登记。",
                    List.of("建筑起重机械使用登记申请表", "产权备案证明", "安装单位资质证书和安全生产许可证",
                            "检验检测机构出具的检验报告", "安装验收记录", "司机、信号司索工等特种作业人员操作资格证书",
                            "建筑起重机械生产安全事故应急救援预案"),
                    "网上申报—材料审核—现场核查—核发使用登记标志。",
                    "自受理之日起7个工作日内办结。"),
            new Service("工程竣工验收监督",
                    "工程完工并具备竣工验收条件后，建设单位应在竣工验收7个工作日前，将验收的时间、地点及验收组名单书面告知监督机构。",
                    List.of("工程竣工验收告知书", "施工单位工程竣工报告", "监理单位工程质量评估报告",
                            "勘察、设计单位质量检查报告", "工程竣工验收方案", "住宅工程分户验收汇总表"),
                    "提交告知材料—监督机构审查—派员监督竣工验收过程—出具工程质量监督报告。",
                    "竣工验收合格后5个工作日内出具工程质量监督报告。"),
            new Service("工程质量安全投诉受理",
                    "公民、法人和其他组织对本市在建房屋建筑和市政基础设施工程的质量安全问题进行投诉、举报。",
                    List.of("投诉人姓名及联系方式（可匿名，匿名投诉凭查询码查询办理进度）", "被投诉项目的名称和地址",
                            "具体问题描述", "现场照片等相关证据材料（如有）"),
                    "提交投诉—登记—3个工作日内告知是否受理—现场核查—答复投诉人并公开办理结果。",
                    "自受理之日起15个工作日内答复，情况复杂的可适当延长并告知投诉人。"),
            new Service("停工整改工程复工申请",
                    "因监督检查被责令停工整改的工程，整改完成后由施工单位提出复工申请。",
                    List.of("复工申请报告", "整改通知书回复单", "监理单位复查意见", "整改前后影像资料",
                            "涉及危大工程的，提供重新论证或审查的专项施工方案"),
                    "提交申请—资料审核—现场复查—出具复工意见。",
                    "自受理之日起3个工作日内完成现场复查。"),
            new Service("工程监督档案查阅",
                    "工程参建单位及与工程有利害关系的单位和个人，查阅工程质量安全监督档案。",
                    List.of("档案查阅申请表", "申请人身份证明", "单位介绍信或授权委托书", "与工程存在利害关系的证明材料"),
                    "提交申请—审核—预约查阅时间—现场查阅。",
                    "自受理之日起3个工作日内安排查阅。"));

    private final Random random;
    private final DemoValues values;

    /** Prose drawn from {@code random}, with its own {@link DemoValues} on the same random. */
    public DemoProse(Random random) {
        this(random, new DemoValues(random));
    }

    /** Prose drawn from {@code random}, naming places and enterprises by {@code values}. */
    public DemoProse(Random random, DemoValues values) {
        this.random = Objects.requireNonNull(random, "Random is required.");
        this.values = Objects.requireNonNull(values, "Demo values are required.");
    }

    // ---------------------------------------------------------------- articles

    /** An article for {@code column}: a title and 3–6 paragraphs of HTML that fit each other. */
    public DemoArticle article(DemoColumn column, LocalDate publishedOn) {
        Objects.requireNonNull(column, "Column is required.");
        Objects.requireNonNull(publishedOn, "Publication date is required.");
        return switch (column) {
            case POLICY_REGULATION -> policy(publishedOn);
            case TECHNICAL_STANDARD -> standard(publishedOn);
            case SUPERVISION_NEWS -> news(publishedOn);
            case NOTICE -> notice(publishedOn);
            case SERVICE_GUIDE -> guide(publishedOn);
            case POLICY_INTERPRETATION -> interpretation(publishedOn);
        };
    }

    private DemoArticle policy(LocalDate on) {
        String issuer = chance(random, 60) ? "兰州市住房和城乡建设局" : STATION_FULL;
        Topic topic;
        Document document = null;
        if (chance(random, 20)) {
            document = one(random, DemoTopics.DOCUMENTS);
            topic = DemoTopics.byShortName(document.topicShortName());
        } else {
            topic = anyTopic(on);
        }
        DemoTemplate t = context(on, topic);
        String title;
        if (document != null) {
            title = issuer + "关于转发《" + document.title() + "》的通知";
        } else if (topic.campaign()) {
            title = t.fill(one(random, issuer + "关于开展{year}年全市房屋市政工程{short}工作的通知",
                    "关于印发《" + issuer + "{year}年{short}工作方案》的通知"));
        } else {
            title = t.fill(fit(topic, issuer + "关于进一步加强{short}{manage}的通知",
                    "关于印发《兰州市{year}年{short}专项整治工作方案》的通知",
                    issuer + "关于加强{district}在建工程{short}{manage}的通知",
                    "关于{year}年{season}建筑施工{short}{manage}有关要求的通知",
                    issuer + "关于做好{year}年{season}{short}{manage}的通知"));
        }
        List<String> paragraphs = new ArrayList<>();
        if (document != null) {
            paragraphs.add(one(random, SALUTATIONS) + "现将《" + document.title() + "》转发给你们，请结合实际认真贯彻执行，"
                    + "并就有关事项提出以下要求。");
        } else {
            List<String> purposes = DemoPick.some(random, topic.campaign() ? PURPOSES.subList(1, PURPOSES.size()) : PURPOSES, 2);
            paragraphs.add(one(random, SALUTATIONS) + "为认真贯彻落实" + topic.standard() + "等规定，"
                    + t.fill(purposes.get(0)) + "，" + t.fill(purposes.get(1)) + "，现就有关事项通知如下。");
        }
        List<String> headings = DemoPick.some(random,
                topic.campaign() ? HEADINGS.stream().filter(h -> !h.contains("{short}")).toList() : HEADINGS, 3);
        List<List<String>> groups = ruleGroups(topic, between(random, 1, 3));
        for (int i = 0; i < groups.size(); i++) {
            paragraphs.add(chineseNumber(i + 1) + "、" + t.fill(headings.get(i)) + "。" + String.join("", groups.get(i)));
        }
        paragraphs.add(t.fill(one(random, CLOSINGS)));
        paragraphs.add(issuer + "　" + chineseDate(on));
        return new DemoArticle(DemoColumn.POLICY_REGULATION, title, html(paragraphs), on);
    }

    private DemoArticle standard(LocalDate on) {
        Topic topic = worksTopic(on);
        DemoTemplate t = context(on, topic);
        String title = t.fill(fit(topic,
                "{standard}实施要点",
                "{short}质量安全控制要点",
                "{short}常见问题及防治措施（{year}年版）",
                "关于严格执行{standard}的提示",
                "{season}{short}技术交底要点",
                "{district}在建项目{short}监督抽查发现的问题及处理建议",
                "{year}年{short}质量安全监督检查要点",
                "{short}监理工作要点（{year}年修订）",
                "{district}{short}常见问题汇编",
                "从{month}月监督抽查看{short}标准执行中的薄弱环节"));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.fill(fit(topic, STANDARD_OPENINGS.toArray(String[]::new))));
        List<List<String>> groups = ruleGroups(topic, between(random, 1, 4));
        for (int i = 0; i < groups.size(); i++) {
            paragraphs.add("（" + chineseNumber(i + 1) + "）" + String.join("", groups.get(i)));
        }
        paragraphs.add(t.fill(one(random, STANDARD_CLOSINGS)));
        return new DemoArticle(DemoColumn.TECHNICAL_STANDARD, title, html(paragraphs), on);
    }

    private DemoArticle news(LocalDate on) {
        Topic topic = anyTopic(on);
        DemoTemplate t = context(on, topic);
        int projects = between(random, 3, 12);
        t.set("projects", String.valueOf(projects));
        boolean event = topic.shortName().equals("安全生产月") || topic.shortName().equals("质量月");
        boolean meeting = !topic.campaign() && chance(random, 15);
        String title;
        List<String> paragraphs = new ArrayList<>();
        if (event) {
            boolean safetyMonth = topic.shortName().equals("安全生产月");
            title = t.fill(safetyMonth
                    ? one(random, STATION + "组织开展{year}年“安全生产月”现场观摩活动", "{district}举行{year}年建筑施工“安全生产月”应急演练")
                    : one(random, "{year}年“质量月”工程质量观摩会在{district}召开", STATION + "部署{year}年“质量月”住宅工程质量常见问题治理"));
            paragraphs.add(t.fill(safetyMonth
                    ? "{date}，" + STATION + "在{district}{project}组织开展{year}年建筑施工“安全生产月”现场观摩暨应急演练活动，"
                            + "{projects}个在建项目的建设、施工、监理单位负责人参加。观摩现场集中展示了安全防护标准化、"
                            + "智慧工地监管平台和安全体验馆建设成果。"
                    : "{date}，{year}年“质量月”工程质量观摩会在{district}{project}召开，全市{projects}个在建项目的建设、"
                            + "施工、监理单位负责人参加观摩。观摩现场展示了样板引路、实测实量和分户验收等做法。"));
        } else if (topic.campaign()) {
            title = t.fill(one(random, "{month}月“双随机、一公开”抽查：共抽查在建项目{projects}个",
                    "{year}年第{quarter}季度“双随机、一公开”抽查结果公布"));
            paragraphs.add(t.fill("{date}，" + STATION + "按照“双随机、一公开”要求，从在建项目库中随机抽取{projects}个项目，"
                    + "随机选派监督人员组成检查组开展抽查，{district}{project}等项目被抽中。"));
        } else if (meeting) {
            title = t.fill(STATION + "召开{year}年第{quarter}季度工程质量安全形势分析会");
            paragraphs.add(t.fill("{date}，" + STATION + "召开{year}年第{quarter}季度工程质量安全形势分析会，通报本季度全市"
                    + "在建项目监督检查情况，分析{short}等方面存在的突出问题，部署下一阶段重点工作。"));
        } else {
            title = t.fill(fit(topic,
                    STATION + "对{district}{project}开展{short}专项检查",
                    "{district}{month}月在建工程{short}督查情况通报",
                    "市监督站深入{district}开展{season}建筑施工{short}检查",
                    "市监督站在{district}召开{short}现场推进会",
                    "市监督站对{district}{projects}个在建项目开展{short}“回头看”"));
            paragraphs.add(t.fill("{date}，" + STATION + "组织检查组深入{district}，对{project}等{projects}个在建项目的"
                    + "{short}情况进行了" + one(random, "专项检查。", "监督抽查。", "“四不两直”暗查暗访。")));
        }
        for (List<String> group : ruleGroups(topic, between(random, 1, 2))) {
            String lead = event ? one(random, "据介绍，", "活动强调，")
                    : meeting ? one(random, "会议要求，", "会议强调，")
                    : one(random, "检查组采取查阅资料与现场实测相结合的方式，重点检查了以下内容：", "检查中，检查组重点关注：",
                    "检查组强调：");
            paragraphs.add(lead + String.join("", group));
        }
        int problems = between(random, 12, 60);
        FindingCategory category = topic.category() != null ? topic.category() : one(random, FindingCategory.values());
        DemoFinding example = finding(category, chance(random, 70) ? Severity.GENERAL : Severity.SERIOUS);
        if (event) {
            paragraphs.add(topic.shortName().equals("安全生产月")
                    ? "活动期间，全市在建项目共开展应急演练" + between(random, 40, 160) + "场，排查整改各类隐患" + problems * 10 + "条。"
                    : "活动期间，各参建单位共组织质量观摩" + between(random, 12, 60) + "次，排查整改质量问题" + problems * 8 + "条。");
        } else if (meeting) {
            paragraphs.add("会议通报，本季度共监督检查在建项目" + between(random, 180, 420) + "个次，发现各类问题" + problems * 20
                    + "条，下达整改通知书" + between(random, 60, 160) + "份。从检查情况看，“" + example.description()
                    + "”一类问题仍较为突出。");
        } else {
            int fixedOnSite = between(random, 2, problems / 3);
            int notices = between(random, 1, Math.min(projects, 8));
            int stopped = between(random, 0, Math.min(2, notices));
            paragraphs.add(t.fill("此次检查共发现各类问题" + problems + "条，已当场整改" + fixedOnSite + "条，下达整改通知书"
                    + notices + "份" + (stopped > 0 ? "，对" + stopped + "个项目责令局部停工整改" : "")
                    + "。其中，{project2}存在“" + example.description() + "”的问题，检查组当场提出整改要求："
                    + example.requirement()));
        }
        paragraphs.add(t.fill(one(random, NEWS_CLOSINGS)));
        return new DemoArticle(DemoColumn.SUPERVISION_NEWS, title, html(paragraphs), on);
    }

    private DemoArticle notice(LocalDate on) {
        Topic topic = anyTopic(on);
        DemoTemplate t = context(on, topic);
        List<String> paragraphs = new ArrayList<>();
        String title;
        int form = random.nextInt(5);
        if (form == 1 && holiday(on).isEmpty()) {
            form = 2;
        }
        switch (form) {
            case 0 -> {
                int batch = between(random, 1, 24);
                title = t.fill("关于{year}年第" + batch + "批工程质量安全监督登记项目的公示");
                paragraphs.add(t.fill("根据《房屋建筑和市政基础设施工程质量监督管理规定》，现将{year}年第" + batch
                        + "批办理工程质量安全监督手续的项目予以公示，公示期为" + monthDay(on.plusDays(1)) + "至"
                        + monthDay(on.plusDays(7)) + "："));
                int count = between(random, 1, 4);
                for (int i = 1; i <= count; i++) {
                    District district = values.district();
                    LocalDate registered = on.minusDays(between(random, 3, 40));
                    DemoProject project = values.project(district);
                    paragraphs.add(i + ". " + project.name() + "，位于" + project.address() + "，建设单位："
                            + values.enterpriseName(EnterpriseType.DEVELOPER) + "，施工单位："
                            + values.enterpriseName(EnterpriseType.CONTRACTOR) + "，施工许可证编号："
                            + values.permitNumber(district, registered, project.permitCategory()) + "。");
                }
                paragraphs.add(t.fill("公示期间，如对上述项目有异议，请以书面形式向我站反映。联系人：{person}，电话：{phone}。"));
            }
            case 1 -> {
                String holiday = holiday(on).orElseThrow();
                title = t.fill("关于做好{year}年" + holiday + "期间建筑施工安全生产工作的通知");
                paragraphs.add(one(random, SALUTATIONS) + holiday + "将至，节日前后施工人员流动性大、思想易松懈，"
                        + "是生产安全事故的易发期。为确保节日期间全市建筑施工安全形势稳定，现将有关事项通知如下。");
                List<List<String>> groups = ruleGroups(topic, between(random, 1, 3));
                for (int i = 0; i < groups.size(); i++) {
                    paragraphs.add(chineseNumber(i + 1) + "、" + String.join("", groups.get(i)));
                }
                paragraphs.add(t.fill("节日期间确需施工的项目，应落实领导带班和24小时值班制度，值班表于{start}前报送我站"
                        + "{dept}。联系电话：{phone}。"));
            }
            default -> {
                title = t.fill(topic.campaign()
                        ? one(random, "关于开展{year}年{short}工作的通知", "关于做好{year}年{short}有关工作的通知")
                        : one(random, "关于开展{year}年{short}专项检查的通知", "关于召开{year}年{short}{manage}推进会的通知",
                        "关于开展{year}年{short}隐患排查治理的通知"));
                paragraphs.add(one(random, SALUTATIONS) + t.fill("为" + one(random, PURPOSES) + "，我站决定于{start}至{end}"
                        + "在全市范围内开展{short}" + (topic.campaign() ? "工作" : "专项检查") + "，现将有关事项通知如下。"));
                paragraphs.add(t.fill("一、范围和时间。全市在建房屋建筑和市政基础设施工程，各单位应于{start}前完成自查自纠，"
                        + "我站将于{end}前组织抽查。"));
                List<List<String>> groups = ruleGroups(topic, between(random, 1, 2));
                for (int i = 0; i < groups.size(); i++) {
                    paragraphs.add(chineseNumber(i + 2) + "、" + (i == 0 ? "重点内容。" : "工作要求。")
                            + String.join("", groups.get(i)));
                }
                paragraphs.add(t.fill("联系人：{person}，联系电话：{phone}。"));
            }
        }
        return new DemoArticle(DemoColumn.NOTICE, title, html(paragraphs), on);
    }

    private DemoArticle guide(LocalDate on) {
        Service service = one(random, SERVICES);
        DemoTemplate t = context(on, anyTopic(on));
        List<String> paragraphs = new ArrayList<>();
        String title;
        if (random.nextBoolean()) {
            title = t.fill(one(random, service.name() + "办事指南", service.name() + "办事指南（{year}年版）",
                    "关于" + service.name() + "的说明", service.name() + "流程指引（{year}年{month}月更新）"));
            paragraphs.add("一、适用范围。" + service.scope());
            paragraphs.add("二、申请材料。" + numbered(service.materials()));
            paragraphs.add("三、办理流程。" + service.process());
            paragraphs.add("四、办理时限。" + service.timeLimit());
            paragraphs.add(t.fill("五、办理地点和咨询电话。" + STATION_FULL + "服务窗口（工作日上午9:00—12:00，"
                    + "下午14:30—17:30），也可通过本站门户网站“网上办事”栏目在线办理。咨询电话：{phone}。"));
            if (chance(random, 50)) {
                paragraphs.add("六、收费标准。不收取任何费用。");
            }
        } else {
            title = t.fill(one(random, service.name() + "常见问题解答", service.name() + "常见问题解答（{year}年）",
                    service.name() + "热点问答"));
            paragraphs.add("为方便办事群众和企业，现将" + service.name() + "中的常见问题解答如下（" + on.getYear() + "年"
                    + on.getMonthValue() + "月更新）。");
            paragraphs.add("问：哪些情况需要办理？答：" + service.scope());
            paragraphs.add("问：需要准备哪些材料？答：" + numbered(service.materials()));
            paragraphs.add("问：多长时间可以办结？答：" + service.timeLimit());
            if (chance(random, 60)) {
                paragraphs.add(t.fill("问：可以网上办理吗？答：可以。登录" + STATION_FULL + "门户网站“网上办事”栏目在线提交，"
                        + "办理进度可随时查询。如有疑问请拨打{phone}。"));
            }
        }
        return new DemoArticle(DemoColumn.SERVICE_GUIDE, title, html(paragraphs), on);
    }

    private DemoArticle interpretation(LocalDate on) {
        Topic topic;
        String title;
        if (random.nextBoolean()) {
            Document document = one(random, DemoTopics.DOCUMENTS);
            topic = DemoTopics.byShortName(document.topicShortName());
            title = one(random, "《" + document.title() + "》解读问答", "《" + document.title() + "》政策解读",
                    "《" + document.title() + "》要点解读（{district}专场宣贯会）",
                    "解读《" + document.title() + "》中参建各方的主要责任",
                    "《" + document.title() + "》{year}年宣贯培训要点");
        } else {
            topic = anyTopic(on);
            title = fit(topic, "{short}新要求问答", "关于{short}有关政策的解读", "专家解读：{short}重点把握哪些要求",
                    "{year}年{short}政策要点解读", "{season}{short}政策提示与解读", "{district}{short}专项整治政策问答",
                    "聚焦{short}：{year}年监管重点解读");
        }
        DemoTemplate t = context(on, topic);
        title = t.fill(title);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("一、出台背景。" + t.fill(one(random, BACKGROUNDS)));
        List<List<String>> groups = ruleGroups(topic, between(random, 1, 2));
        paragraphs.add("二、主要内容。" + String.join("", groups.get(0)));
        if (groups.size() > 1) {
            paragraphs.add("三、重点条款。" + String.join("", groups.get(1)));
        }
        paragraphs.add((groups.size() > 1 ? "四" : "三") + "、对参建各方的要求。"
                + String.join("", DemoPick.some(random, DUTIES, between(random, 2, 3))));
        if (chance(random, 60)) {
            paragraphs.add((groups.size() > 1 ? "五" : "四") + "、贯彻落实。"
                    + t.fill("我站将通过宣贯培训、专项检查和“双随机、一公开”抽查等方式推动落实，各单位在执行中遇到的问题可咨询我站{dept}，电话：{phone}。"));
        }
        return new DemoArticle(DemoColumn.POLICY_INTERPRETATION, title, html(paragraphs), on);
    }

    // ---------------------------------------------------------------- findings

    /** A finding of a category and severity drawn as inspections record them (mostly 一般). */
    public DemoFinding finding() {
        FindingCategory category = one(random, FindingCategory.values());
        Severity severity = DemoPick.weighted(random, List.of(Severity.GENERAL, Severity.SERIOUS, Severity.MAJOR),
                new int[]{72, 22, 6});
        return finding(category, severity);
    }

    /** A finding as an inspector writes it, with the rectification it calls for. */
    public DemoFinding finding(FindingCategory category, Severity severity) {
        Objects.requireNonNull(category, "Finding category is required.");
        Objects.requireNonNull(severity, "Severity is required.");
        List<DemoFindingTexts.Text> texts = DemoFindingTexts.TEXTS.getOrDefault(category,
                DemoFindingTexts.TEXTS.get(FindingCategory.OTHER));
        List<DemoFindingTexts.Text> ofSeverity = texts.stream().filter(x -> x.severity() == severity).toList();
        DemoFindingTexts.Text text = one(random, ofSeverity.isEmpty() ? texts : ofSeverity);
        DemoTemplate t = new DemoTemplate(random)
                .fixed("building", values::buildingOnSite)
                .fixed("side", () -> one(random, "东侧", "南侧", "西侧", "北侧"))
                .fixed("floor", () -> String.valueOf(between(random, 2, 28)))
                .fixed("tower", () -> String.valueOf(between(random, 1, 4)))
                .fixed("road", () -> values.road(values.district()));
        String description = t.fill(text.description());
        String requirement = requirement(category, severity, t.fill(text.action()));
        String basis = DemoFindingTexts.BASIS.getOrDefault(category, DemoFindingTexts.BASIS.get(FindingCategory.OTHER));
        if (severity == Severity.MAJOR && isSafety(category)) {
            basis = DemoFindingTexts.MAJOR_HAZARD_STANDARD + "、" + basis;
        }
        return new DemoFinding(category, severity, description, requirement, basis);
    }

    private String requirement(FindingCategory category, Severity severity, String action) {
        return switch (severity) {
            case GENERAL -> action + "。" + one(random,
                    "责令施工单位于" + between(random, 3, 7) + "日内整改完毕，经监理单位复查签认后，将整改回复单报送监督站。",
                    "限" + between(random, 3, 7) + "日内整改完毕，整改情况由监理单位复查确认后书面回复监督站。");
            case SERIOUS -> "责令" + one(random, "该部位", "相关区域", "该作业面") + "暂停施工，" + action + "，限"
                    + between(random, 1, 3) + "日内整改完毕；整改完成后经项目负责人、总监理工程师签字确认并书面回复，"
                    + "监督站复查合格后方可恢复施工。";
            case MAJOR -> {
                if (category == FindingCategory.CONCRETE_STRENGTH || category == FindingCategory.REINFORCEMENT) {
                    yield "该问题影响主体结构安全，责令立即暂停相关部位施工，" + action
                            + "。处理方案须经设计单位确认，处理完成后经监督站复查合格方可继续施工，相关责任单位记入信用档案。";
                }
                if (category == FindingCategory.DUST_CONTROL) {
                    yield "情节严重，责令立即整改：" + action + "。监督站将有关情况通报生态环境和城市管理部门依法查处。";
                }
                yield "该问题属于重大事故隐患，责令立即停工整改：" + action
                        + "。施工单位主要负责人应组织制定整改方案并落实整改，监理单位全程监督，整改完成后向监督站申请复查，"
                        + "复查合格后方可复工。监督站将依法对相关责任单位立案查处并记入信用档案。";
            }
        };
    }

    private static boolean isSafety(FindingCategory category) {
        return category != FindingCategory.CONCRETE_STRENGTH && category != FindingCategory.REINFORCEMENT
                && category != FindingCategory.DUST_CONTROL;
    }

    // ---------------------------------------------------------------- complaints

    /**
     * A complaint of a category drawn as they come in (扬尘噪音 most, 作风 least) about a district drawn
     * by {@link DemoValues#district()}, speaking of days as a citizen does (前几天, 上周).
     */
    public DemoComplaint complaint() {
        ComplaintCategory category = DemoPick.weighted(random, List.of(ComplaintCategory.values()),
                new int[]{22, 20, 28, 12, 6, 12});
        return complaint(category, values.district(), () -> one(random, RELATIVE_DAYS));
    }

    /** A complaint a citizen living or passing by in {@code district} submits on {@code submittedOn}. */
    public DemoComplaint complaint(ComplaintCategory category, District district, LocalDate submittedOn) {
        Objects.requireNonNull(submittedOn, "Submission date is required.");
        return complaint(category, district, () -> monthDay(submittedOn.minusDays(between(random, 2, 20))));
    }

    private DemoComplaint complaint(ComplaintCategory category, District district, Supplier<String> day) {
        Objects.requireNonNull(category, "Complaint category is required.");
        Objects.requireNonNull(district, "District is required.");
        DemoComplaintTexts.Text text = one(random, DemoComplaintTexts.COMPLAINTS.get(category));
        DemoTemplate t = citizenContext(district).fixed("date", day);
        return new DemoComplaint(category, district, text.subject(), t.fill(text.title()), t.fill(text.content()));
    }

    /**
     * A public reply that fits any complaint of {@code category} in a district drawn by
     * {@link DemoValues#district()}, speaking of days relative to the complaint (受理次日, 一周内).
     * Prefer {@link #reply(DemoComplaint)}, which answers what the complaint says.
     */
    public String reply(ComplaintCategory category) {
        Objects.requireNonNull(category, "Complaint category is required.");
        return reply(one(random, DemoComplaintTexts.GENERAL_REPLIES.get(category)), values.district(),
                relativeCheckDay(), relativeDeadline(), pastPermitDate(), relativeGreeting());
    }

    /** The station's public reply to {@code complaint}, speaking of days relative to it (受理次日, 一周内). */
    public String reply(DemoComplaint complaint) {
        return reply(replyTemplate(complaint), complaint.district(), relativeCheckDay(), relativeDeadline(),
                pastPermitDate(), relativeGreeting());
    }

    /** The station's public reply to {@code complaint} received on {@code receivedOn}, with dates. */
    public String publicReply(DemoComplaint complaint, LocalDate receivedOn) {
        Objects.requireNonNull(receivedOn, "Reception date is required.");
        LocalDate checked = receivedOn.plusDays(between(random, 1, 5));
        return reply(replyTemplate(complaint), complaint.district(), monthDay(checked),
                monthDay(checked.plusDays(between(random, 5, 20))) + "前",
                receivedOn.minusDays(between(random, 30, 400)),
                one(random, "您好！您于" + monthDay(receivedOn) + "反映的问题已收悉。",
                        "您好！感谢您对建设工程质量安全工作的关注。",
                        "您好！您反映的问题我站已于" + monthDay(receivedOn) + "受理。"));
    }

    private String replyTemplate(DemoComplaint complaint) {
        Objects.requireNonNull(complaint, "Complaint is required.");
        return DemoComplaintTexts.bySubject(complaint.category(), complaint.subject())
                .map(text -> one(random, text.replies()))
                .orElseGet(() -> one(random, DemoComplaintTexts.GENERAL_REPLIES.get(complaint.category())));
    }

    private String reply(String template, District district, String checkDate, String deadline,
                         LocalDate permitted, String greeting) {
        Objects.requireNonNull(district, "District is required.");
        DemoTemplate t = citizenContext(district)
                .set("checkDate", checkDate)
                .set("deadline", deadline)
                .set("permitDate", chineseDate(permitted))
                .fixed("permit", () -> values.permitNumber(district, permitted));
        String closing = one(random, "感谢您对全市建设工程质量安全工作的关注和支持。",
                "如您对办理结果有异议，可在收到答复之日起15日内向我站申请复核。", "欢迎继续监督我们的工作。");
        return greeting + t.fill(template) + closing;
    }

    private String relativeCheckDay() {
        return one(random, "受理当日", "受理次日", "受理后第二天", "受理后第三天");
    }

    private String relativeDeadline() {
        return one(random, "一周内", "十日内", "半个月内", "规定期限内");
    }

    private String relativeGreeting() {
        return one(random, "您好！您反映的问题已收悉。", "您好！感谢您对建设工程质量安全工作的关注。", "您好！您反映的问题我站已受理。");
    }

    /** A permit date for replies without a date of their own: well in the past whenever they are read. */
    private LocalDate pastPermitDate() {
        return DemoPick.date(random, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
    }

    private DemoTemplate citizenContext(District district) {
        return new DemoTemplate(random)
                .set("district", district.chineseName())
                .set("authority", district == District.LANZHOU_NEW_AREA
                        ? "兰州新区建设主管部门" : district.chineseName() + "住房和城乡建设局")
                .fixed("compound", () -> values.residentialCompound(district))
                .fixed("road", () -> values.road(district))
                .fixed("area", () -> values.area(district))
                .fixed("project", () -> withoutDistrict(values.project(district, ProjectType.HOUSING).name(), district))
                .fixed("developer", () -> values.enterpriseName(EnterpriseType.DEVELOPER))
                .fixed("contractor", () -> values.enterpriseName(EnterpriseType.CONTRACTOR))
                .fixed("home", this::residentialBuilding)
                .fixed("floor", () -> String.valueOf(between(random, 2, 28)));
    }

    /** A building in a residential compound: 3号楼, 12栋, B区5号楼, 7号楼2单元. */
    private String residentialBuilding() {
        return switch (random.nextInt(4)) {
            case 0 -> between(random, 1, 24) + "号楼";
            case 1 -> between(random, 1, 24) + "栋";
            case 2 -> one(random, "A", "B", "C", "D") + "区" + between(random, 1, 12) + "号楼";
            default -> between(random, 1, 24) + "号楼" + between(random, 1, 4) + "单元";
        };
    }

    // ---------------------------------------------------------------- helpers

    private DemoTemplate context(LocalDate on, Topic topic) {
        District district = values.district();
        return new DemoTemplate(random)
                .set("year", String.valueOf(on.getYear()))
                .set("month", String.valueOf(on.getMonthValue()))
                .set("quarter", chineseNumber((on.getMonthValue() + 2) / 3))
                .set("season", season(on))
                .set("district", district.chineseName())
                .set("topic", topic.name())
                .set("short", topic.shortName())
                .set("manage", topic.manage())
                .set("standard", topic.standard())
                .fixed("project", () -> withoutDistrict(values.project(district).name(), district))
                .fixed("project2", () -> withoutDistrict(values.project(district).name(), district))
                .fixed("date", () -> chineseDate(on.minusDays(between(random, 1, 6))))
                .fixed("start", () -> dayAfter(on, between(random, 3, 10)))
                .fixed("end", () -> dayAfter(on, between(random, 25, 60)))
                .fixed("person", values::personName)
                .fixed("phone", values::landlineNumber)
                .fixed("dept", () -> one(random, DEPARTMENTS));
    }

    /** The topic's requirements in {@code groups} paragraphs of one or two sentences, none repeated. */
    private List<List<String>> ruleGroups(Topic topic, int groups) {
        List<String> rules = DemoPick.some(random, topic.rules(), topic.rules().size());
        List<List<String>> result = new ArrayList<>();
        int next = 0;
        for (int g = 0; g < groups && next < rules.size(); g++) {
            int size = Math.min(rules.size() - next, between(random, 1, 2));
            result.add(rules.subList(next, next + size));
            next += size;
        }
        return result;
    }

    private Topic anyTopic(LocalDate on) {
        return one(random, DemoTopics.TOPICS.stream().filter(t -> DemoTopics.inSeason(t, on)).toList());
    }

    /** One of {@code templates}, leaving out those that name a season when the topic is one. */
    private String fit(Topic topic, String... templates) {
        List<String> fitting = Arrays.stream(templates)
                .filter(template -> !DemoTopics.isSeasonal(topic) || !template.contains("{season}"))
                .toList();
        return one(random, fitting);
    }

    /** A topic governed by a technical standard (GB, JGJ) rather than a law or a campaign. */
    private Topic worksTopic(LocalDate on) {
        return one(random, DemoTopics.TOPICS.stream()
                .filter(t -> t.standard().contains("GB") || t.standard().contains("JGJ"))
                .filter(t -> DemoTopics.inSeason(t, on)).toList());
    }

    /** The holiday a safety notice published on {@code on} prepares for, if one is near. */
    private static Optional<String> holiday(LocalDate on) {
        return Optional.ofNullable(switch (on.getMonthValue()) {
            case 1 -> "春节";
            case 3 -> "清明节";
            case 4 -> "劳动节";
            case 5 -> "端午节";
            case 9 -> "中秋节和国庆节";
            case 12 -> "元旦";
            default -> null;
        });
    }

    /** A day after {@code on}, with its year only when the year changes: 3月15日, 2025年1月8日. */
    private static String dayAfter(LocalDate on, int days) {
        LocalDate day = on.plusDays(days);
        return day.getYear() == on.getYear() ? monthDay(day) : chineseDate(day);
    }

    private static String season(LocalDate on) {
        return switch (on.getMonthValue()) {
            case 3, 4, 5 -> "春季";
            case 6, 7, 8 -> "夏季";
            case 9, 10, 11 -> "秋季";
            default -> "冬季";
        };
    }

    private static String numbered(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append('（').append(i + 1).append('）').append(items.get(i)).append(i == items.size() - 1 ? "。" : "；");
        }
        return sb.toString();
    }

    /** 城关区雁滩棚户区改造项目 → 雁滩棚户区改造项目, for text that names the district just before. */
    private static String withoutDistrict(String name, District district) {
        return name.startsWith(district.chineseName()) ? name.substring(district.chineseName().length()) : name;
    }

    private static String html(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String paragraph : paragraphs) {
            sb.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
