package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.registry.rules.ConstructionPermitNumbers;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.PermitCategory;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;

/**
 * Crafted registry records for the service tests: valid identifiers made from their parts, and a
 * complete, rule-abiding project (every participant and post, valid certificates) to break one thing at a time.
 */
public final class RegistryFixture {

    /** The day the tests check on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final EntityManager em;
    private int serial;

    public RegistryFixture(EntityManager em) {
        this.em = em;
    }

    /** A valid credit code from an eight-character organisation code start, e.g. {@code MA71ABCD}. */
    public static String creditCode(String districtCode, String organisation8) {
        String organisation = organisation8 + UnifiedSocialCreditCodes.organizationCheckCharacter(organisation8);
        String first17 = "91" + districtCode + organisation;
        return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
    }

    /** A valid ID number for a birth date and a three-digit sequence. */
    public static String idNumber(String address, LocalDate birth, int sequence) {
        String first17 = address + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + ResidentIdNumbers.checkDigit(first17);
    }

    /** The same code with its last character replaced by the next one of the alphabet (a wrong check character). */
    public static String wrongLast(String code, String alphabet) {
        char last = code.charAt(code.length() - 1);
        char other = alphabet.charAt((alphabet.indexOf(last) + 1) % alphabet.length());
        return code.substring(0, code.length() - 1) + other;
    }

    private int next() {
        return ++serial;
    }

    /** A new enterprise with a valid code and a qualification valid for years. */
    public Enterprise enterprise(EnterpriseType type, String districtCode) {
        int n = next();
        return enterprise(creditCode(districtCode, String.format("MA7%05d", n)), "测试" + type.label() + n, type, districtCode);
    }

    public Enterprise enterprise(String creditCode, String name, EnterpriseType type, String districtCode) {
        Enterprise e = new Enterprise(creditCode, name, type, districtCode);
        e.updateContact("甘肃省兰州市城关区庆阳路 1 号", "张三", "1390931" + String.format("%04d", next()));
        em.persist(e);
        em.persist(e.grantQualification("资质" + type.name(), "一级", "D" + (100000 + next()), TODAY.plusYears(2)));
        return e;
    }

    /** A person with a valid ID number, employed by {@code employer}, holding the certificates valid for years. */
    public Person person(String name, Enterprise employer, CertificateKind... certificates) {
        int n = next();
        Person p = new Person(name, idNumber("620102", LocalDate.of(1980, 1, 1).plusDays(n), n % 999 + 1), employer);
        p.changePhone("1380931" + String.format("%04d", n));
        for (CertificateKind kind : certificates) {
            p.awardCertificate(kind, kind.name() + "-" + n, TODAY.plusYears(2));
        }
        em.persist(p);
        return p;
    }

    /** The parties of a complete project, to be changed before {@link #project} uses them. */
    public final class Parties {
        public Enterprise developer = enterprise(EnterpriseType.DEVELOPER, District.CHENGGUAN.code());
        public Enterprise contractor = enterprise(EnterpriseType.CONTRACTOR, District.CHENGGUAN.code());
        public Enterprise supervision = enterprise(EnterpriseType.SUPERVISION, District.CHENGGUAN.code());
        public Person manager = person("项目经理" + next(), contractor, CertificateKind.REGISTERED_CONSTRUCTOR, CertificateKind.SAFETY_B);
        public Person chief = person("总监" + next(), supervision, CertificateKind.REGISTERED_SUPERVISOR);
        public Person safety = person("安全员" + next(), contractor, CertificateKind.SAFETY_C);
    }

    public Parties parties() {
        return new Parties();
    }

    /** A project under construction in the district with a valid permit, every participant and every post. */
    public Project project(String districtCode, Parties parties) {
        int n = next();
        Project p = new Project(String.format("JD-%s-2025-%04d", districtCode, n), "测试工程" + n, districtCode, ProjectType.HOUSING);
        String permitDivision = District.byCode(districtCode).isPresent() ? districtCode : District.CITY_CODE;
        p.describe(ConstructionPermitNumbers.compose(permitDivision, TODAY.minusDays(100), n % 99 + 1, PermitCategory.GENERAL_BUILDING),
                "工地地址", null, null, TODAY.minusDays(90), TODAY.plusDays(400));
        if (parties.developer != null) {
            p.engage(parties.developer, ParticipantRole.DEVELOPER);
        }
        if (parties.contractor != null) {
            p.engage(parties.contractor, ParticipantRole.GENERAL_CONTRACTOR);
        }
        if (parties.supervision != null) {
            p.engage(parties.supervision, ParticipantRole.SUPERVISION);
        }
        if (parties.manager != null) {
            p.appoint(parties.manager, KeyPersonRole.PROJECT_MANAGER);
        }
        if (parties.chief != null) {
            p.appoint(parties.chief, KeyPersonRole.CHIEF_SUPERVISOR);
        }
        if (parties.safety != null) {
            p.appoint(parties.safety, KeyPersonRole.SAFETY_OFFICER);
        }
        em.persist(p);
        return p;
    }

    public Project project(Parties parties) {
        return project(District.CHENGGUAN.code(), parties);
    }
}
