package cn.gov.lanzhou.supervision.portal;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersFilterTest {

    private static final ContentSecurityPolicy POLICY = ContentSecurityPolicy.parse(WebProtectionSettings.DEFAULT_CSP);
    private static final String NONCE = "ZmYwOTJjMmEtYjQ4MC00NTIzLTg4YjctYTY1NjMzOWE5YzAy";

    private static ServletFakes.Response run(String url, DispatcherType type, ServletFakes.Chain chain) throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        new SecurityHeadersFilter(POLICY).doFilter(ServletFakes.request("GET", url, Map.of(), type), response.proxy, chain);
        return response;
    }

    @Test
    void everyResponseGetsTheProtectionsButHstsOnlyOverHttps() throws Exception {
        ServletFakes.Response http = run("http://127.0.0.1:8080/api/v1/projects", DispatcherType.REQUEST, new ServletFakes.Chain(r -> { }));
        assertEquals(POLICY.toString(), http.header("Content-Security-Policy"));
        assertEquals("DENY", http.header("X-Frame-Options"));
        assertEquals("nosniff", http.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", http.header("Referrer-Policy"));
        assertTrue(http.header("Permissions-Policy").contains("camera=()"));
        assertNull(http.header("Strict-Transport-Security"));

        ServletFakes.Response https = run("https://aqzj.lanzhou.gov.cn/", DispatcherType.ERROR, new ServletFakes.Chain(r -> { }));
        assertEquals("max-age=31536000", https.header("Strict-Transport-Security"));
        assertEquals("DENY", https.header("X-Frame-Options"), "error dispatches get them as well");
    }

    @Test
    void primeFacesNonceJoinsThePortalPolicyInsteadOfASecondPolicy() throws Exception {
        ServletFakes.Response r = run("http://127.0.0.1:8080/", DispatcherType.REQUEST, new ServletFakes.Chain(response ->
                response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + NONCE + "';")));
        assertEquals(List.of(POLICY.withScriptNonce(NONCE).toString()), r.headers.get("Content-Security-Policy"));
    }

    @Test
    void aPolicyWithoutNonceOrAResetCannotWeakenOrDropTheHeaders() throws Exception {
        ServletFakes.Response r = run("http://127.0.0.1:8080/", DispatcherType.REQUEST, new ServletFakes.Chain(response -> {
            response.addHeader("Content-Security-Policy", "NONCE_MISSING");
            response.setHeader("Content-Security-Policy", "default-src *");
            response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + NONCE + "'");
            response.reset();
        }));
        assertEquals(List.of(POLICY.withScriptNonce(NONCE).toString()), r.headers.get("Content-Security-Policy"),
                "the nonce survives the reset, the foreign policies never arrive");
        assertEquals("DENY", r.header("X-Frame-Options"));
    }
}
