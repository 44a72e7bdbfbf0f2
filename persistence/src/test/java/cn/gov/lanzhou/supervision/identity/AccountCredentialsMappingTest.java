package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The V3 credentials columns against the migrated schema: the TOTP secret is SM4-GCM ciphertext in
 * the database and clear in the application, and password history entries round trip in order.
 */
class AccountCredentialsMappingTest {

    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static TestDatabase db;
    private static EntityManagerFactory emf;
    private static TestFieldKeys.Installed keys;

    @BeforeAll
    static void start() {
        keys = TestFieldKeys.installFresh();
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

    private UserAccount find(String username) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                    .setParameter("u", username).getSingleResult();
        } finally {
            em.close();
        }
    }

    @Test
    void theTotpSecretIsCiphertextInTheDatabaseAndClearInTheApplication() throws Exception {
        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 0);
        inTx(em -> {
            UserAccount u = new UserAccount("totp.holder", "动态口令用户");
            u.grant(Role.SUPERVISOR);
            u.setPasswordHash("pbkdf2-sm3$1$AA$AA", false, at);
            u.enrolTotp(SEED, 59_000_000L, at);
            em.persist(u);
        });
        UserAccount read = find("totp.holder");
        assertEquals(SEED, read.getTotpSeed().orElseThrow());
        assertEquals(59_000_000L, read.getTotpLastStep());
        assertEquals(at, read.getTotpEnrolledAt());

        String stored;
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("select totp_seed from app_user where username = ?")) {
            ps.setString(1, "totp.holder");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                stored = rs.getString(1);
            }
        }
        assertNotEquals(SEED, stored);
        assertFalse(stored.contains(SEED));
        assertEquals(SEED, keys.cipher().decrypt(stored, "UserAccount.totpSeed"), "bound to its column");
    }

    @Test
    void passwordHistoryEntriesRoundTripNewestFirst() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 1, 8, 0);
        inTx(em -> {
            UserAccount u = new UserAccount("history.holder", "历史口令用户");
            u.grant(Role.EDITOR);
            u.setPasswordHash("h0", true, first);
            em.persist(u);
            for (int i = 0; i < 3; i++) {
                em.persist(new PasswordHistoryEntry(u, "h" + i, first.plusDays(i)));
            }
        });
        EntityManager em = emf.createEntityManager();
        try {
            List<String> hashes = em.createQuery("select h.passwordHash from PasswordHistoryEntry h "
                            + "where h.account.username = :u order by h.changedAt desc", String.class)
                    .setParameter("u", "history.holder").getResultList();
            assertEquals(List.of("h2", "h1", "h0"), hashes);
        } finally {
            em.close();
        }
    }

    @Test
    void aChangedPasswordNoLongerHasToBeChangedAndTotpStepsAreUsedOnce() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 0);
        UserAccount u = new UserAccount("domain.only", "领域规则");
        u.setPasswordHash("initial", true, at);
        assertTrue(u.isMustChangePassword());
        u.changePassword("chosen", at.plusHours(1));
        assertFalse(u.isMustChangePassword());
        assertEquals(at.plusHours(1), u.getPasswordChangedAt());

        assertFalse(u.isTotpEnrolled());
        u.enrolTotp(SEED, 100, at);
        assertFalse(u.useTotpStep(100), "the enrolment code is used up");
        assertTrue(u.useTotpStep(101));
        assertFalse(u.useTotpStep(101), "replay");
        assertThrows(BusinessRuleException.class, () -> u.enrolTotp(SEED, 200, at));
    }
}
