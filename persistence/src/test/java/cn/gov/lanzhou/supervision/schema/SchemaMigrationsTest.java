package cn.gov.lanzhou.supervision.schema;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaMigrationsTest {

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            assertEquals(0, SchemaMigrations.migrate(db.dataSource()));
            Set<String> tables = new TreeSet<>();
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase());
                }
            }
            assertTrue(tables.containsAll(Set.of("enterprise", "project", "inspection", "finding",
                    "rectification_notice", "complaint", "declaration", "article", "app_user", "audit_event")),
                    "tables present: " + tables);
        }
    }

    @Test
    void dialectIsDetectedFromProductNamesAndUrls() {
        assertEquals(SqlDialect.H2, SqlDialect.detect("H2"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.detect("PostgreSQL"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.detect("jdbc:kingbase8://127.0.0.1:54321/portal"));
        assertEquals(SqlDialect.DM8, SqlDialect.detect("DM DBMS"));
        assertEquals(SqlDialect.DM8, SqlDialect.detect("jdbc:dm://10.0.0.5:5236"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqlDialect.detect("Informix"));
        assertTrue(e.getMessage().contains("不支持的数据库"));
    }

    @Test
    void dm8RenderingLeavesNoPlaceholderBehind() {
        String rendered = SqlDialect.DM8.render("a ${bool} NOT NULL, b ${clob}, c ${ts}");
        assertEquals("a BIT NOT NULL, b CLOB, c TIMESTAMP", rendered);
        assertFalse(rendered.contains("${"));
    }
}
