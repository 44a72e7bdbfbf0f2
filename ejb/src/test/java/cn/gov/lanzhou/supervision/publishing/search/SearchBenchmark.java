package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.demo.DemoArticle;
import cn.gov.lanzhou.supervision.demo.DemoColumn;
import cn.gov.lanzhou.supervision.demo.DemoProse;
import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;
import cn.gov.lanzhou.supervision.schema.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Search latency over N articles (not a test, not JMH; default 100,000): writes N demo articles of
 * realistic Chinese text ({@link DemoProse}) into an H2 file database under
 * {@code ejb/target/search-benchmark}, indexes them with {@link ArticleIndex} as the portal does,
 * then times a mix of searches (single and several words, rare and common words, a column or a
 * year as filter, by relevance and by date; first page of 10 with the exact total and highlighted
 * snippets) against the same searches as SQL {@code LIKE '%…%'} over title and body (page of 10
 * newest plus the count), and prints p50/p95/p99 of both and their ratio.
 * <pre>
 * mvn -q -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.lanzhou.supervision.publishing.search.SearchBenchmark [-Dexec.args="20000"]
 * </pre>
 * {@code -Dexec.args="100000 reuse"} keeps the database and index of the previous run (same N) and
 * only times the searches. Besides wall-clock time each search's CPU time (of the searching
 * thread) is printed: on a shared machine the wall clock mostly measures the wait for a core.
 */
public final class SearchBenchmark {

    private static final DemoColumn[] COLUMNS = DemoColumn.values();
    /** Articles per column in the proportion the demo data publishes them. */
    private static final int[] WEIGHTS = {3, 3, 12, 5, 2, 2};
    private static final String[] CODES = {"policies", "standards", "news", "notices", "guides", "interpretations"};

    /** What visitors type: topics, two or three words, rare words, and words with a filter. */
    private static final List<Probe> PROBES = List.of(
            new Probe("深基坑", null, false), new Probe("高支模", null, false), new Probe("脚手架", null, true),
            new Probe("起重机械", null, false), new Probe("临时用电", null, false), new Probe("消防", null, false),
            new Probe("扬尘", null, true), new Probe("混凝土强度", null, false), new Probe("钢筋", null, false),
            new Probe("竣工验收", null, false), new Probe("整改通知书", null, false), new Probe("安全生产月", null, false),
            new Probe("深基坑 监测", null, false), new Probe("塔式起重机 安装 验收", null, false),
            new Probe("施工扬尘治理", null, false), new Probe("棚户区改造", null, false), new Probe("防护栏杆", null, false),
            new Probe("专项施工方案 论证", null, true), new Probe("质量月", "news", false), new Probe("检查", "news", true),
            new Probe("安全", "policies", false), new Probe("冬季施工", null, false), new Probe("七里河区", null, false),
            new Probe("应急演练", "news", true));

    private record Probe(String text, String column, boolean byDate) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        System.out.println("load average at start: " + loadAverage() + " (" + Runtime.getRuntime().availableProcessors()
                + " cores)");
        Path dir = Path.of(SearchBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("search-benchmark-" + count);
        boolean reuse = args.length > 1 && args[1].equals("reuse") && Files.isDirectory(dir.resolve("index"));
        if (!reuse) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("sa");
        SchemaMigrations.migrate(ds);
        LocalDateTime now = LocalDateTime.now();

        try (Connection c = ds.getConnection()) {
            long t0 = System.nanoTime();
            if (!reuse) {
                long bytes = fill(c, count, now.toLocalDate());
                double fillSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "database: %,d articles (%,d MB of body HTML) written in %.1f s%n",
                        count, bytes >> 20, fillSeconds);
            }

            try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
                t0 = System.nanoTime();
                int indexed = index.count();
                if (!reuse) try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.title, a.body, a.article_level, "
                        + "a.business_type, a.published_at, s.code, s.name FROM article a JOIN site_column s ON s.id = a.column_id "
                        + "WHERE a.status = 'PUBLISHED' ORDER BY a.id")) {
                    ps.setFetchSize(500);
                    try (ResultSet rs = ps.executeQuery()) {
                        indexed = index.replaceAll(new Rows(rs));
                    }
                }
                double indexSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "index: %,d articles%s, %,d MB on disk%n", indexed,
                        reuse ? " (kept from the previous run)" : String.format(Locale.ROOT, " in %.1f s = %,.0f articles/s",
                                indexSeconds, indexed / indexSeconds), size(dir.resolve("index")) >> 20);

                Random random = new Random(7);
                for (int i = 0; i < 300; i++) {
                    index.search(request(PROBES.get(random.nextInt(PROBES.size())), 1 + random.nextInt(3)), now);
                }
                int rounds = 3_000;
                long[] lucene = new long[rounds];
                long[] luceneCpu = new long[rounds];
                long hits = 0;
                for (int i = 0; i < rounds; i++) {
                    Probe p = PROBES.get(random.nextInt(PROBES.size()));
                    long cpu = CPU.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    SearchResult r = index.search(request(p, 1 + random.nextInt(3)), now);
                    lucene[i] = System.nanoTime() - s;
                    luceneCpu[i] = CPU.getCurrentThreadCpuTime() - cpu;
                    hits += r.total();
                }
                System.out.printf(Locale.ROOT, "Lucene search (%,d searches, pages 1-3 of 10, total, highlighted snippets)%n"
                        + "  wall clock: %s%n  CPU time:   %s%n  %,d hits per search on average (exact up to %,d, a lower bound above)%n",
                        rounds, percentiles(lucene), percentiles(luceneCpu), hits / rounds, ArticleIndex.COUNT_LIMIT);

                long[][] sql = like(c, now, random);
                System.out.printf(Locale.ROOT, "ratio SQL LIKE / Lucene, wall clock: p50 %.0f×, p95 %.0f×; CPU time: p50 %.0f×, p95 %.0f×%n",
                        percentile(sql[0], 50) / percentile(lucene, 50), percentile(sql[0], 95) / percentile(lucene, 95),
                        percentile(sql[1], 50) / percentile(luceneCpu, 50), percentile(sql[1], 95) / percentile(luceneCpu, 95));
                System.out.printf(Locale.ROOT, "target search p95 <= 20 ms: wall clock %.2f ms (%s), CPU time %.2f ms (%s)%n",
                        percentile(lucene, 95) / 1e6, percentile(lucene, 95) / 1e6 <= 20 ? "met" : "not met",
                        percentile(luceneCpu, 95) / 1e6, percentile(luceneCpu, 95) / 1e6 <= 20 ? "met" : "not met");
            }
        }
        System.out.println("load average at end: " + loadAverage());
    }

    private static SearchRequest request(Probe p, int page) {
        SearchRequest r = SearchRequest.of(p.text()).inColumn(p.column()).page(page, 10);
        return p.byDate() ? r.sortedBy(SearchRequest.Sort.DATE) : r;
    }

    /** The same searches as SQL: every word in the title or the body, newest first, a page of 10 and the count. */
    private static long[][] like(Connection c, LocalDateTime now, Random random) throws SQLException {
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        long budget = System.nanoTime() + 120_000_000_000L;
        for (int i = 0; i < 3; i++) {
            likeOnce(c, PROBES.get(i), now);
        }
        while (times.size() < 10 || (times.size() < 100 && System.nanoTime() < budget)) {
            Probe p = PROBES.get(random.nextInt(PROBES.size()));
            long cpu = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            likeOnce(c, p, now);
            times.add(System.nanoTime() - s);
            cpuTimes.add(CPU.getCurrentThreadCpuTime() - cpu);
        }
        long[] out = times.stream().mapToLong(Long::longValue).toArray();
        long[] outCpu = cpuTimes.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(Locale.ROOT, "SQL LIKE '%%…%%' on embedded H2 (%,d searches, newest 10 + count)%n  wall clock: %s%n"
                + "  CPU time:   %s%n", out.length, percentiles(out), percentiles(outCpu));
        return new long[][] {out, outCpu};
    }

    private static void likeOnce(Connection c, Probe p, LocalDateTime now) throws SQLException {
        String[] words = p.text().split(" ");
        StringBuilder where = new StringBuilder(" FROM article a JOIN site_column s ON s.id = a.column_id"
                + " WHERE a.status = 'PUBLISHED' AND a.published_at <= ?");
        for (String ignored : words) {
            where.append(" AND (a.title LIKE ? OR a.body LIKE ?)");
        }
        if (p.column() != null) {
            where.append(" AND s.code = ?");
        }
        for (String sql : List.of("SELECT a.id, a.title, a.published_at" + where + " ORDER BY a.published_at DESC LIMIT 10",
                "SELECT COUNT(*)" + where)) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int k = 1;
                ps.setTimestamp(k++, Timestamp.valueOf(now));
                for (String w : words) {
                    ps.setString(k++, "%" + w + "%");
                    ps.setString(k++, "%" + w + "%");
                }
                if (p.column() != null) {
                    ps.setString(k, p.column());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
        }
    }

    private static long fill(Connection c, int count, LocalDate today) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement col = c.prepareStatement("INSERT INTO site_column (id, code, name, sort_order) VALUES (?,?,?,?)")) {
            for (int i = 0; i < COLUMNS.length; i++) {
                col.setLong(1, i + 1);
                col.setString(2, CODES[i]);
                col.setString(3, COLUMNS[i].label());
                col.setInt(4, i + 1);
                col.executeUpdate();
            }
        }
        int total = Arrays.stream(WEIGHTS).sum();
        Random random = new Random(20_261_125L);
        DemoProse prose = new DemoProse(random);
        long bytes = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, column_id, title, body, article_level, "
                + "business_type, status, author_username, published_at, view_count, version, created_at) "
                + "VALUES (?,?,?,?,?,?,'PUBLISHED','chen.jing',?,0,1,?)")) {
            for (int id = 1; id <= count; id++) {
                int pick = random.nextInt(total);
                int column = 0;
                while (pick >= WEIGHTS[column]) {
                    pick -= WEIGHTS[column++];
                }
                // Ten years of publishing, newest ids newest.
                LocalDate on = today.minusDays((long) (count - id) * 3650 / count);
                DemoArticle a = prose.article(COLUMNS[column], on);
                LocalDateTime at = on.atTime(9 + random.nextInt(8), random.nextInt(60));
                ps.setLong(1, id);
                ps.setLong(2, column + 1);
                ps.setString(3, a.title().length() > 200 ? a.title().substring(0, 200) : a.title());
                ps.setString(4, a.bodyHtml());
                ps.setString(5, ArticleLevel.values()[random.nextInt(3)].name());
                ps.setString(6, BusinessType.values()[random.nextInt(3)].name());
                ps.setTimestamp(7, Timestamp.valueOf(at));
                ps.setTimestamp(8, Timestamp.valueOf(at));
                ps.addBatch();
                bytes += a.bodyHtml().length() * 3L;
                if (id % 1000 == 0 || id == count) {
                    ps.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
        return bytes;
    }

    /** Rows of the article query as the portal indexes them. */
    private static final class Rows implements Iterator<ArticleDocument> {
        private final ResultSet rs;
        private Boolean ready;

        Rows(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (ready == null) {
                try {
                    ready = rs.next();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return ready;
        }

        @Override
        public ArticleDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = null;
            try {
                return new ArticleDocument(rs.getLong(1), rs.getString(2), null, HtmlText.of(rs.getString(3)), List.of(),
                        null, rs.getString(7), rs.getString(8), ArticleLevel.valueOf(rs.getString(4)),
                        BusinessType.valueOf(rs.getString(5)), rs.getTimestamp(6).toLocalDateTime());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String percentiles(long[] nanos) {
        return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6,
                Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
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
