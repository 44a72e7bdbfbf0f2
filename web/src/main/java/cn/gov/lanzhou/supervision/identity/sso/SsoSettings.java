package cn.gov.lanzhou.supervision.identity.sso;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * 统一身份认证 (OpenID Connect) settings: {@code portal.sso.issuer}, {@code portal.sso.client-id},
 * {@code portal.sso.client-secret}, {@code portal.sso.credit-code-claim} (default {@code credit_code}),
 * {@code portal.sso.scope} (default {@code openid profile}). Without an issuer SSO is off.
 */
public record SsoSettings(String issuer, String clientId, String clientSecret, String creditCodeClaim, String scope) {

    /** The settings in force, or empty when {@code portal.sso.issuer} is not set (SSO off). */
    public static Optional<SsoSettings> current() {
        Config config = ConfigProvider.getConfig();
        Optional<String> issuer = nonBlank(config, "portal.sso.issuer");
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        String iss = issuer.get().endsWith("/") ? issuer.get().substring(0, issuer.get().length() - 1) : issuer.get();
        return Optional.of(new SsoSettings(iss,
                nonBlank(config, "portal.sso.client-id").orElse("portal"),
                nonBlank(config, "portal.sso.client-secret").orElse(""),
                nonBlank(config, "portal.sso.credit-code-claim").orElse("credit_code"),
                nonBlank(config, "portal.sso.scope").orElse("openid profile")));
    }

    public static boolean enabled() {
        return current().isPresent();
    }

    private static Optional<String> nonBlank(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
