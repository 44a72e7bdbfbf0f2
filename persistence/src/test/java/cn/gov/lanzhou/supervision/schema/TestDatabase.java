package cn.gov.lanzhou.supervision.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, migrated database for one test class: in-memory H2 by default, or a private schema
 * in the PostgreSQL named by the system property {@code test.db.url} (the {@code postgresql}
 * Maven profile sets it). The schema is dropped again by {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final String pgSchema;
    private final String pgUrl;
    private final String pgUser;
    private final String pgPassword;

    private TestDatabase(DataSource dataSource, String pgSchema, String pgUrl, String pgUser, String pgPassword) {
        this.dataSource = dataSource;
        this.pgSchema = pgSchema;
        this.pgUrl = pgUrl;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
    }

    public static TestDatabase create() {
        String url = System.getProperty("test.db.url", "");
        TestDatabase db;
        if (url.isBlank()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            db = new TestDatabase(h2, null, null, null, null);
        } else {
            String user = System.getProperty("test.db.user", "postgres");
            String password = System.getProperty("test.db.password", "");
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Connection c = DriverManager.getConnection(url, user, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare PostgreSQL test schema at " + url, e);
            }
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            pg.setPassword(password);
            pg.setCurrentSchema(schema);
            db = new TestDatabase(pg, schema, url, user, password);
        }
        SchemaMigrations.migrate(db.dataSource);
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return pgSchema != null;
    }

    /** The portal's persistence unit in Java SE mode on this database. */
    public EntityManagerFactory entityManagerFactory() {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("portal", props);
    }

    /** Runs the work in one resource-local transaction, rolled back if it throws. */
    public static void inTransaction(EntityManagerFactory emf, java.util.function.Consumer<jakarta.persistence.EntityManager> work) {
        jakarta.persistence.EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        if (pgSchema != null) {
            try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword);
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + pgSchema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
