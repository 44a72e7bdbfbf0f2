package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.registry.rules.ConstructionPermitNumbers;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.PermitCategory;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import static cn.gov.lanzhou.supervision.demo.DemoPick.between;
import static cn.gov.lanzhou.supervision.demo.DemoPick.chance;
import static cn.gov.lanzhou.supervision.demo.DemoPick.chineseNumber;
import static cn.gov.lanzhou.supervision.demo.DemoPick.one;

/**
 * Values for demo records: identifiers that pass the registry rules, Chinese names, phone numbers,
 * enterprise names, and Lanzhou addresses and projects. Everything is drawn from the
 * {@link Random} given to the constructor, so the same seed gives the same values.
 *
 * <p>Names are made up from common parts; a made-up name or number may match a real one by chance,
 * which is why demo data must never be mixed with production data.
 */
public class DemoValues {

    private static final List<District> DISTRICTS = List.of(District.values());
    private static final int[] DISTRICT_WEIGHTS = {28, 16, 10, 12, 4, 5, 4, 7, 14};

    /** Address codes of Gansu outside Lanzhou, where many of the city's workers were born. */
    private static final List<String> GANSU_BIRTHPLACES = List.of(
            "620402", "620421", "620422", "621102", "621121", "621122", "621124", "620502", "620522",
            "620602", "620702", "620802", "621002", "621202", "622901", "622921", "622923");

    private static final List<String> SURNAMES = List.of(
            "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "马", "孙", "朱", "胡", "郭",
            "何", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
            "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "程", "魏", "苏", "吕", "丁", "任", "姚",
            "卢", "姜", "崔", "谭", "汪", "范", "金", "石", "贾", "付", "白", "孟", "秦", "薛", "闫",
            "段", "雷", "侯", "史", "牛", "毛", "郝", "祁", "达", "安", "柴", "火", "包", "冶", "妥");
    /** The most common surnames, drawn more often so that 张王李赵刘 dominate as they do in life. */
    private static final List<String> FREQUENT_SURNAMES = SURNAMES.subList(0, 12);

    private static final List<String> MALE_SINGLE = List.of(
            "伟", "强", "军", "勇", "磊", "涛", "斌", "杰", "鹏", "辉", "刚", "明", "华", "峰", "亮",
            "超", "波", "龙", "俊", "凯", "健", "平", "东", "林", "兵", "毅", "锋", "武", "宁", "彬");
    private static final List<String> FEMALE_SINGLE = List.of(
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "莉", "萍", "红",
            "梅", "琳", "慧", "洁", "欣", "悦", "晶", "倩", "颖", "瑞", "琴", "蓉", "佳", "媛", "丹");
    private static final List<String> MALE_FIRST = List.of(
            "志", "建", "文", "海", "永", "国", "春", "德", "振", "晓", "子", "浩", "宏", "立", "嘉",
            "俊", "学", "世", "云", "天", "兴", "红", "新", "成", "金", "万", "泽", "博", "一", "家");
    private static final List<String> MALE_SECOND = List.of(
            "强", "军", "平", "明", "华", "伟", "刚", "忠", "宇", "辉", "斌", "杰", "龙", "峰", "涛",
            "林", "鹏", "东", "荣", "生", "福", "祥", "彪", "江", "轩", "航", "睿", "阳", "勇", "成");
    private static final List<String> FEMALE_FIRST = List.of(
            "晓", "雅", "思", "雨", "佳", "欣", "丽", "秀", "玉", "春", "海", "梦", "婉", "子", "慧",
            "美", "诗", "淑", "红", "金", "彩", "凤", "艳", "文", "静", "亚", "小", "月", "嘉", "若");
    private static final List<String> FEMALE_SECOND = List.of(
            "琳", "婷", "雯", "霞", "梅", "兰", "芳", "娟", "燕", "萍", "丽", "玲", "洁", "敏", "静",
            "倩", "颖", "蓉", "琴", "瑶", "涵", "悦", "妍", "怡", "莉", "红", "珍", "英", "华", "宁");

    private static final List<String> MOBILE_PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
            "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188",
            "189", "191", "198", "199");

    /** 字号 — trade names made of auspicious or local words, none of them a well-known firm. */
    private static final List<String> TRADE_NAMES = List.of(
            "金城", "陇原", "华陇", "兴陇", "陇兴", "陇鑫", "黄河", "丝路", "鸿泰", "宏达", "鑫盛",
            "恒远", "安泰", "鼎盛", "嘉禾", "祥瑞", "博远", "中盛", "瑞德", "泰和", "正宏", "明珠",
            "宏源", "昌隆", "德润", "汇金", "铭远", "广厦", "筑诚", "鼎力", "华晟", "金鼎", "永信",
            "恒基", "信诚", "瑞丰", "天泽", "润达", "众鑫", "新禾", "兰峰", "金岳", "聚鑫", "宏图",
            "睿诚", "中川", "秦川", "西岔", "皋峰", "榆丰", "河湾", "雁鸣", "五泉", "白塔", "兴达",
            "永固", "坤元", "建兴", "盛华", "汇通", "锦程", "华瑞", "同创", "安澜", "致远", "厚德",
            "天启", "弘毅", "诚信", "沃土", "方圆", "九州", "乾元", "华恒", "恒信", "开元", "瑞恒");

    private static final Map<EnterpriseType, List<String>> ENTERPRISE_PATTERNS = new EnumMap<>(Map.of(
            EnterpriseType.DEVELOPER, List.of(
                    "兰州{t}置业有限公司", "甘肃{t}房地产开发有限公司", "兰州{t}房地产开发有限责任公司",
                    "兰州{t}实业有限公司", "甘肃{t}城市建设投资有限公司", "兰州{t}城市更新建设有限公司"),
            EnterpriseType.CONTRACTOR, List.of(
                    "甘肃{t}建设集团有限公司", "兰州{t}建筑工程有限公司", "甘肃{t}建筑安装工程有限责任公司",
                    "甘肃{t}市政工程有限公司", "兰州{t}建筑安装有限公司", "甘肃{t}建工集团有限公司"),
            EnterpriseType.SUPERVISION, List.of(
                    "甘肃{t}工程监理有限公司", "兰州{t}建设工程监理有限责任公司", "甘肃{t}工程项目管理有限公司",
                    "甘肃{t}建设监理咨询有限公司"),
            EnterpriseType.SURVEY, List.of(
                    "甘肃{t}勘察设计研究院有限公司", "兰州{t}岩土工程勘察有限公司", "甘肃{t}工程勘察院有限责任公司",
                    "甘肃{t}地质工程勘察有限公司"),
            EnterpriseType.DESIGN, List.of(
                    "甘肃{t}建筑设计研究院有限公司", "兰州{t}建筑设计有限公司", "甘肃{t}市政工程设计院有限公司",
                    "甘肃{t}工程设计咨询有限公司"),
            EnterpriseType.TESTING, List.of(
                    "兰州{t}建设工程质量检测有限公司", "甘肃{t}建设工程检测有限公司",
                    "甘肃{t}建筑工程质量检测中心有限公司", "兰州{t}工程检测技术有限公司")));

    /** Real roads of each district; for the counties and 兰州新区, the towns and roads of their seats. */
    private static final Map<District, List<String>> ROADS = new EnumMap<>(Map.of(
            District.CHENGGUAN, List.of(
                    "东岗西路", "东岗东路", "庆阳路", "雁滩路", "雁南路", "张掖路", "酒泉路", "平凉路", "皋兰路",
                    "静宁路", "天水南路", "天水北路", "南昌路", "白银路", "火车站东路", "定西路", "武都路",
                    "民主西路", "南滨河东路", "北滨河东路", "嘉峪关西路"),
            District.QILIHE, List.of(
                    "西津西路", "西津东路", "建兰路", "敦煌路", "兰工坪路", "华林路", "小西湖东街",
                    "南滨河中路", "秀川路", "西站东路"),
            District.XIGU, List.of(
                    "福利东路", "福利西路", "合水北路", "合水路", "西固中路", "玉门街", "古浪路",
                    "南滨河西路", "先锋路"),
            District.ANNING, List.of(
                    "北滨河西路", "安宁西路", "安宁东路", "万新路", "银滩路", "莫高大道", "北滨河中路"),
            District.HONGGU, List.of("海石湾镇建设路", "海石湾镇人民路", "海石湾镇文化路", "窑街街道新华路", "平安镇平安路"),
            District.YONGDENG, List.of("城关镇东大街", "城关镇西大街", "城关镇人民路", "城关镇建设路", "红城镇红城路"),
            District.GAOLAN, List.of("石洞镇人民路", "石洞镇建设路", "石洞镇文化路", "忠和镇兰秦路", "什川镇河湾路"),
            District.YUZHONG, List.of("城关镇栖云北路", "城关镇栖云南路", "城关镇兴隆路", "和平镇和平大道",
                    "夏官营镇园区路"),
            District.LANZHOU_NEW_AREA, List.of("纬一路", "纬三路", "纬八路", "纬十二路", "经十路", "经十二路",
                    "经十五路", "经二十路", "兰秦快速路", "中川大道")));

    /** 片区/地名 used in project names and descriptions of where a site is. */
    private static final Map<District, List<String>> AREAS = new EnumMap<>(Map.of(
            District.CHENGGUAN, List.of("雁滩", "拱星墩", "焦家湾", "东岗", "盐场堡", "伏龙坪", "草场街",
                    "火车站", "南关", "广武门", "渭源路", "雁园"),
            District.QILIHE, List.of("西湖", "小西湖", "土门墩", "龚家湾", "彭家坪", "崔家崖", "晏家坪",
                    "秀川", "马滩", "西站", "建兰"),
            District.XIGU, List.of("陈坪", "西柳沟", "福利路", "四季青", "钟家河", "新城", "河口", "临洮街"),
            District.ANNING, List.of("刘家堡", "沙井驿", "孔家崖", "桃林", "银滩", "培黎", "十里店", "费家营"),
            District.HONGGU, List.of("海石湾镇", "窑街街道", "华龙街道", "平安镇", "花庄镇", "红古镇"),
            District.YONGDENG, List.of("城关镇", "红城镇", "苦水镇", "连城镇", "武胜驿镇", "中堡镇", "河桥镇"),
            District.GAOLAN, List.of("石洞镇", "忠和镇", "什川镇", "水阜镇", "黑石镇", "九合镇"),
            District.YUZHONG, List.of("城关镇", "和平镇", "夏官营镇", "定远镇", "金崖镇", "来紫堡乡", "青城镇"),
            District.LANZHOU_NEW_AREA, List.of("中川园区", "秦川园区", "西岔园区", "职教园区", "上川",
                    "综合保税区", "空港")));

    private static final List<String> ESTATES = List.of(
            "天悦府", "御景湾", "澜山府", "学府里", "滨河湾", "公园壹号", "锦绣华庭", "云樾", "和园", "翰林苑",
            "雅居", "新城花园", "悦澜庭", "观澜府", "璟园", "名邸", "河畔人家", "望岳台", "金色阳光", "书香苑",
            "兰亭", "春晓苑", "阳光城", "馨园", "尚品", "华庭", "黄河印象", "紫金苑", "嘉园", "锦园");

    private static final List<String> INDUSTRIES = List.of(
            "新材料", "精细化工", "装配式建筑构件", "绿色建材", "冷链物流", "新能源电池材料", "食品加工",
            "医药中间体", "汽车零部件", "数据中心", "高端装备制造", "光伏组件");

    private static final List<String> VILLAGES = List.of(
            "新庄", "河湾", "东坪", "上街", "下川", "沙河", "红星", "团结", "新民", "中和", "王家", "柳树",
            "杏园", "南坪");

    private static final List<String> SIDES = List.of("东北", "东南", "西北", "西南");

    private final Random random;

    public DemoValues(Random random) {
        this.random = Objects.requireNonNull(random, "Random is required.");
    }

    // ---------------------------------------------------------------- identifiers

    /** A district drawn roughly as construction is spread over Lanzhou (城关区 most, counties least). */
    public District district() {
        return DemoPick.weighted(random, DISTRICTS, DISTRICT_WEIGHTS);
    }

    /**
     * A valid 统一社会信用代码 of an enterprise (登记管理部门 9 工商, 机构类别 1 企业) registered in
     * {@code district}, with both check characters computed by the registry rules.
     */
    public String creditCode(District district) {
        Objects.requireNonNull(district, "District is required.");
        String alphabet = UnifiedSocialCreditCodes.ALPHABET;
        StringBuilder organization = new StringBuilder(9);
        int style = random.nextInt(10);
        if (style < 5) {
            // Codes issued since 2015 in Gansu: MA7 + a sequence of the province's allocation.
            organization.append("MA7").append(between(random, 1, 4));
            appendSymbols(organization, alphabet, 4);
        } else if (style < 7) {
            organization.append("MAC");
            appendSymbols(organization, alphabet, 5);
        } else {
            // Legacy eight-digit organization codes carried over from before 2015.
            organization.append(one(random, "2", "7"));
            appendSymbols(organization, "0123456789", 7);
        }
        organization.append(UnifiedSocialCreditCodes.organizationCheckCharacter(organization.toString()));
        String first17 = "91" + district.code() + organization;
        return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
    }

    /**
     * A check-digit-valid 公民身份号码 of someone born in Lanzhou or elsewhere in Gansu between
     * 1960 and 2003 (of working age on a site).
     */
    public String residentIdNumber() {
        LocalDate birthDate = DemoPick.date(random, LocalDate.of(1960, 1, 1), LocalDate.of(2003, 12, 31));
        return residentIdNumber(birthDate, random.nextBoolean());
    }

    /** A check-digit-valid 公民身份号码 with this birth date; the sequence code is odd for men. */
    public String residentIdNumber(LocalDate birthDate, boolean male) {
        Objects.requireNonNull(birthDate, "Birth date is required.");
        String address;
        if (chance(random, 70)) {
            District d = one(random, District.CHENGGUAN, District.QILIHE, District.XIGU, District.ANNING,
                    District.HONGGU, District.YONGDENG, District.GAOLAN, District.YUZHONG);
            address = d.code();
        } else {
            address = one(random, GANSU_BIRTHPLACES);
        }
        // 顺序码: odd for men, even for women, never 000.
        int sequence = between(random, 1, 499) * 2 - (male ? 1 : 0);
        String first17 = address + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + ResidentIdNumbers.checkDigit(first17);
    }

    /**
     * A valid 施工许可证编号 for a registration in {@code district} on {@code registrationDate},
     * with a serial of the day and a category drawn as {@link #permitCategory()}.
     */
    public String permitNumber(District district, LocalDate registrationDate) {
        return permitNumber(district, registrationDate, permitCategory());
    }

    /** A valid 施工许可证编号 in this category. */
    public String permitNumber(District district, LocalDate registrationDate, PermitCategory category) {
        int serial = chance(random, 80) ? between(random, 1, 12) : between(random, 13, 40);
        return ConstructionPermitNumbers.compose(district, registrationDate, serial, category);
    }

    /** Mostly 01 一般工业与民用建筑工程, sometimes 市政: 18 桥梁/道路, 17 给排水, 16 热力燃气. */
    public PermitCategory permitCategory() {
        return DemoPick.weighted(random,
                List.of(PermitCategory.GENERAL_BUILDING, PermitCategory.MUNICIPAL_BRIDGE,
                        PermitCategory.WATER_SUPPLY_AND_DRAINAGE, PermitCategory.HEAT_AND_GAS),
                new int[]{78, 9, 8, 5});
    }

    // ---------------------------------------------------------------- people

    /** A Chinese personal name; about a third have a one-character given name. */
    public String personName() {
        return personName(random.nextBoolean());
    }

    public String personName(boolean male) {
        String surname = chance(random, 55) ? one(random, FREQUENT_SURNAMES) : one(random, SURNAMES);
        if (chance(random, 32)) {
            return surname + one(random, male ? MALE_SINGLE : FEMALE_SINGLE);
        }
        String first = one(random, male ? MALE_FIRST : FEMALE_FIRST);
        String second = one(random, male ? MALE_SECOND : FEMALE_SECOND);
        if (second.equals(first)) {
            second = one(random, male ? MALE_SINGLE : FEMALE_SINGLE);
        }
        return surname + first + second;
    }

    /** An 11-digit mainland mobile number with a real carrier prefix. */
    public String mobileNumber() {
        StringBuilder sb = new StringBuilder(one(random, MOBILE_PREFIXES));
        appendSymbols(sb, "0123456789", 8);
        return sb.toString();
    }

    /** A Lanzhou landline, e.g. 0931-8456123. */
    public String landlineNumber() {
        return "0931-" + between(random, 2, 8) + String.format("%06d", random.nextInt(1_000_000));
    }

    // ---------------------------------------------------------------- enterprises

    /** An enterprise name fitting its type, e.g. 兰州金城置业有限公司, 甘肃陇原建设集团有限公司. */
    public String enterpriseName(EnterpriseType type) {
        Objects.requireNonNull(type, "Enterprise type is required.");
        return one(random, ENTERPRISE_PATTERNS.get(type)).replace("{t}", one(random, TRADE_NAMES));
    }

    /** A postal address in {@code district}, e.g. 甘肃省兰州市城关区庆阳路 318 号. */
    public String postalAddress(District district) {
        Objects.requireNonNull(district, "District is required.");
        return "甘肃省兰州市" + district.chineseName() + one(random, ROADS.get(district)) + " "
                + between(random, 1, 1200) + " 号";
    }

    // ---------------------------------------------------------------- projects

    /** Where a site is, as registration forms describe it: 城关区雁滩路与南昌路交汇处东南侧. */
    public String siteAddress(District district) {
        Objects.requireNonNull(district, "District is required.");
        List<String> roads = ROADS.get(district);
        String prefix = district.chineseName();
        if (isRural(district)) {
            return random.nextBoolean()
                    ? prefix + one(random, roads) + " " + between(random, 1, 400) + " 号"
                    : prefix + area(district) + one(random, VILLAGES) + "村" + one(random, "东侧", "南侧", "西侧", "北侧", "");
        }
        return switch (random.nextInt(3)) {
            case 0 -> {
                List<String> two = DemoPick.some(random, roads, 2);
                yield prefix + two.get(0) + "与" + two.get(1) + "交汇处" + one(random, SIDES) + "侧";
            }
            case 1 -> prefix + one(random, roads) + " " + between(random, 1, 999) + " 号";
            default -> prefix + quarter(area(district)) + one(random, roads) + "以" + one(random, "东", "南", "西", "北");
        };
    }

    /** A project type drawn as registrations come: mostly housing, then municipal works. */
    public ProjectType projectType() {
        return DemoPick.weighted(random,
                List.of(ProjectType.HOUSING, ProjectType.MUNICIPAL, ProjectType.INDUSTRIAL,
                        ProjectType.RENOVATION, ProjectType.RAIL_TRANSIT),
                new int[]{60, 18, 10, 8, 4});
    }

    /** A project in {@code district} of a type drawn by {@link #projectType()}. */
    public DemoProject project(District district) {
        return project(district, projectType());
    }

    /** A project of {@code type} in {@code district}: name, site, scale and cost that fit together. */
    public DemoProject project(District district, ProjectType type) {
        Objects.requireNonNull(district, "District is required.");
        Objects.requireNonNull(type, "Project type is required.");
        return switch (type) {
            case HOUSING -> housing(district);
            case MUNICIPAL -> municipal(district);
            case RAIL_TRANSIT -> railTransit(district);
            case INDUSTRIAL -> industrial(district);
            case RENOVATION -> renovation(district);
        };
    }

    /** A project name alone, as {@link #project(District, ProjectType)} would name it. */
    public String projectName(District district, ProjectType type) {
        return project(district, type).name();
    }

    /** 楼号/部位 on a site: 3号楼, 12#楼, 地下车库. */
    public String buildingOnSite() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> between(random, 1, 18) + "号楼";
            case 2 -> between(random, 1, 18) + "#楼";
            case 3 -> one(random, "地下车库", "商业裙楼", "幼儿园", "配套用房", "人防地下室");
            case 4 -> between(random, 1, 6) + "号商业楼";
            default -> one(random, "A", "B", "C", "D") + "区" + between(random, 1, 8) + "号楼";
        };
    }

    /** A place name in {@code district} (片区, town or park) for naming things there. */
    public String area(District district) {
        return one(random, AREAS.get(Objects.requireNonNull(district, "District is required.")));
    }

    /** A road in {@code district}; for counties the town is part of it (城关镇栖云北路). */
    public String road(District district) {
        return one(random, ROADS.get(Objects.requireNonNull(district, "District is required.")));
    }

    /** A residential compound a citizen might live in. */
    public String residentialCompound(District district) {
        return switch (random.nextInt(4)) {
            case 0 -> one(random, TRADE_NAMES) + "·" + one(random, ESTATES);
            case 1 -> area(district) + one(random, "小区", "新村", "家园", "嘉园");
            case 2 -> road(district).replaceFirst("^.*镇", "") + between(random, 1, 600) + "号院";
            default -> one(random, ESTATES) + "小区";
        };
    }

    // ---------------------------------------------------------------- project kinds

    private DemoProject housing(District district) {
        String name;
        int floors;
        BigDecimal area;
        int yuanPerSquareMetre;
        switch (random.nextInt(10)) {
            case 0 -> {
                name = district.chineseName() + area(district) + "棚户区改造项目安置楼" + buildingRange();
                floors = between(random, 18, 33);
                area = squareMetres(40_000, 220_000);
                yuanPerSquareMetre = between(random, 2900, 3600);
            }
            case 1 -> {
                name = areaName(district) + "保障性租赁住房项目";
                floors = between(random, 11, 26);
                area = squareMetres(15_000, 90_000);
                yuanPerSquareMetre = between(random, 2900, 3500);
            }
            case 2 -> {
                name = district.chineseName() + area(district) + one(random, "小学", "中学", "九年制学校", "幼儿园")
                        + one(random, "教学综合楼", "改扩建工程", "新建项目", "风雨操场及食堂");
                floors = between(random, 3, 6);
                area = squareMetres(4_000, 30_000);
                yuanPerSquareMetre = between(random, 3500, 4800);
            }
            case 3 -> {
                name = district.chineseName() + one(random, "人民医院", "中医医院", "妇幼保健院", "疾病预防控制中心")
                        + one(random, "门诊医技综合楼", "住院部综合楼", "新院区建设项目", "感染楼");
                floors = between(random, 5, 18);
                area = squareMetres(12_000, 85_000);
                yuanPerSquareMetre = between(random, 4500, 6500);
            }
            default -> {
                String brand = one(random, TRADE_NAMES);
                name = brand + "·" + one(random, ESTATES) + one(random, "", "一期", "二期", "三期", "（A区）")
                        + one(random, "住宅楼及地下车库工程", buildingRange() + "及地下车库", "商住楼项目", "项目");
                floors = between(random, 11, 33);
                area = squareMetres(25_000, 260_000);
                yuanPerSquareMetre = between(random, 3200, 4800);
            }
        }
        int basement = between(random, 1, 3);
        String scale = "总建筑面积 " + area.toPlainString() + " ㎡，地上 " + floors + " 层、地下 " + basement
                + " 层，" + one(random, "剪力墙结构", "框架—剪力墙结构", "框架结构");
        return new DemoProject(name, ProjectType.HOUSING, district, siteAddress(district), area,
                costOf(area, yuanPerSquareMetre), PermitCategory.GENERAL_BUILDING, scale);
    }

    private DemoProject municipal(District district) {
        int kind = random.nextInt(20);
        String name;
        String scale;
        PermitCategory category;
        BigDecimal cost;
        boolean hasRoads = !isRural(district);
        if (kind < 9) {
            if (hasRoads) {
                List<String> roads = DemoPick.some(random, ROADS.get(district), 3);
                name = roads.get(0) + "（" + roads.get(1) + "至" + roads.get(2) + "段）"
                        + one(random, "道路提升改造工程", "道路新建工程", "综合整治工程");
            } else {
                name = district.chineseName() + area(district) + one(random, "道路及配套管网工程", "道路提升改造工程");
            }
            double km = between(random, 6, 68) / 10.0;
            scale = "道路全长约 " + km + " km，红线宽度 " + one(random, 24, 30, 40, 50, 60) + " m，含排水、照明及交通设施";
            category = PermitCategory.MUNICIPAL_BRIDGE;
            cost = tenThousandYuan(1_500, 45_000);
        } else if (kind < 12) {
            name = hasRoads
                    ? one(random, ROADS.get(district)) + one(random, "人行天桥工程", "跨线桥工程", "立交桥改造工程")
                    : district.chineseName() + area(district) + one(random, "沟桥梁新建工程", "人行景观桥工程");
            scale = "桥梁全长 " + between(random, 40, 680) + " m，主跨 " + between(random, 20, 90) + " m";
            category = PermitCategory.MUNICIPAL_BRIDGE;
            cost = tenThousandYuan(800, 30_000);
        } else if (kind < 16) {
            name = quarterName(district) + one(random, "给排水管网改造工程", "雨污分流改造工程", "供水管网更新改造工程");
            scale = "敷设 DN" + one(random, 300, 400, 600, 800, 1000, 1200) + " 管道约 " + between(random, 2, 26) + " km";
            category = PermitCategory.WATER_SUPPLY_AND_DRAINAGE;
            cost = tenThousandYuan(600, 18_000);
        } else {
            name = quarterName(district) + one(random, "供热管网改造工程", "老旧燃气管道更新改造工程", "集中供热配套管网工程");
            scale = "改造管网约 " + between(random, 3, 40) + " km，换热站 " + between(random, 1, 12) + " 座";
            category = PermitCategory.HEAT_AND_GAS;
            cost = tenThousandYuan(700, 25_000);
        }
        return new DemoProject(name, ProjectType.MUNICIPAL, district, siteAddress(district), null, cost, category, scale);
    }

    private DemoProject railTransit(District district) {
        int line = between(random, 3, 4);
        int section = between(random, 1, 12);
        String name = "兰州市城市轨道交通" + line + "号线一期工程土建施工" + chineseNumber(section) + "标段";
        String scale = "区间长约 " + between(random, 12, 68) / 10.0 + " km，含车站 " + between(random, 1, 3) + " 座，明挖及盾构法施工";
        return new DemoProject(name, ProjectType.RAIL_TRANSIT, district, siteAddress(district), null,
                tenThousandYuan(60_000, 350_000), PermitCategory.OTHER, scale);
    }

    private DemoProject industrial(District district) {
        String industry = one(random, INDUSTRIES);
        String name = one(random, TRADE_NAMES) + industry + one(random, "生产基地建设项目", "产业园一期工程", "生产线厂房及配套设施项目");
        BigDecimal area = squareMetres(6_000, 120_000);
        PermitCategory category = "精细化工".equals(industry) || "医药中间体".equals(industry)
                ? PermitCategory.CHEMICAL : PermitCategory.GENERAL_BUILDING;
        String scale = "总建筑面积 " + area.toPlainString() + " ㎡，主厂房单层钢结构，跨度 " + one(random, 18, 24, 27, 30, 36)
                + " m，配套综合楼 " + between(random, 3, 6) + " 层";
        return new DemoProject(name, ProjectType.INDUSTRIAL, district, siteAddress(district), area,
                costOf(area, between(random, 1800, 3200)), category, scale);
    }

    private DemoProject renovation(District district) {
        String name;
        BigDecimal area;
        if (random.nextBoolean()) {
            int compounds = between(random, 3, 28);
            name = quarterName(district) + "老旧小区综合改造工程（" + compounds + "个小区）";
            area = squareMetres(20_000, 180_000);
        } else {
            name = one(random, TRADE_NAMES) + one(random, "大厦", "广场", "商务中心", "酒店") + "室内装饰装修工程";
            area = squareMetres(3_000, 45_000);
        }
        String scale = "改造建筑面积 " + area.toPlainString() + " ㎡，含外墙保温、屋面防水、给排水及电气改造";
        return new DemoProject(name, ProjectType.RENOVATION, district, siteAddress(district), area,
                costOf(area, between(random, 600, 1800)), PermitCategory.GENERAL_BUILDING, scale);
    }

    // ---------------------------------------------------------------- helpers

    private String areaName(District district) {
        return district.chineseName() + area(district);
    }

    /** 城关区雁滩片区, 兰州新区中川园区, 榆中县和平镇: a district's part as a place of works. */
    private String quarterName(District district) {
        return district.chineseName() + quarter(area(district));
    }

    private static String quarter(String area) {
        return area.endsWith("区") || area.endsWith("镇") || area.endsWith("乡") || area.endsWith("街道")
                ? area : area + "片区";
    }

    /** Counties and 红古区 are described by towns and villages rather than city streets. */
    private static boolean isRural(District district) {
        return district.kind() == District.Kind.COUNTY || district == District.HONGGU;
    }

    private String buildingRange() {
        int last = between(random, 3, 18);
        return one(random, "1#—" + last + "#楼", "1号—" + last + "号楼");
    }

    private BigDecimal squareMetres(int min, int max) {
        return BigDecimal.valueOf(between(random, min * 10, max * 10)).movePointLeft(1).setScale(2, RoundingMode.UNNECESSARY);
    }

    private BigDecimal tenThousandYuan(int min, int max) {
        return BigDecimal.valueOf(between(random, min * 100, max * 100)).movePointLeft(2);
    }

    /** Cost in 万元 for an area at a unit price in yuan per ㎡. */
    private static BigDecimal costOf(BigDecimal area, int yuanPerSquareMetre) {
        return area.multiply(BigDecimal.valueOf(yuanPerSquareMetre)).movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    private void appendSymbols(StringBuilder sb, String symbols, int count) {
        for (int i = 0; i < count; i++) {
            sb.append(symbols.charAt(random.nextInt(symbols.length())));
        }
    }
}
