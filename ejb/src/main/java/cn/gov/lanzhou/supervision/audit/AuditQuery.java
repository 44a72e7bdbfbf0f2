package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.identity.KeyMaterial;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import cn.gov.lanzhou.supervision.startup.PortalSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 审计管理员 only: search, export and verify the audit trail. Nobody else can read it — not
 * the system administrator — and nobody at all can change or delete it through the portal.
 * Every export and verification is itself audited.
 */
@Stateless
@RolesAllowed("AUDIT_ADMIN")
public class AuditQuery {

    /** What to look for; null fields match everything. */
    public record Criteria(String username, LocalDateTime from, LocalDateTime to, String eventType,
                           AuditOutcome outcome) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail trail;

    @Resource
    private SessionContext caller;

    @EJB
    private KeyMaterial keys;

    @Inject
    private PortalSettings settings;

    public Page<AuditEvent> search(Criteria criteria, int pageNumber, int pageSize) {
        int size = Page.clampSize(pageSize);
        List<AuditEvent> items = query(criteria, AuditEvent.class, "select e from AuditEvent e", " order by e.id desc")
                .setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size).getResultList();
        long total = query(criteria, Long.class, "select count(e) from AuditEvent e", "").getSingleResult();
        return new Page<>(items, Math.max(1, pageNumber), size, total);
    }

    /** Writes every matching event as CSV (UTF-8 with BOM for Excel) and records the export. */
    public long exportCsv(Criteria criteria, Writer out, String sourceIp) throws IOException {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
        out.write('\ufeff');
        out.write("编号,时间,用户,角色,来源地址,事件类型,对象类型,对象编号,结果,详情,校验码\r\n");
        long count = 0;
        long afterId = Long.MAX_VALUE;
        while (true) {
            List<AuditEvent> batch = query(criteria, AuditEvent.class, "select e from AuditEvent e",
                    " and e.id < :afterId order by e.id desc", "afterId", afterId).setMaxResults(1000).getResultList();
            for (AuditEvent e : batch) {
                out.write(String.join(",", String.valueOf(e.getId()), f.format(e.getOccurredAt()), csv(e.getUsername()),
                        csv(e.getRole()), csv(e.getSourceIp()), csv(e.getEventType()), csv(e.getObjectType()),
                        csv(e.getObjectId()), e.getOutcome().label(), csv(e.getDetail()), csv(e.getMac())));
                out.write("\r\n");
                afterId = e.getId();
                count++;
            }
            em.clear();
            if (batch.size() < 1000) {
                break;
            }
        }
        trail.record(caller.getCallerPrincipal().getName(), "AUDIT_ADMIN", sourceIp, "AUDIT_EXPORT", "AuditEvent", null,
                AuditOutcome.SUCCESS, count + " records");
        return count;
    }

    /**
     * 归档 — writes a contiguous run of the chain to an {@link AuditArchive} that verifies on its own
     * ({@code verify-audit.sh --archive file --keys key-file}): from the first event that occurred at
     * or after {@code from} (null: the oldest one) to the last one that occurred before
     * {@code before}, with the MAC of the event just before the run as the chain's starting point.
     * {@code before} may not be later than {@code portal.audit.retention-days} ago, so that pruning
     * what was archived never shortens the retention. Nothing is deleted: pruning the live table is
     * a DBA step (see README, "Audit retention and archive"). Audited as {@code AUDIT_ARCHIVE}, the
     * end MAC in the detail.
     *
     * @throws BusinessRuleException if {@code before} is within the retention period
     */
    public AuditArchive.Summary archive(LocalDateTime from, LocalDateTime before, Writer out, String sourceIp)
            throws IOException {
        String who = caller.getCallerPrincipal().getName();
        int days = settings.auditRetentionDays();
        LocalDateTime latest = java.time.LocalDate.now().minusDays(days).atStartOfDay();
        if (before == null || before.isAfter(latest) || (from != null && !from.isBefore(before))) {
            trail.record(who, "AUDIT_ADMIN", sourceIp, "AUDIT_ARCHIVE", "AuditEvent", null, AuditOutcome.DENIED,
                    "refused: before " + before + " is within the retention of " + days + " days or after from " + from);
            throw new BusinessRuleException("AUDIT_RETENTION", "只能归档 " + days + " 天以前（" + latest.toLocalDate()
                    + " 之前）的审计记录 / only events older than the retention of " + days + " days can be archived");
        }
        Long first = from == null
                ? em.createQuery("select min(e.id) from AuditEvent e", Long.class).getSingleResult()
                : em.createQuery("select min(e.id) from AuditEvent e where e.occurredAt >= :from", Long.class)
                    .setParameter("from", from).getSingleResult();
        Long last = em.createQuery("select max(e.id) from AuditEvent e where e.occurredAt < :before", Long.class)
                .setParameter("before", before).getSingleResult();
        long firstId = first == null || last == null ? 1 : first;
        long lastId = first == null || last == null ? 0 : last;
        List<String> previous = em.createQuery("select e.mac from AuditEvent e where e.id < :first order by e.id desc",
                String.class).setParameter("first", firstId).setMaxResults(1).getResultList();
        String startMac = previous.isEmpty() || previous.get(0) == null ? AuditChain.GENESIS : previous.get(0);
        AuditArchive.Sink sink = new AuditArchive.Sink(out, keys.keys().auditHmacKey(), startMac,
                AuditArchive.describe(from, before));
        long after = firstId - 1;
        while (after < lastId) {
            List<AuditEvent> batch = em.createQuery("select e from AuditEvent e where e.id > :after and e.id <= :last "
                            + "order by e.id", AuditEvent.class)
                    .setParameter("after", after).setParameter("last", lastId).setMaxResults(1000).getResultList();
            for (AuditEvent e : batch) {
                sink.write(AuditArchive.Row.of(e));
                after = e.getId();
            }
            em.clear();
            if (batch.isEmpty()) {
                break;
            }
        }
        AuditArchive.Summary summary = sink.finish();
        trail.record(who, "AUDIT_ADMIN", sourceIp, "AUDIT_ARCHIVE", "AuditEvent", null, AuditOutcome.SUCCESS,
                AuditArchive.describe(from, before) + ": " + summary.describe());
        return summary;
    }

    public AuditTrail.Verification verify(String sourceIp) {
        AuditTrail.Verification v = trail.verify();
        trail.record(caller.getCallerPrincipal().getName(), "AUDIT_ADMIN", sourceIp, "AUDIT_VERIFY", "AuditEvent", null,
                v.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, v.message());
        return v;
    }

    /** Event types seen so far, for the filter list. */
    public List<String> eventTypes() {
        return em.createQuery("select distinct e.eventType from AuditEvent e order by e.eventType", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(Criteria c, Class<T> type, String select, String tail, Object... extra) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (c.username() != null && !c.username().isBlank()) {
            where.append(" and e.username = :username");
        }
        if (c.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (c.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        if (c.eventType() != null && !c.eventType().isBlank()) {
            where.append(" and e.eventType = :type");
        }
        if (c.outcome() != null) {
            where.append(" and e.outcome = :outcome");
        }
        TypedQuery<T> q = em.createQuery(select + where + tail, type);
        if (c.username() != null && !c.username().isBlank()) {
            q.setParameter("username", c.username().trim());
        }
        if (c.from() != null) {
            q.setParameter("from", c.from());
        }
        if (c.to() != null) {
            q.setParameter("to", c.to());
        }
        if (c.eventType() != null && !c.eventType().isBlank()) {
            q.setParameter("type", c.eventType());
        }
        if (c.outcome() != null) {
            q.setParameter("outcome", c.outcome());
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            q.setParameter((String) extra[i], extra[i + 1]);
        }
        return q;
    }

    /** CSV cell, quoted when needed; a leading = + - @ is neutralised against formula injection. */
    static String csv(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
