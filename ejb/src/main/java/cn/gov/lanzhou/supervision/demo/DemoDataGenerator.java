package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.complaint.Complaint;
import cn.gov.lanzhou.supervision.complaint.ComplaintCategory;
import cn.gov.lanzhou.supervision.complaint.QueryCodes;
import cn.gov.lanzhou.supervision.declaration.Declaration;
import cn.gov.lanzhou.supervision.declaration.DeclarationType;
import cn.gov.lanzhou.supervision.identity.AccountStore;
import cn.gov.lanzhou.supervision.identity.Department;
import cn.gov.lanzhou.supervision.identity.Role;
import cn.gov.lanzhou.supervision.identity.UserAccount;
import cn.gov.lanzhou.supervision.publishing.Article;
import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;
import cn.gov.lanzhou.supervision.publishing.SiteColumn;
import cn.gov.lanzhou.supervision.publishing.Validity;
import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.KeyPersonRole;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.SupervisionStage;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.supervision.Finding;
import cn.gov.lanzhou.supervision.supervision.Inspection;
import cn.gov.lanzhou.supervision.supervision.InspectionKind;
import cn.gov.lanzhou.supervision.supervision.RectificationNotice;
import cn.gov.lanzhou.supervision.supervision.Severity;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Fills an empty database with a believable Lanzhou: enterprises with valid credit codes,
 * their people and certificates, projects across the districts with valid permit numbers,
 * inspections, findings and rectification notices, complaints, declarations and articles, plus
 * one demo account per role. The same seed gives the same data (relative to today's date).
 *
 * <p>Work is committed in slices so that the {@code full} size never holds three years of
 * records in one persistence context.
 */
@Stateless
public class DemoDataGenerator {

    /** Password of every demo account (demo profile only; documented in the README). */
    public static final String DEMO_PASSWORD = "Demo@2026";

    static final long SEED = 20_261_125L;

    private static final Logger LOG = Logger.getLogger(DemoDataGenerator.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @jakarta.ejb.EJB
    private DemoArticleExtras articleExtras;

    /** Generates everything, unless the database already holds projects. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void fillIfEmpty(DemoSize size) {
        long existing = em.createQuery("select count(p) from Project p", Long.class).getSingleResult();
        if (existing > 0) {
            LOG.info(() -> "Demo data present (" + existing + " projects), nothing generated");
            return;
        }
        long started = System.nanoTime();
        DemoDataGenerator self = context.getBusinessObject(DemoDataGenerator.class);
        LocalDate today = LocalDate.now();
        Plan plan = self.registry(size, today);
        int activeAndDone = plan.projectIds.size();
        int slice = 25;
        for (int from = 0; from < activeAndDone; from += slice) {
            self.supervision(plan, from, Math.min(activeAndDone, from + slice), today);
        }
        self.publishing(size, today);
        articleExtras.decorate();
        self.complaints(size, plan, today);
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Demo data (" + size + ") generated in " + ms + " ms: " + activeAndDone + " projects");
    }

    /** Ids carried between the slices of one generation run. */
    public static final class Plan implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final List<Long> projectIds = new ArrayList<>();
        final Map<Long, Long> contractorOf = new HashMap<>();
        final Map<Long, LocalDate> completionOf = new HashMap<>();
        final Map<Integer, Integer> noticeSerialByYear = new HashMap<>();
        final Map<String, List<String>> supervisorsByDistrict = new HashMap<>();
        final List<String> supervisors = new ArrayList<>();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Plan registry(DemoSize size, LocalDate today) {
        Random random = new Random(SEED);
        DemoValues values = new DemoValues(random);
        Plan plan = new Plan();

        Map<EnterpriseType, List<Enterprise>> byType = new EnumMap<>(EnterpriseType.class);
        Map<Enterprise, List<Person>> staff = new HashMap<>();
        java.util.Set<String> creditCodes = new java.util.HashSet<>();
        int personCount = 0;
        // Draws added after the demo data was first designed, so that the original ones stay as they were.
        Random extra = new Random(SEED + 17);
        for (int i = 0; i < size.enterprises(); i++) {
            EnterpriseType type = enterpriseType(i);
            District district = values.district();
            String code;
            do {
                code = values.creditCode(district);
            } while (!creditCodes.add(code));
            code = DemoFlaws.creditCode(i, code);
            Enterprise e = new Enterprise(code, values.enterpriseName(type), type, district.code());
            e.updateContact(values.postalAddress(district), values.personName(), values.mobileNumber());
            e.recordRegistration(today.minusDays(365L * DemoPick.between(random, 3, 25)));
            em.persist(e);
            for (Qualifying q : qualifications(type)) {
                var qualification = e.grantQualification(q.category, DemoPick.one(random, q.levels),
                        "D" + (162_000_000 + i * 7 + q.levels.length), today.plusDays(DemoPick.between(random, -60, 1500)));
                em.persist(qualification);
            }
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(e);
            int people = switch (type) {
                case CONTRACTOR -> 8;
                case SUPERVISION -> 5;
                default -> 0;
            };
            List<Person> persons = new ArrayList<>();
            for (int k = 0; k < people; k++) {
                Person p = new Person(values.personName(), DemoFlaws.idNumber(personCount++, values.residentIdNumber()), e);
                p.changePhone(values.mobileNumber());
                if (type == EnterpriseType.CONTRACTOR) {
                    CertificateKind kind = k < 3 ? CertificateKind.REGISTERED_CONSTRUCTOR
                            : k < 5 ? CertificateKind.SAFETY_B : CertificateKind.SAFETY_C;
                    p.awardCertificate(kind, certificateNo(kind, random), DemoFlaws.certificateValidity(today, DemoPick.between(random, -90, 1400)));
                    if (k < 3) {
                        p.awardCertificate(CertificateKind.SAFETY_B, certificateNo(CertificateKind.SAFETY_B, random),
                                DemoFlaws.certificateValidity(today, DemoPick.between(random, -30, 1400)));
                    } else if (k < 5) {
                        // Holders of a B certificate are registered constructors too, and may manage projects.
                        p.awardCertificate(CertificateKind.REGISTERED_CONSTRUCTOR,
                                certificateNo(CertificateKind.REGISTERED_CONSTRUCTOR, extra),
                                today.plusDays(DemoPick.between(extra, 100, 1400)));
                    }
                } else {
                    p.awardCertificate(CertificateKind.REGISTERED_SUPERVISOR,
                            certificateNo(CertificateKind.REGISTERED_SUPERVISOR, random),
                            DemoFlaws.certificateValidity(today, DemoPick.between(random, -60, 1400)));
                }
                em.persist(p);
                persons.add(p);
            }
            staff.put(e, persons);
        }

        accounts(byType.get(EnterpriseType.CONTRACTOR).get(0), plan, today);

        int active = size.activeProjects();
        int completed = active / 3;
        java.util.Set<String> projectNos = new java.util.HashSet<>();
        Map<String, Integer> serials = new HashMap<>();
        DemoFlaws.Staffing staffing = new DemoFlaws.Staffing();
        for (int i = 0; i < active + completed; i++) {
            boolean done = i >= active;
            District district = values.district();
            DemoProject dp = values.project(district);
            LocalDate start = done
                    ? today.minusDays(DemoPick.between(random, 500, Math.max(560, size.days() + 400)))
                    : today.minusDays(DemoPick.between(random, 20, Math.max(60, Math.min(size.days(), 900))));
            LocalDate registered = start.minusDays(DemoPick.between(random, 10, 60));
            String key = district.code() + "-" + registered.getYear();
            int serial = serials.merge(key, 1, Integer::sum);
            String projectNo = String.format("JD-%s-%d-%04d", district.code(), registered.getYear(), serial);
            if (!projectNos.add(projectNo)) {
                continue;
            }
            Project p = new Project(projectNo, dp.name(), district.code(), dp.type());
            p.describe(DemoFlaws.permitNumber(i, values.permitNumber(district, registered, dp.permitCategory())),
                    dp.address(), dp.floorArea(),
                    dp.contractValue(), start, start.plusDays(DemoPick.between(random, 400, 1100)));
            Enterprise developer = DemoPick.one(random, byType.get(EnterpriseType.DEVELOPER));
            List<Enterprise> contractors = byType.get(EnterpriseType.CONTRACTOR);
            Enterprise contractor = staffing.contractor(contractors, random.nextInt(contractors.size()), done);
            Enterprise supervision = DemoPick.one(random, byType.get(EnterpriseType.SUPERVISION));
            p.engage(developer, ParticipantRole.DEVELOPER);
            p.engage(contractor, ParticipantRole.GENERAL_CONTRACTOR);
            if (!DemoFlaws.withoutSupervision(i, done)) {
                p.engage(supervision, ParticipantRole.SUPERVISION);
            }
            p.engage(DemoPick.one(random, byType.get(EnterpriseType.DESIGN)), ParticipantRole.DESIGN);
            p.engage(DemoPick.one(random, byType.get(EnterpriseType.SURVEY)), ParticipantRole.SURVEY);
            if (DemoPick.chance(random, 60)) {
                p.engage(DemoPick.one(random, byType.get(EnterpriseType.TESTING)), ParticipantRole.TESTING);
            }
            List<Person> builders = staff.get(contractor);
            p.appoint(staffing.manager(i, builders.subList(0, 5), DemoPick.between(random, 0, 2), done),
                    KeyPersonRole.PROJECT_MANAGER);
            Person safetyOfficer = staffing.safetyOfficer(i, builders.subList(5, 8), DemoPick.between(random, 5, 7) - 5, done);
            if (!DemoFlaws.withoutSafetyOfficer(i, done)) {
                p.appoint(safetyOfficer, KeyPersonRole.SAFETY_OFFICER);
            }
            List<Person> supervisors = staff.get(supervision);
            p.appoint(staffing.chiefSupervisor(supervisors, random.nextInt(supervisors.size()), done),
                    KeyPersonRole.CHIEF_SUPERVISOR);
            List<String> sups = plan.supervisorsByDistrict.getOrDefault(district.code(), plan.supervisors);
            p.assignSupervisor(DemoPick.one(random, sups));
            long age = java.time.temporal.ChronoUnit.DAYS.between(start, today);
            LocalDate completion = null;
            if (done) {
                completion = start.plusDays(DemoPick.between(random, 380, 480));
                if (completion.isAfter(today.minusDays(5))) {
                    completion = today.minusDays(5);
                }
                p.advanceTo(SupervisionStage.ACCEPTANCE);
            } else {
                p.advanceTo(age < 90 ? SupervisionStage.FOUNDATION : age < 400 ? SupervisionStage.MAIN_STRUCTURE
                        : SupervisionStage.DECORATION);
                if (DemoPick.chance(random, 3)) {
                    p.suspend();
                }
            }
            em.persist(p);
            em.flush();
            plan.projectIds.add(p.getId());
            plan.contractorOf.put(p.getId(), contractor.getId());
            if (completion != null) {
                plan.completionOf.put(p.getId(), completion);
            }
        }
        return plan;
    }

    private void accounts(Enterprise demoEnterprise, Plan plan, LocalDate today) {
        String hash = AccountStore.hashPassword(DEMO_PASSWORD.toCharArray());
        LocalDateTime at = today.atTime(8, 0);
        record Staff(String username, String name, String department, String district, Role role) {
        }
        List<Staff> people = List.of(
                new Staff("zhang.wei", "张伟", "监督一科", "620102", Role.SUPERVISOR),
                new Staff("li.na", "李娜", "监督二科", "620103", Role.SUPERVISOR),
                new Staff("wang.qiang", "王强", "监督二科", "620104", Role.SUPERVISOR),
                new Staff("ma.jun", "马骏", "监督三科", "620105", Role.SUPERVISOR),
                new Staff("yang.fan", "杨帆", "监督三科", "620111", Role.SUPERVISOR),
                new Staff("zhao.min", "赵敏", "站领导", null, Role.LEADER),
                new Staff("chen.jing", "陈静", "综合科", null, Role.EDITOR),
                new Staff("liu.yang", "刘洋", "综合科", null, Role.FIRST_REVIEWER),
                new Staff("sun.li", "孙丽", "办公室", null, Role.SECOND_REVIEWER),
                new Staff("zhou.gang", "周刚", "站领导", null, Role.FINAL_REVIEWER),
                new Staff("sysadmin", "系统管理员", "信息中心", null, Role.SYSTEM_ADMIN),
                new Staff("secadmin", "安全管理员", "信息中心", null, Role.SECURITY_ADMIN),
                new Staff("auditadmin", "审计管理员", "纪检监察室", null, Role.AUDIT_ADMIN));
        int order = 0;
        for (String dept : List.of("站领导", "办公室", "综合科", "监督一科", "监督二科", "监督三科", "信息中心", "纪检监察室")) {
            em.persist(new Department(dept, null, order += 10));
        }
        for (Staff s : people) {
            UserAccount u = new UserAccount(s.username(), s.name());
            u.placeIn(s.district(), s.department());
            u.grant(s.role());
            u.setPasswordHash(hash, false, at);
            em.persist(u);
            if (s.role() == Role.SUPERVISOR) {
                plan.supervisors.add(s.username());
                plan.supervisorsByDistrict.computeIfAbsent(s.district(), d -> new ArrayList<>()).add(s.username());
            }
        }
        UserAccount enterprise = new UserAccount("qiye.demo", demoEnterprise.getName());
        enterprise.linkEnterprise(demoEnterprise);
        enterprise.grant(Role.ENTERPRISE);
        enterprise.setPasswordHash(hash, false, at);
        em.persist(enterprise);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void supervision(Plan plan, int from, int to, LocalDate today) {
        for (int i = from; i < to; i++) {
            long projectId = plan.projectIds.get(i);
            Random random = new Random(SEED * 31 + projectId);
            DemoProse prose = new DemoProse(random);
            Project p = em.find(Project.class, projectId);
            Enterprise contractor = em.find(Enterprise.class, plan.contractorOf.get(projectId));
            LocalDate first = p.getStartDate().plusDays(DemoPick.between(random, 3, 15));
            LocalDate completion = plan.completionOf.get(projectId);
            LocalDate last = completion != null ? completion.minusDays(1) : today.minusDays(1);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(DemoPick.between(random, 12, 35))) {
                Inspection inspection = inspect(p, day, random);
                int findings = DemoPick.weighted(random, List.of(0, 1, 2, 3, 4), new int[]{30, 30, 22, 12, 6});
                List<Finding> recorded = new ArrayList<>();
                for (int f = 0; f < findings; f++) {
                    DemoFinding df = prose.finding();
                    recorded.add(inspection.recordFinding(df.category(), df.severity(), df.description(), contractor));
                }
                inspection.summarise(findings == 0 ? "现场检查未发现明显质量安全问题，各方责任主体履职情况良好。"
                        : "现场检查发现问题 " + findings + " 项，已当场指出并要求限期整改。");
                inspection.submit(day.atTime(17, 30));
                em.persist(inspection);
                if (!recorded.isEmpty()) {
                    int serial = plan.noticeSerialByYear.merge(day.getYear(), 1, Integer::sum);
                    issueNotice(inspection, recorded, contractor, day, today, random, serial);
                }
            }
            if (completion != null) {
                p.complete(completion);
            }
        }
        em.flush();
        em.clear();
    }

    private Inspection inspect(Project p, LocalDate day, Random random) {
        InspectionKind kind = DemoPick.weighted(random, List.of(InspectionKind.ROUTINE, InspectionKind.SPECIAL,
                InspectionKind.JOINT, InspectionKind.FOLLOW_UP), new int[]{70, 15, 5, 10});
        String inspectors = p.getSupervisorUsername() + "," + DemoPick.one(random, "zhang.wei", "li.na", "wang.qiang", "ma.jun", "yang.fan");
        return new Inspection(p, day, kind, inspectors);
    }

    private void issueNotice(Inspection inspection, List<Finding> findings, Enterprise contractor, LocalDate day,
                             LocalDate today, Random random, int serial) {
        Severity worst = findings.stream().map(Finding::getSeverity).max(Enum::compareTo).orElse(Severity.GENERAL);
        int days = switch (worst) {
            case MAJOR -> 3;
            case SERIOUS -> 5;
            case GENERAL -> 7;
        };
        LocalDateTime issued = day.atTime(LocalTime.of(16, 0));
        String noticeNo = String.format("ZG-%d-%05d", day.getYear(), serial);
        RectificationNotice n = new RectificationNotice(noticeNo, inspection, findings, contractor, day.plusDays(days),
                inspection.getInspectors().split(",")[0], issued);
        LocalDate deadline = n.getDeadline();
        if (day.plusDays(1).isBefore(today)) {
            n.acknowledge(issued.plusHours(DemoPick.between(random, 2, 20)));
        }
        if (deadline.isBefore(today.minusDays(2)) || (deadline.isBefore(today) && DemoPick.chance(random, 50))) {
            if (DemoPick.chance(random, 94)) {
                n.respond(deadline.minusDays(DemoPick.between(random, 0, Math.max(0, days - 1))).atTime(10, 0));
                if (DemoPick.chance(random, 12) && deadline.isAfter(today.minusDays(60))) {
                    n.reject("整改照片不能反映整改后全貌，请补充现场复查照片及验收记录。", deadline.atTime(15, 0));
                } else if (deadline.plusDays(3).isBefore(today)) {
                    n.pass("经复查，整改到位，同意销号。", deadline.plusDays(DemoPick.between(random, 1, 3)).atTime(11, 0));
                }
            }
        }
        em.persist(n);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publishing(DemoSize size, LocalDate today) {
        Random random = new Random(SEED + 7);
        DemoProse prose = new DemoProse(random);
        Map<DemoColumn, SiteColumn> columns = new EnumMap<>(DemoColumn.class);
        int order = 1;
        for (DemoColumn c : DemoColumn.values()) {
            SiteColumn column = new SiteColumn(columnCode(c), c.label(), null, order++);
            em.persist(column);
            columns.put(c, column);
        }
        em.persist(new SiteColumn("progress", "项目进展", null, order));
        String[] reviewers = {"liu.yang", "sun.li", "zhou.gang"};
        for (DemoColumn c : DemoColumn.values()) {
            int perMonth = switch (c) {
                case SUPERVISION_NEWS -> 12;
                case NOTICE -> 5;
                case POLICY_REGULATION, TECHNICAL_STANDARD -> 3;
                default -> 2;
            };
            int count = Math.max(6, perMonth * size.days() / 30);
            for (int k = 0; k < count; k++) {
                LocalDate on = today.minusDays((long) k * size.days() / count + DemoPick.between(random, 0, 2));
                DemoArticle da = prose.article(c, on);
                Article a = new Article(columns.get(c), da.title(), da.bodyHtml(), "chen.jing");
                a.revise(da.title(), null, da.bodyHtml(), source(c, random), "综合科");
                a.classify(level(c, random), DemoPick.one(random, BusinessType.values()),
                        c == DemoColumn.POLICY_REGULATION ? (DemoPick.chance(random, 85) ? Validity.EFFECTIVE : Validity.AMENDED) : null);
                a.submitForReview(on.atTime(9, 0));
                a.pass(reviewers[0], null);
                a.pass(reviewers[1], null);
                a.pass(reviewers[2], on.atTime(DemoPick.between(random, 10, 17), DemoPick.between(random, 0, 59)));
                for (int v = DemoPick.between(random, 20, 3000); v > 0; v--) {
                    a.countView();
                }
                em.persist(a);
            }
        }
        // A few waiting in the review queues, so reviewers have something to do.
        for (int k = 0; k < 3; k++) {
            DemoArticle da = prose.article(DemoColumn.SUPERVISION_NEWS, today);
            Article a = new Article(columns.get(DemoColumn.SUPERVISION_NEWS), da.title(), da.bodyHtml(), "chen.jing");
            a.submitForReview(today.atTime(8, 30).minusHours(k * 5L));
            if (k > 0) {
                a.pass(reviewers[0], null);
            }
            em.persist(a);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complaints(DemoSize size, Plan plan, LocalDate today) {
        Random random = new Random(SEED + 11);
        DemoProse prose = new DemoProse(random);
        DemoValues values = new DemoValues(random);
        Map<LocalDate, Integer> serialByDay = new HashMap<>();
        int perWeek = size.isFullScale() ? 12 : 4;
        int count = perWeek * size.days() / 7;
        for (int k = 0; k < count; k++) {
            LocalDate day = today.minusDays(DemoPick.between(random, 0, size.days()));
            int serial = serialByDay.merge(day, 1, Integer::sum);
            String ticket = String.format("TS%s-%06d", day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), serial);
            DemoComplaint dc = prose.complaint();
            District district = dc.district();
            Complaint c = new Complaint(ticket, QueryCodes.digest(ticket, QueryCodes.newCode(random)),
                    dc.category(), district.code(), dc.content(),
                    day.atTime(DemoPick.between(random, 7, 22), DemoPick.between(random, 0, 59)));
            if (DemoPick.chance(random, 35)) {
                c.identifyReporter(values.personName(), values.mobileNumber());
            }
            Project related = DemoPick.chance(random, 55)
                    ? em.find(Project.class, DemoPick.one(random, plan.projectIds)) : null;
            c.concern(related, related != null ? related.getAddress() : values.siteAddress(district));
            long age = java.time.temporal.ChronoUnit.DAYS.between(day, today);
            if (age >= 1) {
                if (dc.category() == ComplaintCategory.OTHER && DemoPick.chance(random, 30)) {
                    c.decline("经核实，该事项不属于本站监督职责范围，请向所在区城市管理综合执法部门反映（12345政务服务便民热线）。",
                            c.getSubmittedAt().plusHours(20));
                } else {
                    c.assignTo(District.byCode(district.code()).map(d -> d.label() + "监督组").orElse("监督科"),
                            DemoPick.one(random, plan.supervisors));
                    if (age >= 3) {
                        c.startHandling();
                    }
                    if (age >= 8) {
                        c.reply(prose.publicReply(dc, day.plusDays(1)), c.getSubmittedAt().plusDays(DemoPick.between(random, 3, Math.min(20, (int) age))));
                        if (age >= 15 && DemoPick.chance(random, 85)) {
                            c.close(DemoPick.weighted(random, List.of(5, 4, 3, 2), new int[]{70, 20, 7, 3}),
                                    c.getRepliedAt().plusDays(2));
                        }
                    }
                }
            }
            em.persist(c);
        }
        Enterprise demoEnterprise = em.createQuery("select u.enterprise from UserAccount u where u.username = 'qiye.demo'",
                Enterprise.class).getSingleResult();
        DeclarationType[] types = DeclarationType.values();
        for (int k = 0; k < 6; k++) {
            Declaration d = new Declaration(String.format("SB-%d-%05d", today.getYear(), k + 1), types[k % types.length],
                    demoEnterprise, null);
            d.fillIn("{}");
            if (k > 0) {
                d.submit(today.minusDays(10 - k).atTime(9, 30));
            }
            if (k > 2) {
                d.accept();
                d.startReview();
            }
            if (k > 4) {
                d.approve("材料齐全，符合要求，准予办结。", today.minusDays(2).atTime(16, 0));
            }
            em.persist(d);
        }
    }

    private static String columnCode(DemoColumn c) {
        return switch (c) {
            case POLICY_REGULATION -> "policies";
            case TECHNICAL_STANDARD -> "standards";
            case SUPERVISION_NEWS -> "news";
            case NOTICE -> "notices";
            case SERVICE_GUIDE -> "guides";
            case POLICY_INTERPRETATION -> "interpretations";
        };
    }

    private static ArticleLevel level(DemoColumn c, Random random) {
        return switch (c) {
            case POLICY_REGULATION, TECHNICAL_STANDARD, POLICY_INTERPRETATION ->
                    DemoPick.one(random, ArticleLevel.values());
            default -> ArticleLevel.MUNICIPAL;
        };
    }

    private static String source(DemoColumn c, Random random) {
        return switch (c) {
            case POLICY_REGULATION -> DemoPick.one(random, "住房和城乡建设部", "甘肃省住房和城乡建设厅", "兰州市住房和城乡建设局");
            case TECHNICAL_STANDARD -> DemoPick.one(random, "住房和城乡建设部", "甘肃省住房和城乡建设厅");
            default -> "兰州市建设工程安全质量监督站";
        };
    }

    private static EnterpriseType enterpriseType(int i) {
        int slot = i % 20;
        if (slot < 9) {
            return EnterpriseType.CONTRACTOR;
        }
        if (slot < 14) {
            return EnterpriseType.DEVELOPER;
        }
        if (slot < 16) {
            return EnterpriseType.SUPERVISION;
        }
        return switch (slot) {
            case 16 -> EnterpriseType.SURVEY;
            case 17 -> EnterpriseType.DESIGN;
            case 18 -> EnterpriseType.TESTING;
            default -> EnterpriseType.SUPERVISION;
        };
    }

    private record Qualifying(String category, String[] levels) {
    }

    private static List<Qualifying> qualifications(EnterpriseType type) {
        return switch (type) {
            case CONTRACTOR -> List.of(new Qualifying("建筑工程施工总承包", new String[]{"特级", "一级", "二级", "三级"}),
                    new Qualifying("市政公用工程施工总承包", new String[]{"一级", "二级"}));
            case SUPERVISION -> List.of(new Qualifying("房屋建筑工程监理", new String[]{"甲级", "乙级"}));
            case SURVEY -> List.of(new Qualifying("工程勘察综合", new String[]{"甲级", "乙级"}));
            case DESIGN -> List.of(new Qualifying("建筑行业（建筑工程）设计", new String[]{"甲级", "乙级"}));
            case TESTING -> List.of(new Qualifying("建设工程质量检测", new String[]{"综合类", "专项类"}));
            case DEVELOPER -> List.of(new Qualifying("房地产开发企业", new String[]{"一级", "二级"}));
        };
    }

    private static String certificateNo(CertificateKind kind, Random random) {
        return switch (kind) {
            case REGISTERED_CONSTRUCTOR -> "甘162" + (100_000_000 + random.nextInt(900_000_000));
            case REGISTERED_SUPERVISOR -> "62" + (10_000_000 + random.nextInt(90_000_000));
            case SAFETY_A -> "甘建安A（" + (2018 + random.nextInt(8)) + "）" + (1000 + random.nextInt(9000));
            case SAFETY_B -> "甘建安B（" + (2018 + random.nextInt(8)) + "）" + (10000 + random.nextInt(90000));
            case SAFETY_C -> "甘建安C（" + (2018 + random.nextInt(8)) + "）" + (10000 + random.nextInt(90000));
            case SPECIAL_OPERATOR -> "T" + (620_000_000 + random.nextInt(99_999_999));
        };
    }

    static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
