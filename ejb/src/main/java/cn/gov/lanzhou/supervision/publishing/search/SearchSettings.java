package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import cn.gov.lanzhou.supervision.startup.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Settings of the search index, from MicroProfile Config; a malformed value names its key. */
@ApplicationScoped
public class SearchSettings {

    public static final String INDEX_DIR = "portal.search.index-dir";
    public static final String REBUILD = "portal.search.rebuild";
    public static final String ATTACHMENT_MAX_MB = "portal.search.attachment-max-mb";
    public static final String ATTACHMENT_MAX_CHARS = "portal.search.attachment-max-chars";

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public SearchSettings() {
        this(key -> {
            Config config = ConfigProvider.getConfig(SearchSettings.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
    }

    /** Reads the given source, e.g. a map in tests. */
    public SearchSettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    private Optional<String> raw(String key) {
        return source.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The index directory: {@code <portal.data.dir>/index/articles} unless configured. */
    public Path indexDir() {
        Optional<String> v = raw(INDEX_DIR);
        if (v.isEmpty()) {
            return new PortalSettings(source).dataDir().resolve("index").resolve("articles");
        }
        try {
            return Path.of(v.get()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidSettingException(INDEX_DIR, v.get(), "一个可写的目录路径 / a writable directory");
        }
    }

    /** True when the index must be rebuilt from the database at this start ({@code ./run.sh --rebuild-search-index}). */
    public boolean rebuildRequested() {
        String v = raw(REBUILD).orElse("false");
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(REBUILD, v, "true 或 false");
        };
    }

    /** Attachments larger than this are not read for their text. */
    public long attachmentMaxBytes() {
        return integer(ATTACHMENT_MAX_MB, 20, 1, 1024) * 1024L * 1024L;
    }

    /** At most this many characters of an article's attachments are indexed. */
    public int attachmentMaxChars() {
        return integer(ATTACHMENT_MAX_CHARS, 200_000, 0, 5_000_000);
    }

    private int integer(String key, int defaultValue, int min, int max) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(key, v.get(), min + " 到 " + max + " 之间的整数");
    }

    /** Checks every key (at start-up). */
    public void check() {
        indexDir();
        rebuildRequested();
        attachmentMaxBytes();
        attachmentMaxChars();
    }
}
