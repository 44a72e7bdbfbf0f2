package cn.gov.lanzhou.supervision.gm.masking;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 脱敏 — masks identifiers for display and export; the length is kept, hidden characters become
 * {@code *}. Every method returns {@code null} for {@code null} and a blank value unchanged, and works on
 * Unicode code points (rare characters outside the BMP count as one).
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>value</th><th>kept</th><th>example</th></tr>
 *   <tr><td>统一社会信用代码</td><td>first 12</td><td>91620100MA73ABCD1X → 91620100MA73******</td></tr>
 *   <tr><td>身份证号</td><td>first 3, last 4</td><td>620102199001011234 → 620***********1234</td></tr>
 *   <tr><td>手机号</td><td>first 3, last 4</td><td>13812345678 → 138****5678</td></tr>
 *   <tr><td>姓名</td><td>surname (复姓 such as 欧阳 kept whole)</td><td>张三 → 张*, 欧阳娜娜 → 欧阳**</td></tr>
 * </table>
 * Values too short for a rule keep at most their first character, so something is always hidden.
 */
public final class Masking {

    private static final int MASK = '*';
    private static final Pattern MOBILE = Pattern.compile("(\\+?86[ -]?)?(1\\d{2})[ -]?(\\d{4})[ -]?(\\d{4})");
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空",
            "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠",
            "闻人", "万俟", "濮阳", "淳于", "单于", "钟离", "宗政", "赫连", "拓跋", "第五", "公羊", "左丘", "仲孙");

    private Masking() {
    }

    /** 统一社会信用代码 — keeps the first 12 characters (registration authority, type, region, organisation code start). */
    public static String creditCode(String code) {
        if (isBlank(code)) {
            return code;
        }
        return keep(code.strip(), 12, 0);
    }

    /** 身份证号 — keeps the first 3 and last 4 characters: {@code 620***********1234}. */
    public static String idNumber(String idNumber) {
        if (isBlank(idNumber)) {
            return idNumber;
        }
        return keep(idNumber.strip(), 3, 4);
    }

    /**
     * 手机号 — {@code 138****5678}; a {@code +86} prefix is kept and spaces or dashes inside the number are
     * dropped. Other numbers keep their first 3 and last 4 characters.
     */
    public static String mobile(String phone) {
        if (isBlank(phone)) {
            return phone;
        }
        String value = phone.strip();
        Matcher matcher = MOBILE.matcher(value);
        if (matcher.matches()) {
            String prefix = matcher.group(1) == null ? "" : matcher.group(1).replaceAll("[ -]", "");
            return prefix + matcher.group(2) + "****" + matcher.group(4);
        }
        return keep(value, 3, 4);
    }

    /**
     * 姓名 — keeps the surname and hides the given name: {@code 张*}, {@code 李**}, {@code 欧阳**}.
     * A two-character name always keeps one character only. A name with a middle dot
     * ({@code 阿依古丽·买买提}) keeps its first character and its dots.
     */
    public static String name(String name) {
        if (isBlank(name)) {
            return name;
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        int kept = 1;
        if (chars.length >= 3 && COMPOUND_SURNAMES.contains(new String(chars, 0, 2))) {
            kept = 2;
        }
        StringBuilder out = new StringBuilder(chars.length);
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            boolean separator = c == '·' || c == '•' || c == '.' || Character.isWhitespace(c);
            out.appendCodePoint(i < kept || separator ? c : MASK);
        }
        return out.toString();
    }

    /**
     * Keeps {@code head} leading and {@code tail} trailing code points; if the value is not longer than that,
     * keeps only its first code point (nothing for a single character).
     */
    static String keep(String value, int head, int tail) {
        int[] chars = value.codePoints().toArray();
        int n = chars.length;
        if (n <= head + tail) {
            head = n > 1 ? 1 : 0;
            tail = 0;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.appendCodePoint(i < head || i >= n - tail ? chars[i] : MASK);
        }
        return out.toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
