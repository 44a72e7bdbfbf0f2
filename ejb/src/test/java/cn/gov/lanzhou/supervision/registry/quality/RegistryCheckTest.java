package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.RegistryFixture;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gov.lanzhou.supervision.registry.RegistryFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule of the registry re-check over crafted records in a migrated database (H2, or PostgreSQL
 * with {@code -Ppostgresql}): one complete, valid project as the baseline, and one record broken per case.
 */
class RegistryCheckTest {

    private static TestDatabase db;
    private static EntityManagerFactory emf;
    private static final Map<String, Long> ids = new HashMap<>();
    private static final Map<String, String> codes = new HashMap<>();
    private static CheckResult result;

    @BeforeAll
    static void craftRegistry() {
        TestFieldKeys.installFresh();
        db = TestDatabase.create();
        emf = db.entityManagerFactory();
        TestDatabase.inTransaction(emf, em -> {
            RegistryFixture f = new RegistryFixture(em);

            RegistryFixture.Parties good = f.parties();
            keep("good", f.project(good));
            keep("goodContractor", good.contractor);
            keep("goodManager", good.manager);

            // identifiers
            String valid = RegistryFixture.creditCode("620102", "MA71ABCD");
            keep("wrongCheck", f.enterprise(RegistryFixture.wrongLast(valid, UnifiedSocialCreditCodes.ALPHABET), "校验码错误公司",
                    EnterpriseType.CONTRACTOR, "620102"));
            String orgWrong = valid.substring(0, 16) + (valid.charAt(16) == '0' ? '1' : '0');
            orgWrong = orgWrong + UnifiedSocialCreditCodes.checkCharacter(orgWrong);
            keep("wrongOrganisationCheck", f.enterprise(orgWrong, "组织机构代码错误公司", EnterpriseType.DESIGN, "620103"));
            String goodId = RegistryFixture.idNumber("620103", LocalDate.of(1985, 6, 15), 123);
            keep("idCheck", f.person("校验码错", null));
            keep("idBirth", f.person("生日错", null));
            keep("idRegion", f.person("地址错", null));
            em.flush();
            // ID numbers are set through the constructor only: replace the crafted persons' values directly.
            replaceIdNumber(em, ids.get("idCheck"), RegistryFixture.wrongLast(goodId, "0123456789X"));
            String badBirth = "62010319851332123";
            replaceIdNumber(em, ids.get("idBirth"), badBirth + ResidentIdNumbers.checkDigit(badBirth));
            String badRegion = "28010319850615123";
            replaceIdNumber(em, ids.get("idRegion"), badRegion + ResidentIdNumbers.checkDigit(badRegion));

            // permit numbers: wrong division, date, serial and category; none on a project under construction
            for (String[] c : new String[][] {
                    {"permitDivision", "620199202601150101"}, {"permitDate", "620102202613150101"},
                    {"permitSerial", "620102202601150001"}, {"permitCategory", "620102202601150125"}}) {
                Project p = f.project(f.parties());
                p.describe(c[1], p.getAddress(), null, null, p.getStartDate(), p.getPlannedCompletion());
                keep(c[0], p);
            }
            Project noPermit = f.project(f.parties());
            noPermit.describe(null, noPermit.getAddress(), null, null, noPermit.getStartDate(), noPermit.getPlannedCompletion());
            keep("noPermit", noPermit);
            Project completedNoPermit = f.project(f.parties());
            completedNoPermit.describe(null, null, null, null, completedNoPermit.getStartDate(), null);
            completedNoPermit.complete(TODAY.minusDays(3));
            keep("completedNoPermit", completedNoPermit);
            keep("outsideLanzhou", f.project("110105", f.parties()));

            // missing participants and posts
            RegistryFixture.Parties noSupervision = f.parties();
            noSupervision.supervision = null;
            keep("noSupervision", f.project(noSupervision));
            RegistryFixture.Parties noSafety = f.parties();
            noSafety.safety = null;
            noSafety.developer = null;
            keep("noSafetyNoDeveloper", f.project(noSafety));
            RegistryFixture.Parties completedIncomplete = f.parties();
            completedIncomplete.supervision = null;
            completedIncomplete.manager = null;
            Project done = f.project(completedIncomplete);
            done.complete(TODAY.minusDays(1));
            keep("completedIncomplete", done);

            // qualifications: expired on an active project; expired but renewed; expired on a completed project only
            RegistryFixture.Parties expired = f.parties();
            em.persist(expired.contractor.grantQualification("建筑工程施工总承包", "二级", "D-OLD-1", TODAY.minusDays(10)));
            keep("expiredContractor", expired.contractor);
            keep("expiredContractorProject", f.project(expired));
            RegistryFixture.Parties renewed = f.parties();
            em.persist(renewed.contractor.grantQualification("建筑工程施工总承包", "二级", "D-OLD-2", TODAY.minusDays(400)));
            em.persist(renewed.contractor.grantQualification("建筑工程施工总承包", "一级", "D-NEW-2", TODAY.plusDays(400)));
            keep("renewedContractor", renewed.contractor);
            f.project(renewed);
            RegistryFixture.Parties onlyCompleted = f.parties();
            em.persist(onlyCompleted.supervision.grantQualification("房屋建筑工程监理", "甲级", "D-OLD-3", TODAY.minusDays(1)));
            keep("expiredButCompleted", onlyCompleted.supervision);
            f.project(onlyCompleted).complete(TODAY.minusDays(2));

            // certificates of key persons
            RegistryFixture.Parties certificates = f.parties();
            certificates.manager = f.person("证书过期经理", certificates.contractor);
            certificates.manager.awardCertificate(CertificateKind.REGISTERED_CONSTRUCTOR, "甘162000001", TODAY.minusDays(5));
            certificates.chief = f.person("无证总监", certificates.supervision, CertificateKind.SAFETY_A);
            certificates.safety = f.person("续证安全员", certificates.contractor);
            certificates.safety.awardCertificate(CertificateKind.SAFETY_C, "C-OLD", TODAY.minusDays(300));
            certificates.safety.awardCertificate(CertificateKind.SAFETY_C, "C-NEW", TODAY.plusDays(300));
            keep("expiredManager", certificates.manager);
            keep("uncertifiedChief", certificates.chief);
            keep("renewedSafety", certificates.safety);
            f.project(certificates);

            // overload: a manager on two projects under construction; another on one active and one suspended;
            // a chief supervisor on three (allowed) and another on four
            RegistryFixture.Parties first = f.parties();
            keep("busyManager", first.manager);
            keep("busy1", f.project(first));
            RegistryFixture.Parties second = f.parties();
            second.manager = first.manager;
            keep("busy2", f.project(second));
            RegistryFixture.Parties calm = f.parties();
            keep("calmManager", calm.manager);
            f.project(calm);
            RegistryFixture.Parties calmSuspended = f.parties();
            calmSuspended.manager = calm.manager;
            f.project(calmSuspended).suspend();
            RegistryFixture.Parties three = f.parties();
            keep("chiefOfThree", three.chief);
            for (int i = 0; i < 3; i++) {
                RegistryFixture.Parties p = f.parties();
                p.chief = three.chief;
                f.project(p);
            }
            RegistryFixture.Parties four = f.parties();
            keep("chiefOfFour", four.chief);
            for (int i = 0; i < 4; i++) {
                RegistryFixture.Parties p = f.parties();
                p.chief = four.chief;
                f.project(p);
            }
        });
        EntityManager em = emf.createEntityManager();
        try {
            result = RegistryCheck.run(em, new RegistryQualitySettings(k -> Optional.empty()), TODAY);
        } finally {
            em.close();
        }
    }

    @AfterAll
    static void stop() {
        emf.close();
        db.close();
    }

    private static void keep(String name, Object entity) {
        if (entity instanceof Enterprise e) {
            ids.put(name, e.getId());
            codes.put(name, e.getCreditCode());
        } else if (entity instanceof Person p) {
            ids.put(name, p.getId());
        } else if (entity instanceof Project p) {
            ids.put(name, p.getId());
            codes.put(name, p.getProjectNo());
        }
    }

    /** Writes an ID number the way a careless import of old would have: encrypted, but never checked. */
    private static void replaceIdNumber(EntityManager em, long personId, String idNumber) {
        Person p = em.find(Person.class, personId);
        em.detach(p);
        em.createNativeQuery("update person set id_number = ?, id_number_index = ? where id = ?")
                .setParameter(1, new cn.gov.lanzhou.supervision.protection.EncryptedColumns.PersonIdNumber().convertToDatabaseColumn(idNumber))
                .setParameter(2, Person.indexOfIdNumber(idNumber))
                .setParameter(3, personId).executeUpdate();
    }

    private static List<Violation> about(String name, QualityRule rule) {
        long id = ids.get(name);
        return result.violations().stream().filter(v -> v.rule() == rule && v.subjectId() == id
                && v.subjectKind() == rule.subject()).toList();
    }

    private static Violation only(String name, QualityRule rule) {
        List<Violation> found = about(name, rule);
        assertEquals(1, found.size(), name + " " + rule + ": " + found);
        return found.get(0);
    }

    @Test
    void aCompleteValidProjectAndItsPartiesHaveNoFindings() {
        for (String name : List.of("good", "goodContractor", "goodManager")) {
            long id = ids.get(name);
            assertTrue(result.violations().stream().noneMatch(v -> v.subjectId() == id && (
                    name.equals("good") ? v.subjectKind() == SubjectKind.PROJECT
                            : name.equals("goodContractor") ? v.subjectKind() == SubjectKind.ENTERPRISE
                            : v.subjectKind() == SubjectKind.PERSON)), name + ": " + result.violations());
        }
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterSaysWhichAndWhatItShouldBe() {
        Violation v = only("wrongCheck", QualityRule.INVALID_CREDIT_CODE);
        String code = codes.get("wrongCheck");
        char expected = UnifiedSocialCreditCodes.checkCharacter(code.substring(0, 17));
        assertEquals(UnifiedSocialCreditCodes.RULE_CHECK, v.check());
        assertEquals("统一社会信用代码第18位校验码 " + code.charAt(17) + " 错误，应为 " + expected, v.message());
        assertEquals("统一社会信用代码第18位校验码 * 错误，应为 *", v.maskedMessage());
        assertEquals(code, v.value());
        assertEquals("620102", v.districtCode());
        ViolationRow masked = ViolationRow.of(v, null, false);
        assertEquals(code.substring(0, 12) + "******", masked.value());
        assertEquals(masked.value(), masked.subjectCode());

        Violation organisation = only("wrongOrganisationCheck", QualityRule.INVALID_CREDIT_CODE);
        assertEquals(UnifiedSocialCreditCodes.RULE_ORGANIZATION_CHECK, organisation.check());
        assertTrue(organisation.message().startsWith("统一社会信用代码第17位组织机构代码校验码 "), organisation.message());
    }

    @Test
    void anIdNumberIsJudgedByItsCheckDigitBirthDateAndRegionAfterDecryption() {
        Violation check = only("idCheck", QualityRule.INVALID_ID_NUMBER);
        assertEquals(ResidentIdNumbers.RULE_CHECK, check.check());
        assertTrue(check.message().matches("公民身份号码第18位校验码 [0-9X] 错误，应为 [0-9X]"), check.message());

        Violation birth = only("idBirth", QualityRule.INVALID_ID_NUMBER);
        assertEquals(ResidentIdNumbers.RULE_BIRTH_DATE, birth.check());
        assertTrue(birth.message().contains("第7–14位出生日期 19851332 不是有效日期"), birth.message());
        assertTrue(birth.maskedMessage().contains("第7–14位出生日期 ******** 不是有效日期"), birth.maskedMessage());
        assertFalse(birth.maskedMessage().contains("1332"), "the masked message hides the birth date");

        Violation region = only("idRegion", QualityRule.INVALID_ID_NUMBER);
        assertEquals(ResidentIdNumbers.RULE_DIVISION, region.check());
        assertTrue(region.message().contains("第1–6位地址码 280103 不是有效的行政区划码"), region.message());
        assertEquals("280***********" + region.value().substring(14), ViolationRow.of(region, null, false).value());
        assertTrue(ViolationRow.of(region, null, true).value().startsWith("280103"), "full values for the right");
    }

    @Test
    void aPermitNumberNamesItsWrongPartAndAnActiveProjectMustHaveOne() {
        assertEquals("PERMIT_NUMBER_DIVISION", only("permitDivision", QualityRule.INVALID_PERMIT_NUMBER).check());
        assertTrue(only("permitDivision", QualityRule.INVALID_PERMIT_NUMBER).message()
                .contains("第1–6位行政区划代码 620199 不是兰州市或其所辖区县的代码"));
        assertTrue(only("permitDate", QualityRule.INVALID_PERMIT_NUMBER).message().contains("第7–14位日期 20261315 不是有效日期"));
        assertTrue(only("permitSerial", QualityRule.INVALID_PERMIT_NUMBER).message().contains("第15–16位流水号 00"));
        assertTrue(only("permitCategory", QualityRule.INVALID_PERMIT_NUMBER).message().contains("第17–18位专业类别代码 25"));
        assertEquals("620102202601150125", only("permitCategory", QualityRule.INVALID_PERMIT_NUMBER).value(),
                "a permit number is not personal data: shown as it is");
        assertEquals("在建工程没有登记施工许可证编号", only("noPermit", QualityRule.INVALID_PERMIT_NUMBER).message());
        assertTrue(about("completedNoPermit", QualityRule.INVALID_PERMIT_NUMBER).isEmpty(), "a completed project is left alone");
    }

    @Test
    void aProjectOutsideLanzhouIsReportedInTheOtherColumn() {
        Violation v = only("outsideLanzhou", QualityRule.INVALID_DISTRICT);
        assertTrue(v.message().startsWith("工程所在区县代码 110105 不是兰州市所辖区县"), v.message());
        assertEquals(Districts.OTHER, Districts.column(v.districtCode()));
    }

    @Test
    void anActiveProjectWithoutAMandatoryParticipantOrPostIsReported() {
        Violation supervision = only("noSupervision", QualityRule.MISSING_PARTICIPANT);
        assertEquals("在建工程没有登记监理单位", supervision.message());
        assertEquals("在建工程没有登记建设单位", only("noSafetyNoDeveloper", QualityRule.MISSING_PARTICIPANT).message());
        assertEquals("在建工程没有登记专职安全员", only("noSafetyNoDeveloper", QualityRule.MISSING_KEY_PERSON).message());
        assertTrue(about("completedIncomplete", QualityRule.MISSING_PARTICIPANT).isEmpty());
        assertTrue(about("completedIncomplete", QualityRule.MISSING_KEY_PERSON).isEmpty());
    }

    @Test
    void anExpiredQualificationCountsOnlyOnAnActiveProjectAndOnlyUntilRenewed() {
        Violation v = only("expiredContractor", QualityRule.EXPIRED_QUALIFICATION);
        assertEquals("资质「建筑工程施工总承包 二级」（证书编号 D-OLD-1）已于 " + TODAY.minusDays(10)
                + " 过期，该企业仍参与在建工程 1 个：" + codes.get("expiredContractorProject"), v.message());
        assertTrue(about("renewedContractor", QualityRule.EXPIRED_QUALIFICATION).isEmpty(), "the renewed certificate counts");
        assertTrue(about("expiredButCompleted", QualityRule.EXPIRED_QUALIFICATION).isEmpty());
    }

    @Test
    void aKeyPersonNeedsTheValidCertificatesOfThePost() {
        List<Violation> manager = about("expiredManager", QualityRule.KEY_PERSON_CERTIFICATE);
        assertEquals(List.of("REGISTERED_CONSTRUCTOR_EXPIRED", "SAFETY_B_MISSING"), manager.stream().map(Violation::check).sorted().toList());
        Violation expired = manager.stream().filter(v -> v.check().endsWith("_EXPIRED")).findFirst().orElseThrow();
        assertTrue(expired.message().startsWith("任项目经理（JD-"), expired.message());
        assertTrue(expired.message().endsWith("须持有效的注册建造师，其证书（编号 甘162000001）已于 " + TODAY.minusDays(5) + " 过期"),
                expired.message());
        Violation chief = only("uncertifiedChief", QualityRule.KEY_PERSON_CERTIFICATE);
        assertTrue(chief.message().endsWith("须持有效的注册监理工程师，但主体库中没有该证书"), chief.message());
        assertTrue(about("renewedSafety", QualityRule.KEY_PERSON_CERTIFICATE).isEmpty(), "the newer C certificate counts");
    }

    @Test
    void aProjectManagerOnTwoProjectsUnderConstructionIsOverTheLimit() {
        Violation v = only("busyManager", QualityRule.KEY_PERSON_OVERLOAD);
        assertEquals("PROJECT_MANAGER", v.check());
        assertEquals("同时担任 2 个在建工程的项目经理（上限 1 个）：" + codes.get("busy1") + "、" + codes.get("busy2"), v.message());
        assertTrue(about("calmManager", QualityRule.KEY_PERSON_OVERLOAD).isEmpty(), "a suspended project does not count");
        assertTrue(about("chiefOfThree", QualityRule.KEY_PERSON_OVERLOAD).isEmpty(), "three is the chief supervisor's limit");
        assertTrue(only("chiefOfFour", QualityRule.KEY_PERSON_OVERLOAD).message().startsWith("同时担任 4 个在建工程的总监理工程师（上限 3 个）"));
    }

    @Test
    void theLimitsAndMandatoryPartiesAreConfigurable() {
        EntityManager em = emf.createEntityManager();
        try {
            Map<String, String> config = Map.of(
                    RegistryQualitySettings.limitKey(cn.gov.lanzhou.supervision.registry.KeyPersonRole.PROJECT_MANAGER), "2",
                    RegistryQualitySettings.REQUIRED_PARTICIPANTS, "DEVELOPER,GENERAL_CONTRACTOR",
                    RegistryQualitySettings.REQUIRED_KEY_PERSONS, "none");
            CheckResult relaxed = RegistryCheck.run(em, new RegistryQualitySettings(k -> Optional.ofNullable(config.get(k))), TODAY);
            long busy = ids.get("busyManager");
            assertTrue(relaxed.violations().stream().noneMatch(v -> v.rule() == QualityRule.KEY_PERSON_OVERLOAD && v.subjectId() == busy));
            assertTrue(relaxed.violations().stream().noneMatch(v -> v.rule() == QualityRule.MISSING_KEY_PERSON));
            long noSupervision = ids.get("noSupervision");
            assertTrue(relaxed.violations().stream().noneMatch(v -> v.rule() == QualityRule.MISSING_PARTICIPANT
                    && v.subjectId() == noSupervision));
        } finally {
            em.close();
        }
    }

    @Test
    void theSubjectsPhonesAreReadForTheFindingsAndMaskedInRows() {
        Violation v = only("wrongCheck", QualityRule.INVALID_CREDIT_CODE);
        String phone = result.phoneOf(v);
        assertTrue(phone != null && phone.matches("1390931\\d{4}"), "decrypted: " + phone);
        assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), ViolationRow.of(v, phone, false).phone());
        assertEquals(phone, ViolationRow.of(v, phone, true).phone());
        assertTrue(result.phones().size() <= result.violations().size(), "phones only of the subjects found");
    }

    @Test
    void theResultSaysWhatWasReadAndHowLongEachStepTook() {
        assertTrue(result.checked().get("人员") >= 10, result.checked().toString());
        assertTrue(result.phases().containsKey("人员（解密并校验身份证号）"), result.phases().toString());
        assertEquals(District.values().length + 1, RegistryQuality.summarise(new QualitySnapshot.Snapshot(result, null)).columns().size());
        QualitySummary summary = RegistryQuality.summarise(new QualitySnapshot.Snapshot(result, "zhang.wei"));
        assertEquals(result.violations().size(), summary.total());
        assertEquals(summary.total(), summary.byRule().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(summary.total(), summary.byDistrict().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, summary.byRule().get(QualityRule.INVALID_ID_NUMBER));
        assertEquals(1, summary.count(QualityRule.INVALID_DISTRICT, Districts.OTHER));
    }
}
