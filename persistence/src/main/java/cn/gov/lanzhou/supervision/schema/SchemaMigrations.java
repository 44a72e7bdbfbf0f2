package cn.gov.lanzhou.supervision.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings a database to the current schema version at start-up. Flyway drives H2 and the
 * PostgreSQL family; a Dameng DM8 schema is created by the DBA from {@code db/dm8/} (Flyway has
 * no DM8 support), and then this class only checks that it is there.
 */
public final class SchemaMigrations {

    /** Classpath folder of the versioned scripts. */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /** Migrates and returns the number of scripts applied now (0 when already current). */
    public static int migrate(DataSource dataSource) {
        SqlDialect dialect = dialectOf(dataSource);
        if (dialect == SqlDialect.DM8) {
            LOG.info("Dameng DM8 detected: schema is managed by the DBA scripts in db/dm8, Flyway is skipped");
            return 0;
        }
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .placeholders(dialect.placeholders())
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migration(s) applied now, " + dialect + ")");
        return result.migrationsExecuted;
    }

    static SqlDialect dialectOf(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return SqlDialect.detect(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("无法连接数据库 / cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
