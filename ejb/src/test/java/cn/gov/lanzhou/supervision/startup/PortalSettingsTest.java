package cn.gov.lanzhou.supervision.startup;

import cn.gov.lanzhou.supervision.demo.DemoSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalSettingsTest {

    private static PortalSettings settings(Map<String, String> values) {
        return new PortalSettings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsGiveTheDemoProfileWithDemoData(@TempDir Path dir) {
        PortalSettings s = settings(Map.of(PortalSettings.DATA_DIR, dir.toString()));
        s.check();
        assertEquals(PortalSettings.Profile.DEMO, s.profile());
        assertEquals(DemoSize.DEMO, s.demoSize());
        assertTrue(s.migrate());
        assertEquals(dir.toAbsolutePath().normalize(), s.dataDir());
    }

    @Test
    void aMalformedValueIsReportedWithItsKeyAndTheAllowedValues() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(PortalSettings.DEMO_DATA, "lots")).check());
        assertTrue(e.getMessage().startsWith("配置项 portal.demo.data 的值 \"lots\" 无效，应为 none、demo 或 full"), e.getMessage());

        e = assertThrows(InvalidSettingException.class, () -> settings(Map.of(PortalSettings.DB_MIGRATE, "yes")).migrate());
        assertTrue(e.getMessage().contains("portal.db.migrate"));

        e = assertThrows(InvalidSettingException.class, () -> settings(Map.of(PortalSettings.PROFILE, "prod")).profile());
        assertTrue(e.getMessage().contains("demo 或 production"));
    }

    @Test
    void productionRefusesToGenerateDemoData() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(PortalSettings.PROFILE, "production")).demoSize());
        assertTrue(e.getMessage().contains("生产环境不允许生成演示数据"));
        assertEquals(DemoSize.NONE, settings(Map.of(PortalSettings.PROFILE, "production",
                PortalSettings.DEMO_DATA, "none")).demoSize());
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-dir");
        java.nio.file.Files.writeString(file, "x");
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> settings(Map.of(PortalSettings.DATA_DIR, file.resolve("sub").toString())).check());
        assertTrue(e.getMessage().contains("portal.data.dir"));
    }

    @Test
    void auditRetentionIsAtLeast180Days(@TempDir Path dir) {
        assertEquals(180, settings(Map.of()).auditRetentionDays());
        assertEquals(365, settings(Map.of(PortalSettings.AUDIT_RETENTION_DAYS, "365")).auditRetentionDays());
        for (String bad : new String[] {"179", "90", "0", "-1", "half a year"}) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> settings(Map.of(
                    PortalSettings.DATA_DIR, dir.toString(), PortalSettings.AUDIT_RETENTION_DAYS, bad)).check(), bad);
            assertTrue(e.getMessage().startsWith("配置项 portal.audit.retention-days 的值 \"" + bad + "\" 无效，应为 180 到 36500"),
                    e.getMessage());
        }
    }
}
