package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.Project;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-side figures about inspections and notices: progress of a project, counts for statistics. */
@Stateless
public class SupervisionQueries {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public ProjectProgress progressOf(Project p) {
        LocalDate today = LocalDate.now();
        Object[] insp = em.createQuery("select count(i), max(i.inspectedOn) from Inspection i where i.project = :p"
                + " and i.status = cn.gov.lanzhou.supervision.supervision.InspectionStatus.SUBMITTED", Object[].class)
                .setParameter("p", p).getSingleResult();
        long closed = countNotices(p, "n.status = cn.gov.lanzhou.supervision.supervision.NoticeStatus.CLOSED", null);
        long open = countNotices(p, "n.status <> cn.gov.lanzhou.supervision.supervision.NoticeStatus.CLOSED", null);
        long overdue = countNotices(p, "n.status <> cn.gov.lanzhou.supervision.supervision.NoticeStatus.CLOSED"
                + " and n.deadline < :today", today);
        return new ProjectProgress(p.getProjectNo(), p.getPermitNo(), p.getName(),
                District.byCode(p.getDistrictCode()).map(District::label).orElse(p.getDistrictCode()), p.getType().label(), p.getStatus().label(), p.getStage().label(),
                p.getStartDate(), p.getPlannedCompletion(), p.getCompletedOn(),
                ((Number) insp[0]).longValue(), (LocalDate) insp[1], open, closed, overdue);
    }

    private long countNotices(Project p, String condition, LocalDate today) {
        var q = em.createQuery("select count(n) from RectificationNotice n where n.project = :p and " + condition, Long.class)
                .setParameter("p", p);
        if (today != null) {
            q.setParameter("today", today);
        }
        return q.getSingleResult();
    }

    /** Inspections per district over the given period, in district order. */
    public Map<String, Long> inspectionsByDistrict(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select i.project.districtCode, count(i) from Inspection i"
                + " where i.inspectedOn between :from and :to group by i.project.districtCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> byCode = new java.util.HashMap<>();
        rows.forEach(r -> byCode.put((String) r[0], ((Number) r[1]).longValue()));
        Map<String, Long> out = new LinkedHashMap<>();
        for (District d : District.values()) {
            out.put(d.label(), byCode.getOrDefault(d.code(), 0L));
        }
        return out;
    }

    /** Findings per category over the given period, most frequent first. */
    public Map<String, Long> findingsByCategory(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select f.category, count(f) from Finding f"
                + " where f.inspection.inspectedOn between :from and :to group by f.category order by count(f) desc", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(((FindingCategory) r[0]).label(), ((Number) r[1]).longValue()));
        return out;
    }

    /** 整改闭环率: closed notices among those whose deadline has passed, in the period, as a share 0..1. */
    public double closureRate(LocalDate from, LocalDate to) {
        Object[] r = em.createQuery("select count(n), sum(case when n.status = cn.gov.lanzhou.supervision.supervision.NoticeStatus.CLOSED then 1 else 0 end)"
                + " from RectificationNotice n where n.deadline between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long all = ((Number) r[0]).longValue();
        long closed = r[1] == null ? 0 : ((Number) r[1]).longValue();
        return all == 0 ? 0 : (double) closed / all;
    }

    public long countInspections(LocalDate from, LocalDate to) {
        return em.createQuery("select count(i) from Inspection i where i.inspectedOn between :from and :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    public long countOpenNotices() {
        return em.createQuery("select count(n) from RectificationNotice n where n.status <> cn.gov.lanzhou.supervision.supervision.NoticeStatus.CLOSED", Long.class)
                .getSingleResult();
    }
}
