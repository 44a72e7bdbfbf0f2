package cn.gov.lanzhou.supervision.portal;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import jakarta.servlet.ServletContextEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebProtectionSettingsTest {

    private static WebProtectionSettings settings(Map<String, String> values) {
        return new WebProtectionSettings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withNothingConfiguredTheDefaultsApply() {
        WebProtectionSettings s = settings(Map.of());
        assertEquals(ContentSecurityPolicy.parse(WebProtectionSettings.DEFAULT_CSP), s.contentSecurityPolicy());
        assertEquals(30, s.sessionTimeoutMinutes());
        assertEquals(List.of(), s.allowedOrigins());
    }

    @Test
    void theSessionTimeoutFromConfigurationIsWhatTheContainerGets() {
        AtomicInteger timeout = new AtomicInteger();
        new WebProtectionStartup(settings(Map.of(WebProtectionSettings.SESSION_TIMEOUT, " 15 ")))
                .contextInitialized(new ServletContextEvent(ServletFakes.context(timeout)));
        assertEquals(15, timeout.get());
    }

    @Test
    void aMalformedValueStopsTheStartWithTheKeyInTheMessage() {
        for (String bad : List.of("0", "-5", "abc", "481", "30m")) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> settings(Map.of(WebProtectionSettings.SESSION_TIMEOUT, bad)).check());
            assertTrue(e.getMessage().startsWith("配置项 portal.web.session-timeout-minutes 的值 \"" + bad + "\" 无效"), e.getMessage());
        }
        InvalidSettingException csp = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(WebProtectionSettings.CSP, "default-src 'self'\nX: y")).check());
        assertTrue(csp.getMessage().startsWith("配置项 portal.web.csp "), csp.getMessage());
        for (String bad : List.of("aqzj.lanzhou.gov.cn", "https://aqzj.lanzhou.gov.cn/portal", "ftp://x.cn", "https://a.cn,null")) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> settings(Map.of(WebProtectionSettings.ALLOWED_ORIGINS, bad)).check(), bad);
            assertTrue(e.getMessage().startsWith("配置项 portal.web.allowed-origins "), e.getMessage());
        }
    }

    @Test
    void allowedOriginsAreNormalisedLikeTheOriginHeader() {
        assertEquals(List.of("https://aqzj.lanzhou.gov.cn", "http://10.1.2.3:8080"),
                settings(Map.of(WebProtectionSettings.ALLOWED_ORIGINS, " HTTPS://AQZJ.Lanzhou.gov.cn:443/ , http://10.1.2.3:8080"))
                        .allowedOrigins());
    }
}
