package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.demo.DemoRegistry;
import cn.gov.lanzhou.supervision.demo.DemoSize;
import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.registry.ServiceFakes;
import cn.gov.lanzhou.supervision.registry.importing.ImportEncoding;
import cn.gov.lanzhou.supervision.registry.importing.ImportKind;
import cn.gov.lanzhou.supervision.registry.importing.ImportPreview;
import cn.gov.lanzhou.supervision.registry.importing.ImportProgress;
import cn.gov.lanzhou.supervision.registry.importing.ImportRow;
import cn.gov.lanzhou.supervision.registry.importing.ImportSummary;
import cn.gov.lanzhou.supervision.registry.importing.RegistryImport;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rough figures, not a test: the full registry re-check over the {@code full} demo registry (400 enterprises,
 * 1,740 persons, 773 projects) on an in-memory H2 database, round by round with the time of each step and
 * what decrypting the ID numbers costs; then an import of 5,000 enterprises (CSV, GBK) and 5,000 persons
 * (CSV, UTF-8): read, check against the registry, commit in one transaction. Run (no install needed):
 * <pre>
 * mvn -q -pl ejb -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/rq-cp.txt
 * java -cp ejb/target/test-classes:ejb/target/classes:$(cat /tmp/rq-cp.txt) \
 *      cn.gov.lanzhou.supervision.registry.quality.RegistryQualityBenchmark [rounds]
 * </pre>
 */
public final class RegistryQualityBenchmark {

    private RegistryQualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        TestFieldKeys.installFresh();
        LocalDate today = LocalDate.now();
        try (TestDatabase db = TestDatabase.create()) {
            EntityManagerFactory emf = db.entityManagerFactory();
            long t0 = System.nanoTime();
            DemoRegistry.generate(emf, DemoSize.FULL, today);
            System.out.printf("Full demo registry generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);

            recheck(emf, today, rounds, "full demo registry");
            decryption(emf);
            importFiles(emf);
            recheck(emf, today, Math.max(3, rounds / 2), "after importing 5,000 enterprises and 5,000 persons");
            emf.close();
        }
    }

    private static RegistryQualitySettings defaults() {
        return new RegistryQualitySettings(k -> Optional.empty());
    }

    private static void recheck(EntityManagerFactory emf, LocalDate today, int rounds, String what) {
        System.out.printf("%nRegistry re-check, %s (%d rounds, a fresh persistence context each):%n", what, rounds);
        List<Long> times = new ArrayList<>();
        CheckResult last = null;
        for (int i = 0; i < rounds; i++) {
            EntityManager em = emf.createEntityManager();
            try {
                last = RegistryCheck.run(em, defaults(), today);
            } finally {
                em.close();
            }
            times.add(last.millis());
            System.out.printf("  round %d: %5d ms  %s%n", i + 1, last.millis(), last.phases());
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("  checked %s; %d findings %s%n", last.checked(), last.violations().size(),
                last.violations().stream().collect(Collectors.groupingBy(Violation::rule, java.util.TreeMap::new, Collectors.counting())));
        System.out.printf("  best %d ms, median %d ms, first (cold) %d ms; target <= 10,000 ms%n",
                sorted.get(0), sorted.get(sorted.size() / 2), times.get(0));
    }

    /** The persons' ID numbers read with and without the SM4-GCM converter: the cost of decrypting them. */
    private static void decryption(EntityManagerFactory emf) {
        long best = Long.MAX_VALUE;
        long bestRaw = Long.MAX_VALUE;
        int n = 0;
        for (int i = 0; i < 7; i++) {
            EntityManager em = emf.createEntityManager();
            try {
                long a = System.nanoTime();
                List<String> clear = em.createQuery("select p.idNumber from Person p", String.class).getResultList();
                long b = System.nanoTime();
                List<?> raw = em.createNativeQuery("select id_number from person").getResultList();
                long c = System.nanoTime();
                n = clear.size();
                best = Math.min(best, b - a);
                bestRaw = Math.min(bestRaw, c - b);
                if (raw.size() != n) {
                    throw new IllegalStateException("different counts");
                }
            } finally {
                em.close();
            }
        }
        System.out.printf("%nReading %d ID numbers: %.1f ms decrypted (JPA, SM4-GCM converter) vs %.1f ms raw ciphertext (native)"
                        + " -> decryption ≈ %.1f µs per ID number%n", n, best / 1e6, bestRaw / 1e6,
                Math.max(0, best - bestRaw) / 1e3 / n);
    }

    private static void importFiles(EntityManagerFactory emf) {
        int rows = 5000;
        StringBuilder enterprises = new StringBuilder("统一社会信用代码,企业名称,企业类型,所在区县,联系电话,资质类别,资质等级,资质证书编号,资质有效期至\n");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String organisation = String.format("MB%06d", i);
            String first17 = "91620102" + organisation + UnifiedSocialCreditCodes.organizationCheckCharacter(organisation);
            String code = first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
            codes.add(code);
            enterprises.append(code).append(",基准测试企业").append(i).append("有限公司,施工单位,城关区,0931-8").append(String.format("%06d", i))
                    .append(",建筑工程施工总承包,二级,DB").append(i).append(",2029-12-31\n");
        }
        StringBuilder persons = new StringBuilder("姓名,身份证号,手机号码,所在企业统一社会信用代码,证书种类,证书编号,证书有效期至\n");
        for (int i = 0; i < rows; i++) {
            String first17 = "620102" + LocalDate.of(1965, 1, 1).plusDays(i * 2L).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", 500 + i % 400);
            persons.append("基准人员").append(i).append(',').append(first17).append(ResidentIdNumbers.checkDigit(first17))
                    .append(",139").append(String.format("%08d", i)).append(',').append(codes.get(i % codes.size()))
                    .append(",安全生产考核合格证（C类）,甘建安C（2025）").append(i).append(",2028-06-30\n");
        }
        System.out.printf("%nImport of %,d rows (read, check against the registry, commit in one transaction):%n", rows);
        importFile(emf, ImportKind.ENTERPRISE, enterprises.toString().getBytes(Charset.forName("GBK")), "企业.csv（GBK）");
        importFile(emf, ImportKind.PERSON, persons.toString().getBytes(StandardCharsets.UTF_8), "人员.csv（UTF-8）");
    }

    private static void importFile(EntityManagerFactory emf, ImportKind kind, byte[] file, String name) {
        EntityManager em = emf.createEntityManager();
        try {
            RegistryImport service = new RegistryImport();
            ServiceFakes.inject(service, "em", em);
            ServiceFakes.inject(service, "audit", new ServiceFakes.RecordingTrail());
            ServiceFakes.inject(service, "caller", ServiceFakes.caller("benchmark", Set.of("LEADER")));
            ServiceFakes.inject(service, "settings", defaults());
            long a = System.nanoTime();
            ImportPreview preview = service.preview(kind, name, file, ImportEncoding.AUTO, new ImportProgress());
            long b = System.nanoTime();
            Set<Integer> all = preview.rows().stream().filter(ImportRow::isValid).map(ImportRow::getLine).collect(Collectors.toSet());
            em.getTransaction().begin();
            ImportSummary summary = service.commit(preview, all, "127.0.0.1");
            em.getTransaction().commit();
            long c = System.nanoTime();
            System.out.printf("  %-16s %,d KB: read + check %,d rows in %,d ms (%,d valid); commit %,d rows in %,d ms (re-check included) = %,.0f rows/s overall%n",
                    name, file.length / 1024, preview.rows().size(), (b - a) / 1_000_000, preview.validCount(), summary.imported(),
                    (c - b) / 1_000_000, summary.imported() / ((c - a) / 1e9));
        } finally {
            em.close();
        }
    }
}
