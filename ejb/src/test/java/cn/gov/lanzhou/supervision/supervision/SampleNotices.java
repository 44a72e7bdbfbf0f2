package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.ProjectType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Rectification notices built in memory, as the station's supervisors would record them (tests and benchmarks). */
public final class SampleNotices {

    public static final String PROJECT_NAME = "雁滩路安置房项目1号楼";
    public static final String CONTRACTOR = "甘肃陇原建设集团有限公司";

    private SampleNotices() {
    }

    /** One finding per entry: category, severity, description. */
    public record Entry(FindingCategory category, Severity severity, String description) {
    }

    public static List<Entry> typical() {
        return List.of(
                new Entry(FindingCategory.DEEP_EXCAVATION, Severity.MAJOR,
                        "基坑东侧临边防护栏杆缺失约12米，未设置挡脚板；坑边1米范围内堆放钢筋约8吨，超过设计允许荷载。"),
                new Entry(FindingCategory.TEMPORARY_POWER, Severity.SERIOUS,
                        "2号配电箱未设置漏电保护器，电缆沿地面明敷且无防护，存在触电隐患。"),
                new Entry(FindingCategory.CONCRETE_STRENGTH, Severity.GENERAL,
                        "3层楼板混凝土同条件养护试块留置数量不足，不符合GB 50204-2015第7.4.1条要求。"));
    }

    public static RectificationNotice notice(String noticeNo, List<Entry> entries) {
        Enterprise developer = new Enterprise("91620102MA72XXXX1A", "兰州黄河置业有限公司", EnterpriseType.DEVELOPER, "620102");
        Enterprise contractor = new Enterprise("91620100MA72YYYY2B", CONTRACTOR, EnterpriseType.CONTRACTOR, "620100");
        Enterprise supervision = new Enterprise("91620100MA72ZZZZ3C", "甘肃建科工程监理有限公司", EnterpriseType.SUPERVISION, "620100");
        Project p = new Project("JD-620102-2026-0001", PROJECT_NAME, "620102", ProjectType.HOUSING);
        p.describe("620102202601150101", "城关区雁滩路2188号", new BigDecimal("32150.50"), new BigDecimal("9800.00"),
                LocalDate.of(2026, 1, 20), LocalDate.of(2027, 12, 30));
        p.engage(developer, ParticipantRole.DEVELOPER);
        p.engage(contractor, ParticipantRole.GENERAL_CONTRACTOR);
        p.engage(supervision, ParticipantRole.SUPERVISION);
        LocalDate day = LocalDate.of(2026, 3, 2);
        Inspection i = new Inspection(p, day, InspectionKind.ROUTINE, "zhang.wei,li.na");
        List<Finding> findings = new ArrayList<>();
        for (Entry e : entries) {
            findings.add(i.recordFinding(e.category(), e.severity(), e.description(), contractor));
        }
        i.submit(day.atTime(17, 30));
        return new RectificationNotice(noticeNo, i, findings, contractor, day.plusDays(3), "zhang.wei",
                LocalDateTime.of(day, java.time.LocalTime.of(16, 0)));
    }
}
