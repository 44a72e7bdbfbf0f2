package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's public address for absolute links (feeds): {@code portal.public-url} when set
 * (e.g. {@code https://jdz.lanzhou.gov.cn} behind Nginx), otherwise the scheme, host, port and
 * context path of the request.
 */
@ApplicationScoped
public class PublicUrl {

    public static final String KEY = "portal.public-url";

    private final Optional<String> configured;

    public PublicUrl() {
        this(ConfigProvider.getConfig(PublicUrl.class.getClassLoader()).getOptionalValue(KEY, String.class));
    }

    PublicUrl(Optional<String> value) {
        this.configured = value.map(String::strip).filter(v -> !v.isEmpty()).map(PublicUrl::checked);
    }

    /** The base address without a trailing slash. */
    public String of(HttpServletRequest request) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    static String checked(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidSettingException(KEY, value, "http(s) 地址，如 https://jdz.lanzhou.gov.cn");
    }
}
