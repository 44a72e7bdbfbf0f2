package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchSettingsTest {

    private static SearchSettings settings(Map<String, String> values) {
        return new SearchSettings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void theIndexLivesUnderTheDataDirectoryUnlessConfigured() {
        assertEquals(Path.of("/srv/portal/index/articles"),
                settings(Map.of("portal.data.dir", "/srv/portal")).indexDir());
        assertEquals(Path.of("/var/lib/portal-index"),
                settings(Map.of("portal.search.index-dir", "/var/lib/portal-index")).indexDir());
    }

    @Test
    void defaultsAndLimits() {
        SearchSettings defaults = settings(Map.of());
        assertFalse(defaults.rebuildRequested());
        assertEquals(20L * 1024 * 1024, defaults.attachmentMaxBytes());
        assertEquals(200_000, defaults.attachmentMaxChars());
        assertTrue(settings(Map.of("portal.search.rebuild", "TRUE")).rebuildRequested());
    }

    @Test
    void aMalformedValueNamesItsKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of("portal.search.rebuild", "yes")).check());
        assertTrue(e.getMessage().contains("portal.search.rebuild"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> settings(Map.of("portal.search.attachment-max-mb", "0")).check());
        assertThrows(InvalidSettingException.class, () -> settings(Map.of("portal.search.attachment-max-chars", "many")).check());
    }
}
