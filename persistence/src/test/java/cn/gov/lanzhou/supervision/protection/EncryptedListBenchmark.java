package cn.gov.lanzhou.supervision.protection;

import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the SM4-GCM converters cost a list page — not a test, and not a JMH benchmark: a page of 50
 * persons (JPA query, {@code setMaxResults(50)}, name, ID number and phone read) from an in-memory H2
 * database of 5,000 persons, through the encrypted {@link Person} and through {@link PlainPerson}, the
 * same rows in clear in a table without converters. Both are warmed up, then timed in alternating
 * rounds; the median and the best round of each are printed with their ratio (on a shared machine the
 * best round is the better estimate of the intrinsic cost). Run from the project root with
 * <pre>
 * mvn -q -pl persistence test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.lanzhou.supervision.protection.EncryptedListBenchmark
 * </pre>
 * ({@code -Dexec.args=20000} for another number of persons).
 */
public final class EncryptedListBenchmark {

    private static final int PAGE_SIZE = 50;
    private static final double WARM_UP_SECONDS = 3.0;
    private static final int ROUNDS = 7;
    private static final int PAGES_PER_ROUND = 200;

    /** Folded into the output so that the JIT cannot drop the measured work. */
    private static long sink;

    private EncryptedListBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Logger.getLogger("").setLevel(Level.WARNING); // Flyway's and the key holder's start-up lines
        TestFieldKeys.installFresh();
        try (TestDatabase db = TestDatabase.create()) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE plain_person (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                        + "id_number VARCHAR(300) NOT NULL, phone VARCHAR(300))");
            }
            Map<String, Object> properties = new HashMap<>();
            properties.put("eclipselink.persistencexml", "cn/gov/lanzhou/supervision/protection/benchmark-persistence.xml");
            properties.put("jakarta.persistence.nonJtaDataSource", db.dataSource());
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("benchmark", properties);
            try {
                long started = System.nanoTime();
                fill(emf, db, persons);
                System.out.printf(Locale.ROOT, "Encrypted list benchmark — Java %s, %d CPUs, H2, %,d persons "
                                + "(filled in %.1f s), pages of %d%n", System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(), persons, (System.nanoTime() - started) / 1e9, PAGE_SIZE);
                int pages = Math.max(1, persons / PAGE_SIZE);
                long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
                for (int i = 0; System.nanoTime() < warmUpEnd; i++) {
                    encryptedPage(emf, i % pages);
                    plainPage(emf, i % pages);
                }
                double[] encrypted = new double[ROUNDS];
                double[] plain = new double[ROUNDS];
                for (int r = 0; r < ROUNDS; r++) {
                    encrypted[r] = msPerPage(emf, pages, true);
                    plain[r] = msPerPage(emf, pages, false);
                }
                double enc = median(encrypted);
                double clear = median(plain);
                System.out.printf(Locale.ROOT, "  encrypted (Person, 2 SM4-GCM columns) median %7.3f  best %7.3f ms/page  (rounds %s)%n",
                        enc, min(encrypted), rounds(encrypted));
                System.out.printf(Locale.ROOT, "  plain     (PlainPerson, clear)        median %7.3f  best %7.3f ms/page  (rounds %s)%n",
                        clear, min(plain), rounds(plain));
                System.out.printf(Locale.ROOT, "  ratio encrypted / plain: median %.2f, best %.2f; ≈ %.1f µs per decrypted field (%d per page)%n",
                        enc / clear, min(encrypted) / min(plain),
                        (min(encrypted) - min(plain)) * 1000 / (2 * PAGE_SIZE), 2 * PAGE_SIZE);
                System.out.println("  (checksum " + sink + ")");
            } finally {
                emf.close();
            }
        }
    }

    private static double msPerPage(EntityManagerFactory emf, int pages, boolean encrypted) {
        long start = System.nanoTime();
        for (int i = 0; i < PAGES_PER_ROUND; i++) {
            if (encrypted) {
                encryptedPage(emf, i % pages);
            } else {
                plainPage(emf, i % pages);
            }
        }
        return (System.nanoTime() - start) / 1e6 / PAGES_PER_ROUND;
    }

    /** A fresh persistence context per page, as a request-scoped list page has. */
    private static void encryptedPage(EntityManagerFactory emf, int page) {
        EntityManager em = emf.createEntityManager();
        try {
            List<Person> list = em.createQuery("select p from Person p order by p.id", Person.class)
                    .setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
            for (Person p : list) {
                sink += p.getName().length() + p.getIdNumber().length() + p.getPhone().length();
            }
        } finally {
            em.close();
        }
    }

    private static void plainPage(EntityManagerFactory emf, int page) {
        EntityManager em = emf.createEntityManager();
        try {
            List<PlainPerson> list = em.createQuery("select p from PlainPerson p order by p.id", PlainPerson.class)
                    .setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
            for (PlainPerson p : list) {
                sink += p.getName().length() + p.getIdNumber().length() + p.getPhone().length();
            }
        } finally {
            em.close();
        }
    }

    /** The same people twice: encrypted through JPA, then in clear through JDBC with the same ids. */
    private static void fill(EntityManagerFactory emf, TestDatabase db, int persons) throws SQLException {
        Random random = new Random(2026);
        String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "杨", "马", "周", "孙"};
        String[] given = {"建国", "丽娟", "志强", "海燕", "文博", "小军", "秀英", "永红", "立新", "晓东"};
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            for (int i = 0; i < persons; i++) {
                String idNumber = String.format(Locale.ROOT, "620102%04d%02d%02d%03d%d", 1960 + random.nextInt(45),
                        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000), random.nextInt(10));
                Person p = new Person(surnames[random.nextInt(10)] + given[random.nextInt(10)], idNumber, null);
                p.changePhone(String.format(Locale.ROOT, "139%08d", random.nextInt(100_000_000)));
                em.persist(p);
                if (i % 500 == 499) {
                    em.getTransaction().commit();
                    em.clear();
                    em.getTransaction().begin();
                }
            }
            em.getTransaction().commit();
            List<Person> all = em.createQuery("select p from Person p order by p.id", Person.class).getResultList();
            try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO plain_person (id, name, id_number, phone) VALUES (?, ?, ?, ?)")) {
                for (Person p : all) {
                    insert.setLong(1, p.getId());
                    insert.setString(2, p.getName());
                    insert.setString(3, p.getIdNumber());
                    insert.setString(4, p.getPhone());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } finally {
            em.close();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static String rounds(double[] values) {
        StringBuilder out = new StringBuilder();
        for (double v : values) {
            out.append(out.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return out.toString();
    }
}
