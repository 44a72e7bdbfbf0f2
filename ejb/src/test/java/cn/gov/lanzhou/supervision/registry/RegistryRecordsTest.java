package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.identity.Role;
import cn.gov.lanzhou.supervision.identity.UserAccount;
import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.registry.RegistryViews.EnterpriseDetail;
import cn.gov.lanzhou.supervision.registry.RegistryViews.PersonDetail;
import cn.gov.lanzhou.supervision.registry.RegistryViews.PersonRow;
import cn.gov.lanzhou.supervision.registry.quality.SubjectKind;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff registry screens' service: search and paging with masked identifiers, and who may see full
 * values ("查看完整信息"), each time audited.
 */
class RegistryRecordsTest {

    private static TestDatabase db;
    private static EntityManagerFactory emf;
    private static long chengguanEnterprise;
    private static long qiliheEnterprise;
    private static long chengguanPerson;
    private static long qiliheWorkerOnChengguanProject;
    private static long qilihePerson;
    private static String chengguanCode;
    private static String chengguanId;
    private static String chengguanName;

    private final ServiceFakes.RecordingTrail trail = new ServiceFakes.RecordingTrail();
    private EntityManager em;

    @BeforeAll
    static void registry() {
        TestFieldKeys.installFresh();
        db = TestDatabase.create();
        emf = db.entityManagerFactory();
        TestDatabase.inTransaction(emf, em -> {
            RegistryFixture f = new RegistryFixture(em);
            Enterprise cg = f.enterprise(RegistryFixture.creditCode("620102", "MA7CG001"), "城关金城建设有限公司",
                    EnterpriseType.CONTRACTOR, "620102");
            Enterprise qlh = f.enterprise(EnterpriseType.SUPERVISION, "620103");
            Person cgPerson = f.person("城关张三", cg, CertificateKind.REGISTERED_CONSTRUCTOR);
            Person qlhChief = f.person("七里河李四", qlh, CertificateKind.REGISTERED_SUPERVISOR);
            Person qlhOther = f.person("七里河王五", qlh);
            RegistryFixture.Parties parties = f.parties();
            parties.contractor = cg;
            parties.manager = cgPerson;
            parties.supervision = qlh;
            parties.chief = qlhChief;
            f.project("620102", parties);
            for (String[] account : new String[][] {{"zhang.wei", "620102"}, {"li.na", "620103"}, {"zhao.min", null}}) {
                UserAccount u = new UserAccount(account[0], account[0]);
                u.placeIn(account[1], "监督科");
                u.grant(account[1] == null ? Role.LEADER : Role.SUPERVISOR);
                u.setPasswordHash("x", false, java.time.LocalDateTime.now());
                em.persist(u);
            }
            em.flush();
            chengguanEnterprise = cg.getId();
            qiliheEnterprise = qlh.getId();
            chengguanPerson = cgPerson.getId();
            qiliheWorkerOnChengguanProject = qlhChief.getId();
            qilihePerson = qlhOther.getId();
            chengguanCode = cg.getCreditCode();
            chengguanId = cgPerson.getIdNumber();
            chengguanName = cg.getName();
        });
    }

    @AfterAll
    static void stop() {
        emf.close();
        db.close();
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
    }

    private RegistryRecords as(String username, String role) {
        em = emf.createEntityManager();
        RegistryRecords records = new RegistryRecords();
        ServiceFakes.inject(records, "em", em);
        ServiceFakes.inject(records, "audit", trail);
        ServiceFakes.inject(records, "caller", ServiceFakes.caller(username, Set.of(role)));
        return records;
    }

    @Test
    void listsSearchByNameCodeOrFullIdNumberAndShowMaskedValues() {
        RegistryRecords records = as("zhang.wei", "SUPERVISOR");
        var byCode = records.enterprises(chengguanCode.toLowerCase(), null, 1, 20);
        assertEquals(1, byCode.total());
        assertEquals(chengguanCode.substring(0, 12) + "******", byCode.items().get(0).creditCode());
        assertEquals("城关区", byCode.items().get(0).district());
        assertTrue(byCode.items().get(0).phone().matches("139\\*\\*\\*\\*\\d{4}"), byCode.items().get(0).phone());
        assertEquals(1, records.enterprises(null, "620103", 1, 20).items().stream()
                .filter(e -> e.id() == qiliheEnterprise).count());

        Page<PersonRow> byId = records.persons(" " + chengguanId.toLowerCase() + " ", 1, 20);
        assertEquals(1, byId.total(), "an exact ID number finds the person through the blind index");
        PersonRow row = byId.items().get(0);
        assertEquals("城关张三", row.name());
        assertEquals(chengguanId.substring(0, 3) + "***********" + chengguanId.substring(14), row.idNumber());
        assertEquals("注册建造师", row.certificates());
        assertEquals(2, records.persons("七里河", 1, 20).total(), "by name");
        assertEquals(List.of("城关张三"), records.persons(chengguanName, 1, 20).items().stream().map(PersonRow::name).toList(),
                "by employer name");
        assertEquals(0, records.persons(chengguanId.substring(0, 10), 1, 20).total(), "a partial ID number cannot be searched");
        assertEquals(1, records.projects("JD-620102", "620102", ProjectStatus.UNDER_CONSTRUCTION, 1, 20).total());
    }

    @Test
    void detailsAreMaskedAndListWhatBelongsToTheRecord() {
        RegistryRecords records = as("zhang.wei", "SUPERVISOR");
        EnterpriseDetail e = records.enterprise(chengguanEnterprise).orElseThrow();
        assertTrue(e.masked());
        assertEquals(chengguanCode.substring(0, 12) + "******", e.creditCode());
        assertEquals(1, e.projects().size());
        assertEquals("施工总承包单位", e.projects().get(0).role());
        assertTrue(e.staff().stream().anyMatch(s -> s.name().equals("城关张三")));
        PersonDetail p = records.person(chengguanPerson).orElseThrow();
        assertEquals("项目经理", p.posts().get(0).role());
        assertFalse(p.idNumber().contains(chengguanId.substring(6, 14)), "the birth date is hidden");
        var project = records.project(p.posts().get(0).projectId()).orElseThrow();
        assertTrue(project.keyPersons().stream().allMatch(k -> k.idNumber().contains("***")));
        assertTrue(records.enterprise(999_999).isEmpty());
        assertTrue(trail.events.isEmpty(), "looking at masked records is not an audit event");
    }

    @Test
    void aLeaderMayUnmaskAnyoneAndEachUnmaskingIsAudited() {
        RegistryRecords records = as("zhao.min", "LEADER");
        PersonDetail full = records.revealPerson(qilihePerson, "10.1.2.3");
        assertFalse(full.masked());
        assertTrue(full.idNumber().matches("\\d{17}[\\dX]"), full.idNumber());
        assertTrue(full.phone().matches("1380931\\d{4}"), full.phone());
        ServiceFakes.Recorded audit = trail.last();
        assertEquals(new ServiceFakes.Recorded("zhao.min", "LEADER", "REGISTRY_UNMASK", "Person", String.valueOf(qilihePerson),
                AuditOutcome.SUCCESS, "fields 身份证号、手机号码"), audit);
        EnterpriseDetail enterprise = records.revealEnterprise(chengguanEnterprise, "10.1.2.3");
        assertEquals(chengguanCode, enterprise.creditCode());
        assertEquals("Enterprise", trail.last().objectType());
    }

    @Test
    void aSupervisorMayUnmaskOnlyWhatIsInTheirDistrict() {
        RegistryRecords zhang = as("zhang.wei", "SUPERVISOR");
        assertTrue(zhang.mayReveal(SubjectKind.ENTERPRISE, chengguanEnterprise));
        assertFalse(zhang.mayReveal(SubjectKind.ENTERPRISE, qiliheEnterprise));
        assertTrue(zhang.mayReveal(SubjectKind.PERSON, chengguanPerson), "employed in 城关区");
        assertTrue(zhang.mayReveal(SubjectKind.PERSON, qiliheWorkerOnChengguanProject), "a post on a project in 城关区");
        assertFalse(zhang.mayReveal(SubjectKind.PERSON, qilihePerson));

        assertEquals(chengguanId, zhang.revealPerson(chengguanPerson, "10.1.2.3").idNumber());
        RegistryRefusal refused = assertThrows(RegistryRefusal.class, () -> zhang.revealPerson(qilihePerson, "10.1.2.3"));
        assertEquals("您只能查看本辖区企业和人员的完整信息（站领导可查看全部）", refused.getMessage());
        ServiceFakes.Recorded denied = trail.last();
        assertEquals(AuditOutcome.DENIED, denied.outcome());
        assertEquals("REGISTRY_UNMASK", denied.eventType());
        assertEquals(String.valueOf(qilihePerson), denied.objectId());
        assertEquals(2, trail.events.size());
    }
}
