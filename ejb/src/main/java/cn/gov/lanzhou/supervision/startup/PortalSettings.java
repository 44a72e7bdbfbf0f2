package cn.gov.lanzhou.supervision.startup;

import cn.gov.lanzhou.supervision.demo.DemoSize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The portal-wide settings, read from MicroProfile Config and checked once at start-up so
 * that a typo gives a clear message naming the key. Feature settings live with their feature.
 */
@ApplicationScoped
public class PortalSettings {

    public static final String PROFILE = "portal.profile";
    public static final String DATA_DIR = "portal.data.dir";
    public static final String DEMO_DATA = "portal.demo.data";
    public static final String DB_MIGRATE = "portal.db.migrate";
    public static final String DATASOURCE_JNDI = "portal.datasource.jndi";
    public static final String AUDIT_RETENTION_DAYS = "portal.audit.retention-days";

    /** GB/T 22239-2019 Level 3 (and 网络安全法 第二十一条): audit records are kept at least six months. */
    public static final int AUDIT_RETENTION_MIN_DAYS = 180;

    /** demo: documented demo accounts and keys generated on first start; production: neither. */
    public enum Profile { DEMO, PRODUCTION }

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public PortalSettings() {
        this(key -> {
            Config config = ConfigProvider.getConfig(PortalSettings.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
    }

    /** Reads the given source, e.g. a map in tests. */
    public PortalSettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    private String raw(String key, String defaultValue) {
        return source.apply(key).map(String::trim).orElse(defaultValue);
    }

    public Profile profile() {
        String v = raw(PROFILE, "demo");
        try {
            return Profile.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(PROFILE, v, "demo 或 production");
        }
    }

    public Path dataDir() {
        String v = raw(DATA_DIR, "./data");
        try {
            return Path.of(v).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidSettingException(DATA_DIR, v, "一个可写的目录路径 / a writable directory");
        }
    }

    public DemoSize demoSize() {
        String v = raw(DEMO_DATA, "demo");
        DemoSize size = DemoSize.parse(v).orElseThrow(() -> new InvalidSettingException(DEMO_DATA, v, "none、demo 或 full"));
        if (size != DemoSize.NONE && profile() == Profile.PRODUCTION) {
            throw new InvalidSettingException(DEMO_DATA, v, "none（生产环境不允许生成演示数据）");
        }
        return size;
    }

    public boolean migrate() {
        String v = raw(DB_MIGRATE, "true");
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(DB_MIGRATE, v, "true 或 false");
        };
    }

    /** JNDI name of the data source (the persistence unit reads the same key). */
    public String dataSourceJndi() {
        return raw(DATASOURCE_JNDI, PortalStartup.DATASOURCE);
    }

    /**
     * Days the audit trail stays in the live table at least (180 or more): an archive may only
     * cover events older than this, so that pruning after an archive never shortens the retention.
     */
    public int auditRetentionDays() {
        String v = raw(AUDIT_RETENTION_DAYS, String.valueOf(AUDIT_RETENTION_MIN_DAYS));
        try {
            int days = Integer.parseInt(v);
            if (days >= AUDIT_RETENTION_MIN_DAYS && days <= 36_500) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(AUDIT_RETENTION_DAYS, v,
                AUDIT_RETENTION_MIN_DAYS + " 到 36500 之间的整数（等保三级要求审计记录至少保存 180 天）");
    }

    /** Checks every portal-wide key and prepares the data directory. */
    public void check() {
        profile();
        auditRetentionDays();
        demoSize();
        migrate();
        Path dir = dataDir();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new InvalidSettingException(DATA_DIR, dir.toString(), "一个可写的目录路径 / a writable directory (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidSettingException(DATA_DIR, dir.toString(), "一个可写的目录路径 / a writable directory");
        }
    }
}
