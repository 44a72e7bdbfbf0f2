package cn.gov.lanzhou.supervision.registry.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 施工许可证编号 — 18 digits: the issuing authority's division code (1–6), the registration date
 * YYYYMMDD (7–14), the serial number of the day (15–16) and the professional category (17–18),
 * optionally followed by a works-package letter and serial number for a copy (副本).
 *
 * <p>Known division codes are Lanzhou's districts ({@link District}) and the city itself
 * ({@link District#CITY_CODE}): the station only supervises works permitted in Lanzhou.
 */
public final class ConstructionPermitNumbers {

    /** Field name reported in {@link RuleViolation#field()}. */
    public static final String FIELD = "permitNumber";

    public static final String RULE_MISSING = "PERMIT_NUMBER_MISSING";
    public static final String RULE_LENGTH = "PERMIT_NUMBER_LENGTH";
    public static final String RULE_DIGITS = "PERMIT_NUMBER_DIGITS";
    public static final String RULE_DIVISION = "PERMIT_NUMBER_DIVISION";
    public static final String RULE_DATE = "PERMIT_NUMBER_DATE";
    public static final String RULE_SERIAL = "PERMIT_NUMBER_SERIAL";
    public static final String RULE_CATEGORY = "PERMIT_NUMBER_CATEGORY";
    public static final String RULE_SUFFIX = "PERMIT_NUMBER_SUFFIX";

    private static final String NAME = "施工许可证编号";
    private static final int LENGTH = 18;

    private ConstructionPermitNumbers() {
    }

    /** Everything wrong with {@code value}, judging the date against today in Lanzhou. */
    public static List<RuleViolation> check(String value) {
        return check(value, LocalDate.now(ResidentIdNumbers.ZONE));
    }

    /** Everything wrong with {@code value}; registration dates after {@code today} are wrong. */
    public static List<RuleViolation> check(String value, LocalDate today) {
        Objects.requireNonNull(today, "Today's date is required.");
        List<RuleViolation> violations = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            violations.add(violation(RULE_MISSING, "", NAME + "为空"));
            return violations;
        }
        if (value.length() < LENGTH) {
            violations.add(violation(RULE_LENGTH, value,
                    NAME + "应为18位数字（专业工程副本另加后缀），实际只有 " + value.length() + " 位"));
            return violations;
        }

        String division = value.substring(0, 6);
        if (digits(division, "第1–6位行政区划代码", violations)
                && District.byCode(division).isEmpty() && !District.CITY_CODE.equals(division)) {
            violations.add(violation(RULE_DIVISION, division,
                    NAME + "第1–6位行政区划代码 " + division + " 不是兰州市或其所辖区县的代码"));
        }

        String date = value.substring(6, 14);
        if (digits(date, "第7–14位日期", violations)) {
            Optional<LocalDate> parsed = ResidentIdNumbers.parseDate(date);
            if (parsed.isEmpty()) {
                violations.add(violation(RULE_DATE, date, NAME + "第7–14位日期 " + date + " 不是有效日期"));
            } else if (parsed.get().isAfter(today)) {
                violations.add(violation(RULE_DATE, date,
                        NAME + "第7–14位日期 " + date + " 晚于今天（" + today + "）"));
            }
        }

        String serial = value.substring(14, 16);
        if (digits(serial, "第15–16位流水号", violations) && "00".equals(serial)) {
            violations.add(violation(RULE_SERIAL, serial, NAME + "第15–16位流水号 00 应在 01–99 之间"));
        }

        String category = value.substring(16, 18);
        if (digits(category, "第17–18位专业类别代码", violations) && PermitCategory.byCode(category).isEmpty()) {
            violations.add(violation(RULE_CATEGORY, category,
                    NAME + "第17–18位专业类别代码 " + category + " 应在 01–19 之间"));
        }

        if (value.length() > LENGTH) {
            checkSuffix(value.substring(LENGTH), violations);
        }
        return violations;
    }

    public static boolean isValid(String value, LocalDate today) {
        return check(value, today).isEmpty();
    }

    public static boolean isValid(String value) {
        return check(value).isEmpty();
    }

    /**
     * The 18-digit number for a registration.
     *
     * @param divisionCode     a known division code: a {@link District}'s or {@link District#CITY_CODE}
     * @param registrationDate 报建/登记 date
     * @param serial           the registration's serial number that day, 1–99
     * @param category         the professional category
     */
    public static String compose(String divisionCode, LocalDate registrationDate, int serial, PermitCategory category) {
        Objects.requireNonNull(divisionCode, "Division code is required.");
        Objects.requireNonNull(registrationDate, "Registration date is required.");
        Objects.requireNonNull(category, "Category is required.");
        if (District.byCode(divisionCode).isEmpty() && !District.CITY_CODE.equals(divisionCode)) {
            throw new IllegalArgumentException("Not a Lanzhou division code: " + divisionCode);
        }
        if (serial < 1 || serial > 99) {
            throw new IllegalArgumentException("Serial must be 1–99, got " + serial);
        }
        return divisionCode + registrationDate.format(ResidentIdNumbers.BASIC_DATE)
                + String.format("%02d", serial) + category.code();
    }

    /** The 18-digit number for a registration in {@code district}; see {@link #compose(String, LocalDate, int, PermitCategory)}. */
    public static String compose(District district, LocalDate registrationDate, int serial, PermitCategory category) {
        return compose(Objects.requireNonNull(district, "District is required.").code(), registrationDate, serial, category);
    }

    /**
     * The number of a works-package copy of {@code permitNumber}, e.g. {@code …0101S} or {@code …0101S2}.
     *
     * @param copySerial 0 for the only copy of its kind (no serial written), otherwise 1–99
     */
    public static String copyNumber(String permitNumber, PermitWorksPackage worksPackage, int copySerial) {
        Objects.requireNonNull(permitNumber, "Permit number is required.");
        Objects.requireNonNull(worksPackage, "Works package is required.");
        if (permitNumber.length() != LENGTH) {
            throw new IllegalArgumentException("Expected an 18-digit permit number: " + permitNumber);
        }
        if (copySerial < 0 || copySerial > 99) {
            throw new IllegalArgumentException("Copy serial must be 0–99, got " + copySerial);
        }
        return permitNumber + worksPackage.letter() + (copySerial == 0 ? "" : String.valueOf(copySerial));
    }

    private static void checkSuffix(String suffix, List<RuleViolation> violations) {
        Optional<PermitWorksPackage> worksPackage = PermitWorksPackage.byLetter(suffix.charAt(0));
        String copySerial = suffix.substring(1);
        boolean serialOk = copySerial.isEmpty()
                || copySerial.matches("[1-9][0-9]?") || copySerial.matches("0[1-9]");
        if (worksPackage.isEmpty()) {
            String letters = Arrays.stream(PermitWorksPackage.values())
                    .map(p -> p.letter() + "（" + p.label() + "）")
                    .collect(Collectors.joining("、"));
            violations.add(violation(RULE_SUFFIX, suffix,
                    NAME + "第19位起的副本后缀 " + suffix + " 不正确，应以 " + letters + " 之一开头"));
        } else if (!serialOk) {
            violations.add(violation(RULE_SUFFIX, suffix,
                    NAME + "第19位起的副本后缀 " + suffix + " 不正确，" + worksPackage.get().label()
                            + "副本字母 " + suffix.charAt(0) + " 之后只能跟 1–99 的序号"));
        }
    }

    /** Reports {@code part} if it is not all digits; returns whether it is. */
    private static boolean digits(String part, String what, List<RuleViolation> violations) {
        if (part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        violations.add(violation(RULE_DIGITS, part, NAME + what + " " + part + " 含有非数字字符"));
        return false;
    }

    private static RuleViolation violation(String rule, String wrongPart, String message) {
        return new RuleViolation(rule, FIELD, wrongPart, message);
    }
}
