package cn.gov.lanzhou.supervision.complaint;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Public side of complaints: tracking a ticket with its query code, and statistics. */
@Stateless
public class ComplaintTracker {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * The ticket, only when number and code match. A wrong code and an unknown number give the
     * same empty answer, so nobody learns which tickets exist.
     */
    public Optional<Complaint> track(String ticketNo, String queryCode) {
        if (ticketNo == null || queryCode == null) {
            return Optional.empty();
        }
        String no = ticketNo.trim().toUpperCase(java.util.Locale.ROOT);
        Optional<Complaint> found = em.createQuery("select c from Complaint c where c.ticketNo = :no", Complaint.class)
                .setParameter("no", no).getResultStream().findFirst();
        String digest = found.map(Complaint::getQueryCodeDigest).orElse(QueryCodes.digest(no, "-"));
        boolean ok = QueryCodes.matches(no, queryCode, digest);
        return ok ? found : Optional.empty();
    }

    public Map<ComplaintCategory, Long> countByCategory() {
        Map<ComplaintCategory, Long> out = new EnumMap<>(ComplaintCategory.class);
        for (ComplaintCategory c : ComplaintCategory.values()) {
            out.put(c, 0L);
        }
        List<Object[]> rows = em.createQuery("select c.category, count(c) from Complaint c group by c.category", Object[].class)
                .getResultList();
        rows.forEach(r -> out.put((ComplaintCategory) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    public Map<ComplaintStatus, Long> countByStatus() {
        Map<ComplaintStatus, Long> out = new EnumMap<>(ComplaintStatus.class);
        for (ComplaintStatus s : ComplaintStatus.values()) {
            out.put(s, 0L);
        }
        em.createQuery("select c.status, count(c) from Complaint c group by c.status", Object[].class)
                .getResultList().forEach(r -> out.put((ComplaintStatus) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    /** Average satisfaction (1–5) of rated tickets, or 0 when none is rated. */
    public double averageSatisfaction() {
        Double avg = em.createQuery("select avg(c.satisfaction) from Complaint c where c.satisfaction is not null", Double.class)
                .getSingleResult();
        return avg == null ? 0 : avg;
    }
}
