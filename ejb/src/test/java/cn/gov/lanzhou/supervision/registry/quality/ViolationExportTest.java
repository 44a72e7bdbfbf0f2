package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.registry.ServiceFakes;
import cn.gov.lanzhou.supervision.registry.RegistryRefusal;
import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports carry masked values unless a leader asks for full ones, in CSV and in Excel alike. */
class ViolationExportTest {

    private static final String ID = "620102199001011234";
    private static final String BAD_BIRTH = "620102199013011230";
    private static final String PHONE = "13909311234";
    private static final String CODE = "91620102MA71ABCD1X";

    private static CheckResult result() {
        RuleViolation birth = ResidentIdNumbers.check(BAD_BIRTH, LocalDate.of(2026, 11, 26)).stream()
                .filter(v -> v.rule().equals(ResidentIdNumbers.RULE_BIRTH_DATE)).findFirst().orElseThrow();
        List<Violation> violations = new ArrayList<>();
        violations.add(new Violation(QualityRule.INVALID_ID_NUMBER, birth.rule(), SubjectKind.PERSON, 7, "张三", BAD_BIRTH, "620102",
                ValueKind.ID_NUMBER, BAD_BIRTH, birth.message(), SensitiveMessages.masked(birth)));
        violations.add(Violation.plain(QualityRule.EXPIRED_QUALIFICATION, "QUALIFICATION_EXPIRED",
                new Violation.Subject(SubjectKind.ENTERPRISE, 9, "=HYPERLINK(\"http://x\")公司", CODE, "620103"),
                ValueKind.PLAIN, "2026-01-01", "资质已过期"));
        violations.add(Violation.plain(QualityRule.KEY_PERSON_OVERLOAD, "PROJECT_MANAGER",
                new Violation.Subject(SubjectKind.PERSON, 8, "李四", ID, "620103"), ValueKind.PLAIN, "2", "同时担任 2 个在建工程的项目经理"));
        return new CheckResult(violations, Map.of(CheckResult.phoneKey(SubjectKind.PERSON, 7), PHONE,
                CheckResult.phoneKey(SubjectKind.PERSON, 8), PHONE), LocalDateTime.now(), 5, Map.of(), Map.of());
    }

    private static RegistryQuality service(String user, String role, ServiceFakes.RecordingTrail trail) {
        QualitySnapshot snapshots = new QualitySnapshot();
        snapshots.store(new QualitySnapshot.Snapshot(result(), "zhang.wei"));
        RegistryQuality q = new RegistryQuality();
        ServiceFakes.inject(q, "snapshots", snapshots);
        ServiceFakes.inject(q, "audit", trail);
        ServiceFakes.inject(q, "caller", ServiceFakes.caller(user, Set.of(role)));
        return q;
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 BOM for Excel");
        return CSVFormat.RFC4180.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void aMaskedCsvExportHidesIdNumbersPhonesAndTheBirthDateInTheMessage() throws IOException {
        ServiceFakes.RecordingTrail trail = new ServiceFakes.RecordingTrail();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = service("zhang.wei", "SUPERVISOR", trail).export(ViolationFilter.ALL, ExportFormat.CSV, false, out, "10.1.2.3");
        assertEquals(3, n);
        String text = out.toString(StandardCharsets.UTF_8);
        for (String secret : List.of(ID, BAD_BIRTH, PHONE, "19901301", CODE)) {
            assertFalse(text.contains(secret), secret + " must not be in a masked export");
        }
        List<CSVRecord> records = csv(out.toByteArray());
        assertEquals(ViolationExport.HEADERS, records.get(0).toList());
        CSVRecord birth = records.stream().filter(r -> r.get(2).equals(ResidentIdNumbers.RULE_BIRTH_DATE)).findFirst().orElseThrow();
        assertEquals("620***********1230", birth.get(5));
        assertEquals("公民身份号码第7–14位出生日期 ******** 不是有效日期", birth.get(8));
        assertEquals("139****1234", birth.get(9));
        CSVRecord formula = records.stream().filter(r -> r.get(2).equals("QUALIFICATION_EXPIRED")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://x\")公司", formula.get(4), "a cell a spreadsheet would run is neutralised");
        assertEquals("91620102MA71******", formula.get(5));
        assertEquals(new ServiceFakes.Recorded("zhang.wei", "SUPERVISOR", "REGISTRY_QUALITY_EXPORT", "Registry", null,
                AuditOutcome.SUCCESS, "csv; 全部; 3 rows; masked"), trail.last());
    }

    @Test
    void aSupervisorAskingForFullValuesIsRefusedAndTheRefusalAudited() {
        ServiceFakes.RecordingTrail trail = new ServiceFakes.RecordingTrail();
        RegistryQuality q = service("zhang.wei", "SUPERVISOR", trail);
        assertFalse(q.mayExportFull());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryRefusal refused = assertThrows(RegistryRefusal.class,
                () -> q.export(ViolationFilter.ALL, ExportFormat.XLSX, true, out, "10.1.2.3"));
        assertEquals("只有站领导可以导出未脱敏的完整信息", refused.getMessage());
        assertEquals(0, out.size(), "nothing written");
        assertEquals(AuditOutcome.DENIED, trail.last().outcome());
    }

    @Test
    void anExcelExportIsMaskedLikeTheCsvAndALeaderMayExportFullValues() throws IOException {
        ServiceFakes.RecordingTrail trail = new ServiceFakes.RecordingTrail();
        ByteArrayOutputStream masked = new ByteArrayOutputStream();
        service("zhang.wei", "SUPERVISOR", trail).export(new ViolationFilter(QualityRule.INVALID_ID_NUMBER, null),
                ExportFormat.XLSX, false, masked, "10.1.2.3");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(masked.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("数据质量问题", sheet.getSheetName());
            assertEquals(1, sheet.getLastRowNum(), "the filter applies: one finding");
            Row row = sheet.getRow(1);
            assertEquals("身份证号不合规", row.getCell(1).getStringCellValue());
            assertEquals("620***********1230", row.getCell(5).getStringCellValue());
            assertEquals("139****1234", row.getCell(9).getStringCellValue());
            assertTrue(book.getSheet("说明").getRow(4).getCell(1).getStringCellValue().startsWith("是"));
        }
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        service("zhao.min", "LEADER", trail).export(new ViolationFilter(null, "620103"), ExportFormat.XLSX, true, full, "10.1.2.3");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(full.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "the two findings in 七里河区");
            List<String> codes = List.of(sheet.getRow(1).getCell(5).getStringCellValue(), sheet.getRow(2).getCell(5).getStringCellValue());
            assertTrue(codes.contains(CODE) && codes.contains(ID), codes.toString());
            assertTrue(book.getSheet("说明").getRow(4).getCell(1).getStringCellValue().startsWith("否"));
        }
        assertEquals("xlsx; 七里河区; 2 rows; FULL VALUES", trail.last().detail());
    }

    @Test
    void pagesOfTheListAreMaskedAndFilteredByRuleAndDistrict() {
        RegistryQuality q = service("zhao.min", "LEADER", new ServiceFakes.RecordingTrail());
        var all = q.violations(ViolationFilter.ALL, 1, 2);
        assertEquals(3, all.total());
        assertEquals(2, all.items().size());
        assertTrue(all.items().stream().allMatch(ViolationRow::masked), "even a leader sees the page masked");
        assertEquals(1, q.violations(new ViolationFilter(null, "620102"), 1, 20).total());
        assertEquals(0, q.violations(new ViolationFilter(QualityRule.INVALID_CREDIT_CODE, null), 1, 20).total());
        assertEquals(2, q.violationsOf(SubjectKind.PERSON, 7).size() + q.violationsOf(SubjectKind.PERSON, 8).size());
        QualitySummary summary = q.summary();
        assertEquals(1, summary.count(QualityRule.INVALID_ID_NUMBER, "620102"));
        assertEquals(2, summary.byDistrict().get("620103"));
    }
}
