package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.schema.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Rough cost of the audit chain (not a test, not JMH): appends N chained events (default
 * 1,000,000) to an H2 file database under {@code ejb/target/audit-benchmark} with batched JDBC
 * inserts, computing {@link AuditChain#link} for each as the service does; then 10,000 more with
 * one transaction per event, as {@link AuditTrail#record} does; then verifies the whole chain with
 * {@link AuditChainVerifier#verify}; then times HMAC-SM3 alone.
 * <pre>
 * mvn -q -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.lanzhou.supervision.audit.AuditChainBenchmark [-Dexec.args=200000]
 * </pre>
 */
public final class AuditChainBenchmark {

    private static final String INSERT = "INSERT INTO audit_event (id, occurred_at, username, actor_role, source_ip, "
            + "event_type, object_type, object_id, outcome, detail, mac) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    private static final String[] USERS = {"zhang.wei", "li.na", "wang.qiang", "ma.jun", "yang.fan", "chen.jing", null};
    private static final String[] TYPES = {"LOGIN", "LOGOUT", "ARTICLE_SUBMIT", "INSPECTION_RECORD", "NOTICE_ISSUE",
        "COMPLAINT_ASSIGN", "LOGIN_THROTTLED"};

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        int perTransaction = Math.min(10_000, Math.max(1, count / 10));
        System.out.println("load average at start: " + loadAverage());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);

        Path dir = Path.of(AuditChainBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("audit-benchmark");
        deleteTree(dir);
        Files.createDirectories(dir);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("audit") + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);

        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 8, 0);
        String previous = AuditChain.GENESIS;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            // 1. batched: the chain and storage cost
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (long id = 1; id <= count; id++) {
                    previous = insert(ps, key, previous, id, start.plusNanos(id * 37_000_000L));
                    ps.addBatch();
                    if (id % 1000 == 0 || id == count) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            double batched = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "append, batched (1,000 per transaction): %,d events in %.1f s = %,.0f events/s%n",
                    count, batched, count / batched);

            // 2. one transaction per event, as the service appends (sequence, insert, commit)
            try (Statement s = c.createStatement()) {
                s.execute("ALTER SEQUENCE seq_audit_event RESTART WITH " + (count + 1));
            }
            c.commit();
            long t1 = System.nanoTime();
            try (PreparedStatement next = c.prepareStatement("SELECT NEXT VALUE FOR seq_audit_event");
                 PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < perTransaction; i++) {
                    long id;
                    try (ResultSet rs = next.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    previous = insert(ps, key, previous, id, start.plusNanos(id * 37_000_000L));
                    ps.executeUpdate();
                    c.commit();
                }
            }
            double single = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "append, one transaction per event: %,d events in %.2f s = %,.0f events/s (%.0f µs/event)%n",
                    perTransaction, single, perTransaction / single, single * 1e6 / perTransaction);
        }

        // 3. verification of the whole chain, as verify-audit.sh does
        long total = (long) count + perTransaction;
        try (Connection c = ds.getConnection()) {
            long t2 = System.nanoTime();
            AuditChain.Walk walk = AuditChainVerifier.verify(c, key);
            double verify = (System.nanoTime() - t2) / 1e9;
            if (walk.firstBroken().isPresent() || walk.checked() != total) {
                throw new IllegalStateException("benchmark chain does not verify: " + walk.message());
            }
            System.out.printf(Locale.ROOT, "verify: %,d events in %.1f s = %,.0f events/s%n", total, verify, total / verify);
        }

        // 4. HMAC-SM3 alone over typical canonical texts
        int n = 200_000;
        String[] canonical = new String[n];
        for (int i = 0; i < n; i++) {
            canonical[i] = canonical(i + 1L, start.plusSeconds(i));
        }
        double best = Double.MAX_VALUE;
        String mac = AuditChain.GENESIS;
        for (int round = 0; round < 5; round++) {
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                mac = AuditChain.link(key, mac, canonical[i]);
            }
            best = Math.min(best, (System.nanoTime() - t) / (double) n);
        }
        System.out.printf(Locale.ROOT, "HMAC-SM3 link alone: %.2f µs/event (best of 5 rounds of %,d; %s…)%n",
                best / 1000, n, mac.substring(0, 8));
        System.out.printf(Locale.ROOT, "database file: %,d MB; load average at end: %s%n",
                Files.size(dir.resolve("audit.mv.db")) >> 20, loadAverage());
    }

    private static String insert(PreparedStatement ps, byte[] key, String previous, long id, LocalDateTime rawAt)
            throws SQLException {
        LocalDateTime at = rawAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        int k = (int) (id % 7);
        String user = USERS[k];
        String type = TYPES[(int) (id % TYPES.length)];
        String outcome = id % 11 == 0 ? "FAILURE" : "SUCCESS";
        String detail = id % 3 == 0 ? null : "项目 JD-2026-" + (id % 9000) + " 第" + id + "次操作";
        String mac = AuditChain.link(key, previous, AuditChain.canonical(id, at, user, user == null ? null : "SUPERVISOR",
                "10.20." + (id % 250) + "." + (id % 200), type, "Project", String.valueOf(id % 9000), outcome, detail));
        ps.setLong(1, id);
        ps.setObject(2, at);
        ps.setString(3, user);
        ps.setString(4, user == null ? null : "SUPERVISOR");
        ps.setString(5, "10.20." + (id % 250) + "." + (id % 200));
        ps.setString(6, type);
        ps.setString(7, "Project");
        ps.setString(8, String.valueOf(id % 9000));
        ps.setString(9, outcome);
        ps.setString(10, detail);
        ps.setString(11, mac);
        return mac;
    }

    private static String canonical(long id, LocalDateTime at) {
        return AuditChain.canonical(id, at, "zhang.wei", "SUPERVISOR", "10.20.1.2", "INSPECTION_RECORD", "Project",
                String.valueOf(id % 9000), "SUCCESS", "项目 JD-2026-" + (id % 9000) + " 第" + id + "次操作");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
