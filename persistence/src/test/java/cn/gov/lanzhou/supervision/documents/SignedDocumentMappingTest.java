package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed-document record against the migrated schema (V6): it round-trips with the very text
 * that was signed, and the database refuses a second document with the same number or a second
 * document of the same kind for the same subject.
 */
class SignedDocumentMappingTest {

    private static TestDatabase db;
    private static EntityManagerFactory emf;
    private static final String SM3 = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

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

    private static SignedDocument document(String number, DocumentKind kind, long subjectId, Enterprise addressee) {
        SignedDocument d = new SignedDocument(number, kind, kind.label(),
                new SignedDocument.Subject("RectificationNotice", subjectId), addressee, "JD-620102-2026-0001",
                "雁滩路安置房项目1号楼", "兰州市建设工程安全质量监督站", LocalDate.of(2026, 3, 2),
                new SignedDocument.StoredPdf("2026/03/0123456789abcdef0123456789abcdef", 48_213, SM3),
                "a1b2c3d4e5f60718", LocalDateTime.of(2026, 3, 2, 16, 0, 5, 123_456_789), "zhang.wei");
        d.sign("MEUCIQ==");
        return d;
    }

    @Test
    void aSignedDocumentRoundTripsWithTheTextThatWasSigned() {
        String[] signed = new String[1];
        TestDatabase.inTransaction(emf, em -> {
            Enterprise contractor = new Enterprise("91620100MA72YYYY2B", "甘肃陇原建设集团有限公司", EnterpriseType.CONTRACTOR, "620100");
            em.persist(contractor);
            SignedDocument d = document("ZG-2026-00001", DocumentKind.RECTIFICATION_NOTICE, 101, contractor);
            signed[0] = d.signedText();
            em.persist(d);
        });
        EntityManager em = emf.createEntityManager();
        try {
            SignedDocument back = em.createQuery("select d from SignedDocument d where d.documentNo = :n", SignedDocument.class)
                    .setParameter("n", "ZG-2026-00001").getSingleResult();
            assertEquals(signed[0], back.signedText(), "the database gives back exactly what was signed");
            assertTrue(back.signedText().contains("signed-at=2026-03-02T16:00:05\n"), "kept to the second");
            assertEquals("甘肃陇原建设集团有限公司", back.getAddressee().getName());
            assertEquals(48_213, back.getPdfSize());
            assertEquals("MEUCIQ==", back.getSignature());
        } finally {
            em.close();
        }
    }

    @Test
    void aNumberIsIssuedOnceAndASubjectHasOneDocumentOfEachKind() {
        TestDatabase.inTransaction(emf, em -> em.persist(document("ZG-2026-00002", DocumentKind.RECTIFICATION_NOTICE, 102, null)));
        assertThrows(PersistenceException.class, () -> TestDatabase.inTransaction(emf,
                em -> em.persist(document("ZG-2026-00002", DocumentKind.RECTIFICATION_NOTICE, 103, null))));
        assertThrows(PersistenceException.class, () -> TestDatabase.inTransaction(emf,
                em -> em.persist(document("ZG-2026-00003", DocumentKind.RECTIFICATION_NOTICE, 102, null))));
        TestDatabase.inTransaction(emf, em -> em.persist(document("TG-2026-00002", DocumentKind.STOP_WORK_ORDER, 102, null)));
    }

    @Test
    void changingAnyFactChangesTheSignedTextAndNoValueCanForgeALine() {
        SignedDocument a = document("ZG-2026-00009", DocumentKind.RECTIFICATION_NOTICE, 109, null);
        SignedDocument b = new SignedDocument("ZG-2026-00009", DocumentKind.RECTIFICATION_NOTICE, "整改通知书",
                new SignedDocument.Subject("RectificationNotice", 109), null, "JD-620102-2026-0001",
                "雁滩路安置房项目1号楼\nissuer=别的单位", "兰州市建设工程安全质量监督站", LocalDate.of(2026, 3, 2),
                new SignedDocument.StoredPdf("2026/03/0123456789abcdef0123456789abcdef", 48_213, SM3),
                "a1b2c3d4e5f60718", LocalDateTime.of(2026, 3, 2, 16, 0, 5), "zhang.wei");
        assertNotEquals(a.signedText(), b.signedText());
        assertEquals(13, b.signedText().split("\n").length, "one line per fact, whatever the values contain");
        assertThrows(IllegalArgumentException.class, () -> document("TG-2026-00009", DocumentKind.RECTIFICATION_NOTICE, 1, null),
                "a number with another kind's prefix");
        assertThrows(IllegalArgumentException.class, () -> document("ZG-26-9", DocumentKind.RECTIFICATION_NOTICE, 1, null));
        assertThrows(IllegalStateException.class, () -> a.sign("again"));
    }
}
