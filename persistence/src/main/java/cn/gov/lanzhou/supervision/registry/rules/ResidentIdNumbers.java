package cn.gov.lanzhou.supervision.registry.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999) — 18 characters: six-digit address code, birth date YYYYMMDD,
 * three-digit sequence code, and a check digit by ISO 7064 MOD 11-2 (10 written as {@code X}).
 */
public final class ResidentIdNumbers {

    /** Field name reported in {@link RuleViolation#field()}. */
    public static final String FIELD = "idNumber";

    public static final String RULE_MISSING = "ID_NUMBER_MISSING";
    public static final String RULE_LENGTH = "ID_NUMBER_LENGTH";
    public static final String RULE_DIGITS = "ID_NUMBER_DIGITS";
    public static final String RULE_DIVISION = "ID_NUMBER_DIVISION";
    public static final String RULE_BIRTH_DATE = "ID_NUMBER_BIRTH_DATE";
    public static final String RULE_CHECK = "ID_NUMBER_CHECK";

    /** The earliest birth date accepted; earlier ones are typing errors, not people. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** "Today" is the date in Lanzhou, whatever zone the server runs in. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String NAME = "公民身份号码";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_DIGITS = "10X98765432";
    static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ResidentIdNumbers() {
    }

    /** Everything wrong with {@code value}, judging the birth date against today in Lanzhou. */
    public static List<RuleViolation> check(String value) {
        return check(value, LocalDate.now(ZONE));
    }

    /** Everything wrong with {@code value}; birth dates after {@code today} are wrong. */
    public static List<RuleViolation> check(String value, LocalDate today) {
        Objects.requireNonNull(today, "Today's date is required.");
        List<RuleViolation> violations = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            violations.add(violation(RULE_MISSING, "", NAME + "为空"));
            return violations;
        }
        if (value.length() != 18) {
            violations.add(violation(RULE_LENGTH, value, NAME + "应为18位，实际为 " + value.length() + " 位"));
            return violations;
        }

        boolean digitsOk = true;
        for (int i = 0; i < 17; i++) {
            char ch = value.charAt(i);
            if (ch < '0' || ch > '9') {
                violations.add(violation(RULE_DIGITS, String.valueOf(ch),
                        NAME + "第1–17位应全部为数字，第" + (i + 1) + "位是 " + ch));
                digitsOk = false;
                break;
            }
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            String hint = last == 'x' ? "校验码 X 应大写" : "第18位应为数字或大写字母 X，实际为 " + last;
            violations.add(violation(RULE_DIGITS, String.valueOf(last), NAME + hint));
            digitsOk = false;
        }

        String address = value.substring(0, 6);
        if (Divisions.isSixDigits(address) && !Divisions.isPlausibleResidenceDivision(address)) {
            violations.add(violation(RULE_DIVISION, address,
                    NAME + "第1–6位地址码 " + address + " 不是有效的行政区划码"));
        }
        checkBirthDate(value.substring(6, 14), today, violations);

        if (digitsOk) {
            char expected = checkDigit(value.substring(0, 17));
            if (last != expected) {
                violations.add(violation(RULE_CHECK, String.valueOf(last),
                        NAME + "第18位校验码 " + last + " 错误，应为 " + expected));
            }
        }
        return violations;
    }

    public static boolean isValid(String value) {
        return check(value).isEmpty();
    }

    public static boolean isValid(String value, LocalDate today) {
        return check(value, today).isEmpty();
    }

    /**
     * The check digit (0–9 or X) for the first 17 digits.
     *
     * @throws IllegalArgumentException unless {@code first17} is 17 digits
     */
    public static char checkDigit(String first17) {
        Objects.requireNonNull(first17, "The first 17 digits are required.");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("Expected 17 digits, got " + first17.length() + ": " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char ch = first17.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("Character " + ch + " at position " + (i + 1)
                        + " is not a digit: " + first17);
            }
            sum += (ch - '0') * WEIGHTS[i];
        }
        return CHECK_DIGITS.charAt(sum % 11);
    }

    /** The birth date written in positions 7–14, if it is a real calendar date. */
    public static Optional<LocalDate> birthDate(String value) {
        if (value == null || value.length() != 18) {
            return Optional.empty();
        }
        return parseDate(value.substring(6, 14));
    }

    private static void checkBirthDate(String part, LocalDate today, List<RuleViolation> violations) {
        String label = NAME + "第7–14位出生日期 " + part;
        Optional<LocalDate> date = parseDate(part);
        if (date.isEmpty()) {
            violations.add(violation(RULE_BIRTH_DATE, part, label + " 不是有效日期"));
        } else if (date.get().isAfter(today)) {
            violations.add(violation(RULE_BIRTH_DATE, part, label + " 晚于今天（" + today + "）"));
        } else if (date.get().isBefore(EARLIEST_BIRTH_DATE)) {
            violations.add(violation(RULE_BIRTH_DATE, part, label + " 早于1900年1月1日"));
        }
    }

    static Optional<LocalDate> parseDate(String eightDigits) {
        if (eightDigits.length() != 8 || !eightDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(eightDigits, BASIC_DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static RuleViolation violation(String rule, String wrongPart, String message) {
        return new RuleViolation(rule, FIELD, wrongPart, message);
    }
}
