package cn.gov.lanzhou.supervision.registry;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/** 本企业参建项目 — the projects an enterprise takes part in, for the enterprise service centre. */
@Stateless
public class EnterpriseProjects {

    /** One project of the enterprise, in the role it has there. */
    public record EnterpriseProject(String projectNo, String name, String role, String status, LocalDate startDate) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public List<EnterpriseProject> ofEnterprise(String creditCode, int max) {
        return em.createQuery("select pp from ProjectParticipant pp join fetch pp.project p "
                        + "where pp.enterprise.creditCode = :c order by p.startDate desc, p.id desc", ProjectParticipant.class)
                .setParameter("c", creditCode).setMaxResults(max).getResultStream()
                .map(pp -> new EnterpriseProject(pp.getProject().getProjectNo(), pp.getProject().getName(),
                        pp.getRole().label(), label(pp.getProject().getStatus()), pp.getProject().getStartDate()))
                .toList();
    }

    private static String label(Object status) {
        return status instanceof cn.gov.lanzhou.supervision.shared.Labelled l ? l.label() : String.valueOf(status);
    }
}
