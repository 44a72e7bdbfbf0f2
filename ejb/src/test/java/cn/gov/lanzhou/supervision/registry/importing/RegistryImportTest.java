package cn.gov.lanzhou.supervision.registry.importing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.RegistryFixture;
import cn.gov.lanzhou.supervision.registry.RegistryRefusal;
import cn.gov.lanzhou.supervision.registry.ServiceFakes;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQualitySettings;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import service outside a container, on a migrated database: previews with the errors of each row,
 * commits of the chosen rows, and the all-or-nothing rule when the registry changed meanwhile or the
 * database refuses a row.
 */
class RegistryImportTest {

    private static TestDatabase db;
    private static EntityManagerFactory emf;
    private static String existingCode;
    private static String contractorCode;
    private static String supervisionCode;
    private static String managerId;
    private static String chiefId;
    private static String safetyId;
    private static String busyManagerId;

    private final ServiceFakes.RecordingTrail trail = new ServiceFakes.RecordingTrail();

    @BeforeAll
    static void registry() {
        TestFieldKeys.installFresh();
        db = TestDatabase.create();
        emf = db.entityManagerFactory();
        TestDatabase.inTransaction(emf, em -> {
            RegistryFixture f = new RegistryFixture(em);
            existingCode = f.enterprise(EnterpriseType.DEVELOPER, "620102").getCreditCode();
            Enterprise contractor = f.enterprise(EnterpriseType.CONTRACTOR, "620102");
            contractorCode = contractor.getCreditCode();
            Enterprise supervision = f.enterprise(EnterpriseType.SUPERVISION, "620103");
            supervisionCode = supervision.getCreditCode();
            managerId = f.person("项目经理甲", contractor, CertificateKind.REGISTERED_CONSTRUCTOR).getIdNumber();
            chiefId = f.person("总监乙", supervision, CertificateKind.REGISTERED_SUPERVISOR).getIdNumber();
            safetyId = f.person("安全员丙", contractor, CertificateKind.SAFETY_C).getIdNumber();
            RegistryFixture.Parties busy = f.parties();
            busyManagerId = busy.manager.getIdNumber();
            f.project(busy);
        });
    }

    @AfterAll
    static void stop() {
        emf.close();
        db.close();
    }

    private EntityManager em;
    private RegistryImport service;

    @BeforeEach
    void service() {
        em = emf.createEntityManager();
        service = new RegistryImport();
        ServiceFakes.inject(service, "em", em);
        ServiceFakes.inject(service, "audit", trail);
        ServiceFakes.inject(service, "caller", ServiceFakes.caller("zhang.wei", Set.of("SUPERVISOR")));
        ServiceFakes.inject(service, "settings", new RegistryQualitySettings(k -> Optional.empty()));
    }

    private ImportPreview preview(ImportKind kind, byte[] file) {
        return service.preview(kind, "测试.csv", file, ImportEncoding.AUTO, new ImportProgress());
    }

    /** Commits as the container would: one transaction, rolled back when the service throws. */
    private ImportSummary commitInTransaction(ImportPreview preview, Set<Integer> lines) {
        em.getTransaction().begin();
        try {
            ImportSummary s = service.commit(preview, lines, "10.1.2.3");
            em.getTransaction().commit();
            return s;
        } catch (RuntimeException e) {
            em.getTransaction().rollback();
            em.clear();
            throw e;
        }
    }

    private static Map<Integer, ImportRow> byLine(ImportPreview p) {
        return p.rows().stream().collect(Collectors.toMap(ImportRow::getLine, Function.identity()));
    }

    private static String code(String organisation) {
        return RegistryFixture.creditCode("620102", organisation);
    }

    private long count(String entity, String where) {
        return em.createQuery("select count(x) from " + entity + " x where " + where, Long.class).getSingleResult();
    }

    // ------------------------------------------------------------------ previews

    @Test
    void anEnterpriseFileGetsTheErrorsOfEachRowNamingTheWrongPart() {
        String valid = code("MA7JMP01");
        String wrongCheck = RegistryFixture.wrongLast(code("MA7JMP02"), UnifiedSocialCreditCodes.ALPHABET);
        String csv = "统一社会信用代码*,企业名称*,企业类型*,所在区县*,联系电话,资质类别,资质等级,资质证书编号,资质有效期至,备注\n"
                + valid.toLowerCase() + ",新导入建设有限公司,施工单位,城关,0931-8123456,建筑工程施工总承包,二级,D1,2028/12/31,无\n"
                + wrongCheck + ",校验码错误公司,施工单位,城关区,,,,,,\n"
                + code("MA7JMP03") + ",,施工队,海淀区,12345,建筑工程施工总承包,,,,\n"
                + existingCode + ",已存在公司,建设单位,620102,,,,,,\n"
                + valid + ",重复行公司,施工单位,城关区,,,,,,\n"
                + code("MA7JMP04") + ",外地公司,设计单位,110105,,,,,2020-01-01,\n";
        ImportPreview p = preview(ImportKind.ENTERPRISE, csv.getBytes(StandardCharsets.UTF_8));
        Map<Integer, ImportRow> rows = byLine(p);

        assertEquals(List.of("以下列不属于企业导入格式，已忽略：备注"), p.fileWarnings());
        assertEquals("UTF-8", p.encoding());
        ImportRow ok = rows.get(2);
        assertTrue(ok.isValid(), ok.toString());
        assertEquals(valid, ok.value("creditCode"), "lower case made upper case");
        assertEquals("城关区", ok.value("district"));
        assertEquals("2028-12-31", ok.value("qualificationValidUntil"));

        char expected = UnifiedSocialCreditCodes.checkCharacter(wrongCheck.substring(0, 17));
        assertEquals(List.of("统一社会信用代码第18位校验码 " + wrongCheck.charAt(17) + " 错误，应为 " + expected), rows.get(3).getErrors());
        assertEquals(List.of("企业名称：必填，不能为空",
                "企业类型：“施工队”不正确，应为建设单位、施工单位、监理单位、勘察单位、设计单位、检测机构之一",
                "所在区县：“海淀区”不是兰州市的区县名称，也不是6位行政区划代码",
                "联系电话：“12345”不是手机号码或固定电话（如 0931-8123456）",
                "资质信息不完整：还缺 资质等级、资质证书编号、资质有效期至"), rows.get(4).getErrors());
        assertTrue(rows.get(5).getErrors().get(0).startsWith("统一社会信用代码 " + existingCode + " 已在主体库中（"), rows.get(5).getErrors().toString());
        assertEquals(List.of("统一社会信用代码与第 2 行重复"), rows.get(6).getErrors());
        ImportRow outside = rows.get(7);
        assertEquals(List.of("资质信息不完整：还缺 资质类别、资质等级、资质证书编号"), outside.getErrors());
        assertTrue(outside.getWarnings().contains("所在区县：110105 不是兰州市所辖区县（外地企业可以导入）"), outside.getWarnings().toString());
        assertEquals(1, p.validCount());
    }

    @Test
    void aGbkPersonFileIsCheckedAgainstTheRegistry() {
        String first17 = "62010219900101123";
        String goodId = first17 + cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers.checkDigit(first17);
        String csv = "姓名,身份证号,手机号码,所在企业统一社会信用代码,证书种类,证书编号,证书有效期至\n"
                + "王五," + goodId.toLowerCase() + ",139 0931 0001," + contractorCode + ",B证,甘建安B（2024）00001,2027年6月30日\n"
                + "赵六,620102199013011234,1390931,91620102MA7NONE01,注册造价师,,\n"
                + "项目经理甲," + managerId + ",,,,,\n"
                + "王五重复," + goodId + ",,,,,\n";
        ImportPreview p = preview(ImportKind.PERSON, csv.getBytes(Charset.forName("GBK")));
        assertEquals("GBK", p.encoding());
        Map<Integer, ImportRow> rows = byLine(p);
        ImportRow ok = rows.get(2);
        assertTrue(ok.isValid(), ok.toString());
        assertEquals("安全生产考核合格证（B类）", ok.value("certificateKind"));
        assertEquals("2027-06-30", ok.value("certificateValidUntil"));
        assertEquals("13909310001", ok.value("phone"));

        List<String> bad = rows.get(3).getErrors();
        assertTrue(bad.contains("公民身份号码第7–14位出生日期 19901301 不是有效日期"), bad.toString());
        assertTrue(bad.contains("手机号码：“1390931”不是11位手机号码"), bad.toString());
        assertTrue(bad.stream().anyMatch(e -> e.startsWith("所在企业统一社会信用代码：统一社会信用代码")), bad.toString());
        assertTrue(bad.contains("证书信息不完整：还缺 证书编号、证书有效期至"), bad.toString());
        assertTrue(bad.stream().anyMatch(e -> e.startsWith("证书种类：“注册造价师”不正确")), bad.toString());
        assertEquals(List.of("身份证号已在主体库中（项****）"), rows.get(4).getErrors());
        assertEquals(List.of("身份证号与第 2 行重复"), rows.get(5).getErrors());
    }

    @Test
    void aProjectWorkbookChecksPermitDistrictReferencesAndNumbersExcelMangled() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("监督编号", "工程名称", "所在区县", "工程类别", "施工许可证编号", "开工日期", "计划竣工日期",
                        "建设单位统一社会信用代码", "施工总承包单位统一社会信用代码", "监理单位统一社会信用代码",
                        "项目经理身份证号", "总监理工程师身份证号", "专职安全员身份证号", "建筑面积（㎡）"),
                List.of("JD-620102-2026-0801", "导入工程一", "城关区", "房屋建筑", "620102202603020101", "2026-03-15", "2027-10-31",
                        existingCode, contractorCode, supervisionCode, managerId, chiefId, safetyId, "12,500.5"),
                List.of("JD-620103-2026-0802", "区县不符工程", "城关区", "市政基础设施工程", "620199202613020025", "2026-05-01", "2026-04-01",
                        code("MA7NUPE1"), "", "", "", "", "", "-5"),
                List.of("JD-620102-2026-0803", "经理超限工程", "城关区", "房屋建筑工程", "", "", "",
                        existingCode, contractorCode, supervisionCode, busyManagerId, "", "", "")));
        ImportPreview p = service.preview(ImportKind.PROJECT, "工程.xlsx", xlsx, ImportEncoding.AUTO, new ImportProgress());
        assertEquals("XLSX", p.format());
        Map<Integer, ImportRow> rows = byLine(p);
        assertTrue(rows.get(2).isValid(), rows.get(2).toString());
        assertEquals(List.of(), rows.get(2).getWarnings());
        assertEquals("房屋建筑工程", rows.get(2).value("type"));
        assertEquals("12500.5", rows.get(2).value("floorArea"));

        List<String> bad = rows.get(3).getErrors();
        assertTrue(bad.contains("监督编号：第4–9位区县代码 620103 与所在区县 城关区（620102）不一致"), bad.toString());
        assertTrue(bad.contains("施工许可证编号第1–6位行政区划代码 620199 不是兰州市或其所辖区县的代码"), bad.toString());
        assertTrue(bad.contains("施工许可证编号第7–14位日期 20261302 不是有效日期"), bad.toString());
        assertTrue(bad.contains("施工许可证编号第17–18位专业类别代码 25 应在 01–19 之间"), bad.toString());
        assertTrue(bad.contains("计划竣工日期 2026-04-01 早于开工日期 2026-05-01"), bad.toString());
        assertTrue(bad.contains("建筑面积（㎡）：“-5”应为不小于0的数字（最多两位小数）"), bad.toString());
        assertTrue(bad.contains("建设单位统一社会信用代码：主体库中没有 " + code("MA7NUPE1") + " 这家企业，请先导入企业"), bad.toString());
        assertTrue(rows.get(3).getWarnings().contains("没有监理单位：在建工程必须登记监理单位（数据质量规则）"), rows.get(3).getWarnings().toString());

        ImportRow busy = rows.get(4);
        assertTrue(busy.isValid(), busy.toString());
        assertTrue(busy.getWarnings().stream().anyMatch(w -> w.matches("项目经理 .+ 已担任 1 个在建工程的项目经理（上限 1 个），导入后将超限")),
                busy.getWarnings().toString());
        assertTrue(busy.getWarnings().contains("没有施工许可证编号：在建工程必须登记施工许可证编号（数据质量规则）"));

        ImportRow mangled = rows.get(5);
        assertEquals(List.of("项目经理身份证号：单元格被 Excel 存成了数字，显示为科学计数法 6.20102E+17，后面几位已经丢失；"
                + "请把该列设为“文本”格式后重新填写"), mangled.getErrors().stream().filter(e -> e.startsWith("项目经理")).toList());
    }

    /** A workbook with these rows, and one more whose 项目经理身份证号 was typed as a number. */
    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            Row mangled = sheet.createRow(rows.size());
            mangled.createCell(0).setCellValue("JD-620102-2026-0804");
            mangled.createCell(1).setCellValue("身份证号被存成数字的工程");
            mangled.createCell(2).setCellValue("城关区");
            mangled.createCell(3).setCellValue("房屋建筑工程");
            mangled.createCell(10).setCellValue(620102198506152012d);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithOnlyTheExampleRowIsRefused() {
        ImportFileException columns = assertThrows(ImportFileException.class, () -> preview(ImportKind.PERSON,
                "姓名,电话\n张三,13900000000\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("这不是从业人员导入文件，或第 1 行的列标题不全：缺少必填列 身份证号（请使用“下载模板”中的列标题）", columns.getMessage());
        for (ImportKind kind : ImportKind.values()) {
            ImportFileException onlyExample = assertThrows(ImportFileException.class,
                    () -> service.preview(kind, "模板.xlsx", ImportTemplates.xlsx(kind), ImportEncoding.AUTO, new ImportProgress()));
            assertEquals("文件中除列标题（和模板示例行）外没有数据行", onlyExample.getMessage(), kind.name());
            assertThrows(ImportFileException.class, () -> preview(kind, ImportTemplates.csv(kind)));
        }
    }

    @Test
    void theTemplatesHeadersAreTheColumnsAndTheirExampleRowPassesOnceChanged() {
        String csv = new String(ImportTemplates.csv(ImportKind.ENTERPRISE), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\ufeff统一社会信用代码*,企业名称*,企业类型*,所在区县*,地址"), csv);
        String changed = csv.replace("兰州示例建设工程有限公司", "兰州模板改过的公司");
        ImportPreview p = preview(ImportKind.ENTERPRISE, changed.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, p.rows().size());
        assertTrue(p.rows().get(0).isValid(), p.rows().get(0).toString());
    }

    // ------------------------------------------------------------------ commits

    @Test
    void theChosenValidRowsAreWrittenWithTheirQualificationAndTheImportIsAudited() {
        String a = code("MA7CQM01");
        String b = code("MA7CQM02");
        String csv = "统一社会信用代码,企业名称,企业类型,所在区县,资质类别,资质等级,资质证书编号,资质有效期至\n"
                + a + ",提交甲公司,施工单位,城关区,建筑工程施工总承包,二级,D9001,2028-12-31\n"
                + b + ",未选乙公司,施工单位,城关区,,,,\n"
                + "BAD,坏行,施工单位,城关区,,,,\n";
        ImportPreview p = preview(ImportKind.ENTERPRISE, csv.getBytes(StandardCharsets.UTF_8));
        ImportSummary s = commitInTransaction(p, Set.of(2));
        assertEquals(1, s.imported());
        assertEquals(1, count("Enterprise", "x.creditCode = '" + a + "'"));
        assertEquals(0, count("Enterprise", "x.creditCode = '" + b + "'"), "a row not chosen is not written");
        assertEquals(1, count("Qualification", "x.certificateNo = 'D9001'"));
        ServiceFakes.Recorded audit = trail.last();
        assertEquals("REGISTRY_IMPORT", audit.eventType());
        assertEquals(AuditOutcome.SUCCESS, audit.outcome());
        assertEquals("ENTERPRISE", audit.objectType());
        assertTrue(audit.detail().contains("文件 3 行，有效 2 行，选中 1 行") && audit.detail().endsWith("已导入 1 条"), audit.detail());

        RegistryRefusal again = assertThrows(RegistryRefusal.class, () -> commitInTransaction(p, Set.of(2)));
        assertEquals("ROWS_INVALID", again.getCode());
        assertTrue(again.getMessage().startsWith("导入前重新校验，第 2 行未通过（第 2 行：统一社会信用代码 " + a + " 已在主体库中"),
                again.getMessage());
        assertEquals(AuditOutcome.FAILURE, trail.last().outcome());
        assertThrows(RegistryRefusal.class, () -> commitInTransaction(p, Set.of()));
        assertEquals(1, count("Enterprise", "x.creditCode = '" + a + "'"));
    }

    @Test
    void personsAndAProjectWithItsPartiesAreWritten() {
        String first17 = "62010219920202345";
        String id = first17 + cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers.checkDigit(first17);
        ImportPreview persons = preview(ImportKind.PERSON, ("姓名,身份证号,手机号码,所在企业统一社会信用代码,证书种类,证书编号,证书有效期至\n"
                + "新经理," + id + ",13909310002," + contractorCode + ",注册建造师,甘1620001,2029-01-01\n").getBytes(StandardCharsets.UTF_8));
        commitInTransaction(persons, Set.of(2));
        Person written = em.createNamedQuery(Person.WITH_ID_NUMBER, Person.class)
                .setParameter("index", Person.indexOfIdNumber(id)).getSingleResult();
        assertEquals("新经理", written.getName());
        assertEquals("13909310002", written.getPhone());
        assertEquals(contractorCode, written.getEmployer().getCreditCode());
        assertEquals(CertificateKind.REGISTERED_CONSTRUCTOR, written.getCertificates().get(0).getKind());

        ImportPreview projects = preview(ImportKind.PROJECT, ("监督编号,工程名称,所在区县,工程类别,施工许可证编号,建设单位统一社会信用代码,"
                + "施工总承包单位统一社会信用代码,监理单位统一社会信用代码,项目经理身份证号,总监理工程师身份证号,专职安全员身份证号\n"
                + "JD-620102-2026-0901,导入的工程,城关区,房屋建筑工程,620102202603029901," + existingCode + "," + contractorCode + ","
                + supervisionCode + "," + id + "," + chiefId + "," + safetyId + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(projects.rows().get(0).isValid(), projects.rows().get(0).toString());
        commitInTransaction(projects, Set.of(2));
        Project p = em.createQuery("select p from Project p where p.projectNo = 'JD-620102-2026-0901'", Project.class).getSingleResult();
        assertEquals(3, p.getParticipants().size());
        assertEquals(3, p.getKeyPersons().size());
        assertEquals("新经理", p.getKeyPersons().stream().filter(k -> k.getRole().name().equals("PROJECT_MANAGER"))
                .findFirst().orElseThrow().getPerson().getName());
    }

    @Test
    void whenTheDatabaseRefusesOneRowNothingOfTheFileIsWritten() throws Exception {
        // Another rule of the database the import does not know about: one row will break it at the flush.
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE enterprise ADD CONSTRAINT ck_test_refused CHECK (name <> '数据库拒绝的公司')");
        }
        try {
            StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,企业类型,所在区县\n");
            for (int i = 0; i < 150; i++) {
                csv.append(code(String.format("MA7R%04d", i))).append(',')
                        .append(i == 120 ? "数据库拒绝的公司" : "批量公司" + i).append(",施工单位,城关区\n");
            }
            ImportPreview p = preview(ImportKind.ENTERPRISE, csv.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(150, p.validCount(), "the file passes every check the import knows");
            Set<Integer> all = p.rows().stream().map(ImportRow::getLine).collect(Collectors.toSet());
            RegistryRefusal refused = assertThrows(RegistryRefusal.class, () -> commitInTransaction(p, all));
            assertEquals("DATABASE_REFUSED", refused.getCode());
            assertTrue(refused.getMessage().startsWith("数据库拒绝了第 102–151 行之间的数据（"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("），整批导入已撤销，未写入任何数据"), refused.getMessage());
            assertEquals(0, count("Enterprise", "x.name like '批量公司%'"), "the first hundred rows, flushed already, are gone too");
            assertEquals(AuditOutcome.FAILURE, trail.last().outcome());
            assertTrue(trail.last().detail().contains("选中 150 行；未导入：数据库拒绝了"), trail.last().detail());
        } finally {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE enterprise DROP CONSTRAINT ck_test_refused");
            }
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        ImportFileException e = assertThrows(ImportFileException.class, () -> preview(ImportKind.ENTERPRISE, big));
        assertEquals("文件大小 10.0 MB，超过上限 10.0 MB", e.getMessage());
        assertFalse(trail.events.stream().anyMatch(r -> r.eventType().equals("REGISTRY_IMPORT")), "a preview writes no audit event");
    }
}
