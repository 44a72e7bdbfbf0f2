package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.gm.digest.Sm3;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 审计日志归档 — a CSV file holding a contiguous run of the audit chain that verifies on its own,
 * offline, with nothing but the audit key ({@code AuditChainVerifier --archive}).
 *
 * <pre>
 * ﻿# 审计日志归档 / audit archive v1; occurred before 2026-05-01T00:00
 * # chain-start-mac=&lt;MAC of the event just before the first archived one, or 64 zeros&gt;
 * 编号,时间,用户,角色,来源地址,事件类型,对象类型,对象编号,结果,详情,校验码
 * 1,2025-11-03 08:12:44.120,zhang.wei,SUPERVISOR,10.1.2.3,LOGIN,UserAccount,zhang.wei,成功,,5f0c…
 * …
 * # records=30; chain-end-mac=&lt;MAC of the last archived event&gt;; seal=&lt;HMAC-SM3&gt;
 * </pre>
 *
 * The columns are those of the console's CSV export, the MAC included, UTF-8 with a BOM. Unlike
 * the export, a cell is encoded losslessly so that the MAC can be recomputed: a cell starting with
 * {@code = + - @ '}, a tab or a carriage return gets one leading {@code '} (against formula
 * injection in spreadsheets), which the reader strips again. The last line seals the start MAC,
 * the record count and the end MAC with the audit key, so that rows cut from either end of the
 * file are detected too; the end MAC is also written into the live trail's {@code AUDIT_ARCHIVE}
 * event, and the first live event after the archived range links to it.
 */
public final class AuditArchive {

    static final String TITLE = "# 审计日志归档 / audit archive v1";
    static final String START = "# chain-start-mac=";
    static final String COLUMNS = "编号,时间,用户,角色,来源地址,事件类型,对象类型,对象编号,结果,详情,校验码";

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter PARSE = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();

    private AuditArchive() {
    }

    /** One archived event, as stored; {@code outcome} is the enum name. */
    public record Row(long id, LocalDateTime occurredAt, String username, String role, String sourceIp,
                      String eventType, String objectType, String objectId, String outcome, String detail,
                      String mac) {

        public static Row of(AuditEvent e) {
            return new Row(e.getId(), e.getOccurredAt(), e.getUsername(), e.getRole(), e.getSourceIp(), e.getEventType(),
                    e.getObjectType(), e.getObjectId(), e.getOutcome().name(), e.getDetail(), e.getMac());
        }

        String canonical() {
            return AuditChain.canonical(id, occurredAt, username, role, sourceIp, eventType, objectType, objectId,
                    outcome, detail);
        }
    }

    /** What was archived: count, first and last id (0 when empty) and both ends of the chain. */
    public record Summary(long records, long firstId, long lastId, String startMac, String endMac) {
        public String describe() {
            return records + " records #" + firstId + "–#" + lastId + ", chain-start-mac=" + startMac
                    + ", chain-end-mac=" + endMac;
        }
    }

    /** Writes an archive row by row; {@link #finish()} writes the sealed last line. */
    public static final class Sink {
        private final Writer out;
        private final byte[] key;
        private final String startMac;
        private String endMac;
        private long count;
        private long firstId;
        private long lastId;

        public Sink(Writer out, byte[] key, String startMac, String description) throws IOException {
            this.out = out;
            this.key = key.clone();
            this.startMac = startMac;
            this.endMac = startMac;
            out.write('\ufeff');
            out.write(TITLE + (description == null ? "" : "; " + description.replace('\r', ' ').replace('\n', ' ')) + "\r\n");
            out.write(START + startMac + "\r\n");
            out.write(COLUMNS + "\r\n");
        }

        public void write(Row r) throws IOException {
            String time = r.occurredAt().getNano() % 1_000_000 == 0 ? MILLIS.format(r.occurredAt()) : NANOS.format(r.occurredAt());
            out.write(String.join(",", String.valueOf(r.id()), time, cell(r.username()), cell(r.role()),
                    cell(r.sourceIp()), cell(r.eventType()), cell(r.objectType()), cell(r.objectId()),
                    AuditOutcome.valueOf(r.outcome()).label(), cell(r.detail()), cell(r.mac())));
            out.write("\r\n");
            if (count == 0) {
                firstId = r.id();
            }
            lastId = r.id();
            endMac = r.mac();
            count++;
        }

        public Summary finish() throws IOException {
            out.write("# records=" + count + "; chain-end-mac=" + endMac + "; seal=" + seal(key, startMac, count, endMac)
                    + "\r\n");
            out.flush();
            return new Summary(count, firstId, lastId, startMac, endMac);
        }
    }

    /**
     * Archives, straight from the database, the events from the first one that occurred at or after
     * {@code from} (null: the first one) to the last one that occurred before {@code before}, in id
     * order. The service in the portal is {@link AuditQuery#archive}; this is for tools and tests.
     */
    public static Summary write(Connection c, byte[] key, LocalDateTime from, LocalDateTime before, Writer out)
            throws SQLException, IOException {
        long[] range = range(c, from, before);
        String start = macBefore(c, range[0]);
        Sink sink = new Sink(out, key, start, describe(from, before));
        if (range[0] <= range[1]) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, username, actor_role, source_ip, "
                    + "event_type, object_type, object_id, outcome, detail, mac FROM audit_event "
                    + "WHERE id >= ? AND id <= ? ORDER BY id")) {
                ps.setLong(1, range[0]);
                ps.setLong(2, range[1]);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.write(new Row(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11)));
                    }
                }
            }
        }
        return sink.finish();
    }

    static String describe(LocalDateTime from, LocalDateTime before) {
        return (from == null ? "" : "occurred from " + from + " ") + "occurred before " + before;
    }

    private static long[] range(Connection c, LocalDateTime from, LocalDateTime before) throws SQLException {
        long first;
        try (PreparedStatement ps = c.prepareStatement(from == null ? "SELECT MIN(id) FROM audit_event"
                : "SELECT MIN(id) FROM audit_event WHERE occurred_at >= ?")) {
            if (from != null) {
                ps.setObject(1, from);
            }
            first = single(ps);
        }
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM audit_event WHERE occurred_at < ?")) {
            ps.setObject(1, before);
            last = single(ps);
        }
        return first == 0 || last == 0 ? new long[] {1, 0} : new long[] {first, last};
    }

    private static String macBefore(Connection c, long firstId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mac FROM audit_event WHERE id = "
                + "(SELECT MAX(id) FROM audit_event WHERE id < ?)")) {
            ps.setLong(1, firstId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : AuditChain.GENESIS;
            }
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** HMAC-SM3 over both ends of the archived run and its length. */
    static String seal(byte[] key, String startMac, long count, String endMac) {
        return Sm3.hex(Sm3.hmac(key, "AUDIT-ARCHIVE\u001e" + startMac + "\u001e" + count + "\u001e" + endMac));
    }

    /** CSV cell, lossless: see the class comment. */
    static String cell(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        String s = "=+-@'\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String uncell(String s) {
        return s.startsWith("'") ? s.substring(1) : s;
    }

    /** What an offline check found. */
    public record Check(long checked, Optional<Long> firstBroken, String message, String startMac, String endMac) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** Thrown when the file is not an archive at all (exit code 1, not 2). */
    public static final class NotAnArchiveException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAnArchiveException(String message) {
            super(message);
        }
    }

    /**
     * Verifies an archive: every row's MAC from the header's start MAC on, then the sealed last
     * line (count and end MAC). The first broken record is reported by its id ({@code -1} when
     * the damage is not in a record: a missing or altered last line, a row that cannot be read).
     */
    public static Check verify(Reader in, byte[] key) throws IOException {
        CsvReader csv = new CsvReader(in);
        List<String> title = csv.next();
        if (title == null || title.size() < 1 || !title.get(0).replace("\ufeff", "").startsWith(TITLE.substring(0, 8))) {
            throw new NotAnArchiveException("不是审计归档文件（缺少标题行） / not an audit archive (no title line)");
        }
        List<String> startLine = csv.next();
        if (startLine == null || startLine.size() != 1 || !startLine.get(0).startsWith(START)
                || !startLine.get(0).substring(START.length()).matches("[0-9a-f]{64}")) {
            throw new NotAnArchiveException("不是审计归档文件（缺少起始校验码） / not an audit archive (no chain-start-mac line)");
        }
        String startMac = startLine.get(0).substring(START.length());
        List<String> columns = csv.next();
        if (columns == null || !String.join(",", columns).equals(COLUMNS)) {
            throw new NotAnArchiveException("不是审计归档文件（列名不符） / not an audit archive (unexpected columns)");
        }
        String previous = startMac;
        long checked = 0;
        while (true) {
            int line = csv.line();
            List<String> f = csv.next();
            if (f == null) {
                return broken(checked, -1, "归档文件末行缺失（文件被截断） / the archive's last line is missing (truncated)",
                        startMac, previous);
            }
            if (f.size() == 1 && f.get(0).startsWith("# records=")) {
                String expected = "# records=" + checked + "; chain-end-mac=" + previous + "; seal="
                        + seal(key, startMac, checked, previous);
                if (!f.get(0).equals(expected)) {
                    return broken(checked, -1, "归档文件末行（记录数、结束校验码或封印）不符：记录被删减或末行被修改 / "
                            + "the archive's last line (count, end MAC or seal) does not match: records were cut or it was edited",
                            startMac, previous);
                }
                if (csv.next() != null) {
                    return broken(checked, -1, "归档文件末行之后还有内容 / content after the archive's last line",
                            startMac, previous);
                }
                return new Check(checked, Optional.empty(), "审计归档完整，共校验 " + checked + " 条记录 / audit archive intact, "
                        + checked + " records; chain-start-mac=" + startMac + ", chain-end-mac=" + previous,
                        startMac, previous);
            }
            Row r;
            try {
                r = row(f);
            } catch (RuntimeException e) {
                long id = -1;
                try {
                    id = Long.parseLong(f.get(0));
                } catch (RuntimeException ignored) {
                    // no id to report
                }
                return broken(checked, id, "归档第 " + line + " 行无法读取 / line " + line + " of the archive cannot be read: "
                        + e.getMessage(), startMac, previous);
            }
            String expected = AuditChain.link(key, previous, r.canonical());
            if (!AuditChain.matches(expected, r.mac())) {
                return broken(checked, r.id(), "审计记录 #" + r.id() + " 校验失败：该记录或其之前的记录被修改、插入或删除 / audit record #"
                        + r.id() + " does not match: it or an earlier record was changed, inserted or deleted", startMac, previous);
            }
            previous = r.mac();
            checked++;
        }
    }

    private static Check broken(long checked, long id, String message, String startMac, String endMac) {
        return new Check(checked, Optional.of(id), message, startMac, endMac);
    }

    private static Row row(List<String> f) {
        if (f.size() != 11) {
            throw new IllegalArgumentException(f.size() + " columns instead of 11");
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(f.get(1), PARSE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad time " + f.get(1));
        }
        String outcome = null;
        for (AuditOutcome o : AuditOutcome.values()) {
            if (o.label().equals(f.get(8)) || o.name().equals(f.get(8))) {
                outcome = o.name();
            }
        }
        if (outcome == null) {
            throw new IllegalArgumentException("bad outcome " + f.get(8));
        }
        return new Row(Long.parseLong(f.get(0)), at, uncell(f.get(2)), uncell(f.get(3)), uncell(f.get(4)),
                uncell(f.get(5)), uncell(f.get(6)), uncell(f.get(7)), outcome, uncell(f.get(9)), uncell(f.get(10)));
    }

    /** RFC 4180 records, CRLF or LF; a quoted cell may span lines. */
    static final class CsvReader {
        private final Reader in;
        private int line = 1;
        private int pushed = -2;

        CsvReader(Reader in) {
            this.in = in;
        }

        /** The line the next record starts on. */
        int line() {
            return line;
        }

        private int read() throws IOException {
            if (pushed != -2) {
                int c = pushed;
                pushed = -2;
                return c;
            }
            return in.read();
        }

        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c == -1) {
                    fields.add(cell.toString());
                    return fields;
                }
                if (quoted) {
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int d = read();
                        if (d != '\n') {
                            pushed = d;
                        }
                    }
                    line++;
                    fields.add(cell.toString());
                    return fields;
                } else {
                    cell.append((char) c);
                }
                c = read();
            }
        }
    }
}
