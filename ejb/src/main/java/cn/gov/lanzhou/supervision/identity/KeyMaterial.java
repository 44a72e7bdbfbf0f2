package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.gm.keys.GmKeys;
import cn.gov.lanzhou.supervision.startup.PortalSettings;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;

/**
 * The portal's national-algorithm keys (SM4 field keys, blind-index key, audit HMAC key, SM2
 * signing key), loaded once from the key file named by {@code portal.keys.file} (or the
 * environment variable {@code PORTAL_KEYS_FILE}). In the demo profile a missing file is
 * generated with owner-only permissions; in production a missing file stops the start.
 */
@Singleton
@Lock(LockType.READ)
public class KeyMaterial {

    public static final String KEYS_FILE = "portal.keys.file";

    @Inject
    private PortalSettings settings;

    private volatile GmKeys keys;

    public GmKeys keys() {
        GmKeys k = keys;
        if (k == null) {
            synchronized (this) {
                k = keys;
                if (k == null) {
                    String configured = ConfigProvider.getConfig(KeyMaterial.class.getClassLoader())
                            .getOptionalValue(KEYS_FILE, String.class)
                            .orElse(settings.dataDir().resolve("keys").resolve("portal-keys.properties").toString());
                    Path file = GmKeys.keyFileLocation(configured);
                    k = GmKeys.loadOrGenerate(file, settings.profile() == PortalSettings.Profile.DEMO);
                    keys = k;
                }
            }
        }
        return k;
    }
}
