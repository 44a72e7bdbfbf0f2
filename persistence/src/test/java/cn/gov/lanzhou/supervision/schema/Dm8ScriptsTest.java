package cn.gov.lanzhou.supervision.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DM8 scripts in {@code db/dm8/} are the Flyway scripts rendered for Dameng; this keeps them
 * from drifting apart. After changing a migration, regenerate with
 * {@code mvn -pl persistence test -Dtest=Dm8ScriptsTest -Ddm8.regenerate=true}.
 */
class Dm8ScriptsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path DM8 = Path.of("src/main/resources/db/dm8");

    @Test
    void everyMigrationHasItsDm8RenderingBesideIt() throws IOException {
        boolean regenerate = Boolean.getBoolean("dm8.regenerate");
        List<Path> scripts;
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            scripts = s.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(scripts.isEmpty());
        for (Path script : scripts) {
            String rendered = SqlDialect.DM8.render(Files.readString(script, StandardCharsets.UTF_8));
            Path dm8 = DM8.resolve(script.getFileName());
            if (regenerate) {
                Files.createDirectories(DM8);
                Files.writeString(dm8, rendered, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(dm8), "missing DM8 script " + dm8 + " (regenerate with -Ddm8.regenerate=true)");
            assertEquals(rendered, Files.readString(dm8, StandardCharsets.UTF_8),
                    dm8 + " is out of date (regenerate with -Ddm8.regenerate=true)");
            assertFalse(rendered.contains("${"), "unrendered placeholder in " + dm8);
            assertFalse(Pattern.compile("VARCHAR\\(\\d+\\)").matcher(rendered).find(),
                    "DM8 lengths count characters: every VARCHAR(n) becomes VARCHAR(n CHAR) in " + dm8);
        }
    }
}
