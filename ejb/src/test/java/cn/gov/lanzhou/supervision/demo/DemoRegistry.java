package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManagerFactory;

import java.lang.reflect.Field;
import java.time.LocalDate;

/**
 * The demo registry (enterprises, persons, projects, the completed ones completed; no inspections)
 * generated outside a container.
 */
public final class DemoRegistry {

    private DemoRegistry() {
    }

    /** Generates the registry part of the demo data of {@code size} into the database, in one transaction. */
    public static void generate(EntityManagerFactory emf, DemoSize size, LocalDate today) {
        TestDatabase.inTransaction(emf, em -> {
            try {
                DemoDataGenerator generator = new DemoDataGenerator();
                Field f = DemoDataGenerator.class.getDeclaredField("em");
                f.setAccessible(true);
                f.set(generator, em);
                DemoDataGenerator.Plan plan = generator.registry(size, today);
                // What the supervision slices do at the end of each project's history.
                plan.completionOf.forEach((id, on) -> em.find(cn.gov.lanzhou.supervision.registry.Project.class, id).complete(on));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
