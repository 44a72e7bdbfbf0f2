package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
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
