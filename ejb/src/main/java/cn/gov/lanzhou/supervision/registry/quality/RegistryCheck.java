package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.KeyPersonRole;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.registry.ProjectStatus;
import cn.gov.lanzhou.supervision.registry.quality.Violation.Subject;
import cn.gov.lanzhou.supervision.registry.rules.ConstructionPermitNumbers;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.RuleViolation;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 主体库数据质量复查 — applies every {@link QualityRule} to the whole registry and returns the findings.
 *
 * <p>Set-based: a fixed number of queries whatever the registry's size (enterprises, persons, projects,
 * the participants and key persons of active projects, the qualifications and certificates those hold,
 * then the phones of the subjects found), each reading only the columns it needs, with the rules applied
 * in memory. Reading the persons decrypts every ID number (SM4-GCM); that is the one step whose cost grows
 * with the registry, and {@link CheckResult#phases()} reports it. Phones are decrypted only for the
 * subjects with findings.
 */
@Stateless
@RolesAllowed({"SUPERVISOR", "LEADER"})
public class RegistryCheck {

    /** Today is Lanzhou's date, whatever zone the server runs in. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Projects named in a message before "等". */
    private static final int LISTED_PROJECTS = 5;

    /** Ids per {@code in} list: well below every database's limit on bind parameters. */
    private static final int CHUNK = 500;

    /** The certificates each post requires on a project under construction. */
    static final Map<KeyPersonRole, List<CertificateKind>> REQUIRED_CERTIFICATES = Map.of(
            KeyPersonRole.PROJECT_MANAGER, List.of(CertificateKind.REGISTERED_CONSTRUCTOR, CertificateKind.SAFETY_B),
            KeyPersonRole.CHIEF_SUPERVISOR, List.of(CertificateKind.REGISTERED_SUPERVISOR),
            KeyPersonRole.SAFETY_OFFICER, List.of(CertificateKind.SAFETY_C),
            KeyPersonRole.TECHNICAL_LEAD, List.of());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    private RegistryQualitySettings settings = new RegistryQualitySettings();

    /** Checks the registry as it is now. Read-only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CheckResult run() {
        return run(em, settings, LocalDate.now(ZONE));
    }

    /** The check itself, for the service above, tests and the benchmark. */
    public static CheckResult run(EntityManager em, RegistryQualitySettings settings, LocalDate today) {
        return new Run(em, settings, today).execute();
    }

    /** One execution: the rows read so far and the findings. */
    private static final class Run {
        private final EntityManager em;
        private final RegistryQualitySettings settings;
        private final LocalDate today;
        private final List<Violation> found = new ArrayList<>();
        private final Map<String, Long> phases = new LinkedHashMap<>();
        private final Map<String, Integer> checked = new LinkedHashMap<>();
        private final Map<Long, Subject> enterprises = new HashMap<>();
        private final Map<Long, Subject> persons = new HashMap<>();
        private final Map<Long, Subject> projects = new HashMap<>();
        private final Map<Long, ProjectStatus> statusOf = new HashMap<>();
        private long lap;

        Run(EntityManager em, RegistryQualitySettings settings, LocalDate today) {
            this.em = em;
            this.settings = settings;
            this.today = today;
        }

        CheckResult execute() {
            LocalDateTime ranAt = LocalDateTime.now(ZONE);
            long started = System.nanoTime();
            lap = started;
            Map<KeyPersonRole, Integer> limits = settings.activeProjectLimits();
            Set<ParticipantRole> requiredParticipants = settings.requiredParticipants();
            Set<KeyPersonRole> requiredPosts = settings.requiredKeyPersons();

            checkEnterprises();
            phase("企业（统一社会信用代码）");
            checkPersons();
            phase("人员（解密并校验身份证号）");
            checkProjects();
            phase("工程（施工许可证编号、区县）");
            Map<Long, Set<Long>> projectsOfEnterprise = checkParticipants(requiredParticipants);
            phase("参建单位");
            Map<Long, Map<KeyPersonRole, List<Long>>> postsOfPerson = checkKeyPersons(requiredPosts, limits);
            phase("关键岗位人员");
            checkQualifications(projectsOfEnterprise);
            phase("企业资质有效期");
            checkCertificates(postsOfPerson);
            phase("人员证书有效期");
            Map<String, String> phones = phonesOfFindings();
            phase("被查出对象的联系电话");

            found.sort(Comparator.comparing(Violation::rule)
                    .thenComparing(v -> Districts.column(v.districtCode()).equals(Districts.OTHER) ? "999999" : v.districtCode())
                    .thenComparing(v -> v.subjectCode() == null ? "" : v.subjectCode())
                    .thenComparing(Violation::check));
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new CheckResult(found, phones, ranAt, millis, checked, phases);
        }

        private void phase(String name) {
            long now = System.nanoTime();
            phases.put(name, (now - lap) / 1_000_000);
            lap = now;
        }

        private void checkEnterprises() {
            List<Object[]> rows = em.createQuery("select e.id, e.creditCode, e.name, e.districtCode from Enterprise e",
                    Object[].class).getResultList();
            checked.put("企业", rows.size());
            for (Object[] r : rows) {
                Subject s = new Subject(SubjectKind.ENTERPRISE, (Long) r[0], (String) r[2], (String) r[1], (String) r[3]);
                enterprises.put(s.id(), s);
                List<RuleViolation> wrong = UnifiedSocialCreditCodes.check(s.code());
                if (!wrong.isEmpty()) {
                    found.add(identifier(QualityRule.INVALID_CREDIT_CODE, s, ValueKind.CREDIT_CODE, s.code(), wrong));
                }
            }
        }

        private void checkPersons() {
            // Decrypts every ID number: the converter runs for the selected attribute.
            List<Object[]> rows = em.createQuery("select p.id, p.name, p.idNumber, e.districtCode from Person p "
                    + "left join p.employer e", Object[].class).getResultList();
            checked.put("人员", rows.size());
            for (Object[] r : rows) {
                Subject s = new Subject(SubjectKind.PERSON, (Long) r[0], (String) r[1], (String) r[2], (String) r[3]);
                persons.put(s.id(), s);
                List<RuleViolation> wrong = ResidentIdNumbers.check(s.code(), today);
                if (!wrong.isEmpty()) {
                    found.add(identifier(QualityRule.INVALID_ID_NUMBER, s, ValueKind.ID_NUMBER, s.code(), wrong));
                }
            }
        }

        private void checkProjects() {
            List<Object[]> rows = em.createQuery("select p.id, p.projectNo, p.name, p.districtCode, p.permitNo, p.status "
                    + "from Project p", Object[].class).getResultList();
            checked.put("工程", rows.size());
            int active = 0;
            for (Object[] r : rows) {
                Subject s = new Subject(SubjectKind.PROJECT, (Long) r[0], (String) r[2], (String) r[1], (String) r[3]);
                ProjectStatus status = (ProjectStatus) r[5];
                projects.put(s.id(), s);
                statusOf.put(s.id(), status);
                boolean isActive = status != ProjectStatus.COMPLETED;
                active += isActive ? 1 : 0;
                String permit = (String) r[4];
                if (permit != null && !permit.isBlank()) {
                    List<RuleViolation> wrong = ConstructionPermitNumbers.check(permit, today);
                    if (!wrong.isEmpty()) {
                        found.add(identifier(QualityRule.INVALID_PERMIT_NUMBER, s, ValueKind.PLAIN, permit, wrong));
                    }
                } else if (isActive) {
                    found.add(Violation.plain(QualityRule.INVALID_PERMIT_NUMBER, ConstructionPermitNumbers.RULE_MISSING,
                            s, ValueKind.PLAIN, null, status.label() + "工程没有登记施工许可证编号"));
                }
                if (District.byCode(s.districtCode()).isEmpty()) {
                    String message = s.districtCode() == null || s.districtCode().isBlank()
                            ? "工程没有登记所在区县"
                            : "工程所在区县代码 " + s.districtCode() + " 不是兰州市所辖区县（"
                            + java.util.Arrays.stream(District.values()).map(d -> d.code() + d.chineseName())
                                    .collect(Collectors.joining("、")) + "）";
                    found.add(Violation.plain(QualityRule.INVALID_DISTRICT, "PROJECT_DISTRICT", s, ValueKind.PLAIN,
                            s.districtCode(), message));
                }
            }
            checked.put("在建（含停工）工程", active);
        }

        /** Missing participants; returns the active projects of each participating enterprise. */
        private Map<Long, Set<Long>> checkParticipants(Set<ParticipantRole> required) {
            List<Object[]> rows = em.createQuery("select pp.project.id, pp.role, pp.enterprise.id from ProjectParticipant pp "
                            + "where pp.project.status <> :done", Object[].class)
                    .setParameter("done", ProjectStatus.COMPLETED).getResultList();
            Map<Long, Set<ParticipantRole>> rolesOf = new HashMap<>();
            Map<Long, Set<Long>> projectsOf = new HashMap<>();
            for (Object[] r : rows) {
                rolesOf.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(ParticipantRole.class)).add((ParticipantRole) r[1]);
                projectsOf.computeIfAbsent((Long) r[2], k -> new java.util.TreeSet<>()).add((Long) r[0]);
            }
            for (Map.Entry<Long, ProjectStatus> p : statusOf.entrySet()) {
                if (p.getValue() == ProjectStatus.COMPLETED) {
                    continue;
                }
                Set<ParticipantRole> missing = EnumSet.noneOf(ParticipantRole.class);
                missing.addAll(required);
                missing.removeAll(rolesOf.getOrDefault(p.getKey(), Set.of()));
                if (!missing.isEmpty()) {
                    Subject s = projects.get(p.getKey());
                    found.add(Violation.plain(QualityRule.MISSING_PARTICIPANT, names(missing), s, ValueKind.PLAIN, null,
                            p.getValue().label() + "工程没有登记" + labels(missing)));
                }
            }
            return projectsOf;
        }

        /** Missing posts and overloaded persons; returns the active projects of each person, by post. */
        private Map<Long, Map<KeyPersonRole, List<Long>>> checkKeyPersons(Set<KeyPersonRole> required,
                                                                           Map<KeyPersonRole, Integer> limits) {
            List<Object[]> rows = em.createQuery("select k.project.id, k.role, k.person.id from ProjectKeyPerson k "
                            + "where k.project.status <> :done", Object[].class)
                    .setParameter("done", ProjectStatus.COMPLETED).getResultList();
            Map<Long, Set<KeyPersonRole>> postsOf = new HashMap<>();
            Map<Long, Map<KeyPersonRole, List<Long>>> projectsOf = new HashMap<>();
            for (Object[] r : rows) {
                Long project = (Long) r[0];
                KeyPersonRole role = (KeyPersonRole) r[1];
                postsOf.computeIfAbsent(project, k -> EnumSet.noneOf(KeyPersonRole.class)).add(role);
                projectsOf.computeIfAbsent((Long) r[2], k -> new EnumMap<>(KeyPersonRole.class))
                        .computeIfAbsent(role, k -> new ArrayList<>()).add(project);
            }
            for (Map.Entry<Long, ProjectStatus> p : statusOf.entrySet()) {
                if (p.getValue() == ProjectStatus.COMPLETED) {
                    continue;
                }
                Set<KeyPersonRole> missing = EnumSet.noneOf(KeyPersonRole.class);
                missing.addAll(required);
                missing.removeAll(postsOf.getOrDefault(p.getKey(), Set.of()));
                if (!missing.isEmpty()) {
                    found.add(Violation.plain(QualityRule.MISSING_KEY_PERSON, names(missing), projects.get(p.getKey()),
                            ValueKind.PLAIN, null, p.getValue().label() + "工程没有登记" + labels(missing)));
                }
            }
            for (Map.Entry<Long, Map<KeyPersonRole, List<Long>>> person : projectsOf.entrySet()) {
                for (Map.Entry<KeyPersonRole, List<Long>> post : person.getValue().entrySet()) {
                    int limit = limits.getOrDefault(post.getKey(), 0);
                    List<Long> underConstruction = post.getValue().stream().distinct()
                            .filter(id -> statusOf.get(id) == ProjectStatus.UNDER_CONSTRUCTION).sorted().toList();
                    if (limit > 0 && underConstruction.size() > limit) {
                        Subject s = persons.get(person.getKey());
                        found.add(Violation.plain(QualityRule.KEY_PERSON_OVERLOAD, post.getKey().name(), s,
                                ValueKind.PLAIN, String.valueOf(underConstruction.size()),
                                "同时担任 " + underConstruction.size() + " 个在建工程的" + post.getKey().label()
                                        + "（上限 " + limit + " 个）：" + projectList(underConstruction)));
                    }
                }
            }
            return projectsOf;
        }

        private void checkQualifications(Map<Long, Set<Long>> projectsOfEnterprise) {
            List<Object[]> rows = em.createQuery("select q.enterprise.id, q.category, q.level, q.certificateNo, q.validUntil "
                            + "from Qualification q where q.enterprise.id in (select pp.enterprise.id from ProjectParticipant pp "
                            + "where pp.project.status <> :done)", Object[].class)
                    .setParameter("done", ProjectStatus.COMPLETED).getResultList();
            // The latest certificate of each category decides: a renewed qualification replaces the expired one.
            Map<Long, Map<String, Object[]>> latest = new TreeMap<>();
            for (Object[] r : rows) {
                latest.computeIfAbsent((Long) r[0], k -> new TreeMap<>())
                        .merge((String) r[1], r, (a, b) -> ((LocalDate) a[4]).isBefore((LocalDate) b[4]) ? b : a);
            }
            for (Map.Entry<Long, Map<String, Object[]>> e : latest.entrySet()) {
                for (Object[] q : e.getValue().values()) {
                    LocalDate validUntil = (LocalDate) q[4];
                    if (!validUntil.isBefore(today)) {
                        continue;
                    }
                    List<Long> active = List.copyOf(projectsOfEnterprise.getOrDefault(e.getKey(), Set.of()));
                    found.add(Violation.plain(QualityRule.EXPIRED_QUALIFICATION, "QUALIFICATION_EXPIRED",
                            enterprises.get(e.getKey()), ValueKind.PLAIN, validUntil.toString(),
                            "资质「" + q[1] + " " + q[2] + "」（证书编号 " + q[3] + "）已于 " + validUntil
                                    + " 过期，该企业仍参与在建工程 " + active.size() + " 个：" + projectList(active)));
                }
            }
        }

        private void checkCertificates(Map<Long, Map<KeyPersonRole, List<Long>>> postsOfPerson) {
            List<Object[]> rows = em.createQuery("select c.holder.id, c.kind, c.certificateNo, c.validUntil from Certificate c "
                            + "where c.holder.id in (select k.person.id from ProjectKeyPerson k where k.project.status <> :done)",
                            Object[].class)
                    .setParameter("done", ProjectStatus.COMPLETED).getResultList();
            Map<Long, Map<CertificateKind, Object[]>> latest = new HashMap<>();
            for (Object[] r : rows) {
                latest.computeIfAbsent((Long) r[0], k -> new EnumMap<>(CertificateKind.class))
                        .merge((CertificateKind) r[1], r, (a, b) -> ((LocalDate) a[3]).isBefore((LocalDate) b[3]) ? b : a);
            }
            for (Map.Entry<Long, Map<KeyPersonRole, List<Long>>> person : postsOfPerson.entrySet()) {
                Map<CertificateKind, Object[]> held = latest.getOrDefault(person.getKey(), Map.of());
                // One finding per certificate, naming every post on active projects that requires it.
                Map<CertificateKind, List<String>> needs = new EnumMap<>(CertificateKind.class);
                for (Map.Entry<KeyPersonRole, List<Long>> post : person.getValue().entrySet()) {
                    for (CertificateKind kind : REQUIRED_CERTIFICATES.getOrDefault(post.getKey(), List.of())) {
                        needs.computeIfAbsent(kind, k -> new ArrayList<>())
                                .add(post.getKey().label() + "（" + projectList(post.getValue().stream().distinct().sorted().toList()) + "）");
                    }
                }
                Subject s = persons.get(person.getKey());
                for (Map.Entry<CertificateKind, List<String>> need : needs.entrySet()) {
                    Object[] certificate = held.get(need.getKey());
                    String posts = "任" + String.join("、", need.getValue()) + "，须持有效的" + need.getKey().label();
                    if (certificate == null) {
                        found.add(Violation.plain(QualityRule.KEY_PERSON_CERTIFICATE, need.getKey().name() + "_MISSING", s,
                                ValueKind.PLAIN, null, posts + "，但主体库中没有该证书"));
                    } else if (((LocalDate) certificate[3]).isBefore(today)) {
                        found.add(Violation.plain(QualityRule.KEY_PERSON_CERTIFICATE, need.getKey().name() + "_EXPIRED", s,
                                ValueKind.PLAIN, certificate[3].toString(),
                                posts + "，其证书（编号 " + certificate[2] + "）已于 " + certificate[3] + " 过期"));
                    }
                }
            }
        }

        private Map<String, String> phonesOfFindings() {
            Map<String, String> phones = new HashMap<>();
            phones(SubjectKind.ENTERPRISE, "select e.id, e.contactPhone from Enterprise e where e.id in :ids", phones);
            phones(SubjectKind.PERSON, "select p.id, p.phone from Person p where p.id in :ids", phones);
            return phones;
        }

        private void phones(SubjectKind kind, String jpql, Map<String, String> phones) {
            List<Long> ids = found.stream().filter(v -> v.subjectKind() == kind).map(Violation::subjectId)
                    .distinct().sorted().toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", chunk).getResultList()) {
                    if (r[1] != null) {
                        phones.put(CheckResult.phoneKey(kind, (Long) r[0]), (String) r[1]);
                    }
                }
            }
        }

        private String projectList(List<Long> ids) {
            String listed = ids.stream().limit(LISTED_PROJECTS).map(id -> projects.get(id).code())
                    .collect(Collectors.joining("、"));
            return ids.size() > LISTED_PROJECTS ? listed + " 等" : listed;
        }
    }

    /** One finding for all that is wrong with an identifier: the messages joined, the first check as its code. */
    private static Violation identifier(QualityRule rule, Subject s, ValueKind valueKind, String value,
                                        List<RuleViolation> wrong) {
        String message = wrong.stream().map(RuleViolation::message).collect(Collectors.joining("；"));
        String masked = wrong.stream().map(SensitiveMessages::masked).collect(Collectors.joining("；"));
        return new Violation(rule, wrong.get(0).rule(), s.kind(), s.id(), s.name(), s.code(), s.districtCode(),
                valueKind, value, message, masked);
    }

    private static <E extends Enum<E>> String names(Set<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E> & cn.gov.lanzhou.supervision.shared.Labelled> String labels(Set<E> values) {
        return values.stream().map(cn.gov.lanzhou.supervision.shared.Labelled::label).collect(Collectors.joining("、"));
    }

}
