package cn.gov.lanzhou.supervision.portal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSecurityPolicyTest {

    private static final String NONCE = "YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1";

    @Test
    void theDefaultPolicyForbidsFramingPluginsAndForeignScripts() {
        ContentSecurityPolicy p = ContentSecurityPolicy.parse(WebProtectionSettings.DEFAULT_CSP);
        assertEquals(List.of("'none'"), p.sources("frame-ancestors"));
        assertEquals(List.of("'none'"), p.sources("object-src"));
        assertEquals(List.of("'self'"), p.sources("script-src"), "no 'unsafe-inline', no 'unsafe-eval'");
        assertEquals(List.of("'self'"), p.sources("style-src-elem"), "no injected <style> blocks in CSP3 browsers");
    }

    @Test
    void theNonceGoesIntoScriptSrcAndNowhereElse() {
        ContentSecurityPolicy p = ContentSecurityPolicy.parse(WebProtectionSettings.DEFAULT_CSP).withScriptNonce(NONCE);
        assertEquals(List.of("'self'", "'nonce-" + NONCE + "'"), p.sources("script-src"));
        assertEquals(List.of("'self'"), p.sources("default-src"));
        assertTrue(p.toString().startsWith("default-src 'self'; script-src 'self' 'nonce-" + NONCE + "'; style-src"), p.toString());
    }

    @Test
    void aPolicyWithoutScriptSrcGetsOneFromDefaultSrc() {
        ContentSecurityPolicy p = ContentSecurityPolicy.parse("default-src 'self' https://static.example; frame-ancestors 'none'")
                .withScriptNonce(NONCE);
        assertEquals(List.of("'self'", "https://static.example", "'nonce-" + NONCE + "'"), p.sources("script-src"));
        assertEquals(List.of("'nonce-" + NONCE + "'"),
                ContentSecurityPolicy.parse("script-src 'none'").withScriptNonce(NONCE).sources("script-src"),
                "'none' cannot stand next to another source");
    }

    @Test
    void textThatCouldSplitTheHeaderOrThePolicyIsRefused() {
        for (String bad : List.of("", " ; ", "default-src 'self'\r\nSet-Cookie: x=y", "default-src 'self', script-src *",
                "default-src 'self'; 脚本 'self'", "1nvalid 'self'")) {
            assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.parse(bad), bad);
        }
        ContentSecurityPolicy p = ContentSecurityPolicy.parse("default-src 'self'");
        for (String badNonce : List.of("abc'; script-src *", "a b", "")) {
            assertThrows(IllegalArgumentException.class, () -> p.withScriptNonce(badNonce), badNonce);
        }
    }
}
