package cn.gov.lanzhou.supervision.publishing.cache;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings of the public page cache, from MicroProfile Config; a malformed value stops the start
 * with a message naming the key.
 */
public final class PageCacheSettings {

    public static final String ENABLED = "portal.publishing.page-cache.enabled";
    public static final String TTL = "portal.publishing.page-cache.ttl-seconds";
    public static final String MAX_ENTRIES = "portal.publishing.page-cache.max-entries";
    public static final String MAX_MEGABYTES = "portal.publishing.page-cache.max-megabytes";

    static final int DEFAULT_TTL_SECONDS = 60;
    static final int DEFAULT_MAX_ENTRIES = 2000;
    static final int DEFAULT_MAX_MEGABYTES = 64;

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public PageCacheSettings() {
        this(key -> {
            Config config = ConfigProvider.getConfig(PageCacheSettings.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
    }

    /** Reads the given source, e.g. a map in tests. */
    public PageCacheSettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    private Optional<String> raw(String key) {
        return source.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    public boolean enabled() {
        String v = raw(ENABLED).orElse("true").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(ENABLED, v, "true 或 false / true or false");
        };
    }

    /** How long a rendered page is served at most before it is rendered again. */
    public Duration ttl() {
        return Duration.ofSeconds(number(TTL, DEFAULT_TTL_SECONDS, 1, 3600));
    }

    public int maxEntries() {
        return number(MAX_ENTRIES, DEFAULT_MAX_ENTRIES, 1, 1_000_000);
    }

    /** Memory for the pages (plain and gzip bytes together). */
    public long maxBytes() {
        return number(MAX_MEGABYTES, DEFAULT_MAX_MEGABYTES, 1, 4096) * 1024L * 1024L;
    }

    private int number(String key, int fallback, int min, int max) {
        String v = raw(key).orElse(String.valueOf(fallback));
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(key, v, min + " 到 " + max + " 之间的整数 / a whole number from " + min + " to " + max);
    }

    /** Checks every key. */
    public void check() {
        enabled();
        ttl();
        maxEntries();
        maxBytes();
    }
}
