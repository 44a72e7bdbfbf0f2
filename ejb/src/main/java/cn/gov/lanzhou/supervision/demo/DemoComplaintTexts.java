package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.complaint.ComplaintCategory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Complaints as citizens write them (first person, plain words, a day and a place), each with the
 * replies that answer it, and replies that fit any complaint of a category. Placeholders:
 * {@code {district}}, {@code {compound}} a residential compound, {@code {home}} a building in it,
 * {@code {road}}, {@code {area}}, {@code {project}}, {@code {developer}}, {@code {floor}},
 * {@code {date}} a day before the complaint (or 前几天), {@code {checkDate}} the day of checking
 * (or 受理次日), {@code {deadline}} a day to finish by (6月1日前, or 一周内), {@code {permit}} a
 * permit number issued on {@code {permitDate}}, {@code {authority}} the district's housing
 * authority, {@code {subject}} what the complaint is about, {@code {a-b}} a number.
 */
final class DemoComplaintTexts {

    /**
     * A complaint and the replies that answer it.
     *
     * @param subject what it is about, as a reply would name it (no placeholders: it identifies the text)
     */
    record Text(String subject, String title, String content, List<String> replies) {
    }

    static final Map<ComplaintCategory, List<Text>> COMPLAINTS = new EnumMap<>(Map.of(
            ComplaintCategory.QUALITY, List.of(
                    new Text("新建住宅墙体开裂、卫生间渗漏", "{compound}新房墙体开裂、卫生间漏水",
                            "我是{district}{compound}{home}的业主，去年底刚交房，入住不到半年，客厅和卧室墙面就出现了好几条斜裂缝，最长的有一米多，卫生间还往楼下渗水。找开发商{developer}反映了好几次，物业只派人刷了刷涂料，根本没解决问题。我们担心房子主体结构有问题，请监督站派人来看看，督促开发商彻底维修。",
                            List.of("经现场核查，您反映的墙体裂缝和卫生间渗漏问题基本属实。经检测机构检测，裂缝为填充墙与结构交接处的收缩裂缝，不影响主体结构安全。我站已于{checkDate}约谈建设单位，责令其在{deadline}完成裂缝处理和防水返修，返修完成后由我站组织复查。",
                                    "我站于{checkDate}调取了该项目的监督档案并进行现场核查。该项目主体结构验收资料齐全，实体检测结果符合设计要求。您反映的裂缝和渗漏问题属于保修范围，我站已督促建设单位按照《建设工程质量管理条例》的规定履行保修义务，在{deadline}完成维修。")),
                    new Text("住宅楼板厚度偏薄", "{compound}{home}楼板偏薄，怀疑偷工减料",
                            "我家在{compound}{home}{floor}层，装修打孔时发现楼板明显偏薄，装修师傅说比正常的薄了好几公分。问了同楼好几户邻居，都有类似情况。请问这栋楼的质量是怎么验收的？希望监督站能组织检测，给我们业主一个说法。",
                            List.of("我站于{checkDate}会同{authority}到现场核查，并委托检测机构对该楼{3-8}户的楼板厚度进行了抽测。抽测结果均在设计厚度允许偏差范围内，检测报告已送交业主委员会。您如对检测结果有异议，可共同委托其他具备资质的检测机构复检。",
                                    "经现场核查和抽样检测，该楼部分楼板厚度偏差超出规范允许范围。我站已责令建设单位委托设计单位进行复核，根据复核结论制定处理方案，并在{deadline}向业主公开处理方案。")),
                    new Text("工地向混凝土搅拌车内加水", "{project}工地往混凝土罐车里加水",
                            "我家就在{road}边上，{date}以来好几次看到搅拌车开进{project}工地以后，工人拿水管往罐里加水，说是这样好打。这样浇出来的混凝土强度够吗？以后住进去的人怎么放心？请问监督站能不能去查一查，该检测的检测。",
                            List.of("我站于{checkDate}到该项目进行了突击检查，并调取了混凝土浇筑记录和视频监控。对浇筑期间存在的加水行为，已责令施工单位和预拌混凝土供应单位立即整改，并委托检测机构对相应部位进行了钻芯检测，检测结果符合设计要求。对相关单位的违规行为，我站已依法处理。")),
                    new Text("住宅外墙保温层脱落", "{compound}外墙保温层脱落，存在安全隐患",
                            "{compound}{home}外墙的保温层最近一刮风就往下掉，{date}还掉下来一大块，差点砸到楼下玩的小孩。交房才两年多，外墙就成了这样，开发商{developer}说要走维修基金，物业也推来推去。请有关部门尽快督促处理，太危险了。",
                            List.of("我站于{checkDate}到现场核查，该楼外墙保温层确有局部空鼓、脱落情况，仍在保修期内。我站已责令建设单位立即设置警戒区域，并在{deadline}完成脱落部位的修复和其余部位的排查加固，修复费用不得使用住宅专项维修资金。")),
                    new Text("地下车库顶板渗水", "{compound}地下车库顶板渗水严重",
                            "{compound}地下车库顶板一下雨就漏水，墙面也往外渗，车库里常年积水，好几户的车都被泡过。我们业主找开发商{1-3}年了，每次都说安排维修，可到现在也没修好。请监督站督促建设单位履行保修责任。",
                            List.of("经现场核查，该小区地下车库顶板和侧墙存在多处渗漏，属于保修范围。我站已于{checkDate}约谈建设单位，责令其委托专业防水单位制定维修方案，在{deadline}完成维修，维修完成后经业主代表确认。"))),
            ComplaintCategory.SAFETY, List.of(
                    new Text("塔吊在居民楼上空吊运材料", "{project}塔吊在居民楼上空吊运材料",
                            "{district}{road}{project}工地的塔吊天天从我们{compound}上空吊钢筋、吊模板，吊钩就在楼顶上晃。{date}还看到有东西掉下来砸在围墙边上。小区老人孩子多，大家都很害怕，请监督站管一管，不能让塔吊在居民楼上空作业。",
                            List.of("经现场检查，该项目塔式起重机吊运作业确实存在越过居民区上空的情况。我站已于{checkDate}下达整改通知书，责令施工单位调整吊运路线、设置回转限位，并对项目负责人进行了约谈。目前整改已经复查合格。")),
                    new Text("高处作业人员未系安全带", "{road}工地工人高空作业不系安全带",
                            "每天上下班路过{road}的{project}工地，看到工人在十几层高的架子上干活都不系安全带，外面的防护网也破了好几处。真出了事就是人命，希望监督部门去检查一下。",
                            List.of("我站监督人员于{checkDate}到现场检查，发现该项目存在作业人员未系挂安全带、外架安全网破损等问题，已责令相关区域暂停施工并限期整改，对施工单位和监理单位的违规行为依法处理。目前整改已完成并经复查合格。")),
                    new Text("基坑临近人行道无防护", "{road}旁工地深基坑没有防护",
                            "{road}边上的工地挖了一个很深的大坑，离人行道就一两米远，旁边只拉了几根彩带，晚上也没有灯。{date}下雨后人行道都裂了缝，我们走路都绕着走。请尽快派人去看看，别等塌了才管。",
                            List.of("经核查，该基坑工程已按规定编制专项施工方案并通过专家论证，第三方监测数据在控制范围内，人行道裂缝系路面结构层沉降所致。针对您反映的临边防护和夜间警示问题，我站已责令施工单位在{deadline}完成整改，并将持续加强巡查。")),
                    new Text("工地围挡歪斜", "{project}工地围挡歪斜，大风天随时会倒",
                            "{project}靠{road}一侧的围挡已经歪了，有一段用几根木头撑着，兰州春天风大，{date}刮风时围挡晃得厉害。旁边就是公交站，每天等车的人很多，请督促工地赶紧加固。",
                            List.of("我站于{checkDate}到现场检查，该项目临街一侧约{20-60}米围挡存在倾斜。我站已责令施工单位立即设置警戒，在{deadline}完成围挡的拆除重建和基础加固，整改已经复查合格。")),
                    new Text("工地临时用电线路乱拉", "{compound}旁工地施工电线乱拉",
                            "我们{compound}旁边的{project}工地，电线在地上到处拖着，有的就泡在积水里，工人踩着走，旁边还有小孩玩。我们不懂这些，但看着就很危险，请监督站去看看。",
                            List.of("经现场检查，该项目确实存在电缆沿地面明设、配电箱防护不到位等问题。我站已于{checkDate}下达整改通知书，责令施工单位按规范对电缆埋地或架空敷设，并完善围挡隔离。整改已经复查合格。"))),
            ComplaintCategory.DUST_NOISE, List.of(
                    new Text("工地夜间施工噪声扰民", "{project}夜间施工噪音扰民",
                            "{compound}旁边的{project}工地最近天天晚上施工，过了晚上十点还在打混凝土、切钢筋，有时候一直干到凌晨两三点。家里有高三的孩子，根本睡不好觉。我们找工地说了好几次，他们说有夜间施工许可，但从来没见公示过。请问这个许可是真的吗？",
                            List.of("经核查，该项目夜间施工未按规定办理手续并公示。我站已于{checkDate}责令施工单位立即停止夜间施工，严格执行作息时间规定，并将有关情况通报相关执法部门依法处理。",
                                    "经核实，该项目因混凝土连续浇筑工艺需要，已依法办理夜间施工手续，但未按规定向周边居民公示。我站已责令施工单位在现场公示手续，采取降噪措施，尽量减少夜间作业。")),
                    new Text("工地扬尘污染", "{road}工地扬尘严重",
                            "{road}上的{project}工地大片黄土没盖网，一刮风满天都是土，我们{compound}的窗户都不敢开。出工地的渣土车也不冲洗，路上全是泥，下雨天更是没法走。请尽快督促工地落实扬尘治理措施。",
                            List.of("我站于{checkDate}对该项目进行了扬尘治理专项检查，发现裸露土方未覆盖、车辆冲洗设施未正常使用等问题，已下达整改通知书并限期整改，同时将该项目纳入重点巡查名单。")),
                    new Text("渣土车沿路抛洒", "渣土车在{road}沿途抛洒",
                            "最近每天晚上有一批渣土车从{project}工地出来，沿{road}边走边撒，第二天早上路面全是土和石子，骑电动车的人好几个都滑倒了。车子上面根本没盖，请相关部门管一管。",
                            List.of("我站已责令该项目施工单位加强出场车辆管理，落实密闭运输和冲洗措施；渣土运输车辆在道路上的抛洒行为属城市管理部门职责，我站已将线索移交{district}城市管理综合执法部门处理。")),
                    new Text("工地清晨过早施工", "{compound}旁工地早上六点前就开始施工",
                            "{compound}南边的工地每天早上不到六点就开始敲敲打打，周末也不停。我们小区老人多，{date}以来好多人都说睡不好。请监督站督促工地合理安排施工时间。",
                            List.of("我站于{checkDate}约谈了该项目施工单位负责人，责令其严格执行作息时间规定，高噪声作业安排在白天进行，并在工地出入口公示投诉电话。我站将不定期进行夜间和清晨巡查。"))),
            ComplaintCategory.ILLEGAL_CONSTRUCTION, List.of(
                    new Text("住户私自扩建", "{compound}一楼住户私自扩建",
                            "我们{compound}{home}一楼的住户把院子围起来，正在打地基盖房子，现在已经盖到两层了，把楼上的采光都挡住了。问他有没有手续，他说跟社区打过招呼了。这种私搭乱建到底有没有人管？",
                            List.of("您反映的私搭乱建问题属于城市管理综合执法部门的职责范围，我站已于{checkDate}将线索转交{district}城市管理综合执法部门处理。您也可以拨打12345政务服务便民热线了解办理进度。")),
                    new Text("工地未公示施工许可", "{road}工地未挂施工许可证",
                            "{district}{road}那边有个工地已经干了两三个月了，大门口什么牌子都没挂，没有工程概况牌，也看不到施工许可证。听说是没办手续就先开工了。请监督站核实一下这个项目有没有施工许可。",
                            List.of("经核实，该项目已于{permitDate}取得施工许可证，许可证编号为{permit}。针对现场未公示工程概况牌和施工许可信息的问题，我站已责令施工单位在{deadline}完成公示。",
                                    "经核实，该项目尚未办理施工许可手续即擅自开工。我站已于{checkDate}责令其停止施工，并将相关情况移交{authority}依法查处。")),
                    new Text("宅基地上违规建设多层楼房", "{area}有人在宅基地上盖多层楼",
                            "{district}{area}有户人家在宅基地上盖了一栋五六层的楼，说是要出租，没有图纸，也没见过监理，工人就是村里临时找的。楼越盖越高，我们住在旁边心里不踏实，请有关部门去看看。",
                            List.of("农村村民自建房的规划管理属自然资源和乡镇人民政府职责，我站已于{checkDate}将线索转交{district}有关部门和属地乡镇处理，并建议对该房屋的结构安全进行鉴定。")),
                    new Text("项目未取得施工许可即开工", "{project}未批先建",
                            "{project}{date}就已经开始挖土方了，可我们在网上查不到这个项目的施工许可信息。工地上的人说手续正在办。请问手续没办完就能开工吗？",
                            List.of("经核实，该项目尚未取得施工许可证即开始土方施工，违反了《中华人民共和国建筑法》的规定。我站已于{checkDate}责令其停止施工，并移交{authority}依法查处，待取得施工许可证后方可复工。",
                                    "经核实，该项目已于{permitDate}取得施工许可证，许可证编号为{permit}，网上信息因数据同步延迟暂未显示，目前已可查询。"))),
            ComplaintCategory.STAFF_CONDUCT, List.of(
                    new Text("监督检查走过场", "监督人员检查走过场",
                            "{date}，监督站的人到我们旁边的{project}工地检查，前后不到半个小时就走了，工地上那么多问题一个也没提。我们之前反映的问题到现在也没有解决，怀疑检查是走过场，希望领导重视。",
                            List.of("我站高度重视您反映的问题，经调查核实，当日检查确实存在时间短、检查不细致的情况。我站已对相关工作人员进行批评教育，并于{checkDate}重新组织对该项目进行全面检查，发现的问题已责令限期整改。",
                                    "经核实，当日检查组按计划对该项目进行了专项检查，检查记录和下达的整改通知书均已存档，相关问题均已复查闭合。感谢您对我站工作的监督，我们将进一步加强检查情况的公开。")),
                    new Text("窗口办事未一次性告知", "窗口办事不一次性告知",
                            "我{date}去监督站窗口办理工程质量安全监督手续，材料是按网上的清单准备的，工作人员看了一眼就说不行，也不一次性告诉我缺什么，让我来回跑了三趟。希望改进工作作风，落实一次性告知制度。",
                            List.of("针对您反映的窗口服务问题，我站已对相关工作人员进行了批评教育，并在办事大厅和门户网站公布了各事项的一次性告知清单。给您带来的不便，我们深表歉意。")),
                    new Text("咨询电话无人接听", "监督站咨询电话长期无人接听",
                            "按网站上公布的电话打了好几天，前后{4-9}次都没人接，想咨询一下竣工验收监督的流程都问不到。希望安排专人接听电话。",
                            List.of("经核查，该电话所在科室因外出检查一度无人值守。我站已于{checkDate}调整值班安排，工作时间内咨询电话由专人接听，并开通网上咨询渠道。")),
                    new Text("投诉长期未获答复", "反映问题后迟迟没有回复",
                            "我{date}在网上反映了{project}工地的问题，到现在已经过了好几周，既没有人联系我，网上的状态也一直是“处理中”。请问到底有没有人在处理？",
                            List.of("经查，您此前反映的问题已于受理后转交承办科室核查，因需委托检测导致办理超期，且未及时告知您进展。我站已督促承办科室在{deadline}办结并答复，对相关人员进行了批评教育。"))),
            ComplaintCategory.OTHER, List.of(
                    new Text("房屋安全鉴定咨询", "老房子承重墙开裂，想做安全鉴定",
                            "我家是{compound}的老房子，九十年代建的，最近发现承重墙上有一条裂缝，越来越宽。想请专业机构鉴定一下房子安不安全，不知道该找哪个部门，需要准备什么手续？",
                            List.of("房屋安全鉴定可委托具备相应能力的房屋安全鉴定机构进行，您也可以向{authority}咨询办理渠道。如发现房屋存在明显危险迹象，请及时撤离并拨打12345政务服务便民热线。")),
                    new Text("竣工验收信息查询", "如何查询项目是否通过竣工验收",
                            "开发商通知我们{compound}下个月交房，我们想知道这个项目有没有通过竣工验收，在哪里能查到？谢谢。",
                            List.of("房屋建筑工程竣工验收备案信息可在兰州市住房和城乡建设局网站查询，我站门户网站“监督动态”栏目也会公布竣工验收监督情况。按照规定，未经竣工验收或验收不合格的住宅不得交付使用。")),
                    new Text("建议公开在建工程监督信息", "建议公开在建工程的监督信息",
                            "我家附近有好几个在建工地，建议监督站在网站上公开每个在建项目的建设单位、施工单位、监理单位和监督检查情况，方便我们老百姓监督。",
                            List.of("感谢您的建议。我站已在门户网站公开在建项目的参建单位信息和“双随机、一公开”抽查结果，并将逐步扩大公开范围，欢迎社会各界监督。")),
                    new Text("装修拆改承重墙", "咨询装修改动承重墙的问题",
                            "我在{compound}买了二手房，楼下邻居装修时把客厅的一面墙拆了，我担心是承重墙。请问这种情况应该找谁处理？",
                            List.of("住宅室内装饰装修擅自变动建筑主体和承重结构的，由房屋所在地住房城乡建设主管部门依法查处。我站已于{checkDate}将线索转交{authority}，并告知物业服务企业加强装修巡查。")))));

    /** Replies that fit any complaint of the category, for when only the category is known. */
    static final Map<ComplaintCategory, List<String>> GENERAL_REPLIES = new EnumMap<>(Map.of(
            ComplaintCategory.QUALITY, List.of(
                    "经现场核查，您反映的问题基本属实。我站已于{checkDate}约谈建设单位和施工单位，责令其制定维修处理方案并在{deadline}完成，处理完成后由我站组织复查。涉及结构安全的，已要求委托具备资质的检测机构进行检测，检测结果将及时向业主公开。",
                    "我站于{checkDate}调取了该项目的监督档案并进行现场核查。该项目主体结构验收资料齐全，实体检测结果符合设计要求。您反映的问题属于保修范围，我站已督促建设单位依法履行保修义务，在{deadline}完成维修。"),
            ComplaintCategory.SAFETY, List.of(
                    "我站监督人员于{checkDate}到现场检查，您反映的问题属实。我站已下达整改通知书，责令相关区域暂停施工并限期整改，并对施工单位项目负责人和监理单位总监理工程师进行了约谈。目前整改已经复查合格。",
                    "经现场检查，您反映的问题部分属实。我站已责令施工单位在{deadline}完成整改，并将该项目列为重点巡查对象。"),
            ComplaintCategory.DUST_NOISE, List.of(
                    "我站于{checkDate}对该项目进行了检查，您反映的问题属实。已责令施工单位落实扬尘治理“六个百分之百”措施，合理安排作业时间，并将该项目纳入重点巡查名单。",
                    "经核查，您反映的问题属实。我站已于{checkDate}责令施工单位立即整改；涉及夜间施工噪声和道路遗撒的，已将线索通报相关执法部门依法处理。"),
            ComplaintCategory.ILLEGAL_CONSTRUCTION, List.of(
                    "经核实，该项目尚未办理施工许可手续即擅自开工。我站已于{checkDate}责令其停止施工，并将相关情况移交{authority}依法查处。",
                    "经核实，您反映的建设行为不属于房屋建筑和市政基础设施工程质量安全监督范围，我站已于{checkDate}将线索转交{district}有关部门处理。您也可以拨打12345政务服务便民热线了解办理进度。"),
            ComplaintCategory.STAFF_CONDUCT, List.of(
                    "我站高度重视您反映的问题，已于{checkDate}成立核查组进行调查，对相关工作人员进行了批评教育，并以此为鉴加强全站作风建设。感谢您对我站工作的监督。",
                    "经核实，您反映的情况部分属实。我站已责令相关科室限期改进，并在{deadline}向您反馈改进情况。"),
            ComplaintCategory.OTHER, List.of(
                    "您咨询的事项已转交相关科室研究办理，承办人员将在{deadline}与您联系。您也可以在工作日拨打我站咨询电话了解详情。",
                    "感谢您的来信。您反映的事项不属于我站职责范围，我站已于{checkDate}转交{authority}办理。")));

    private DemoComplaintTexts() {
    }

    /** The text a complaint was written from, found by its subject. */
    static Optional<Text> bySubject(ComplaintCategory category, String subject) {
        return COMPLAINTS.get(category).stream().filter(t -> t.subject().equals(subject)).findFirst();
    }
}
