package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.masking.Masking;
import cn.gov.lanzhou.supervision.registry.RegistryViews.CertificateLine;
import cn.gov.lanzhou.supervision.registry.RegistryViews.EnterpriseDetail;
import cn.gov.lanzhou.supervision.registry.RegistryViews.EnterpriseRow;
import cn.gov.lanzhou.supervision.registry.RegistryViews.KeyPersonLine;
import cn.gov.lanzhou.supervision.registry.RegistryViews.ParticipantLine;
import cn.gov.lanzhou.supervision.registry.RegistryViews.PersonDetail;
import cn.gov.lanzhou.supervision.registry.RegistryViews.PersonRow;
import cn.gov.lanzhou.supervision.registry.RegistryViews.ProjectDetail;
import cn.gov.lanzhou.supervision.registry.RegistryViews.ProjectLink;
import cn.gov.lanzhou.supervision.registry.RegistryViews.ProjectRow;
import cn.gov.lanzhou.supervision.registry.RegistryViews.QualificationLine;
import cn.gov.lanzhou.supervision.registry.RegistryViews.StaffLine;
import cn.gov.lanzhou.supervision.registry.quality.Districts;
import cn.gov.lanzhou.supervision.registry.quality.SubjectKind;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 主体库查询 for staff: lists of enterprises, persons and projects with search and paging, and the
 * detail of each, with credit codes, ID numbers and phones masked.
 *
 * <p><b>查看完整信息 (unmasking).</b> A station leader (站领导) may see the full values of any enterprise or
 * person; a supervisor (监督员) those of the enterprises registered in their own district and of the persons
 * employed there or holding a post on a project there. Each unmasking is an audit event
 * {@code REGISTRY_UNMASK} naming the user, the record and the fields shown; a refused one is audited as
 * {@code DENIED}. Full values are returned for that one answer and kept nowhere.
 */
@Stateless
@RolesAllowed({"SUPERVISOR", "LEADER"})
public class RegistryRecords {

    /** Lines of a detail page's sub-lists (projects of an enterprise, staff…). */
    static final int DETAIL_LINES = 200;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext caller;

    // ------------------------------------------------------------------ lists

    /** Enterprises whose name or credit code contains {@code term}, optionally in one district, by name. */
    public Page<EnterpriseRow> enterprises(String term, String districtCode, int pageNumber, int pageSize) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        like(term).ifPresent(t -> {
            where.append(" and (upper(e.name) like :term or e.creditCode like :term)");
            params.put("term", t);
        });
        if (districtCode != null && !districtCode.isBlank()) {
            where.append(" and e.districtCode = :district");
            params.put("district", districtCode);
        }
        return page("select e from Enterprise e" + where + " order by e.name, e.id", "select count(e) from Enterprise e" + where,
                Enterprise.class, params, pageNumber, pageSize)
                .map(e -> new EnterpriseRow(e.getId(), e.getName(), Masking.creditCode(e.getCreditCode()), e.getType().label(),
                        Districts.label(e.getDistrictCode()), Masking.mobile(e.getContactPhone())));
    }

    /**
     * Persons by name or employer name (containing {@code term}), or by full ID number (an exact match through
     * the blind index: the encrypted column itself cannot be searched), by name.
     */
    public Page<PersonRow> persons(String term, int pageNumber, int pageSize) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String normalised = term == null ? "" : term.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (normalised.length() == 18 && normalised.matches("\\d{17}[\\dX]")) {
            where.append(" and p.idNumberIndex = :index");
            params.put("index", Person.indexOfIdNumber(normalised));
        } else {
            like(term).ifPresent(t -> {
                where.append(" and (upper(p.name) like :term or upper(e.name) like :term)");
                params.put("term", t);
            });
        }
        Page<Person> page = page("select p from Person p left join fetch p.employer e" + where + " order by p.name, p.id",
                "select count(p) from Person p left join p.employer e" + where, Person.class, params, pageNumber, pageSize);
        Map<Long, String> certificates = certificateSummaries(page.items().stream().map(Person::getId).toList());
        return page.map(p -> new PersonRow(p.getId(), p.getName(), Masking.idNumber(p.getIdNumber()), Masking.mobile(p.getPhone()),
                p.getEmployer() == null ? null : p.getEmployer().getId(),
                p.getEmployer() == null ? "" : p.getEmployer().getName(), certificates.getOrDefault(p.getId(), "")));
    }

    /** Projects whose name, project number or permit number contains {@code term}, newest first. */
    public Page<ProjectRow> projects(String term, String districtCode, ProjectStatus status, int pageNumber, int pageSize) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        like(term).ifPresent(t -> {
            where.append(" and (upper(p.name) like :term or p.projectNo like :term or p.permitNo like :term)");
            params.put("term", t);
        });
        if (districtCode != null && !districtCode.isBlank()) {
            where.append(" and p.districtCode = :district");
            params.put("district", districtCode);
        }
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status);
        }
        return page("select p from Project p" + where + " order by p.projectNo desc", "select count(p) from Project p" + where,
                Project.class, params, pageNumber, pageSize)
                .map(p -> new ProjectRow(p.getId(), p.getProjectNo(), p.getName(), Districts.label(p.getDistrictCode()),
                        p.getType().label(), p.getStatus().label(), p.getPermitNo()));
    }

    // ------------------------------------------------------------------ details, masked

    public Optional<EnterpriseDetail> enterprise(long id) {
        return Optional.ofNullable(em.find(Enterprise.class, id)).map(e -> enterpriseDetail(e, true));
    }

    public Optional<PersonDetail> person(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).map(p -> personDetail(p, true));
    }

    public Optional<ProjectDetail> project(long id) {
        return Optional.ofNullable(em.find(Project.class, id)).map(this::projectDetail);
    }

    // ------------------------------------------------------------------ 查看完整信息

    /** Whether the caller may see the full values of this enterprise or person (see the class comment). */
    public boolean mayReveal(SubjectKind kind, long id) {
        if (caller.isCallerInRole("LEADER")) {
            return true;
        }
        Optional<String> district = callerDistrict();
        if (district.isEmpty() || !caller.isCallerInRole("SUPERVISOR")) {
            return false;
        }
        return switch (kind) {
            case ENTERPRISE -> Optional.ofNullable(em.find(Enterprise.class, id))
                    .map(e -> district.get().equals(e.getDistrictCode())).orElse(false);
            case PERSON -> Optional.ofNullable(em.find(Person.class, id)).map(p ->
                    (p.getEmployer() != null && district.get().equals(p.getEmployer().getDistrictCode()))
                            || em.createQuery("select count(k) from ProjectKeyPerson k where k.person.id = :id "
                                    + "and k.project.districtCode = :d", Long.class)
                            .setParameter("id", id).setParameter("d", district.get()).getSingleResult() > 0).orElse(false);
            case PROJECT -> false;
        };
    }

    /** The enterprise with its credit code and phone in full; audited. */
    public EnterpriseDetail revealEnterprise(long id, String sourceIp) {
        Enterprise e = Optional.ofNullable(em.find(Enterprise.class, id))
                .orElseThrow(() -> new RegistryRefusal("NOT_FOUND", "没有这家企业"));
        reveal(SubjectKind.ENTERPRISE, id, sourceIp, "统一社会信用代码、联系电话");
        return enterpriseDetail(e, false);
    }

    /** The person with ID number and phone in full; audited. */
    public PersonDetail revealPerson(long id, String sourceIp) {
        Person p = Optional.ofNullable(em.find(Person.class, id))
                .orElseThrow(() -> new RegistryRefusal("NOT_FOUND", "没有这个人员"));
        reveal(SubjectKind.PERSON, id, sourceIp, "身份证号、手机号码");
        return personDetail(p, false);
    }

    private void reveal(SubjectKind kind, long id, String sourceIp, String fields) {
        String user = caller.getCallerPrincipal().getName();
        String role = caller.isCallerInRole("LEADER") ? "LEADER" : "SUPERVISOR";
        if (!mayReveal(kind, id)) {
            audit.record(user, role, sourceIp, "REGISTRY_UNMASK", kind.entityName(), String.valueOf(id), AuditOutcome.DENIED,
                    "fields " + fields + "; not in the caller's district");
            throw new RegistryRefusal("UNMASK_NOT_ALLOWED",
                    "您只能查看本辖区企业和人员的完整信息（站领导可查看全部）");
        }
        audit.record(user, role, sourceIp, "REGISTRY_UNMASK", kind.entityName(), String.valueOf(id), AuditOutcome.SUCCESS,
                "fields " + fields);
    }

    // ------------------------------------------------------------------ building the views

    private EnterpriseDetail enterpriseDetail(Enterprise e, boolean masked) {
        LocalDate today = LocalDate.now(ZONE);
        List<QualificationLine> qualifications = e.getQualifications().stream()
                .map(q -> new QualificationLine(q.getCategory(), q.getLevel(), q.getCertificateNo(), q.getValidUntil(),
                        !q.isValidOn(today))).toList();
        List<ProjectLink> projects = em.createQuery("select pp from ProjectParticipant pp join fetch pp.project p "
                        + "where pp.enterprise.id = :id order by p.projectNo desc", ProjectParticipant.class)
                .setParameter("id", e.getId()).setMaxResults(DETAIL_LINES).getResultStream()
                .map(pp -> link(pp.getProject(), pp.getRole().label())).toList();
        List<Object[]> staffRows = em.createQuery("select p.id, p.name from Person p where p.employer.id = :id order by p.name, p.id",
                Object[].class).setParameter("id", e.getId()).setMaxResults(DETAIL_LINES).getResultList();
        Map<Long, String> certificates = certificateSummaries(staffRows.stream().map(r -> (Long) r[0]).toList());
        List<StaffLine> staff = staffRows.stream()
                .map(r -> new StaffLine((Long) r[0], (String) r[1], certificates.getOrDefault((Long) r[0], ""))).toList();
        return new EnterpriseDetail(e.getId(), e.getName(), masked ? Masking.creditCode(e.getCreditCode()) : e.getCreditCode(),
                e.getType().label(), e.getDistrictCode(), Districts.label(e.getDistrictCode()), e.getAddress(),
                e.getLegalRepresentative(), masked ? Masking.mobile(e.getContactPhone()) : e.getContactPhone(),
                e.getRegisteredOn(), qualifications, projects, staff, masked);
    }

    private PersonDetail personDetail(Person p, boolean masked) {
        LocalDate today = LocalDate.now(ZONE);
        List<CertificateLine> certificates = p.getCertificates().stream()
                .sorted(Comparator.comparing(Certificate::getKind).thenComparing(Certificate::getValidUntil, Comparator.reverseOrder()))
                .map(c -> new CertificateLine(c.getKind().label(), c.getCertificateNo(), c.getValidUntil(), !c.isValidOn(today)))
                .toList();
        List<ProjectLink> posts = em.createQuery("select k from ProjectKeyPerson k join fetch k.project p "
                        + "where k.person.id = :id order by p.projectNo desc", ProjectKeyPerson.class)
                .setParameter("id", p.getId()).setMaxResults(DETAIL_LINES).getResultStream()
                .map(k -> link(k.getProject(), k.getRole().label())).toList();
        Enterprise employer = p.getEmployer();
        return new PersonDetail(p.getId(), p.getName(), masked ? Masking.idNumber(p.getIdNumber()) : p.getIdNumber(),
                masked ? Masking.mobile(p.getPhone()) : p.getPhone(), employer == null ? null : employer.getId(),
                employer == null ? null : employer.getName(),
                employer == null ? null : Masking.creditCode(employer.getCreditCode()), certificates, posts, masked);
    }

    private ProjectDetail projectDetail(Project p) {
        List<ParticipantLine> participants = p.getParticipants().stream()
                .sorted(Comparator.comparing(ProjectParticipant::getRole))
                .map(pp -> new ParticipantLine(pp.getEnterprise().getId(), pp.getEnterprise().getName(),
                        Masking.creditCode(pp.getEnterprise().getCreditCode()), pp.getRole().label())).toList();
        List<KeyPersonLine> keyPersons = p.getKeyPersons().stream()
                .sorted(Comparator.comparing(ProjectKeyPerson::getRole))
                .map(k -> new KeyPersonLine(k.getPerson().getId(), k.getPerson().getName(),
                        Masking.idNumber(k.getPerson().getIdNumber()), k.getRole().label())).toList();
        return new ProjectDetail(p.getId(), p.getProjectNo(), p.getName(), p.getDistrictCode(), Districts.label(p.getDistrictCode()),
                p.getType().label(), p.getStatus().label(), p.getStage().label(), p.getPermitNo(), p.getAddress(),
                p.getFloorArea(), p.getContractValue(), p.getStartDate(), p.getPlannedCompletion(), p.getCompletedOn(),
                p.getSupervisorUsername(), participants, keyPersons);
    }

    private static ProjectLink link(Project p, String role) {
        return new ProjectLink(p.getId(), p.getProjectNo(), p.getName(), role, p.getStatus().label());
    }

    /** "注册建造师、安全生产考核合格证（B类）" per person, in one query for all of them; expired ones marked. */
    private Map<Long, String> certificateSummaries(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(ZONE);
        Map<Long, List<String>> lines = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select c.holder.id, c.kind, c.validUntil from Certificate c "
                + "where c.holder.id in :ids order by c.kind", Object[].class).setParameter("ids", personIds).getResultList()) {
            CertificateKind kind = (CertificateKind) r[1];
            boolean expired = ((LocalDate) r[2]).isBefore(today);
            lines.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add(kind.label() + (expired ? "（已过期）" : ""));
        }
        return lines.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().distinct().collect(Collectors.joining("、"))));
    }

    private Optional<String> callerDistrict() {
        return em.createQuery("select u.districtCode from UserAccount u where u.username = :u", String.class)
                .setParameter("u", caller.getCallerPrincipal().getName()).getResultStream().filter(Objects::nonNull).findFirst();
    }

    private static Optional<String> like(String term) {
        if (term == null || term.isBlank()) {
            return Optional.empty();
        }
        String t = term.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
        return t.isEmpty() ? Optional.empty() : Optional.of("%" + (t.length() > 100 ? t.substring(0, 100) : t) + "%");
    }

    private <T> Page<T> page(String jpql, String countJpql, Class<T> type, Map<String, Object> params, int pageNumber, int pageSize) {
        int size = Page.clampSize(pageSize);
        TypedQuery<T> q = em.createQuery(jpql, type);
        TypedQuery<Long> count = em.createQuery(countJpql, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<T> items = q.setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size).getResultList();
        return new Page<>(items, Math.max(1, pageNumber), size, count.getSingleResult());
    }
}
