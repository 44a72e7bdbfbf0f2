package cn.gov.lanzhou.supervision.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses cross-site request forgery: a state-changing request (anything but GET, HEAD, OPTIONS,
 * TRACE) whose {@code Origin} — or, without one, {@code Referer} — names another site is answered
 * 403 before it reaches JSF or JAX-RS. Browsers send {@code Origin} on every cross-origin POST
 * (and {@code Origin: null} from sandboxes and privacy-stripped contexts, which is refused too).
 * A request with neither header does not come from a web page: server-to-server clients with
 * their own credentials pass.
 *
 * <p>Why here rather than in a token: stateful JSF forms are already bound to their view state,
 * but the portal's public forms — the staff login included — are stateless views, which Faces
 * does not protect (protected views guard GET access and need a session). Login CSRF (logging a
 * victim into the attacker's account) is a real attack, and this check stops it without giving
 * anonymous visitors a session.
 *
 * <p>Mapped in web.xml to {@code /api/*}, {@code *.xhtml} and {@code /logout}.
 */
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());

    private transient List<String> configuredOrigins;

    /** The extra origins come from {@code portal.web.allowed-origins} when the container initialises the filter. */
    public SameOriginFilter() {
    }

    SameOriginFilter(List<String> configuredOrigins) {
        this.configuredOrigins = List.copyOf(configuredOrigins);
    }

    @Override
    public void init() {
        if (configuredOrigins == null) {
            configuredOrigins = new WebProtectionSettings().allowedOrigins();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null || isOwnOrigin(claimed, request)) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, origin != null ? "Origin" : "Referer", claimed);
    }

    private boolean isOwnOrigin(String claimed, HttpServletRequest request) {
        Optional<String> origin = originOf(claimed);
        if (origin.isEmpty()) {
            return false;
        }
        return origin.get().equals(ownOrigin(request).orElse(null)) || configuredOrigins.contains(origin.get());
    }

    /** The origin this request was addressed to, as the container sees it (Host header, scheme). */
    static Optional<String> ownOrigin(HttpServletRequest request) {
        String host = request.getServerName();
        if (host != null && host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return originOf(request.getScheme() + "://" + host + ":" + request.getServerPort());
    }

    /**
     * {@code scheme://host[:port]} of an http(s) URL, lower case and without the default port, so
     * that it compares with what browsers send in {@code Origin}; empty for anything else
     * (including the opaque origin {@code null}).
     */
    static Optional<String> originOf(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String header, String claimed)
            throws IOException {
        // The claimed origin is logged (truncated, it is attacker-controlled) but not the query string.
        String shown = claimed.length() > 100 ? claimed.substring(0, 100) + "…" : claimed;
        LOG.warning(() -> "跨站请求被拒绝 / cross-site request refused: " + request.getMethod() + " "
                + request.getRequestURI() + " " + header + "=" + shown.replaceAll("[\\r\\n]", "_"));
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"跨站请求被拒绝\",\"status\":403,"
                    + "\"detail\":\"请求来自其他网站（" + header + " 与本站不符），已被拒绝。\"}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                    + "<title>跨站请求被拒绝 - 兰州市建设工程安全质量监督站</title></head><body>"
                    + "<h1>跨站请求被拒绝</h1><p>该请求来自其他网站，为保护您的账号和数据已被拒绝。请回到本站页面重新操作。</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/\">返回首页</a></p></body></html>");
        }
    }
}
