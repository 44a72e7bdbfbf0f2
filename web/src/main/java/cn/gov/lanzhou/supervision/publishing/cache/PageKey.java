package cn.gov.lanzhou.supervision.publishing.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The normalised address of a cacheable public page: the page and the GET parameters that shape
 * it, in a fixed order, blank ones dropped ({@code /} and {@code /index.xhtml} are one page). A
 * request carrying any other parameter, a parameter twice, or a very long value gets no key and
 * is rendered as usual: pages may echo parameters (paging links keep them), so an unknown one
 * must never put its mark on a copy others are served.
 *
 * @param page  the page
 * @param value the key text, e.g. {@code /info.xhtml?column=news&page=2}
 */
public record PageKey(PublicPage page, String value) {

    /** Longest parameter value a key is made for; anything longer is not a real visitor's link. */
    static final int MAX_VALUE_LENGTH = 64;

    /** The public pages whose rendering is cached, and the parameters each one reads. */
    public enum PublicPage {
        HOME("/index.xhtml", Set.of()),
        COLUMN("/info.xhtml", Set.of("column", "page", "level", "type", "year")),
        ARTICLE("/article.xhtml", Set.of("id"));

        private final String path;
        private final Set<String> parameters;

        PublicPage(String path, Set<String> parameters) {
            this.path = path;
            this.parameters = parameters;
        }

        public String path() {
            return path;
        }

        /** The page at a path inside the application, if it is one of these. */
        public static Optional<PublicPage> at(String path) {
            if (path == null) {
                return Optional.empty();
            }
            if (path.equals("/")) {
                return Optional.of(HOME);
            }
            for (PublicPage p : values()) {
                if (p.path.equals(path)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** The key of {@code page} with these request parameters, or empty when it must not be cached. */
    public static Optional<PageKey> of(PublicPage page, Map<String, String[]> parameters) {
        TreeMap<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            String[] values = p.getValue();
            if (!page.parameters.contains(p.getKey()) || values == null || values.length != 1) {
                return Optional.empty();
            }
            String v = values[0];
            if (v == null || v.isBlank()) {
                continue;
            }
            if (v.length() > MAX_VALUE_LENGTH) {
                return Optional.empty();
            }
            kept.put(p.getKey(), v);
        }
        StringBuilder key = new StringBuilder(page.path);
        char separator = '?';
        for (Map.Entry<String, String> e : kept.entrySet()) {
            key.append(separator).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return Optional.of(new PageKey(page, key.toString()));
    }
}
