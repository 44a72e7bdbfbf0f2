package cn.gov.lanzhou.supervision.registry.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100-2015) — the 18-character code every enterprise and institution is
 * registered under: registration authority, entity type, division code, organization code
 * (GB 11714, with its own check character) and a final check character.
 */
public final class UnifiedSocialCreditCodes {

    /** The 31 symbols a code may use: digits and capitals without I, O, S, V, Z. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Field name reported in {@link RuleViolation#field()}. */
    public static final String FIELD = "creditCode";

    public static final String RULE_MISSING = "CREDIT_CODE_MISSING";
    public static final String RULE_LENGTH = "CREDIT_CODE_LENGTH";
    public static final String RULE_ALPHABET = "CREDIT_CODE_ALPHABET";
    public static final String RULE_AUTHORITY = "CREDIT_CODE_AUTHORITY";
    public static final String RULE_TYPE = "CREDIT_CODE_TYPE";
    public static final String RULE_DIVISION = "CREDIT_CODE_DIVISION";
    public static final String RULE_ORGANIZATION_CHECK = "CREDIT_CODE_ORGANIZATION_CHECK";
    public static final String RULE_CHECK = "CREDIT_CODE_CHECK";

    private static final String NAME = "统一社会信用代码";
    private static final int LENGTH = 18;

    /** w(i) = 3^(i-1) mod 31 for positions 1–17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** GB 11714 weights over the first eight characters of the organization code. */
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** 登记管理部门 and the entity types (机构类别) each may register. */
    private static final Map<Character, Authority> AUTHORITIES = Map.ofEntries(
            authority('1', "机构编制", "1239"),
            authority('2', "外交", "19"),
            authority('3', "司法行政", "1234569"),
            authority('4', "文化", "19"),
            authority('5', "民政", "1239"),
            authority('6', "旅游", "129"),
            authority('7', "宗教", "129"),
            authority('8', "工会", "19"),
            authority('9', "工商", "123"),
            authority('A', "中央军委改革和编制办公室", "19"),
            authority('N', "农业", "1239"),
            authority('Y', "其他", "1"));

    private record Authority(String name, String types) {
    }

    private static Map.Entry<Character, Authority> authority(char code, String name, String types) {
        return Map.entry(code, new Authority(name, types));
    }

    private UnifiedSocialCreditCodes() {
    }

    /** Everything wrong with {@code value}; empty when it is a valid code. */
    public static List<RuleViolation> check(String value) {
        List<RuleViolation> violations = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            violations.add(violation(RULE_MISSING, "", NAME + "为空"));
            return violations;
        }
        if (value.length() != LENGTH) {
            violations.add(violation(RULE_LENGTH, value,
                    NAME + "应为18位，实际为 " + value.length() + " 位"));
            return violations;
        }

        boolean inAlphabet = checkAlphabet(value, violations);
        checkAuthorityAndType(value, violations);
        checkDivision(value.substring(2, 8), violations);
        if (!inAlphabet) {
            // Check characters are undefined over symbols outside the alphabet.
            return violations;
        }

        char organizationCheck = organizationCheckCharacter(value.substring(8, 16));
        if (value.charAt(16) != organizationCheck) {
            violations.add(violation(RULE_ORGANIZATION_CHECK, String.valueOf(value.charAt(16)),
                    NAME + "第17位组织机构代码校验码 " + value.charAt(16) + " 错误，应为 " + organizationCheck));
        }
        char check = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != check) {
            violations.add(violation(RULE_CHECK, String.valueOf(value.charAt(17)),
                    NAME + "第18位校验码 " + value.charAt(17) + " 错误，应为 " + check));
        }
        return violations;
    }

    public static boolean isValid(String value) {
        return check(value).isEmpty();
    }

    /**
     * The GB 32100 check character (position 18) for the first 17 characters.
     *
     * @throws IllegalArgumentException unless {@code first17} is 17 symbols of {@link #ALPHABET}
     */
    public static char checkCharacter(String first17) {
        Objects.requireNonNull(first17, "The first 17 characters are required.");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("Expected 17 characters, got " + first17.length() + ": " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("Character " + first17.charAt(i) + " at position " + (i + 1)
                        + " is not in the credit code alphabet: " + first17);
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /**
     * The GB 11714 check character (position 17 of a credit code, the ninth of an organization code)
     * for the first eight characters of an organization code.
     *
     * @throws IllegalArgumentException unless {@code eight} is eight digits or capital letters
     */
    public static char organizationCheckCharacter(String eight) {
        Objects.requireNonNull(eight, "The first eight characters of the organization code are required.");
        if (eight.length() != 8) {
            throw new IllegalArgumentException("Expected 8 characters, got " + eight.length() + ": " + eight);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = eight.charAt(i);
            int v;
            if (ch >= '0' && ch <= '9') {
                v = ch - '0';
            } else if (ch >= 'A' && ch <= 'Z') {
                v = ch - 'A' + 10;
            } else {
                throw new IllegalArgumentException("Character " + ch + " at position " + (i + 1)
                        + " is not a digit or capital letter: " + eight);
            }
            sum += v * ORGANIZATION_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /**
     * The code as it should have been typed: surrounding and inner blanks removed, full-width
     * characters made half-width, letters made capitals. Does not make a wrong code right; use
     * before {@link #check} when cleaning imported data.
     */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
        });
        return sb.toString();
    }

    private static boolean checkAlphabet(String value, List<RuleViolation> violations) {
        List<String> positions = new ArrayList<>();
        StringBuilder wrong = new StringBuilder();
        boolean lowerCaseOnly = true;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ALPHABET.indexOf(ch) < 0) {
                positions.add(String.valueOf(i + 1));
                if (wrong.length() > 0) {
                    wrong.append('、');
                }
                wrong.append(ch);
                lowerCaseOnly &= ALPHABET.indexOf(Character.toUpperCase(ch)) >= 0 && Character.isLowerCase(ch);
            }
        }
        if (positions.isEmpty()) {
            return true;
        }
        String hint = lowerCaseOnly
                ? "应使用大写字母"
                : "不允许使用（只能是数字和除 I、O、S、V、Z 以外的大写字母）";
        violations.add(violation(RULE_ALPHABET, wrong.toString(),
                NAME + "第" + String.join("、", positions) + "位字符 " + wrong + " " + hint));
        return false;
    }

    private static void checkAuthorityAndType(String value, List<RuleViolation> violations) {
        char authorityCode = value.charAt(0);
        Authority authority = AUTHORITIES.get(authorityCode);
        if (authority == null) {
            violations.add(violation(RULE_AUTHORITY, String.valueOf(authorityCode),
                    NAME + "第1位登记管理部门代码 " + authorityCode + " 不存在"));
            return;
        }
        char type = value.charAt(1);
        if (authority.types().indexOf(type) < 0) {
            violations.add(violation(RULE_TYPE, String.valueOf(type),
                    NAME + "第2位机构类别代码 " + type + " 与第1位登记管理部门“" + authority.name()
                            + "”不符，应为 " + String.join("、", authority.types().split("")) + " 之一"));
        }
    }

    private static void checkDivision(String division, List<RuleViolation> violations) {
        if (!Divisions.isSixDigits(division)) {
            violations.add(violation(RULE_DIVISION, division,
                    NAME + "第3–8位登记管理机关行政区划码 " + division + " 应为6位数字"));
        } else if (!Divisions.isPlausibleRegistrationDivision(division)) {
            violations.add(violation(RULE_DIVISION, division,
                    NAME + "第3–8位登记管理机关行政区划码 " + division + " 不是有效的行政区划码"));
        }
    }

    private static RuleViolation violation(String rule, String wrongPart, String message) {
        return new RuleViolation(rule, FIELD, wrongPart, message);
    }
}
