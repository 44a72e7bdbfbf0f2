package cn.gov.lanzhou.supervision.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the browser-side protections on every response the portal sends — pages, JSF resources,
 * the REST API, error pages and health checks: Content-Security-Policy ({@code portal.web.csp}),
 * {@code frame-ancestors 'none'} backed by {@code X-Frame-Options: DENY} for older browsers,
 * {@code nosniff}, a referrer policy, a Permissions-Policy that switches off the device features
 * the portal does not use, and HSTS when the request came over HTTPS.
 *
 * <p>PrimeFaces' CSP mode ({@code primefaces.CSP=true} in web.xml) puts a fresh nonce on every
 * script it renders and sends its own {@code Content-Security-Policy: script-src 'self' 'nonce-…'}.
 * Two policies would both be enforced, so instead the response wrapper takes the nonce out of
 * PrimeFaces' header and adds it to the portal's policy: each response carries one policy.
 *
 * <p>Registered in web.xml ahead of the other filters, for every dispatcher type: the container
 * may reset the headers before it renders an error page, so the error dispatch sets them again.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    /** One year; no includeSubDomains: the other hosts under the station's domain are not this portal's to decide. */
    static final String HSTS = "max-age=31536000";

    private static final Pattern NONCE_SOURCE = Pattern.compile("'nonce-([^']+)'");
    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    private transient ContentSecurityPolicy policy;

    /** The policy comes from {@code portal.web.csp} when the container initialises the filter. */
    public SecurityHeadersFilter() {
    }

    SecurityHeadersFilter(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void init() {
        if (policy == null) {
            policy = new WebProtectionSettings().contentSecurityPolicy();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.INCLUDE) {
            // An included resource cannot set headers; the including request already has them.
            chain.doFilter(request, response);
            return;
        }
        NonceMergingResponse wrapped = new NonceMergingResponse(response, policy, request.isSecure());
        wrapped.applyHeaders();
        chain.doFilter(request, wrapped);
    }

    /** Sets the headers, and folds a script nonce announced by PrimeFaces into the one policy. */
    static final class NonceMergingResponse extends HttpServletResponseWrapper {

        private final ContentSecurityPolicy basePolicy;
        private final boolean secure;
        private ContentSecurityPolicy current;

        NonceMergingResponse(HttpServletResponse response, ContentSecurityPolicy policy, boolean secure) {
            super(response);
            this.basePolicy = policy;
            this.current = policy;
            this.secure = secure;
        }

        void applyHeaders() {
            if (isCommitted()) {
                return;
            }
            HttpServletResponse r = (HttpServletResponse) getResponse();
            r.setHeader(CSP, current.toString());
            r.setHeader("X-Frame-Options", "DENY");
            r.setHeader("X-Content-Type-Options", "nosniff");
            r.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            r.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            if (secure) {
                r.setHeader("Strict-Transport-Security", HSTS);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!mergePolicy(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!mergePolicy(name, value)) {
                super.addHeader(name, value);
            }
        }

        /**
         * A Content-Security-Policy set further down the chain never replaces the portal's; if it
         * carries a script nonce (PrimeFaces'), the nonce is added to the portal's policy.
         */
        private boolean mergePolicy(String name, String value) {
            if (!CSP.equalsIgnoreCase(name)) {
                return false;
            }
            Matcher m = NONCE_SOURCE.matcher(value == null ? "" : value);
            if (m.find()) {
                try {
                    current = basePolicy.withScriptNonce(m.group(1));
                    super.setHeader(CSP, current.toString());
                } catch (IllegalArgumentException e) {
                    LOG.warning(() -> "忽略格式不正确的脚本 nonce / ignoring a malformed script nonce");
                }
            }
            return true;
        }

        /** Whoever resets the response (e.g. to render an error instead) clears these headers too. */
        @Override
        public void reset() {
            super.reset();
            applyHeaders();
        }
    }
}
