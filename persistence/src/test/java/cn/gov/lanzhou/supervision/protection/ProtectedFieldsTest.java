package cn.gov.lanzhou.supervision.protection;

import cn.gov.lanzhou.supervision.complaint.Complaint;
import cn.gov.lanzhou.supervision.complaint.ComplaintCategory;
import cn.gov.lanzhou.supervision.gm.field.BlindIndex.Normalization;
import cn.gov.lanzhou.supervision.gm.field.FieldCipher;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 密评 — personal data never reaches the database in clear: the raw columns, read with plain JDBC,
 * hold SM4-GCM ciphertext bound to their column, while the application reads clear values and can
 * still find a person by ID number. Runs on H2, and on PostgreSQL with {@code -Ppostgresql}.
 */
class ProtectedFieldsTest {

    private static final String ID_NUMBER = "62010219900307123X";
    private static final String PHONE = "13909310001";

    private static final AtomicInteger SERIAL = new AtomicInteger();

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

    @Test
    void idNumbersPhonesAndComplainantsAreCiphertextInTheDatabaseAndClearInTheApplication() throws SQLException {
        Enterprise employer = enterprise("0931-8123456");
        Person person = person(employer, ID_NUMBER, PHONE);
        Complaint complaint = complaint("王小明", "139 0931 0002");
        Complaint anonymous = complaint(null, null);

        assertCiphertext(raw("select id_number from person where id = ?", person.getId()), ID_NUMBER);
        assertCiphertext(raw("select phone from person where id = ?", person.getId()), PHONE);
        assertCiphertext(raw("select contact_phone from enterprise where id = ?", employer.getId()), "0931-8123456");
        assertCiphertext(raw("select reporter_name from complaint where id = ?", complaint.getId()), "王小明");
        assertCiphertext(raw("select reporter_phone from complaint where id = ?", complaint.getId()), "139 0931 0002");
        assertNull(raw("select reporter_name from complaint where id = ?", anonymous.getId()), "anonymous stays empty");
        assertNull(raw("select reporter_phone_index from complaint where id = ?", anonymous.getId()));

        read(em -> {
            Person p = em.find(Person.class, person.getId());
            assertEquals(ID_NUMBER, p.getIdNumber());
            assertEquals(PHONE, p.getPhone());
            assertEquals("0931-8123456", em.find(Enterprise.class, employer.getId()).getContactPhone());
            Complaint c = em.find(Complaint.class, complaint.getId());
            assertEquals("王小明", c.getReporterName());
            assertEquals("139 0931 0002", c.getReporterPhone());
            assertNull(em.find(Complaint.class, anonymous.getId()).getReporterPhone());
            return null;
        });
    }

    @Test
    void theSameIdNumberStoredTwiceGivesTwoCiphertextsButOneBlindIndex() throws SQLException {
        Enterprise employer = enterprise(null);
        Person first = person(employer, "620103198512240011", null);
        Person second = person(employer, "620103198512240011", null);

        assertNotEquals(raw("select id_number from person where id = ?", first.getId()),
                raw("select id_number from person where id = ?", second.getId()));
        String index = raw("select id_number_index from person where id = ?", first.getId());
        assertEquals(index, raw("select id_number_index from person where id = ?", second.getId()));
        assertEquals(64, index.length());
        assertEquals(keys.blindIndex().hex("620103198512240011", Normalization.IDENTIFIER), index);
    }

    @Test
    void aPersonIsFoundByIdNumberThroughTheBlindIndexHoweverItIsTyped() {
        Enterprise employer = enterprise(null);
        Person wanted = person(employer, "62010419781130502X", "13809310003");
        person(employer, "620104197811305038", null);

        List<Person> found = read(em -> em.createNamedQuery(Person.WITH_ID_NUMBER, Person.class)
                .setParameter("index", Person.indexOfIdNumber(" 62010419781130502x "))
                .getResultList());

        assertEquals(1, found.size());
        assertEquals(wanted.getId(), found.get(0).getId());
        assertEquals("62010419781130502X", found.get(0).getIdNumber());
        List<Person> byClearValue = read(em -> em.createQuery(
                        "select p from Person p where p.idNumber = :idNumber", Person.class)
                .setParameter("idNumber", "62010419781130502X").getResultList());
        assertTrue(byClearValue.isEmpty(), "an encrypted column cannot be searched by value: use the blind index");
    }

    @Test
    void aRealNameComplainantIsFoundByPhone() {
        Complaint first = complaint("李芳", "13609310004");
        Complaint second = complaint("李芳", "136 0931 0004");
        complaint("赵强", "13609310005");

        List<Complaint> found = read(em -> em.createNamedQuery(Complaint.WITH_REPORTER_PHONE, Complaint.class)
                .setParameter("index", Complaint.indexOfReporterPhone("13609310004"))
                .getResultList());

        assertEquals(List.of(second.getId(), first.getId()), found.stream().map(Complaint::getId).toList());
    }

    @Test
    void aTamperedIdNumberIsRefusedWithoutShowingIt() throws SQLException {
        Person person = person(enterprise(null), "620105200002290017", null);
        String stored = raw("select id_number from person where id = ?", person.getId());
        char c = stored.charAt(30);
        update("update person set id_number = ? where id = ?",
                stored.substring(0, 30) + (c == 'A' ? 'B' : 'A') + stored.substring(31), person.getId());

        ProtectedDataException e = refusal(() -> read(em -> em.find(Person.class, person.getId())));

        assertEquals("Person.idNumber", e.context());
        assertTrue(e.getMessage().startsWith("数据完整性校验失败，记录可能被篡改"), e.getMessage());
        assertFalse(e.getMessage().contains("620105"), "the message never carries the value");
        ProtectedDataException inList = refusal(
                () -> read(em -> em.createQuery("select p from Person p order by p.id", Person.class).getResultList()));
        assertEquals("Person.idNumber", inList.context(), "a list with a tampered row fails instead of showing garbage");
    }

    @Test
    void aPhoneCopiedIntoAnotherColumnDoesNotDecryptThere() throws SQLException {
        Enterprise employer = enterprise(null);
        Person person = person(employer, "620111199111110013", "13709310006");
        update("update enterprise set contact_phone = ? where id = ?",
                raw("select phone from person where id = ?", person.getId()), employer.getId());

        ProtectedDataException e = refusal(() -> read(em -> em.find(Enterprise.class, employer.getId())));

        assertEquals("Enterprise.contactPhone", e.context());
    }

    @Test
    void theLongestAllowedComplainantNameStillFitsItsEncryptedColumn() {
        String longest = "阿".repeat(50);
        Complaint c = complaint(longest, "13509310007");

        assertEquals(longest, read(em -> em.find(Complaint.class, c.getId()).getReporterName()));
    }

    // -- helpers ------------------------------------------------------------------------------

    /** EclipseLink wraps what a converter throws in a PersistenceException. */
    private static ProtectedDataException refusal(Executable read) {
        PersistenceException thrown = assertThrows(PersistenceException.class, read);
        return ProtectedDataException.in(thrown).orElseThrow(() -> new AssertionError("no ProtectedDataException", thrown));
    }

    private static void assertCiphertext(String stored, String clear) {
        assertNotNull(stored);
        assertNotEquals(clear, stored);
        assertFalse(stored.contains(clear.replace(" ", "")), "no clear value in the column");
        byte[] bytes = Base64.getDecoder().decode(stored);
        assertEquals(FieldCipher.VERSION, bytes[0], "format version 1");
        assertEquals(TestFieldKeys.KEY_ID, FieldCipher.keyIdOf(stored));
        assertTrue(stored.length() <= 300);
    }

    private Enterprise enterprise(String contactPhone) {
        Enterprise e = new Enterprise(creditCode(), "兰州测试建设有限公司", EnterpriseType.CONTRACTOR, "620102");
        e.updateContact("城关区测试路1号", "张三", contactPhone);
        inTx(em -> em.persist(e));
        return e;
    }

    private Person person(Enterprise employer, String idNumber, String phone) {
        Person p = new Person("测试人员", idNumber, null);
        p.changePhone(phone);
        inTx(em -> {
            p.moveTo(em.getReference(Enterprise.class, employer.getId()));
            em.persist(p);
        });
        return p;
    }

    private Complaint complaint(String name, String phone) {
        int n = SERIAL.incrementAndGet();
        Complaint c = new Complaint(String.format("TS20260302-%06d", n), "digest", ComplaintCategory.QUALITY, "620102",
                "楼板裂缝", LocalDateTime.of(2026, 3, 2, 9, 0).plusMinutes(n));
        if (name != null) {
            c.identifyReporter(name, phone);
        }
        inTx(em -> em.persist(c));
        return c;
    }

    /** A valid unified social credit code that no other row uses. */
    private static String creditCode() {
        String first17 = String.format("91620102MA7%06d", SERIAL.incrementAndGet());
        return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
    }

    private String raw(String sql, long id) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private void update(String sql, String value, long id) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private void inTx(Consumer<EntityManager> work) {
        TestDatabase.inTransaction(emf, work);
    }

    private <T> T read(Function<EntityManager, T> query) {
        EntityManager em = emf.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }
}
