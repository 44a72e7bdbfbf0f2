package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.registry.KeyPersonRole;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The configurable parts of the registry rules and of the import, from MicroProfile Config
 * ({@code portal.registry.*}); a malformed value is reported with its key at start-up and on use.
 */
public class RegistryQualitySettings {

    /** Prefix of the per-post limits, e.g. {@code portal.registry.quality.max-active-projects.project-manager}. */
    public static final String MAX_ACTIVE_PROJECTS = "portal.registry.quality.max-active-projects.";
    public static final String REQUIRED_PARTICIPANTS = "portal.registry.quality.required-participants";
    public static final String REQUIRED_KEY_PERSONS = "portal.registry.quality.required-key-persons";
    public static final String IMPORT_MAX_BYTES = "portal.registry.import.max-bytes";
    public static final String IMPORT_MAX_ROWS = "portal.registry.import.max-rows";
    public static final String IMPORT_PREVIEW_WAIT = "portal.registry.import.preview-wait-millis";

    /** Defaults of the per-post limits; 0 means no limit. */
    private static final Map<KeyPersonRole, Integer> DEFAULT_LIMITS = Map.of(
            KeyPersonRole.PROJECT_MANAGER, 1,
            KeyPersonRole.CHIEF_SUPERVISOR, 3,
            KeyPersonRole.SAFETY_OFFICER, 1,
            KeyPersonRole.TECHNICAL_LEAD, 0);

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public RegistryQualitySettings() {
        this(key -> {
            Config config = ConfigProvider.getConfig(RegistryQualitySettings.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
    }

    /** Reads the given source, e.g. a map in tests. */
    public RegistryQualitySettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The key of the limit for one post: {@code …max-active-projects.project-manager}. */
    public static String limitKey(KeyPersonRole role) {
        return MAX_ACTIVE_PROJECTS + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How many projects under construction one person may hold each post on at once; 0 = no limit. */
    public Map<KeyPersonRole, Integer> activeProjectLimits() {
        Map<KeyPersonRole, Integer> limits = new EnumMap<>(KeyPersonRole.class);
        for (KeyPersonRole role : KeyPersonRole.values()) {
            limits.put(role, integer(limitKey(role), DEFAULT_LIMITS.get(role), 0, 1000));
        }
        return Collections.unmodifiableMap(limits);
    }

    /** The enterprises every project under construction must have. */
    public Set<ParticipantRole> requiredParticipants() {
        return names(REQUIRED_PARTICIPANTS, "DEVELOPER,GENERAL_CONTRACTOR,SUPERVISION", ParticipantRole.class);
    }

    /** The posts every project under construction must have filled. */
    public Set<KeyPersonRole> requiredKeyPersons() {
        return names(REQUIRED_KEY_PERSONS, "PROJECT_MANAGER,CHIEF_SUPERVISOR,SAFETY_OFFICER", KeyPersonRole.class);
    }

    /** Largest import file accepted. */
    public int importMaxBytes() {
        return integer(IMPORT_MAX_BYTES, 10 * 1024 * 1024, 1024, 100 * 1024 * 1024);
    }

    /** Most data rows an import file may have. */
    public int importMaxRows() {
        return integer(IMPORT_MAX_ROWS, 20_000, 1, 200_000);
    }

    /** How long the upload request waits for the check of a file before the page shows its progress instead. */
    public int importPreviewWaitMillis() {
        return integer(IMPORT_PREVIEW_WAIT, 2000, 0, 60_000);
    }

    /** Checks every key, so that a typo stops the start instead of the first re-check. */
    public void check() {
        activeProjectLimits();
        requiredParticipants();
        requiredKeyPersons();
        importMaxBytes();
        importMaxRows();
        importPreviewWaitMillis();
    }

    private <E extends Enum<E>> Set<E> names(String key, String defaultValue, Class<E> type) {
        String v = raw(key).orElse(defaultValue);
        Set<E> out = EnumSet.noneOf(type);
        if (v.equalsIgnoreCase("none")) {
            return out;
        }
        for (String name : v.split(",")) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            try {
                out.add(Enum.valueOf(type, n));
            } catch (IllegalArgumentException e) {
                StringBuilder allowed = new StringBuilder();
                for (E c : type.getEnumConstants()) {
                    allowed.append(allowed.isEmpty() ? "" : ",").append(c.name());
                }
                throw new InvalidSettingException(key, v, "逗号分隔的 " + allowed + " 或 none");
            }
        }
        return out;
    }

    private Optional<String> raw(String key) {
        return source.apply(key).map(String::trim).filter(s -> !s.isEmpty());
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
}
