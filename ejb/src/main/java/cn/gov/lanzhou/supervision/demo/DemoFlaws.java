package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry errors a real 主体库 has, put into the demo data on purpose so that the data-quality
 * page has something to show: a handful of wrong check characters, impossible birth dates, malformed
 * permit numbers, projects missing a participant or a post. Chosen by position (every n-th record), never
 * by drawing from the generator's random source, so the rest of the demo data stays exactly as it was.
 * Expired qualifications and certificates, and the odd overloaded project manager, come from the data
 * itself. See {@link Staffing} for who works where.
 */
final class DemoFlaws {

    private DemoFlaws() {
    }

    /** Enterprise {@code index}'s code, with a wrong check character for every 43rd enterprise. */
    static String creditCode(int index, String code) {
        if (index % 43 != 21) {
            return code;
        }
        String alphabet = UnifiedSocialCreditCodes.ALPHABET;
        if ((index / 43) % 2 == 0) {
            // 第18位总校验码 wrong
            return code.substring(0, 17) + alphabet.charAt((alphabet.indexOf(code.charAt(17)) + 7) % alphabet.length());
        }
        // 第17位组织机构代码校验码 wrong, the total check character recomputed so that only it is wrong
        char organisationCheck = code.charAt(16) == '0' ? '1' : '0';
        String first17 = code.substring(0, 16) + organisationCheck;
        return first17 + UnifiedSocialCreditCodes.checkCharacter(first17);
    }

    /** Person {@code index}'s ID number, mistyped for every 97th person: check digit, birth date or region. */
    static String idNumber(int index, String idNumber) {
        if (index % 97 != 50) {
            return idNumber;
        }
        String first17 = switch ((index / 97) % 3) {
            case 0 -> idNumber.substring(0, 17);
            // 2月30日
            case 1 -> idNumber.substring(0, 10) + "0230" + idNumber.substring(14, 17);
            // an address code of no province
            default -> "28" + idNumber.substring(2, 17);
        };
        char check = ResidentIdNumbers.checkDigit(first17);
        if ((index / 97) % 3 == 0) {
            String digits = "10X98765432";
            check = digits.charAt((digits.indexOf(check) + 3) % digits.length());
        }
        return first17 + check;
    }

    /** Project {@code index}'s permit number, malformed for every 53rd project: division, date, serial or category; or none. */
    static String permitNumber(int index, String permit) {
        if (index % 53 != 7) {
            return permit;
        }
        return switch ((index / 53) % 5) {
            case 0 -> "620199" + permit.substring(6);
            case 1 -> permit.substring(0, 10) + "1331" + permit.substring(14);
            case 2 -> permit.substring(0, 14) + "00" + permit.substring(16);
            case 3 -> permit.substring(0, 16) + "25";
            default -> null;
        };
    }

    /** Whether project {@code index} (under construction) was registered without its 监理单位. */
    static boolean withoutSupervision(int index, boolean done) {
        return !done && index % 61 == 29;
    }

    /** Whether project {@code index} (under construction) was registered without its 专职安全员. */
    static boolean withoutSafetyOfficer(int index, boolean done) {
        return !done && index % 67 == 41;
    }

    /**
     * Who works on which project: each project under construction goes to a contractor with fewer than
     * three of them if the drawn one is that busy, and gets the least busy of the contractor's qualified
     * staff, as a contractor would plan it; completed projects keep the random picks. A few projects on
     * purpose share their 项目经理 or 专职安全员 with the project before (every 71st and 73rd).
     */
    static final class Staffing {
        /** Projects under construction a contractor takes before others get the next one. */
        private static final int CONTRACTOR_CAPACITY = 3;

        private final Map<Object, Integer> load = new HashMap<>();
        private Person previousManager;
        private Person previousSafetyOfficer;

        Enterprise contractor(List<Enterprise> contractors, int drawn, boolean done) {
            Enterprise chosen = contractors.get(drawn);
            if (!done) {
                for (int k = 0; k < contractors.size() && busy(chosen) >= CONTRACTOR_CAPACITY; k++) {
                    Enterprise next = contractors.get((drawn + k) % contractors.size());
                    if (busy(next) < busy(chosen)) {
                        chosen = next;
                    }
                }
                load.merge(chosen, 1, Integer::sum);
            }
            return chosen;
        }

        Person manager(int index, List<Person> candidates, int drawn, boolean done) {
            Person p = !done && index % 71 == 55 && previousManager != null ? previousManager : leastBusy(candidates, drawn, done);
            if (!done) {
                previousManager = p;
            }
            return p;
        }

        Person safetyOfficer(int index, List<Person> candidates, int drawn, boolean done) {
            Person p = !done && index % 73 == 47 && previousSafetyOfficer != null ? previousSafetyOfficer
                    : leastBusy(candidates, drawn, done);
            if (!done) {
                previousSafetyOfficer = p;
            }
            return p;
        }

        Person chiefSupervisor(List<Person> candidates, int drawn, boolean done) {
            return leastBusy(candidates, drawn, done);
        }

        /** The least busy candidate, searching from the drawn one so that ties still vary. */
        private Person leastBusy(List<Person> candidates, int drawn, boolean done) {
            Person best = candidates.get(drawn);
            if (!done) {
                for (int k = 0; k < candidates.size(); k++) {
                    Person p = candidates.get((drawn + k) % candidates.size());
                    if (busy(p) < busy(best)) {
                        best = p;
                    }
                }
                load.merge(best, 1, Integer::sum);
            }
            return best;
        }

        private int busy(Object o) {
            return load.getOrDefault(o, 0);
        }
    }

    /**
     * The validity of a drawn certificate: two in three of the drawn dates in the past stand for
     * certificates renewed in time and are moved as far into the future, the rest stay expired.
     */
    static LocalDate certificateValidity(LocalDate today, int drawnDays) {
        return today.plusDays(drawnDays < 0 && drawnDays % 3 != 0 ? -drawnDays * 10L : drawnDays);
    }
}
