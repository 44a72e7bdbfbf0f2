package cn.gov.lanzhou.supervision.publishing;

import org.owasp.html.AttributePolicy;
import org.owasp.html.CssSchema;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rich-text body of an article made safe, on the server, whatever the editor (or anybody
 * posting to it) sent: an allow-list (OWASP Java HTML Sanitizer) of what an article needs —
 * headings, paragraphs, lists, tables, quotes, links to {@code http}, {@code https}, {@code mailto}
 * and the portal's own pages (always with {@code rel="noopener noreferrer"}), images and videos
 * served by the portal itself, and basic text styles. Everything else goes: scripts, event
 * handlers, {@code javascript:} and {@code data:} URLs, frames of any host, forms, objects, CSS
 * expressions and {@code url(…)}, ids and names.
 *
 * <p>The text editor (PrimeFaces' Quill) marks alignment and indentation with its own classes;
 * they become the equivalent inline styles, so the public page needs no editor stylesheet.
 */
public final class ArticleHtml {

    /** Root-relative paths on the portal: {@code /attachment/12}, never {@code //host/…} nor a scheme. */
    private static final Pattern PORTAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s:]*");

    private static final Pattern QUILL_CLASS = Pattern.compile("ql-(align-(?:center|right|justify)|indent-[1-8])");

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "div", "td", "th");

    /** What the editor's toolbar produces in inline styles, and no more. */
    private static final CssSchema STYLES = CssSchema.withProperties(List.of("color", "background-color", "text-align",
            "font-weight", "font-style", "text-decoration", "padding-left", "text-indent", "width", "height",
            // the colour functions the editor writes ("rgb(230, 0, 0)"); url(), expression() and the like stay out
            "rgb()", "rgba()"));

    private static final AttributePolicy PORTAL_ONLY =
            (element, attribute, value) -> PORTAL_PATH.matcher(value.strip()).matches() ? value.strip() : null;

    /** Keeps only Quill's alignment and indent classes (turned into styles by {@link #BLOCK_POLICY}). */
    private static final AttributePolicy QUILL_CLASSES = (element, attribute, value) -> {
        String kept = java.util.Arrays.stream(value.trim().split("\\s+"))
                .filter(c -> QUILL_CLASS.matcher(c).matches()).collect(java.util.stream.Collectors.joining(" "));
        return kept.isEmpty() ? null : kept;
    };

    private static final AttributePolicy NUMBER = (element, attribute, value) -> value.strip().matches("\\d{1,4}") ? value.strip() : null;

    /** Quill's alignment/indent classes as inline styles; the page's one {@code h1} is the title. */
    private static final ElementPolicy BLOCK_POLICY = (element, attrs) -> {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals("class")) {
                String style = classToStyle(attrs.get(i + 1));
                attrs.remove(i);
                attrs.remove(i);
                if (!style.isEmpty()) {
                    mergeStyle(attrs, style);
                }
                break;
            }
        }
        return element.equals("h1") ? "h2" : element;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(BLOCK_POLICY, BLOCKS.toArray(String[]::new))
            .allowElements("br", "hr", "strong", "b", "em", "i", "u", "s", "strike", "del", "ins", "sub", "sup", "span",
                    "code", "ul", "ol", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr",
                    "figure", "figcaption", "a", "img", "video")
            .allowAttributes("class").matching(QUILL_CLASSES).onElements(BLOCKS.toArray(String[]::new))
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(PORTAL_ONLY).onElements("img", "video")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img", "video", "col", "td", "th", "table")
            .allowAttributes("controls").matching(true, "", "controls").onElements("video")
            .allowAttributes("preload").matching(true, "none", "metadata").onElements("video")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowStyling(STYLES)
            // An image or video whose source was refused is dropped, not kept as an empty element.
            .disallowWithoutAttributes("img", "video")
            .toFactory();

    /** The sanitised body and the names of what was taken out (elements, and attributes as {@code tag@attr}). */
    public record Cleaned(String html, Set<String> removed) {
        public boolean changed() {
            return !removed.isEmpty();
        }
    }

    private ArticleHtml() {
    }

    /** The safe HTML of {@code untrusted} (empty for null). */
    public static String sanitize(String untrusted) {
        return clean(untrusted).html();
    }

    /** Sanitises and reports what was removed, so the editor can be told. */
    public static Cleaned clean(String untrusted) {
        if (untrusted == null || untrusted.isBlank()) {
            return new Cleaned("", Set.of());
        }
        Set<String> removed = new TreeSet<>();
        String html = POLICY.sanitize(untrusted, new HtmlChangeListener<Set<String>>() {
            @Override
            public void discardedTag(Set<String> ctx, String elementName) {
                ctx.add(elementName.toLowerCase(Locale.ROOT));
            }

            @Override
            public void discardedAttributes(Set<String> ctx, String tagName, String... attributeNames) {
                for (String a : attributeNames) {
                    if (a.equalsIgnoreCase("class")) {
                        continue; // the editor's classes: turned into styles or simply of no use outside the editor
                    }
                    ctx.add(tagName.toLowerCase(Locale.ROOT) + "@" + a.toLowerCase(Locale.ROOT));
                }
            }
        }, removed);
        return new Cleaned(readableFullWidth(html.strip()), Set.copyOf(removed));
    }

    /**
     * True when the HTML has nothing a reader would see: no text and no image or video (an empty
     * editor sends {@code <p><br></p>}).
     */
    public static boolean isBlank(String html) {
        return html == null || (plainText(html).isBlank() && !html.contains("<img") && !html.contains("<video"));
    }

    /**
     * The text of the HTML in blocks (paragraphs, headings, list items, table cells), entities
     * decoded, whitespace collapsed; for comparing revisions and for summaries.
     */
    public static List<String> blocks(String html) {
        List<String> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        String s = BLOCK_BREAK.matcher(html).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        for (String line : decode(s).split("\n")) {
            String t = line.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\f]+", " ").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** All the text, blocks joined by line breaks. */
    public static String plainText(String html) {
        return String.join("\n", blocks(html));
    }

    private static final Pattern BLOCK_BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</(p|h[1-6]|li|blockquote|pre|div|tr|td|th|caption|figcaption)\\s*>|<(hr|img|video)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");

    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    r = NAMED.getOrDefault(e, m.group());
                }
            } catch (IllegalArgumentException ex) {
                r = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final Pattern FULL_WIDTH_ENTITY = Pattern.compile("&#x(ff[0-5][0-9a-f]);");

    /**
     * The sanitiser writes full-width forms (（）：；，…, U+FF01–U+FF5E) as numeric references; no
     * browser reads them as markup, and Chinese text is full of them, so they are stored as the
     * characters — readable in the database, in diffs and for the search index.
     */
    private static String readableFullWidth(String html) {
        Matcher m = FULL_WIDTH_ENTITY.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String classToStyle(String classes) {
        StringBuilder style = new StringBuilder();
        for (String c : classes.trim().split("\\s+")) {
            if (c.startsWith("ql-align-")) {
                style.append("text-align:").append(c.substring("ql-align-".length())).append(';');
            } else if (c.startsWith("ql-indent-")) {
                style.append("padding-left:").append(2 * Integer.parseInt(c.substring("ql-indent-".length()))).append("em;");
            }
        }
        return style.toString();
    }

    private static void mergeStyle(List<String> attrs, String style) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals("style")) {
                String existing = attrs.get(i + 1).strip();
                attrs.set(i + 1, existing.isEmpty() || existing.endsWith(";") ? existing + style : existing + ";" + style);
                return;
            }
        }
        attrs.add("style");
        attrs.add(style);
    }
}
