package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.portal.PortalDeployment;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 企业用户统一身份认证: the portal on Payara Micro against a real OpenID Connect provider
 * (mock-oauth2-server, started here on the port failsafe gives Payara as {@code portal.sso.issuer}).
 * A good ID token signs the demo enterprise in; a token signed by another key, for another audience or
 * expired is refused with the Chinese 401 page, leaves no signed-in session and is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnterpriseSsoIT {

    private static final String ISSUER_ID = "lanzhou-gov";
    private static final String CLIENT_ID = "portal-it";
    private static final String UNTRUSTED = "统一身份认证校验失败，请重新登录";

    private static MockOAuth2Server provider;

    /** The next token response, when a test plays the man in the middle; otherwise the provider answers. */
    private static final AtomicReference<String> FORGED_TOKEN_RESPONSE = new AtomicReference<>();

    /** Answers the token endpoint with {@link #FORGED_TOKEN_RESPONSE} once, when one is set. */
    private static final class ForgedTokenRoute implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token")
                    && FORGED_TOKEN_RESPONSE.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200,
                    FORGED_TOKEN_RESPONSE.getAndSet(null), null);
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClass(SsoFixtureServlet.class);
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new MockOAuth2Server(new ForgedTokenRoute());
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.getInteger("portal.it.sso.port", 18089));
        // The provider names itself after the Host it is called by: Payara calls it as 127.0.0.1, as configured.
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    private String fixture(String what) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        return http.send(HttpRequest.newBuilder(base.toURI().resolve("it/sso-fixture?what=" + what)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body().trim();
    }

    private static WebClient browser() {
        WebClient web = new WebClient();
        web.getOptions().setCssEnabled(false);
        web.getOptions().setJavaScriptEnabled(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return web;
    }

    private static DefaultOAuth2TokenCallback callback(List<String> audience, Map<String, Object> claims, long expiry) {
        return new DefaultOAuth2TokenCallback(ISSUER_ID, "enterprise-subject", "JWT", audience, claims, expiry);
    }

    private void assertNotSignedIn(WebClient web) throws Exception {
        Page after = web.getPage(base.toURI().resolve("enterprise/index.xhtml").toURL());
        assertTrue(after.getUrl().toString().contains("/login.xhtml"), "not signed in: " + after.getUrl());
    }

    @Test
    void theLoginPageOffersTheGovernmentSso() throws Exception {
        try (WebClient web = browser()) {
            HtmlPage login = web.getPage(base.toURI().resolve("login.xhtml").toURL());
            assertTrue(login.asNormalizedText().contains("企业用户登录（统一身份认证）"), login.asNormalizedText());
        }
    }

    @Test
    void anEnterpriseLogsInThroughTheProviderAndSeesItsServiceCentre() throws Exception {
        String creditCode = fixture("credit-code");
        assertEquals(18, creditCode.length(), creditCode);
        provider.enqueueCallback(callback(null, Map.of("credit_code", creditCode), 3600));
        try (WebClient web = browser()) {
            HtmlPage centre = web.getPage(base.toURI().resolve("sso/login").toURL());
            String text = centre.asNormalizedText();
            assertEquals(200, centre.getWebResponse().getStatusCode(), text);
            assertTrue(centre.getUrl().toString().endsWith("/enterprise/index.xhtml"), centre.getUrl().toString());
            assertTrue(text.contains("企业服务中心"), text);
            assertFalse(text.contains(creditCode), "the credit code is shown masked only");
            assertTrue(centre.getHtmlElementById("enterprise-name").asNormalizedText().length() > 3, text);
            assertTrue(text.contains("本企业参建项目") && text.contains("JD-"), "the enterprise's projects: " + text);
            // The session stays signed in on the next request (LoginStepsFilter accepts it).
            HtmlPage again = web.getPage(base.toURI().resolve("enterprise/index.xhtml").toURL());
            assertTrue(again.getUrl().toString().endsWith("/enterprise/index.xhtml"), again.getUrl().toString());
        }
        assertTrue(fixture("audit").lines().anyMatch(l -> l.startsWith("SUCCESS|qiye.demo|" + creditCode + "|")),
                fixture("audit"));
    }

    @Test
    void aVisitorSentToTheLoginByAProtectedPageComesBackToItAfterTheSso() throws Exception {
        provider.enqueueCallback(callback(null, Map.of("credit_code", fixture("credit-code")), 3600));
        try (WebClient web = browser()) {
            HtmlPage login = web.getPage(base.toURI().resolve("enterprise/index.xhtml").toURL());
            assertTrue(login.getUrl().toString().contains("/login.xhtml"), login.getUrl().toString());
            HtmlPage centre = login.getAnchorByText("企业用户登录（统一身份认证）").click();
            assertEquals(200, centre.getWebResponse().getStatusCode(), centre.asNormalizedText());
            assertTrue(centre.getUrl().toString().endsWith("/enterprise/index.xhtml"), centre.getUrl().toString());
            assertTrue(centre.asNormalizedText().contains("企业服务中心"), centre.asNormalizedText());
            HtmlPage again = web.getPage(base.toURI().resolve("enterprise/index.xhtml").toURL());
            assertTrue(again.asNormalizedText().contains("企业服务中心"), again.asNormalizedText());
        }
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        String creditCode = fixture("credit-code");
        // Signed with the provider's own key, right issuer and nonce, but meant for another client.
        refusedWhenTheTokenEndpointAnswers(nonce -> provider.getConfig().getTokenProvider().jwt(Map.of(
                "iss", System.getProperty("portal.it.sso.issuer"), "aud", "another-client", "sub", "enterprise-subject",
                "nonce", nonce, "credit_code", creditCode), Duration.ofMinutes(10), ISSUER_ID).serialize(), "wrong audience");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String creditCode = fixture("credit-code");
        provider.enqueueCallback(callback(null, Map.of("credit_code", creditCode), -3600));
        refusedThroughTheBrowser("expired");
    }

    private void refusedThroughTheBrowser(String why) throws Exception {
        try (WebClient web = browser()) {
            Page refused = web.getPage(base.toURI().resolve("sso/login").toURL());
            assertEquals(401, refused.getWebResponse().getStatusCode(), refused.getWebResponse().getContentAsString());
            assertTrue(refused.getWebResponse().getContentAsString().contains(UNTRUSTED));
            assertNotSignedIn(web);
        }
        assertTrue(fixture("audit").lines().anyMatch(l -> l.startsWith("FAILURE|") && l.contains(why)), fixture("audit"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String creditCode = fixture("credit-code");
        // The impostor knows everything but the provider's private key: same issuer, audience, nonce, key id.
        String kid = provider.issueToken(ISSUER_ID, "x").getHeader().getKeyID();
        RSAKey impostorKey = new RSAKeyGenerator(2048).keyID(kid).generate();
        refusedWhenTheTokenEndpointAnswers(nonce -> {
            Instant now = Instant.now();
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                    new JWTClaimsSet.Builder().issuer(System.getProperty("portal.it.sso.issuer")).audience(CLIENT_ID)
                            .subject("impostor").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                            .claim("nonce", nonce).claim("credit_code", creditCode).build());
            forged.sign(new RSASSASigner(impostorKey));
            return forged.serialize();
        }, "bad signature");
    }

    interface IdTokenFactory {
        String idToken(String nonce) throws Exception;
    }

    /**
     * Starts a real login (state, nonce and PKCE in a fresh session), then has the provider's token endpoint
     * answer the given ID token once, as a man in the middle or a confused provider would.
     */
    private void refusedWhenTheTokenEndpointAnswers(IdTokenFactory token, String auditedReason) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(base.toURI().resolve("sso/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, start.statusCode(), start.body());
        Map<String, String> query = query(start.headers().firstValue("Location").orElseThrow());
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(CLIENT_ID, query.get("client_id"));
        FORGED_TOKEN_RESPONSE.set("{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"expires_in\":600,\"id_token\":\""
                + token.idToken(query.get("nonce")) + "\"}");
        HttpResponse<String> callback = http.send(HttpRequest.newBuilder(base.toURI().resolve(
                "sso/callback?code=stolen&state=" + query.get("state"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        FORGED_TOKEN_RESPONSE.set(null);
        assertEquals(401, callback.statusCode(), callback.body());
        assertTrue(callback.body().contains(UNTRUSTED), callback.body());
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(base.toURI().resolve("enterprise/index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, after.statusCode(), "not signed in");
        assertTrue(fixture("audit").lines().anyMatch(l -> l.startsWith("FAILURE|") && l.contains(auditedReason)), fixture("audit"));
    }

    @Test
    void aCallbackWithoutTheSessionsStateIsRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("sso/callback?code=abc&state=guessed")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.body().contains(UNTRUSTED), r.body());
    }

    @Test
    void aCreditCodeWithoutEnterpriseAccountIsToldToContactTheStation() throws Exception {
        provider.enqueueCallback(callback(null, Map.of("credit_code", "91620100MA7XXXXX0Q"), 3600));
        try (WebClient web = browser()) {
            Page refused = web.getPage(base.toURI().resolve("sso/login").toURL());
            assertEquals(403, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getWebResponse().getContentAsString().contains("该统一社会信用代码尚未开通企业账号，请联系监督站"));
            assertNotSignedIn(web);
        }
        assertTrue(fixture("audit").lines().anyMatch(l -> l.startsWith("DENIED|") && l.contains("91620100MA7XXXXX0Q")), fixture("audit"));
    }

    private static Map<String, String> query(String location) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
