package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Looks up projects for lists, the progress query and the API. Read-only. */
@Stateless
public class ProjectDirectory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * Projects matching a free-text term (name, project number, permit number or address), an
     * optional district and status, newest first.
     */
    public Page<Project> search(String term, String districtCode, ProjectStatus status, int pageNumber, int pageSize) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        String like = null;
        if (term != null && !term.isBlank()) {
            like = "%" + term.trim().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            where.append(" and (upper(p.name) like :term or p.projectNo like :term or p.permitNo like :term"
                    + " or upper(p.address) like :term)");
        }
        if (districtCode != null && !districtCode.isBlank()) {
            where.append(" and p.districtCode = :district");
        }
        if (status != null) {
            where.append(" and p.status = :status");
        }
        TypedQuery<Project> q = em.createQuery("select p from Project p" + where + " order by p.startDate desc, p.id desc", Project.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + where, Long.class);
        for (TypedQuery<?> tq : List.of(q, count)) {
            if (like != null) {
                tq.setParameter("term", like);
            }
            if (districtCode != null && !districtCode.isBlank()) {
                tq.setParameter("district", districtCode);
            }
            if (status != null) {
                tq.setParameter("status", status);
            }
        }
        int size = Page.clampSize(pageSize);
        List<Project> items = q.setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size).getResultList();
        return new Page<>(items, Math.max(1, pageNumber), size, count.getSingleResult());
    }

    /** By 监督编号 or 施工许可证编号. */
    public Optional<Project> findByNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String n = number.trim().toUpperCase(Locale.ROOT);
        return em.createQuery("select p from Project p where p.projectNo = :n or p.permitNo = :n", Project.class)
                .setParameter("n", n).setMaxResults(1).getResultStream().findFirst();
    }

    /** Active projects a supervisor is in charge of (责任监督员), by project number. */
    public List<Project> supervisedBy(String username, int max) {
        return em.createQuery("select p from Project p where p.supervisorUsername = :u and p.status <> :done"
                + " order by p.projectNo", Project.class)
                .setParameter("u", username).setParameter("done", ProjectStatus.COMPLETED)
                .setMaxResults(Page.clampSize(max)).getResultList();
    }

    public long countByStatus(ProjectStatus status) {
        return em.createQuery("select count(p) from Project p where p.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    public long countEnterprises() {
        return em.createQuery("select count(e) from Enterprise e", Long.class).getSingleResult();
    }
}
