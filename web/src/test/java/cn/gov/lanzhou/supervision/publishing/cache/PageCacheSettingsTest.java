package cn.gov.lanzhou.supervision.publishing.cache;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCacheSettingsTest {

    private static PageCacheSettings of(Map<String, String> values) {
        return new PageCacheSettings(k -> Optional.ofNullable(values.get(k)));
    }

    @Test
    void defaultsAreOnForAMinuteWithBoundedMemory() {
        PageCacheSettings s = of(Map.of());
        assertTrue(s.enabled());
        assertEquals(Duration.ofSeconds(60), s.ttl());
        assertEquals(2000, s.maxEntries());
        assertEquals(64L * 1024 * 1024, s.maxBytes());
    }

    @Test
    void aMistypedValueStopsTheStartNamingTheKey() {
        assertFalse(of(Map.of(PageCacheSettings.ENABLED, "false")).enabled());
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> of(Map.of(PageCacheSettings.TTL, "0")).check());
        assertTrue(e.getMessage().contains(PageCacheSettings.TTL), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> of(Map.of(PageCacheSettings.ENABLED, "yes")).check());
        assertThrows(InvalidSettingException.class, () -> of(Map.of(PageCacheSettings.MAX_MEGABYTES, "lots")).check());
    }
}
