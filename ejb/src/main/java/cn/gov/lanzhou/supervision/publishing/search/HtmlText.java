package cn.gov.lanzhou.supervision.publishing.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the sanitised HTML of an article body: what is indexed, and what feeds and
 * snippets show instead of markup. Scripts and styles (which the sanitiser removes anyway) are
 * dropped with their content, block elements become line breaks, entities are decoded.
 */
public final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|template|noscript)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/table|/ul|/ol|p|div|li|tr|h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u3000]+");
    private static final Pattern LINES = Pattern.compile("\\s*\\n\\s*");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ",
            "ldquo", "“", "rdquo", "”", "middot", "·", "hellip", "…");

    private HtmlText() {
    }

    /** The text of {@code html}, paragraphs separated by one line break; empty for {@code null}. */
    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String s = HIDDEN.matcher(html).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decode(s);
        s = SPACES.matcher(s).replaceAll(" ");
        return LINES.matcher(s).replaceAll("\n").strip();
    }

    /** At most {@code maxChars} characters of the text on one line, with "…" when it was cut. */
    public static String excerpt(String html, int maxChars) {
        String text = of(html).replace('\n', ' ');
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.charAt(0) == '#') {
                int cp;
                try {
                    cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                } catch (NumberFormatException e) {
                    cp = -1;
                }
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
