package cn.gov.lanzhou.supervision.schema;

import java.util.Locale;
import java.util.Map;

/**
 * The few type names that differ between the databases the portal supports. Every migration
 * script writes {@code ${bool}}, {@code ${clob}} and {@code ${ts}} instead of a vendor's type.
 */
public enum SqlDialect {
    H2(Map.of("bool", "BOOLEAN", "clob", "CLOB", "ts", "TIMESTAMP")),
    POSTGRESQL(Map.of("bool", "BOOLEAN", "clob", "TEXT", "ts", "TIMESTAMP")),
    /** Dameng DM8: BIT for booleans, as EclipseLink's DM8 platform maps them. */
    DM8(Map.of("bool", "BIT", "clob", "CLOB", "ts", "TIMESTAMP"));

    private final Map<String, String> placeholders;

    SqlDialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** Picks the dialect from a JDBC URL or a product name as reported by the driver. */
    public static SqlDialect detect(String urlOrProduct) {
        String s = urlOrProduct == null ? "" : urlOrProduct.toLowerCase(Locale.ROOT);
        if (s.contains("h2")) {
            return H2;
        }
        if (s.contains("postgres") || s.contains("kingbase") || s.contains("opengauss") || s.contains("highgo")) {
            return POSTGRESQL;
        }
        if (s.contains("dm") || s.contains("dameng")) {
            return DM8;
        }
        throw new IllegalArgumentException("不支持的数据库 / unsupported database: " + urlOrProduct
                + " (supported: H2, PostgreSQL family, Dameng DM8)");
    }

    /**
     * Replaces the placeholders of a migration script, for databases Flyway cannot drive (DM8).
     * For DM8, {@code VARCHAR(n)} becomes {@code VARCHAR(n CHAR)}: lengths count characters
     * whatever LENGTH_IN_CHAR the instance was initialised with, as in {@code DM8Platform}.
     */
    public String render(String script) {
        String out = script;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (this == DM8) {
            out = VARCHAR_LENGTH.matcher(out).replaceAll("VARCHAR($1 CHAR)");
        }
        return out;
    }

    private static final java.util.regex.Pattern VARCHAR_LENGTH = java.util.regex.Pattern.compile("VARCHAR\\((\\d+)\\)");
}
