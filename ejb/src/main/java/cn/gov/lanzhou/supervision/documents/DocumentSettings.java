package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings of signed documents from MicroProfile Config: the font file ({@value DocumentFont#CONFIG_KEY})
 * and the public address of the verification page ({@value #VERIFY_URL}), which every QR code carries.
 */
@ApplicationScoped
public class DocumentSettings {

    /** Absolute http(s) address of the public verification page, as visitors reach it. */
    public static final String VERIFY_URL = "portal.documents.verify-url";

    /** The address when none is configured: the portal as {@code run.sh} starts it. */
    public static final String DEFAULT_VERIFY_URL = "http://127.0.0.1:8080/verify.xhtml";

    /** 签发单位: the station, as it signs its documents. */
    public static final String ISSUER = "兰州市建设工程安全质量监督站";

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config. */
    public DocumentSettings() {
        this(key -> {
            Config config = ConfigProvider.getConfig(DocumentSettings.class.getClassLoader());
            return config.getOptionalValue(key, String.class);
        });
    }

    /** Reads the given source, e.g. a map in tests. */
    public DocumentSettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The configured font file, if any (otherwise the search list of {@link DocumentFont} applies). */
    public Optional<String> font() {
        return source.apply(DocumentFont.CONFIG_KEY).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The verification page's public address, checked: absolute http(s), no query or fragment. */
    public String verifyUrl() {
        String v = source.apply(VERIFY_URL).map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_VERIFY_URL);
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidSettingException(VERIFY_URL, v,
                "文书核验页面的完整公网地址，如 https://www.example.gov.cn/verify.xhtml（不含问号后的参数）");
    }

    /** The address a document's QR code carries: the verification page with the number filled in. */
    public String verificationLink(String documentNo) {
        return verifyUrl() + "?no=" + URLEncoder.encode(documentNo, StandardCharsets.UTF_8);
    }

    /** True when the verification address still points at this machine: fine for a demo, not for real documents. */
    public boolean verifyUrlIsLocal() {
        String host = URI.create(verifyUrl()).getHost().toLowerCase(Locale.ROOT);
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1");
    }
}
