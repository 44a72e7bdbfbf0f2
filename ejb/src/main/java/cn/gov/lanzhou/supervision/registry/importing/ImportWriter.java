package cn.gov.lanzhou.supervision.registry.importing;

import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.KeyPersonRole;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.rules.District;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes checked import rows as registry records through the entity manager it is given, inside the
 * caller's transaction: it never commits, so when any row fails (the database refuses it) the caller's
 * rollback leaves nothing of the file behind. Writes {@value #FLUSH_EVERY} rows at a time (flushed, then
 * cleared from the persistence context), so that a refusal can be traced to a range of rows and a large file
 * costs time in proportion to its length; the enterprises and persons the rows refer to are looked up per chunk.
 */
public final class ImportWriter {

    static final int FLUSH_EVERY = 100;
    private static final int CHUNK = 500;

    private ImportWriter() {
    }

    /** A row range the database refused, with the database's reason. */
    public static final class RowsRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int firstLine;
        private final int lastLine;

        RowsRefused(int firstLine, int lastLine, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }

        public int firstLine() {
            return firstLine;
        }

        public int lastLine() {
            return lastLine;
        }
    }

    /**
     * Persists one record per row (with its qualification, certificate, participants and posts).
     *
     * @return the number of records written
     * @throws RowsRefused when the database refuses a row; the transaction must then be rolled back
     */
    public static int write(EntityManager em, ImportKind kind, List<ImportRow> rows) {
        List<String> referenceKeys = kind == ImportKind.PERSON ? List.of("employerCreditCode")
                : kind == ImportKind.PROJECT ? List.of("developer", "contractor", "supervision") : List.of();
        int written = 0;
        for (int from = 0; from < rows.size(); from += FLUSH_EVERY) {
            List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + FLUSH_EVERY));
            try {
                Map<String, Enterprise> enterprises = enterprises(em, chunk, referenceKeys);
                Map<String, Person> persons = kind == ImportKind.PROJECT ? persons(em, chunk) : Map.of();
                for (ImportRow row : chunk) {
                    switch (kind) {
                        case ENTERPRISE -> enterprise(em, row);
                        case PERSON -> person(em, row, enterprises);
                        case PROJECT -> project(em, row, enterprises, persons);
                    }
                    written++;
                }
                em.flush();
                // What is written stays in the transaction; the persistence context need not keep it, and
                // comparing every earlier row again at each flush would make a large file quadratic.
                em.clear();
            } catch (RuntimeException e) {
                throw new RowsRefused(chunk.get(0).getLine(), chunk.get(chunk.size() - 1).getLine(), e);
            }
        }
        return written;
    }

    private static void enterprise(EntityManager em, ImportRow row) {
        String district = ImportValues.district(row.value("district")).map(District::code).orElse(row.value("district"));
        Enterprise e = new Enterprise(row.value("creditCode"), row.value("name"),
                ImportValues.enterpriseType(row.value("type")).orElseThrow(), district);
        e.updateContact(blankToNull(row.value("address")), blankToNull(row.value("legalRepresentative")),
                blankToNull(row.value("phone")));
        em.persist(e);
        if (row.has("qualificationCategory")) {
            em.persist(e.grantQualification(row.value("qualificationCategory"), row.value("qualificationLevel"),
                    row.value("qualificationNo"), LocalDate.parse(row.value("qualificationValidUntil"))));
        }
    }

    private static void person(EntityManager em, ImportRow row, Map<String, Enterprise> enterprises) {
        Person p = new Person(row.value("name"), row.value("idNumber"), enterprises.get(row.value("employerCreditCode")));
        p.changePhone(blankToNull(row.value("phone")));
        if (row.has("certificateKind")) {
            CertificateKind kind = ImportValues.certificateKind(row.value("certificateKind")).orElseThrow();
            p.awardCertificate(kind, row.value("certificateNo"), LocalDate.parse(row.value("certificateValidUntil")));
        }
        em.persist(p);
    }

    private static void project(EntityManager em, ImportRow row, Map<String, Enterprise> enterprises, Map<String, Person> persons) {
        District district = ImportValues.district(row.value("district")).orElseThrow();
        Project p = new Project(row.value("projectNo"), row.value("name"), district.code(),
                ImportValues.projectType(row.value("type")).orElseThrow());
        p.describe(blankToNull(row.value("permitNo")), blankToNull(row.value("address")), decimal(row.value("floorArea")),
                decimal(row.value("contractValue")), date(row.value("startDate")), date(row.value("plannedCompletion")));
        engage(p, enterprises.get(row.value("developer")), ParticipantRole.DEVELOPER);
        engage(p, enterprises.get(row.value("contractor")), ParticipantRole.GENERAL_CONTRACTOR);
        engage(p, enterprises.get(row.value("supervision")), ParticipantRole.SUPERVISION);
        appoint(p, persons.get(row.value("manager")), KeyPersonRole.PROJECT_MANAGER);
        appoint(p, persons.get(row.value("chiefSupervisor")), KeyPersonRole.CHIEF_SUPERVISOR);
        appoint(p, persons.get(row.value("safetyOfficer")), KeyPersonRole.SAFETY_OFFICER);
        em.persist(p);
    }

    private static void engage(Project p, Enterprise e, ParticipantRole role) {
        if (e != null) {
            p.engage(e, role);
        }
    }

    private static void appoint(Project p, Person person, KeyPersonRole role) {
        if (person != null) {
            p.appoint(person, role);
        }
    }

    private static Map<String, Enterprise> enterprises(EntityManager em, List<ImportRow> rows, List<String> keys) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> keys.stream().filter(r::has).forEach(k -> codes.add(r.value(k))));
        Map<String, Enterprise> out = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery("select e from Enterprise e where e.creditCode in :codes", Enterprise.class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultStream().forEach(e -> out.put(e.getCreditCode(), e));
        }
        return out;
    }

    /** Persons by the ID numbers of the rows' posts, found through the blind index. */
    private static Map<String, Person> persons(EntityManager em, List<ImportRow> rows) {
        Map<String, String> idByIndex = new HashMap<>();
        for (ImportRow r : rows) {
            for (String post : List.of("manager", "chiefSupervisor", "safetyOfficer")) {
                if (r.has(post)) {
                    idByIndex.put(Person.indexOfIdNumber(r.value(post)), r.value(post));
                }
            }
        }
        Map<String, Person> out = new HashMap<>();
        List<String> all = new ArrayList<>(idByIndex.keySet());
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery("select p from Person p where p.idNumberIndex in :indexes order by p.id", Person.class)
                    .setParameter("indexes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultStream().forEach(p -> out.putIfAbsent(idByIndex.get(indexOf(p)), p));
        }
        return out;
    }

    private static String indexOf(Person p) {
        return Person.indexOfIdNumber(p.getIdNumber());
    }

    private static BigDecimal decimal(String v) {
        return v.isBlank() ? null : new BigDecimal(v);
    }

    private static LocalDate date(String v) {
        return v.isBlank() ? null : LocalDate.parse(v);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
