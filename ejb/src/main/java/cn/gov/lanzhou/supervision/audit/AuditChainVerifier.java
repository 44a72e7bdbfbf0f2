package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.gm.keys.GmKeys;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * 审计链校验命令 — verifies the audit chain straight from the database, outside the running
 * portal, so an auditor can check a copy or an archive with nothing but the key file:
 * <pre>
 * ./verify-audit.sh --url jdbc:h2:file:./data/db/portal --user portal --password portal \
 *     --keys ./data/keys/portal-keys.properties
 * </pre>
 * or an archive file written by {@link AuditQuery#archive} ({@link AuditArchive}), offline:
 * <pre>
 * ./verify-audit.sh --archive 审计归档-2026.csv --keys ./data/keys/portal-keys.properties
 * </pre>
 * Exit code 0: intact; 2: broken (the first broken record is printed); 1: could not check.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    /** Walks every event in id order, fetching in batches. */
    public static AuditChain.Walk verify(Connection connection, byte[] auditKey) throws SQLException {
        AuditChain.Walk walk = new AuditChain.Walk(auditKey);
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, occurred_at, username, actor_role, source_ip, "
                + "event_type, object_type, object_id, outcome, detail, mac FROM audit_event ORDER BY id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String canonical = AuditChain.canonical(id, rs.getObject(2, LocalDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10));
                    if (!walk.next(id, canonical, rs.getString(11))) {
                        break;
                    }
                }
            }
        }
        return walk;
    }

    /** Verifies an archive file and prints the outcome; returns the exit code. */
    static int verifyArchive(Path archive, Path keys) {
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(archive, java.nio.charset.StandardCharsets.UTF_8)) {
            AuditArchive.Check check = AuditArchive.verify(in, GmKeys.load(keys).auditHmacKey());
            System.out.println(check.message());
            return check.intact() ? 0 : 2;
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("无法校验 / cannot verify: " + e.getMessage());
            return 1;
        }
    }

    public static void main(String[] args) {
        String url = null;
        String user = "";
        String password = "";
        String keys = null;
        String archive = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--password" -> password = args[i + 1];
                case "--keys" -> keys = args[i + 1];
                case "--archive" -> archive = args[i + 1];
                default -> {
                    System.err.println("未知参数 / unknown option: " + args[i]);
                    System.exit(1);
                }
            }
        }
        if ((url == null) == (archive == null) || keys == null) {
            System.err.println("用法 / usage: --url <jdbc url> [--user u] [--password p] --keys <portal-keys.properties>");
            System.err.println("          or: --archive <archive.csv> --keys <portal-keys.properties>");
            System.exit(1);
        }
        if (archive != null) {
            System.exit(verifyArchive(Path.of(archive), Path.of(keys)));
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            AuditChain.Walk walk = verify(c, GmKeys.load(Path.of(keys)).auditHmacKey());
            System.out.println(walk.message());
            System.exit(walk.firstBroken().isPresent() ? 2 : 0);
        } catch (SQLException | RuntimeException e) {
            System.err.println("无法校验 / cannot verify: " + e.getMessage());
            System.exit(1);
        }
    }
}
