package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.schema.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Archives written from a real migrated schema and verified offline, intact and tampered with. */
class AuditArchiveTest {

    private final byte[] key = new byte[32];
    private final List<String> macs = new ArrayList<>();
    private JdbcDataSource ds;

    @TempDir
    Path dir;

    private static LocalDateTime at(long id) {
        return LocalDateTime.of(2026, 11, 25, 9, 0).plusSeconds(id * 7).plusNanos(123_000_000);
    }

    /** Details a naive CSV would mangle: commas, quotes, line breaks, formula prefixes, a leading quote. */
    private static String detail(long id) {
        return switch ((int) (id % 6)) {
            case 0 -> null;
            case 1 -> "第" + id + "次操作, \"引号\"";
            case 2 -> "=HYPERLINK(\"http://x\")";
            case 3 -> "'已有单引号";
            case 4 -> "多行\r\n说明\n第三行";
            default -> "";
        };
    }

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
                String user = id % 5 == 0 ? null : "-zhang.wei";
                String outcome = AuditOutcome.values()[(int) (id % 3)].name();
                String mac = AuditChain.link(key, previous, AuditChain.canonical(id, at(id), user, "SUPERVISOR",
                        "10.1.2.3", "LOGIN", "UserAccount", user, outcome, detail(id)));
                ps.setLong(1, id);
                ps.setObject(2, at(id));
                ps.setString(3, user);
                ps.setString(4, "SUPERVISOR");
                ps.setString(5, "10.1.2.3");
                ps.setString(6, "LOGIN");
                ps.setString(7, "UserAccount");
                ps.setString(8, user);
                ps.setString(9, outcome);
                ps.setString(10, detail(id));
                ps.setString(11, mac);
                ps.executeUpdate();
                macs.add(mac);
                previous = mac;
            }
        }
    }

    private Path archive(LocalDateTime from, LocalDateTime before, AuditArchive.Summary[] summary)
            throws SQLException, IOException {
        Path file = dir.resolve("archive-" + UUID.randomUUID() + ".csv");
        try (Connection c = ds.getConnection(); Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            summary[0] = AuditArchive.write(c, key, from, before, out);
        }
        return file;
    }

    private AuditArchive.Check verify(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return AuditArchive.verify(in, key);
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    @Test
    void theFirst30Of50VerifyOnTheirOwn() throws Exception {
        AuditArchive.Summary[] s = new AuditArchive.Summary[1];
        Path file = archive(null, at(31), s);
        assertEquals(new AuditArchive.Summary(30, 1, 30, AuditChain.GENESIS, macs.get(29)), s[0]);
        AuditArchive.Check check = verify(file);
        assertTrue(check.intact(), check.message());
        assertEquals(30, check.checked());
        assertEquals(macs.get(29), check.endMac());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff# 审计日志归档"));
        assertTrue(text.contains("\r\n" + AuditArchive.START + AuditChain.GENESIS + "\r\n"));
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "formula neutralised: " + text);
        assertTrue(text.contains("\r\n17,2026-11-25 09:01:59.123,'-zhang.wei,"), "leading minus neutralised: " + text);
        assertTrue(text.contains(",''已有单引号,"));
    }

    @Test
    void aLaterRunStartsFromTheMacBeforeIt() throws Exception {
        AuditArchive.Summary[] s = new AuditArchive.Summary[1];
        Path file = archive(at(31), at(51), s);
        assertEquals(new AuditArchive.Summary(20, 31, 50, macs.get(29), macs.get(49)), s[0]);
        AuditArchive.Check check = verify(file);
        assertTrue(check.intact(), check.message());
        assertEquals(20, check.checked());
    }

    @Test
    void anEditedLineIsReportedByItsRecord() throws Exception {
        Path file = archive(null, at(31), new AuditArchive.Summary[1]);
        edit(file, "\r\n17,2026-11-25 09:01:59.123,'-zhang.wei", "\r\n17,2026-11-25 09:01:59.123,'-li.na");
        AuditArchive.Check check = verify(file);
        assertEquals(17L, check.firstBroken().orElseThrow());
        assertEquals(16, check.checked());
        assertTrue(check.message().contains("#17"), check.message());
    }

    @Test
    void anEditedOutcomeOrTimeIsReported() throws Exception {
        Path file = archive(null, at(31), new AuditArchive.Summary[1]);
        edit(file, "\r\n8,2026-11-25 09:00:56.123", "\r\n8,2026-11-25 09:00:57.123");
        assertEquals(8L, verify(file).firstBroken().orElseThrow());
    }

    @Test
    void aDeletedLineBreaksTheNextRecord() throws Exception {
        Path file = archive(null, at(31), new AuditArchive.Summary[1]);
        List<String> lines = new ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n", -1)));
        lines.removeIf(l -> l.startsWith("20,2026"));
        Files.writeString(file, String.join("\r\n", lines), StandardCharsets.UTF_8);
        assertEquals(21L, verify(file).firstBroken().orElseThrow());
    }

    @Test
    void rowsCutFromTheEndOrTheStartAreDetectedByTheSeal() throws Exception {
        Path file = archive(null, at(31), new AuditArchive.Summary[1]);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // cut the last record and rewrite the last line's count and end MAC (the seal cannot be forged)
        int lastRow = text.indexOf("\r\n30,2026") + 2;
        String trailer = text.substring(text.indexOf("# records="));
        String forged = trailer.replace("records=30", "records=29").replace(macs.get(29), macs.get(28));
        Files.writeString(file, text.substring(0, lastRow) + forged, StandardCharsets.UTF_8);
        AuditArchive.Check check = verify(file);
        assertEquals(-1L, check.firstBroken().orElseThrow(), check.message());
        assertEquals(29, check.checked());

        // without the last line at all
        Files.writeString(file, text.substring(0, lastRow), StandardCharsets.UTF_8);
        assertTrue(verify(file).message().contains("truncated"));

        // cut the first record and move the start MAC on
        String cutStart = text.replace(AuditArchive.START + AuditChain.GENESIS, AuditArchive.START + macs.get(0));
        cutStart = cutStart.substring(0, cutStart.indexOf("\r\n1,2026") + 2)
                + cutStart.substring(cutStart.indexOf("\r\n2,2026") + 2);
        Files.writeString(file, cutStart, StandardCharsets.UTF_8);
        check = verify(file);
        assertEquals(-1L, check.firstBroken().orElseThrow(), check.message());
    }

    @Test
    void anotherKeyDoesNotVerify() throws Exception {
        Path file = archive(null, at(31), new AuditArchive.Summary[1]);
        key[0] ^= 1;
        assertEquals(1L, verify(file).firstBroken().orElseThrow());
    }

    @Test
    void anythingElseIsNotAnArchive() {
        assertThrows(AuditArchive.NotAnArchiveException.class,
                () -> AuditArchive.verify(new StringReader("编号,时间\r\n1,2\r\n"), key));
    }

    @Test
    void nothingToArchiveGivesAnEmptyButSealedArchive() throws Exception {
        AuditArchive.Summary[] s = new AuditArchive.Summary[1];
        Path file = archive(null, at(0), s);
        assertEquals(0, s[0].records());
        assertTrue(verify(file).intact());
    }

    @Test
    void theCommandLineVerifiesAnArchiveFileWithTheKeyFile() throws Exception {
        Path keyFile = dir.resolve("keys").resolve("portal-keys.properties");
        byte[] fileKey = cn.gov.lanzhou.supervision.gm.keys.GmKeys.loadOrGenerate(keyFile, true).auditHmacKey();
        // a fresh chain made with the key file's audit key
        System.arraycopy(fileKey, 0, key, 0, key.length);
        try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_event");
        }
        String previous = AuditChain.GENESIS;
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, event_type, outcome, "
                     + "detail, mac) VALUES (?,?,?,?,?,?)")) {
            for (long id = 1; id <= 10; id++) {
                String mac = AuditChain.link(key, previous, AuditChain.canonical(id, at(id), null, null, null, "LOGIN",
                        null, null, "SUCCESS", detail(id)));
                ps.setLong(1, id);
                ps.setObject(2, at(id));
                ps.setString(3, "LOGIN");
                ps.setString(4, "SUCCESS");
                ps.setString(5, detail(id));
                ps.setString(6, mac);
                ps.executeUpdate();
                previous = mac;
            }
        }
        Path file = archive(null, at(8), new AuditArchive.Summary[1]);
        assertEquals(0, AuditChainVerifier.verifyArchive(file, keyFile));
        edit(file, "\r\n5,2026-11-25 09:00:35.123,", "\r\n5,2026-11-25 09:00:35.124,");
        assertEquals(2, AuditChainVerifier.verifyArchive(file, keyFile));
        assertEquals(1, AuditChainVerifier.verifyArchive(dir.resolve("missing.csv"), keyFile));
        Files.writeString(file, "not an archive");
        assertEquals(1, AuditChainVerifier.verifyArchive(file, keyFile));
    }
}
