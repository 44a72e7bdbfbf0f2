/**
 * Versioned schema migrations (Flyway) and the vendor placeholders that keep one set of
 * scripts portable across H2, PostgreSQL and Dameng DM8.
 */
package cn.gov.lanzhou.supervision.schema;
