package cn.gov.lanzhou.supervision.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Set;

import org.eclipse.persistence.exceptions.ValidationException;
import org.eclipse.persistence.expressions.ExpressionOperator;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.FieldTypeDefinition;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.OraclePlatform;
import org.eclipse.persistence.queries.ObjectBuildingQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;

/**
 * EclipseLink platform for Dameng DM8 (达梦数据库 8), used in production through
 * {@code <property name="eclipselink.target-database"
 * value="cn.gov.lanzhou.supervision.platform.DM8Platform"/>}.
 *
 * <p>DM8 accepts most Oracle SQL (DUAL, {@code seq.NEXTVAL}, {@code NVL}, {@code INSTR}, ANSI joins,
 * {@code FOR UPDATE [NOWAIT | WAIT n]}, MINUS, PL/SQL-style anonymous blocks), so this class extends
 * {@link OraclePlatform} and changes only what DM8 does differently or better:
 * <ul>
 * <li><b>Pagination</b>: {@code ... LIMIT ? OFFSET ?} instead of Oracle's nested {@code ROWNUM}
 *     sub-selects. A query that only sets a first result, a pessimistic-lock query, or a platform with
 *     {@link #shouldUseRownumFiltering()} switched off is sent unchanged and the JDBC driver applies
 *     {@code maxRows}/first-row skipping, as EclipseLink's PostgreSQL/H2 platforms do.</li>
 * <li><b>Identity columns</b>: DM8 has {@code IDENTITY(seed, increment)} columns and
 *     {@code SCOPE_IDENTITY()}, so {@code GenerationType.IDENTITY} works next to
 *     {@code GenerationType.SEQUENCE} ({@code SELECT seq.NEXTVAL FROM DUAL}, inherited).</li>
 * <li><b>Types</b>: DM8's own types (BIT, INT, BIGINT, DECIMAL, DOUBLE, DATE without a time part,
 *     TIME, TIMESTAMP, BLOB, CLOB) rather than Oracle's NUMBER/VARCHAR2 family.</li>
 * <li><b>Identifiers</b> up to 128 characters (Oracle before 12.2: 30).</li>
 * </ul>
 *
 * <h2>String length semantics: {@code VARCHAR(n CHAR)}</h2>
 * A DM8 instance counts {@code VARCHAR(n)} in <em>bytes</em> unless it was initialised with
 * {@code dminit ... LENGTH_IN_CHAR=1}; that parameter cannot be changed after initialisation, and with
 * UTF-8 a Chinese character takes three bytes, so a byte-counted {@code VARCHAR(100)} holds only 33
 * Chinese characters while the entity's {@code @Column(length = 100)} / Bean Validation
 * {@code @Size(max = 100)} count characters. This platform therefore writes every generated
 * VARCHAR column with an explicit character unit, {@code VARCHAR(n CHAR)}, which DM8 (builds from about
 * V8 1-1-190 on) accepts whatever LENGTH_IN_CHAR is, so generated DDL means the same on every instance. The storage limit of one
 * VARCHAR value stays 8188 bytes and a row must fit the page size chosen at {@code dminit} time;
 * longer text belongs in CLOB ({@code @Lob}). Hand-written migrations should use the same
 * {@code VARCHAR(n CHAR)} form.
 *
 * <h2>Booleans</h2>
 * {@code Boolean} maps to DM8 {@code BIT} (values 1, 0 and NULL); literals print as {@code 1}/{@code 0}
 * and bound parameters go through {@code PreparedStatement.setBoolean}.
 */
public class DM8Platform extends OraclePlatform {

    private static final long serialVersionUID = 1L;

    /** Type names whose length {@link #printFieldTypeSize} writes in characters ({@code n CHAR}). */
    private static final Set<String> CHARACTER_LENGTH_TYPES = Set.of("VARCHAR", "VARCHAR2", "NVARCHAR", "NVARCHAR2");

    /** DM8 identifier limit (schema, table, column, constraint, index names). */
    private static final int MAX_IDENTIFIER_LENGTH = 128;

    public DM8Platform() {
        super();
        // DM8 has real IDENTITY columns; OraclePlatform leaves this off because Oracle (before 12c) has none.
        this.supportsIdentity = true;
    }

    // ------------------------------------------------------------------ pagination

    /**
     * Prints {@code <select> LIMIT ? OFFSET ?} when the query has a maximum row count, binding
     * {@link DatabaseCall#MAXROW_FIELD} (a row count, see {@link #computeMaxRowsForSQL}) and
     * {@link DatabaseCall#FIRSTRESULT_FIELD} (rows to skip). Everything else is printed as a plain
     * statement, without Oracle's ROWNUM wrapping: then the JDBC {@code maxRows} and first-row settings
     * apply. Pessimistic-lock queries take that plain path, which avoids depending on where DM8 wants
     * {@code FOR UPDATE} relative to {@code LIMIT} and avoids locking rows of a page that is then discarded.
     */
    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
        ReadQuery query = statement.getQuery();
        int max = query == null ? 0 : query.getMaxRows();
        if (max <= 0 || !shouldUseRownumFiltering() || isPessimisticLockQuery(query)) {
            call.setFields(statement.printSQL(printer));
            return;
        }
        statement.setUseUniqueFieldAliases(true);
        call.setFields(statement.printSQL(printer));
        printer.printString(" LIMIT ");
        printer.printParameter(DatabaseCall.MAXROW_FIELD);
        printer.printString(" OFFSET ");
        printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
        call.setIgnoreFirstRowSetting(true);
        call.setIgnoreMaxResultsSetting(true);
    }

    private static boolean isPessimisticLockQuery(ReadQuery query) {
        return query != null && query.isObjectBuildingQuery() && ((ObjectBuildingQuery) query).isLockQuery();
    }

    /**
     * EclipseLink keeps {@code maxRows} as the index of the last row (JPA sets it to
     * {@code firstResult + maxResults}); DM8's {@code LIMIT} takes a row count.
     */
    @Override
    public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
        return maxResults - Math.max(firstResultIndex, 0);
    }

    // ------------------------------------------------------------------ identity and sequences

    /**
     * Reads back the key of the row just inserted on this connection. {@code SCOPE_IDENTITY()} ignores
     * identity values generated by triggers, unlike {@code @@IDENTITY}.
     */
    @Override
    public ValueReadQuery buildSelectQueryForIdentity() {
        ValueReadQuery query = new ValueReadQuery();
        query.setSQLString("SELECT SCOPE_IDENTITY()");
        return query;
    }

    /** Same query as {@link #buildSelectQueryForIdentity()}: DM8 identity does not use a sequence (no CURRVAL). */
    @Override
    public ValueReadQuery buildSelectQueryForIdentity(String qualifiedSeqName, Integer size) {
        return buildSelectQueryForIdentity();
    }

    /** {@code ID BIGINT IDENTITY(1,1) NOT NULL}; DM8 allows one identity column per table and no DEFAULT on it. */
    @Override
    public void printFieldIdentityClause(Writer writer) throws ValidationException {
        try {
            writer.write(" IDENTITY(1,1)");
        } catch (IOException ioException) {
            throw ValidationException.fileError(ioException);
        }
    }

    // ------------------------------------------------------------------ types

    @Override
    protected Hashtable<Class<?>, FieldTypeDefinition> buildFieldTypes() {
        Hashtable<Class<?>, FieldTypeDefinition> types = new Hashtable<>();
        types.put(Boolean.class, new FieldTypeDefinition("BIT", false));

        types.put(Integer.class, new FieldTypeDefinition("INT", false));
        types.put(Long.class, new FieldTypeDefinition("BIGINT", false));
        types.put(Short.class, new FieldTypeDefinition("SMALLINT", false));
        types.put(Byte.class, new FieldTypeDefinition("TINYINT", false));
        types.put(Float.class, new FieldTypeDefinition("REAL", false));
        types.put(Double.class, new FieldTypeDefinition("DOUBLE", false));
        types.put(java.math.BigInteger.class, new FieldTypeDefinition("DECIMAL", 38));
        // Give BigDecimal columns an explicit precision and scale (@Column(precision, scale));
        // without them the column is DECIMAL(38), i.e. scale 0, as on Oracle.
        types.put(java.math.BigDecimal.class, new FieldTypeDefinition("DECIMAL", 38).setLimits(38, 0, 38));
        types.put(Number.class, new FieldTypeDefinition("DECIMAL", 38).setLimits(38, 0, 38));

        types.put(String.class, new FieldTypeDefinition(
                getUseNationalCharacterVaryingTypeForString() ? "NVARCHAR" : "VARCHAR", DEFAULT_VARCHAR_SIZE));
        // VARCHAR(1 CHAR) holds any one character; a byte-counted CHAR(1) would not hold a Chinese one.
        types.put(Character.class, new FieldTypeDefinition("VARCHAR", 1));

        types.put(Byte[].class, new FieldTypeDefinition("BLOB", false));
        types.put(byte[].class, new FieldTypeDefinition("BLOB", false));
        types.put(java.sql.Blob.class, new FieldTypeDefinition("BLOB", false));
        types.put(Character[].class, new FieldTypeDefinition("CLOB", false));
        types.put(char[].class, new FieldTypeDefinition("CLOB", false));
        types.put(java.sql.Clob.class, new FieldTypeDefinition("CLOB", false));

        // DM8 DATE is a date only (unlike Oracle's DATE, which carries a time); TIME exists.
        types.put(java.sql.Date.class, new FieldTypeDefinition("DATE", false));
        types.put(java.time.LocalDate.class, new FieldTypeDefinition("DATE", false));
        types.put(java.sql.Time.class, new FieldTypeDefinition("TIME", false));
        types.put(java.time.LocalTime.class, new FieldTypeDefinition("TIME", false));
        types.put(java.sql.Timestamp.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.time.LocalDateTime.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.util.Date.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.util.Calendar.class, new FieldTypeDefinition("TIMESTAMP", false));
        // The offset is not stored (same as OraclePlatform); keep instants as LocalDateTime in one zone.
        types.put(java.time.OffsetDateTime.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.time.OffsetTime.class, new FieldTypeDefinition("TIME", false));
        return types;
    }

    /** Writes VARCHAR-family sizes with a character unit, {@code VARCHAR(n CHAR)}; see the class comment. */
    @Override
    protected void printFieldTypeSize(Writer writer, FieldDefinition field, FieldTypeDefinition fieldType)
            throws IOException {
        boolean printsSize = fieldType.isSizeAllowed() && (field.getSize() != 0 || fieldType.isSizeRequired());
        if (!printsSize || !CHARACTER_LENGTH_TYPES.contains(fieldType.getName().toUpperCase(Locale.ROOT))) {
            super.printFieldTypeSize(writer, field, fieldType);
            return;
        }
        writer.write(fieldType.getName());
        writer.write("(");
        writer.write(Integer.toString(field.getSize() != 0 ? field.getSize() : fieldType.getDefaultSize()));
        writer.write(" CHAR)");
    }

    /** Boolean literals for BIT columns: {@code 1} and {@code 0}. */
    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "1" : "0");
    }

    // ------------------------------------------------------------------ functions and DDL details

    /** JPQL {@code CURRENT_DATE}: DM8's CURRENT_DATE is already a DATE, no Oracle TO_DATE(...) wrapper needed. */
    @Override
    protected void initializePlatformOperators() {
        super.initializePlatformOperators();
        addOperator(ExpressionOperator.simpleFunctionNoParentheses(ExpressionOperator.CurrentDate, "CURRENT_DATE"));
    }

    @Override
    public int getMaxFieldNameSize() {
        return MAX_IDENTIFIER_LENGTH;
    }

    /** DM8 syntax is {@code DROP TABLE t [RESTRICT | CASCADE]} (Oracle: {@code CASCADE CONSTRAINTS}). */
    @Override
    public String getDropCascadeString() {
        return " CASCADE";
    }

    /**
     * No temporary tables (as on Oracle): a bulk UPDATE over an entity mapped to several tables then uses
     * EclipseLink's Oracle anonymous block (BULK COLLECT / FORALL), relying on DM8's PL/SQL-compatible
     * DMSQL (not exercised against a DM8 server); single-table bulk UPDATE/DELETE needs neither.
     */
    @Override
    public boolean supportsLocalTempTables() {
        return false;
    }

    @Override
    public boolean supportsGlobalTempTables() {
        return false;
    }

    /** Oracle Virtual Private Database (DBMS_RLS policies) is an Oracle feature; not used on DM8. */
    @Override
    public boolean supportsVPD() {
        return false;
    }
}
