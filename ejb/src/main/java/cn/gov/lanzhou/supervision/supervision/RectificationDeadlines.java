package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * 整改期限 by severity: how many days an enterprise has to put a finding right, counted from the day
 * the notice is issued — by default 3 for 重大, 5 for 较大, 7 for 一般 (the demo data follows the same
 * rule). Configurable per severity ({@code portal.supervision.deadline-days.major} …, 1 to 90 days).
 */
@ApplicationScoped
public class RectificationDeadlines {

    public static final String KEY_PREFIX = "portal.supervision.deadline-days.";

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public RectificationDeadlines() {
        this(key -> {
            Config config = ConfigProvider.getConfig(RectificationDeadlines.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
    }

    /** Reads the given source, e.g. a map in tests. */
    public RectificationDeadlines(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** Days allowed for a finding of this severity. */
    public int days(Severity severity) {
        int fallback = switch (severity) {
            case MAJOR -> 3;
            case SERIOUS -> 5;
            case GENERAL -> 7;
        };
        String key = KEY_PREFIX + severity.name().toLowerCase(Locale.ROOT);
        Optional<String> v = source.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int days = Integer.parseInt(v.get());
            if (days >= 1 && days <= 90) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(key, v.get(), "1 到 90 之间的整数（天）");
    }

    /**
     * The deadline of one finding: its severity's days from the day of issue, but never later than the
     * deadline of the notice it is in.
     */
    public LocalDate deadlineOf(Severity severity, LocalDate issuedOn, LocalDate noticeDeadline) {
        LocalDate bySeverity = issuedOn.plusDays(days(severity));
        return bySeverity.isAfter(noticeDeadline) ? noticeDeadline : bySeverity;
    }
}
