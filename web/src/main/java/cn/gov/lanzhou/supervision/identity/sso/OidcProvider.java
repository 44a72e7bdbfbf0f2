package cn.gov.lanzhou.supervision.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The configured OpenID Connect provider: its discovery document (cached), its JWKS (cached, fetched again
 * when a token names an unknown key, at most once a minute) and the code exchange at its token endpoint
 * with {@code client_secret_basic}.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CACHE = Duration.ofHours(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private volatile Cached discovery;
    private volatile Cached jwks;

    private record Cached(String issuer, JsonObject value, Instant at) {
    }

    /** The discovery document of the configured issuer; its {@code issuer} must equal the configured one. */
    public JsonObject discovery(SsoSettings settings) throws SsoException {
        Cached d = discovery;
        if (d != null && d.issuer().equals(settings.issuer()) && d.at().plus(CACHE).isAfter(Instant.now())) {
            return d.value();
        }
        JsonObject doc = getJson(settings.issuer() + "/.well-known/openid-configuration");
        if (!settings.issuer().equals(doc.getString("issuer", null))) {
            throw new SsoException("discovery document names issuer " + doc.get("issuer"));
        }
        for (String endpoint : new String[] {"authorization_endpoint", "token_endpoint", "jwks_uri"}) {
            if (doc.getString(endpoint, null) == null) {
                throw new SsoException("discovery document lacks " + endpoint);
            }
        }
        discovery = new Cached(settings.issuer(), doc, Instant.now());
        return doc;
    }

    /** The provider's keys; {@code refresh} asks for a new copy (a key the cache does not know). */
    public JsonObject jwks(SsoSettings settings, boolean refresh) {
        Cached k = jwks;
        boolean fresh = k != null && k.issuer().equals(settings.issuer());
        if (fresh && (refresh ? k.at().plusSeconds(60).isAfter(Instant.now()) : k.at().plus(CACHE).isAfter(Instant.now()))) {
            return k.value();
        }
        try {
            JsonObject set = getJson(discovery(settings).getString("jwks_uri"));
            jwks = new Cached(settings.issuer(), set, Instant.now());
            return set;
        } catch (SsoException e) {
            return fresh ? k.value() : null;
        }
    }

    /** Exchanges an authorization code (with its PKCE verifier) for the token response. */
    public JsonObject exchange(SsoSettings settings, String code, String redirectUri, String codeVerifier) throws SsoException {
        String form = "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(redirectUri)
                + "&code_verifier=" + enc(codeVerifier);
        String basic = Base64.getEncoder().encodeToString((enc(settings.clientId()) + ":" + enc(settings.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(discovery(settings).getString("token_endpoint")))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new SsoException("token endpoint answered " + response.statusCode());
        }
        return IdTokenVerifier.json(response.body(), "token response");
    }

    private JsonObject getJson(String url) throws SsoException {
        HttpResponse<String> response;
        try {
            response = send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json").GET().build());
        } catch (IllegalArgumentException e) {
            throw new SsoException("bad URL " + url, e);
        }
        if (response.statusCode() != 200) {
            throw new SsoException(url + " answered " + response.statusCode());
        }
        return IdTokenVerifier.json(response.body(), url);
    }

    private HttpResponse<String> send(HttpRequest request) throws SsoException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SsoException("provider unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SsoException("interrupted", e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
