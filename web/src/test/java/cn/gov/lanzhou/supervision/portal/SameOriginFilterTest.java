package cn.gov.lanzhou.supervision.portal;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginFilterTest {

    private static ServletFakes.Response send(SameOriginFilter filter, String method, String url, Map<String, String> headers,
                                              ServletFakes.Chain chain) throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        filter.doFilter(ServletFakes.request(method, url, headers, DispatcherType.REQUEST), response.proxy, chain);
        return response;
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWithAChineseProblem() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain(r -> { });
        ServletFakes.Response r = send(new SameOriginFilter(List.of()), "POST", "http://127.0.0.1:8080/api/v1/projects",
                Map.of("Origin", "https://evil.example"), chain);
        assertFalse(chain.called);
        assertEquals(403, r.status.get());
        assertTrue(r.body.toString().contains("\"title\":\"跨站请求被拒绝\""), r.body.toString());
    }

    @Test
    void onlyStateChangingRequestsNamingAnotherSiteAreRefused() throws Exception {
        SameOriginFilter filter = new SameOriginFilter(List.of("https://aqzj.lanzhou.gov.cn"));
        String login = "http://127.0.0.1:8080/login.xhtml";
        record Case(String method, Map<String, String> headers, boolean passes) { }
        for (Case c : List.of(
                new Case("POST", Map.of("Origin", "http://127.0.0.1:8080"), true),
                new Case("POST", Map.of("Origin", "HTTP://127.0.0.1:8080"), true),
                new Case("POST", Map.of("Origin", "https://aqzj.lanzhou.gov.cn"), true),
                new Case("POST", Map.of(), true),
                new Case("POST", Map.of("Referer", "http://127.0.0.1:8080/login.xhtml?x=1"), true),
                new Case("GET", Map.of("Origin", "https://evil.example"), true),
                new Case("POST", Map.of("Origin", "http://127.0.0.1:8081"), false),
                new Case("POST", Map.of("Origin", "https://127.0.0.1:8080"), false),
                new Case("PUT", Map.of("Origin", "https://evil.example"), false),
                new Case("DELETE", Map.of("Referer", "https://evil.example/page"), false),
                new Case("POST", Map.of("Origin", "null"), false),
                new Case("POST", Map.of("Origin", "https://evil.example", "Referer", "http://127.0.0.1:8080/"), false),
                new Case("PATCH", Map.of("Referer", "not a url"), false))) {
            ServletFakes.Chain chain = new ServletFakes.Chain(r -> { });
            ServletFakes.Response r = send(filter, c.method(), login, c.headers(), chain);
            assertEquals(c.passes(), chain.called, c.toString());
            assertEquals(c.passes() ? 200 : 403, r.status.get(), c.toString());
            if (!c.passes()) {
                assertTrue(r.body.toString().contains("<h1>跨站请求被拒绝</h1>"), "pages get an HTML answer");
            }
        }
    }

    @Test
    void originsCompareWithoutDefaultPortsOrCase() {
        assertEquals(Optional.of("https://aqzj.lanzhou.gov.cn"), SameOriginFilter.originOf("HTTPS://AQZJ.lanzhou.gov.cn:443/x?y"));
        assertEquals(Optional.of("http://127.0.0.1:8080"), SameOriginFilter.originOf("http://127.0.0.1:8080"));
        assertEquals(Optional.of("http://[::1]:8080"), SameOriginFilter.originOf("http://[::1]:8080/"));
        assertEquals(Optional.empty(), SameOriginFilter.originOf("null"));
        assertEquals(Optional.empty(), SameOriginFilter.originOf("file:///etc/passwd"));
    }
}
