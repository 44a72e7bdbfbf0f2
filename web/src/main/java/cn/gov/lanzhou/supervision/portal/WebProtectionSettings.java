package cn.gov.lanzhou.supervision.portal;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings of the web-layer protection (等保三级 "web layer"): the Content-Security-Policy, the
 * session idle timeout and the origins that may send state-changing requests. Read from
 * MicroProfile Config and checked once at start-up ({@link WebProtectionStartup}), so that a
 * typo stops the start with a message naming the key.
 */
public final class WebProtectionSettings {

    public static final String CSP = "portal.web.csp";
    public static final String SESSION_TIMEOUT = "portal.web.session-timeout-minutes";
    public static final String ALLOWED_ORIGINS = "portal.web.allowed-origins";

    /**
     * Works with PrimeFaces' CSP mode, which adds a per-response nonce to {@code script-src}.
     * Styles: CSP3 browsers get {@code style-src-elem 'self'} (no injected {@code <style>}
     * blocks) and {@code style-src-attr 'unsafe-inline'} (the style attributes that pages,
     * PrimeFaces widgets and sanitised article bodies use); older browsers fall back to
     * {@code style-src 'self' 'unsafe-inline'}. {@code data:} images are used by PrimeFaces' CSS.
     */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; style-src-elem 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static final int DEFAULT_SESSION_TIMEOUT_MINUTES = 30;

    /** Longest idle timeout accepted: a working day; 等保 expects idle sessions to end. */
    static final int MAX_SESSION_TIMEOUT_MINUTES = 480;

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public WebProtectionSettings() {
        this(key -> {
            Config config = ConfigProvider.getConfig(WebProtectionSettings.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
    }

    /** Reads the given source, e.g. a map in tests. */
    public WebProtectionSettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    private Optional<String> raw(String key) {
        return source.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    public ContentSecurityPolicy contentSecurityPolicy() {
        String v = raw(CSP).orElse(DEFAULT_CSP);
        try {
            return ContentSecurityPolicy.parse(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(CSP, v, "一条 Content-Security-Policy（ASCII，以分号分隔的指令）/ a policy of ';'-separated directives");
        }
    }

    public int sessionTimeoutMinutes() {
        String v = raw(SESSION_TIMEOUT).orElse(String.valueOf(DEFAULT_SESSION_TIMEOUT_MINUTES));
        try {
            int minutes = Integer.parseInt(v);
            if (minutes >= 1 && minutes <= MAX_SESSION_TIMEOUT_MINUTES) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(SESSION_TIMEOUT, v, "1 到 " + MAX_SESSION_TIMEOUT_MINUTES + " 之间的分钟数 / minutes from 1 to " + MAX_SESSION_TIMEOUT_MINUTES);
    }

    /**
     * The public origins of the portal (e.g. {@code https://aqzj.lanzhou.gov.cn}) when it runs behind
     * a proxy that changes scheme, host or port; empty means "the origin the request was made to".
     */
    public List<String> allowedOrigins() {
        String v = raw(ALLOWED_ORIGINS).orElse("");
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> SameOriginFilter.originOf(s).filter(o -> isBareOrigin(s))
                        .orElseThrow(() -> new InvalidSettingException(ALLOWED_ORIGINS, v,
                                "以逗号分隔的源，如 https://example.gov.cn / comma-separated origins such as https://example.gov.cn")))
                .toList();
    }

    /** Only scheme, host and port: a path would suggest the check looks at it, which it does not. */
    private static boolean isBareOrigin(String s) {
        try {
            URI uri = new URI(s);
            String path = uri.getRawPath();
            return (path == null || path.isEmpty() || "/".equals(path)) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Checks every key of the web layer. */
    public void check() {
        contentSecurityPolicy();
        sessionTimeoutMinutes();
        allowedOrigins();
    }
}
