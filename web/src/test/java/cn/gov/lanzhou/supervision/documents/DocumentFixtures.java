package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.supervision.NoticeStatus;
import cn.gov.lanzhou.supervision.supervision.RectificationNotice;
import cn.gov.lanzhou.supervision.supervision.Severity;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test only (DocumentsIT's deployment): demo notices that suit each case, and audit events, straight
 * from the tables.
 */
@Stateless
public class DocumentFixtures {

    private static final List<String> SUPERVISORS = List.of("zhang.wei", "li.na", "wang.qiang", "ma.jun", "yang.fan");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** "noticeNo supervisor outsider": an open notice with a 重大 finding, its project's supervisor, a supervisor with no part in it. */
    public String majorNotice() {
        return describe(em.createQuery("select distinct n from RectificationNotice n join n.findings f where f.severity = :major"
                        + " and n.status <> :closed order by n.id", RectificationNotice.class)
                .setParameter("major", Severity.MAJOR).setParameter("closed", NoticeStatus.CLOSED).setMaxResults(1).getSingleResult());
    }

    /** The same for a notice with no 重大 finding. */
    public String minorNotice() {
        List<RectificationNotice> candidates = em.createQuery("select n from RectificationNotice n order by n.id desc",
                RectificationNotice.class).setMaxResults(200).getResultList();
        return describe(candidates.stream().filter(n -> n.getFindings().stream().noneMatch(f -> f.getSeverity() == Severity.MAJOR))
                .findFirst().orElseThrow());
    }

    /** The same for a notice addressed to the demo enterprise account's enterprise, or "-" when it has none. */
    public String noticeOfDemoEnterprise() {
        Optional<RectificationNotice> n = em.createQuery("select n from RectificationNotice n, UserAccount u"
                        + " where u.username = 'qiye.demo' and n.responsibleEnterprise = u.enterprise order by n.id", RectificationNotice.class)
                .setMaxResults(1).getResultStream().findFirst();
        return n.map(this::describe).orElse("-");
    }

    /** The same for a notice addressed to another enterprise than the demo account's. */
    public String noticeOfAnotherEnterprise() {
        return describe(em.createQuery("select n from RectificationNotice n, UserAccount u"
                        + " where u.username = 'qiye.demo' and n.responsibleEnterprise <> u.enterprise order by n.id desc", RectificationNotice.class)
                .setMaxResults(1).getSingleResult());
    }

    /** Audit events of a type on an object with an outcome. */
    public long audited(String eventType, String objectId, AuditOutcome outcome) {
        return em.createQuery("select count(e) from AuditEvent e where e.eventType = :t and e.objectId = :o and e.outcome = :r", Long.class)
                .setParameter("t", eventType).setParameter("o", objectId).setParameter("r", outcome).getSingleResult();
    }

    /** Whether any audit event names the object (to prove the public verification leaves none). */
    public long anyAudit(String objectId) {
        return em.createQuery("select count(e) from AuditEvent e where e.objectId = :o", Long.class)
                .setParameter("o", objectId).getSingleResult();
    }

    private String describe(RectificationNotice n) {
        Set<String> involved = Arrays.stream(n.getInspection().getInspectors().split(",")).map(String::strip)
                .collect(Collectors.toSet());
        involved.add(n.getProject().getSupervisorUsername());
        involved.add(n.getIssuedBy());
        String outsider = SUPERVISORS.stream().filter(s -> !involved.contains(s)).findFirst().orElse("-");
        return n.getNoticeNo() + " " + n.getProject().getSupervisorUsername() + " " + outsider;
    }
}
