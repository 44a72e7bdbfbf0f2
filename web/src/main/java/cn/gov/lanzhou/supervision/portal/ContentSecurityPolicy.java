package cn.gov.lanzhou.supervision.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Content-Security-Policy header value as a list of directives, so that a per-response script
 * nonce can be added to {@code script-src} without string surgery on the configured text.
 */
public final class ContentSecurityPolicy {

    private static final Pattern DIRECTIVE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /** Base64 (also the URL-safe alphabet): what PrimeFaces and any sane nonce generator produce. */
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9+/_-]+={0,2}");

    private record Directive(String name, List<String> values) {
        @Override
        public String toString() {
            return values.isEmpty() ? name : name + " " + String.join(" ", values);
        }
    }

    private final List<Directive> directives;
    /** The header value, made once: it is sent with every response. */
    private final String text;

    private ContentSecurityPolicy(List<Directive> directives) {
        this.directives = List.copyOf(directives);
        this.text = this.directives.stream().map(Directive::toString).collect(Collectors.joining("; "));
    }

    /**
     * @throws IllegalArgumentException if the text is empty, not printable ASCII (a header value
     *         must not smuggle a line break), contains a comma (that would make it two policies)
     *         or a directive name is malformed
     */
    public static ContentSecurityPolicy parse(String text) {
        Objects.requireNonNull(text, "A policy is required.");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ',') {
                throw new IllegalArgumentException("Not a single policy of printable ASCII: " + text);
            }
        }
        List<Directive> directives = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] tokens = part.trim().split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty()) {
                continue;
            }
            String name = tokens[0].toLowerCase(Locale.ROOT);
            if (!DIRECTIVE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Malformed directive name: " + tokens[0]);
            }
            directives.add(new Directive(name, List.of(tokens).subList(1, tokens.length)));
        }
        if (directives.isEmpty()) {
            throw new IllegalArgumentException("Empty policy");
        }
        return new ContentSecurityPolicy(directives);
    }

    /**
     * This policy with {@code 'nonce-…'} added to {@code script-src} (and {@code script-src-elem}
     * if present). Without a {@code script-src}, one is added with the sources of
     * {@code default-src} (or {@code 'self'}), since a nonce cannot be given to default-src alone.
     */
    public ContentSecurityPolicy withScriptNonce(String nonce) {
        if (nonce == null || !NONCE.matcher(nonce).matches()) {
            throw new IllegalArgumentException("Not a base64 nonce: " + nonce);
        }
        String source = "'nonce-" + nonce + "'";
        List<Directive> result = new ArrayList<>();
        boolean scriptSrc = false;
        for (Directive d : directives) {
            if (d.name().equals("script-src") || d.name().equals("script-src-elem")) {
                scriptSrc |= d.name().equals("script-src");
                result.add(new Directive(d.name(), withSource(d.values(), source)));
            } else {
                result.add(d);
            }
        }
        if (!scriptSrc) {
            List<String> fallback = directives.stream().filter(d -> d.name().equals("default-src"))
                    .map(Directive::values).findFirst().orElse(List.of("'self'"));
            result.add(new Directive("script-src", withSource(fallback, source)));
        }
        return new ContentSecurityPolicy(result);
    }

    private static List<String> withSource(List<String> values, String source) {
        List<String> out = new ArrayList<>(values);
        out.remove("'none'"); // 'none' with another source is invalid, and the nonce is meant to allow
        out.add(source);
        return out;
    }

    /** The sources of a directive, empty if the policy does not have it. */
    public List<String> sources(String directive) {
        return directives.stream().filter(d -> d.name().equals(directive)).findFirst()
                .map(Directive::values).orElse(List.of());
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentSecurityPolicy other && directives.equals(other.directives);
    }

    @Override
    public int hashCode() {
        return directives.hashCode();
    }
}
