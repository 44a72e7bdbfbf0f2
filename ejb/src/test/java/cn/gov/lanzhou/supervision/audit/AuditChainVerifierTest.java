package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.schema.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stand-alone verifier on a real migrated schema: intact, edited, deleted, inserted. */
class AuditChainVerifierTest {

    private final byte[] key = new byte[32];
    private JdbcDataSource ds;

    @BeforeEach
    void database() throws SQLException {
        new SecureRandom().nextBytes(key);
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:a" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        String previous = AuditChain.GENESIS;
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, username, actor_role, "
                     + "source_ip, event_type, object_type, object_id, outcome, detail, mac) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (long id = 1; id <= 50; id++) {
                LocalDateTime at = LocalDateTime.of(2026, 11, 25, 9, 0).plusSeconds(id * 7).plusNanos(123_000_000);
                String detail = id % 3 == 0 ? null : "第" + id + "次操作";
                String mac = AuditChain.link(key, previous, AuditChain.canonical(id, at, "zhang.wei", "SUPERVISOR",
                        "10.1.2.3", "LOGIN", "UserAccount", "zhang.wei", "SUCCESS", detail));
                ps.setLong(1, id);
                ps.setObject(2, at);
                ps.setString(3, "zhang.wei");
                ps.setString(4, "SUPERVISOR");
                ps.setString(5, "10.1.2.3");
                ps.setString(6, "LOGIN");
                ps.setString(7, "UserAccount");
                ps.setString(8, "zhang.wei");
                ps.setString(9, "SUCCESS");
                ps.setString(10, detail);
                ps.setString(11, mac);
                ps.executeUpdate();
                previous = mac;
            }
        }
    }

    private AuditChain.Walk verify() throws SQLException {
        try (Connection c = ds.getConnection()) {
            return AuditChainVerifier.verify(c, key);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void anUntouchedChainVerifies() throws SQLException {
        AuditChain.Walk walk = verify();
        assertTrue(walk.firstBroken().isEmpty(), walk.message());
        assertEquals(50, walk.checked());
    }

    @Test
    void anEditedRecordIsTheFirstBrokenOne() throws SQLException {
        execute("UPDATE audit_event SET outcome = 'FAILURE' WHERE id = 17");
        AuditChain.Walk walk = verify();
        assertEquals(17L, walk.firstBroken().orElseThrow());
        assertEquals(16, walk.checked());
        assertTrue(walk.message().contains("#17"));
    }

    @Test
    void aDeletedRecordBreaksTheNextOne() throws SQLException {
        execute("DELETE FROM audit_event WHERE id = 30");
        assertEquals(31L, verify().firstBroken().orElseThrow());
    }

    @Test
    void aRecordForgedWithoutTheKeyIsDetected() throws SQLException {
        execute("DELETE FROM audit_event WHERE id = 25");
        execute("INSERT INTO audit_event (id, occurred_at, event_type, outcome, mac) VALUES "
                + "(25, TIMESTAMP '2026-11-25 09:02:55', 'LOGIN', 'SUCCESS', '" + "ab".repeat(32) + "')");
        assertEquals(25L, verify().firstBroken().orElseThrow());
    }

    @Test
    void aChainMadeWithAnotherKeyDoesNotVerify() throws SQLException {
        key[0] ^= 1;
        assertEquals(1L, verify().firstBroken().orElseThrow());
    }
}
