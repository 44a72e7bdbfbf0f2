package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.protection.TestFieldKeys;
import cn.gov.lanzhou.supervision.registry.quality.CheckResult;
import cn.gov.lanzhou.supervision.registry.quality.QualityRule;
import cn.gov.lanzhou.supervision.registry.quality.RegistryCheck;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQualitySettings;
import cn.gov.lanzhou.supervision.registry.quality.Violation;
import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo registry has a handful of findings of each kind the data-quality page lists, so that the page
 * is not empty on a fresh start, and not so many that it looks like a broken generator.
 */
class DemoRegistryQualityTest {

    @Test
    void theDemoRegistryHasAHandfulOfFindingsOfEachKind() {
        TestFieldKeys.installFresh();
        try (TestDatabase db = TestDatabase.create()) {
            EntityManagerFactory emf = db.entityManagerFactory();
            LocalDate today = LocalDate.now();
            DemoRegistry.generate(emf, DemoSize.DEMO, today);
            EntityManager em = emf.createEntityManager();
            CheckResult result = RegistryCheck.run(em, new RegistryQualitySettings(k -> Optional.empty()), today);
            em.close();
            emf.close();

            Map<QualityRule, Long> byRule = new EnumMap<>(QualityRule.class);
            byRule.putAll(result.violations().stream().collect(Collectors.groupingBy(Violation::rule, Collectors.counting())));
            for (QualityRule rule : QualityRule.values()) {
                long n = byRule.getOrDefault(rule, 0L);
                if (rule == QualityRule.INVALID_DISTRICT) {
                    // Other pages group by district: the demo keeps every project in a real one.
                    assertEquals(0, n, rule.name());
                } else {
                    assertTrue(n >= 1 && n <= 10, rule + ": " + n + " findings in " + byRule);
                }
            }
            assertEquals(Map.of("企业", 120, "人员", 522, "工程", 80, "在建（含停工）工程", 60), result.checked(),
                    "the flaws change values, not how much is generated");
        }
    }
}
