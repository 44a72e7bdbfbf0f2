package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The station's publishing targets, from MicroProfile Config: policy updates are online within
 * {@code portal.publishing.target-hours} (24) of being handed in, for the columns listed in
 * {@code portal.publishing.policy-columns} ({@code policies,interpretations}).
 */
public record PublishingSettings(int targetHours, Set<String> policyColumns) {

    public static final String TARGET_HOURS = "portal.publishing.target-hours";
    public static final String POLICY_COLUMNS = "portal.publishing.policy-columns";

    public static PublishingSettings from(Function<String, Optional<String>> source) {
        String hours = source.apply(TARGET_HOURS).map(String::trim).orElse("24");
        int h;
        try {
            h = Integer.parseInt(hours);
        } catch (NumberFormatException e) {
            h = -1;
        }
        if (h < 1 || h > 24 * 30) {
            throw new InvalidSettingException(TARGET_HOURS, hours, "1 到 720 之间的整数（小时）");
        }
        String columns = source.apply(POLICY_COLUMNS).map(String::trim).orElse("policies,interpretations");
        Set<String> codes = Arrays.stream(columns.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new PublishingSettings(h, codes);
    }

    public static PublishingSettings fromConfig() {
        return from(key -> ConfigProvider.getConfig(PublishingSettings.class.getClassLoader()).getOptionalValue(key, String.class));
    }

    public boolean isPolicyColumn(String code) {
        return policyColumns.contains(code);
    }
}
