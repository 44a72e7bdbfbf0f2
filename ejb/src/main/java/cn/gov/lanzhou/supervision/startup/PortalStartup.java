package cn.gov.lanzhou.supervision.startup;

import cn.gov.lanzhou.supervision.demo.DemoDataGenerator;
import cn.gov.lanzhou.supervision.demo.DemoSize;
import cn.gov.lanzhou.supervision.gm.keys.GmKeys;
import cn.gov.lanzhou.supervision.identity.InitialAdministrators;
import cn.gov.lanzhou.supervision.identity.KeyMaterial;
import cn.gov.lanzhou.supervision.protection.FieldProtection;
import cn.gov.lanzhou.supervision.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs once at deployment, before anyone is served: checks the configuration, migrates the
 * schema and fills the demo data when the database is empty. A wrong setting stops the start
 * with one line naming the key, not a wall of stack traces.
 *
 * <p>The data source settings come from MicroProfile Config ({@code portal.db.*}); Payara
 * resolves the {@code ${MPCONFIG=…}} expressions when it creates the pool.
 */
@DataSourceDefinition(
        name = PortalStartup.DATASOURCE,
        className = "${MPCONFIG=portal.db.datasource-class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

    /** The application's own data source; global so that EclipseLink can look it up by name. */
    public static final String DATASOURCE = "java:global/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    private PortalSettings settings;

    @EJB
    private DemoDataGenerator demoData;

    @EJB
    private KeyMaterial keyMaterial;

    @EJB
    private InitialAdministrators initialAdministrators;

    @EJB
    private SettingOverrides settingOverrides;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        try {
            settings.check();
            new cn.gov.lanzhou.supervision.registry.quality.RegistryQualitySettings().check();
            // Field keys before anything may read or write an encrypted column (converters cannot be
            // injected, see FieldProtection); the key file's place and whether it may be generated
            // come from the settings just checked.
            GmKeys gmKeys = keyMaterial.keys();
            FieldProtection.install(gmKeys.fieldCipher(), gmKeys.blindIndex());
            if (settings.migrate()) {
                SchemaMigrations.migrate(dataSource());
            }
            settingOverrides.reload();
            initialAdministrators.createIfNoAccounts();
            if (settings.demoSize() != DemoSize.NONE) {
                demoData.fillIfEmpty(settings.demoSize());
            }
            ready = true;
            LOG.info(() -> "兰州市建设工程安全质量监督站门户已就绪 / portal ready (profile " + settings.profile() + ")");
        } catch (InvalidSettingException e) {
            LOG.severe(() -> "启动失败，配置项错误 / start-up stopped by a configuration error: " + e.getMessage());
            throw e;
        } catch (IllegalStateException e) {
            LOG.log(Level.SEVERE, "启动失败 / start-up failed: {0}", e.getMessage());
            throw e;
        }
    }

    /**
     * The data source the persistence unit uses: the application's own ({@value #DATASOURCE}) or
     * a server pool named by {@code portal.datasource.jndi}.
     */
    public DataSource dataSource() {
        String name = settings.dataSourceJndi();
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new InvalidSettingException(PortalSettings.DATASOURCE_JNDI, name, "一个已定义的数据源 JNDI 名称 / a bound data source");
        }
    }

    /** True once migrations and demo data are done: the readiness check reports it. */
    public boolean isReady() {
        return ready;
    }
}
