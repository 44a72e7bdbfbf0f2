package cn.gov.lanzhou.supervision.shared;

import cn.gov.lanzhou.supervision.audit.AuditEvent;
import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.complaint.Complaint;
import cn.gov.lanzhou.supervision.complaint.ComplaintCategory;
import cn.gov.lanzhou.supervision.declaration.Declaration;
import cn.gov.lanzhou.supervision.declaration.DeclarationType;
import cn.gov.lanzhou.supervision.identity.Role;
import cn.gov.lanzhou.supervision.identity.UserAccount;
import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.publishing.Article;
import cn.gov.lanzhou.supervision.publishing.ArticleStatus;
import cn.gov.lanzhou.supervision.publishing.SiteColumn;
import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.KeyPersonRole;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import cn.gov.lanzhou.supervision.supervision.Finding;
import cn.gov.lanzhou.supervision.supervision.FindingCategory;
import cn.gov.lanzhou.supervision.supervision.Inspection;
import cn.gov.lanzhou.supervision.supervision.InspectionKind;
import cn.gov.lanzhou.supervision.supervision.NoticeStatus;
import cn.gov.lanzhou.supervision.supervision.RectificationNotice;
import cn.gov.lanzhou.supervision.supervision.Severity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entities against the migrated schema (not a generated one): if a mapping and a migration
 * disagree, these round trips fail. Runs on H2, and on PostgreSQL with {@code -Ppostgresql}.
 */
class EntityMappingTest {

    private static TestDatabase db;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        TestFieldKeys.installFresh();
        db = TestDatabase.create();
        emf = db.entityManagerFactory();
    }

    @AfterAll
    static void stop() {
        emf.close();
        db.close();
    }

    private void inTx(Consumer<EntityManager> work) {
        TestDatabase.inTransaction(emf, work);
    }

    @Test
    void aProjectWithItsParticipantsInspectionsAndNoticeRoundTrips() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 2, 10, 0);
        inTx(em -> {
            Enterprise builder = new Enterprise("91620102MA72XXXX1A", "兰州黄河置业有限公司", EnterpriseType.DEVELOPER, "620102");
            Enterprise contractor = new Enterprise("91620100MA72YYYY2B", "甘肃陇原建设集团有限公司", EnterpriseType.CONTRACTOR, "620100");
            contractor.grantQualification("建筑工程施工总承包", "一级", "D162012345", LocalDate.of(2028, 12, 31));
            em.persist(builder);
            em.persist(contractor);
            contractor.getQualifications().forEach(em::persist);
            Person manager = new Person("张建国", "620102198001011234", contractor);
            manager.awardCertificate(CertificateKind.REGISTERED_CONSTRUCTOR, "甘162060800123", LocalDate.of(2027, 6, 30));
            em.persist(manager);
            Project p = new Project("JD-620102-2026-0001", "雁滩路安置房项目1号楼", "620102", ProjectType.HOUSING);
            p.describe("620102202601150101", "城关区雁滩路2188号", new BigDecimal("32150.50"), new BigDecimal("9800.00"),
                    LocalDate.of(2026, 1, 20), LocalDate.of(2027, 12, 30));
            p.engage(builder, ParticipantRole.DEVELOPER);
            p.engage(contractor, ParticipantRole.GENERAL_CONTRACTOR);
            p.appoint(manager, KeyPersonRole.PROJECT_MANAGER);
            em.persist(p);
            Inspection i = new Inspection(p, LocalDate.of(2026, 3, 2), InspectionKind.ROUTINE, "zhang.wei,li.na");
            Finding f = i.recordFinding(FindingCategory.DEEP_EXCAVATION, Severity.SERIOUS,
                    "基坑东侧临边防护栏杆缺失约12米，未设置挡脚板", contractor);
            i.submit(now);
            em.persist(i);
            RectificationNotice n = new RectificationNotice("ZG-2026-00001", i, List.of(f), contractor,
                    LocalDate.of(2026, 3, 9), "zhang.wei", now);
            em.persist(n);
        });
        EntityManager em = emf.createEntityManager();
        try {
            Project p = em.createQuery("select p from Project p where p.projectNo = :no", Project.class)
                    .setParameter("no", "JD-620102-2026-0001").getSingleResult();
            assertEquals("雁滩路安置房项目1号楼", p.getName());
            assertEquals(2, p.getParticipants().size());
            assertEquals("甘肃陇原建设集团有限公司", p.participant(ParticipantRole.GENERAL_CONTRACTOR).orElseThrow().getName());
            assertEquals(new BigDecimal("32150.50"), p.getFloorArea());
            RectificationNotice n = em.createQuery("select n from RectificationNotice n", RectificationNotice.class)
                    .getSingleResult();
            assertEquals(NoticeStatus.ISSUED, n.getStatus());
            assertEquals(1, n.getFindings().size());
            assertEquals(Severity.SERIOUS, n.getFindings().get(0).getSeverity());
            assertTrue(n.getFindings().get(0).getDescription().contains("挡脚板"));
        } finally {
            em.close();
        }
    }

    @Test
    void complaintTextWithEmojiAndRareCharactersIsStoredIntact() {
        String text = "𠮷野家旁工地夜间施工噪音扰民😡，'; DROP TABLE complaint; -- <script>alert(1)</script>";
        inTx(em -> {
            Complaint c = new Complaint("TS20260302-000001", "digest", ComplaintCategory.DUST_NOISE, "620102", text,
                    LocalDateTime.of(2026, 3, 2, 22, 15));
            em.persist(c);
        });
        EntityManager em = emf.createEntityManager();
        try {
            Complaint c = em.createQuery("select c from Complaint c where c.ticketNo = 'TS20260302-000001'", Complaint.class)
                    .getSingleResult();
            assertEquals(text, c.getDescription());
            assertTrue(c.isAnonymous());
        } finally {
            em.close();
        }
    }

    @Test
    void articlesDeclarationsUsersAndAuditEventsRoundTrip() {
        inTx(em -> {
            SiteColumn notices = new SiteColumn("notices", "通知公告", null, 4);
            em.persist(notices);
            Article a = new Article(notices, "关于开展2026年安全生产月活动的通知", "<p>各有关单位：</p>", "editor1");
            a.submitForReview(LocalDateTime.of(2026, 5, 20, 9, 0));
            a.pass("review1", null);
            a.pass("review2", null);
            a.pass("review3", LocalDateTime.of(2026, 5, 20, 15, 0));
            em.persist(a);
            Enterprise e = new Enterprise("91620104MA73WWWW3C", "兰州西固建筑工程有限公司", EnterpriseType.CONTRACTOR, "620104");
            em.persist(e);
            em.persist(new Declaration("SB-2026-00001", DeclarationType.SUPERVISION_REGISTRATION, e, null));
            UserAccount u = new UserAccount("qiye.xigu", "西固建筑");
            u.linkEnterprise(e);
            u.grant(Role.ENTERPRISE);
            em.persist(u);
            UserAccount auditor = new UserAccount("audit.admin", "审计管理员");
            auditor.grant(Role.AUDIT_ADMIN);
            em.persist(auditor);
            em.persist(new AuditEvent(LocalDateTime.now(), "audit.admin", "AUDIT_ADMIN", "127.0.0.1", "LOGIN",
                    null, null, AuditOutcome.SUCCESS, null));
        });
        EntityManager em = emf.createEntityManager();
        try {
            Article a = em.createQuery("select a from Article a", Article.class).getSingleResult();
            assertEquals(ArticleStatus.PUBLISHED, a.getStatus());
            assertEquals("review3", a.getFinalReviewer());
            UserAccount u = em.createQuery("select u from UserAccount u where u.username = 'qiye.xigu'", UserAccount.class)
                    .getSingleResult();
            assertTrue(u.hasRole(Role.ENTERPRISE));
            UserAccount auditor = em.createQuery("select u from UserAccount u where u.username = 'audit.admin'", UserAccount.class)
                    .getSingleResult();
            assertEquals(Role.AUDIT_ADMIN, auditor.getAdminRole().orElseThrow());
        } finally {
            em.close();
        }
    }

    @Test
    void anEnterpriseWithAnImpossibleCreditCodeIsRejectedInChinese() {
        jakarta.validation.ConstraintViolationException e = assertThrows(jakarta.validation.ConstraintViolationException.class,
                () -> inTx(em -> em.persist(new Enterprise("91620104MA73ZZZZ3C", "某公司", EnterpriseType.CONTRACTOR, "620104"))));
        assertEquals("统一社会信用代码应为18位数字或大写字母",
                e.getConstraintViolations().iterator().next().getMessage());
    }

    @Test
    void theDatabaseRefusesAnAdministratorRoleAmongBusinessRoles() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO app_user (id, username, display_name, enabled, must_change_password, "
                    + "failed_attempts, version, created_at) VALUES (9001, 'x.y', 'x', TRUE, TRUE, 0, 1, CURRENT_TIMESTAMP)");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO user_role (user_id, role_name) VALUES (9001, 'SECURITY_ADMIN')"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE app_user SET admin_role = 'SUPERUSER' WHERE id = 9001"));
        }
    }

    @Test
    void concurrentEditsOfTheSameProjectAreDetected() {
        inTx(em -> em.persist(new Project("JD-620103-2026-0002", "七里河区建兰路综合楼", "620103", ProjectType.HOUSING)));
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Project a = first.createQuery("select p from Project p where p.projectNo = 'JD-620103-2026-0002'", Project.class).getSingleResult();
            Project b = second.createQuery("select p from Project p where p.projectNo = 'JD-620103-2026-0002'", Project.class).getSingleResult();
            second.refresh(b);
            a.assignSupervisor("zhang.wei");
            b.assignSupervisor("li.na");
            first.getTransaction().commit();
            RollbackException e = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertInstanceOf(OptimisticLockException.class, e.getCause());
        } finally {
            first.close();
            second.close();
        }
    }
}
