package cn.gov.lanzhou.supervision.registry.rules;

import java.util.Set;

/** Sanity checks for six-digit administrative division codes (GB/T 2260) used inside identifiers. */
final class Divisions {

    /** The first two digits of the provinces, autonomous regions and municipalities. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    /** 100000: registrations at national level (国家市场监督管理总局 and other central bodies). */
    private static final String NATIONAL = "100000";

    private Divisions() {
    }

    static boolean isSixDigits(String code) {
        return code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether a registration authority with this code can exist: a province prefix or national level. */
    static boolean isPlausibleRegistrationDivision(String code) {
        return isSixDigits(code) && (NATIONAL.equals(code) || PROVINCES.contains(code.substring(0, 2)));
    }

    /**
     * Whether an ID number can start with this address code: a province prefix, or 83 (Taiwan
     * residents' residence permits) and 9 (the 2023 foreigners' permanent residence card).
     */
    static boolean isPlausibleResidenceDivision(String code) {
        if (!isSixDigits(code)) {
            return false;
        }
        String prefix = code.substring(0, 2);
        return PROVINCES.contains(prefix) || "83".equals(prefix) || code.charAt(0) == '9';
    }
}
