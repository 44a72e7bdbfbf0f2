package cn.gov.lanzhou.supervision.identity.sso;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 企业用户登录（统一身份认证） — starts the OpenID Connect authorization-code flow: state, nonce and a PKCE
 * (S256) verifier go into the session, the browser to the provider's authorization endpoint. 404 when
 * {@code portal.sso.issuer} is not configured.
 */
@WebServlet("/sso/login")
public class SsoLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoLoginServlet.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Session attribute of the pending login. */
    static final String PENDING = SsoLoginServlet.class.getName() + ".pending";

    /** What the callback must find: the state, nonce and PKCE verifier of this login. */
    record Pending(String state, String nonce, String codeVerifier, long startedAt) implements Serializable {
    }

    @Inject
    private OidcProvider provider;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<SsoSettings> settings = SsoSettings.current();
        if (settings.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonObject discovery;
        try {
            discovery = provider.discovery(settings.get());
            provider.jwks(settings.get(), false);
        } catch (SsoException e) {
            LOG.log(Level.WARNING, "SSO provider not available: {0}", e.getMessage());
            SsoCallbackServlet.refuse(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "统一身份认证服务暂时无法访问，请稍后再试。");
            return;
        }
        Pending pending = new Pending(random(), random(), random() + random(), System.currentTimeMillis());
        HttpSession session = req.getSession(true);
        session.setAttribute(PENDING, pending);
        String url = discovery.getString("authorization_endpoint")
                + (discovery.getString("authorization_endpoint").contains("?") ? "&" : "?")
                + "response_type=code"
                + "&client_id=" + OidcProvider.enc(settings.get().clientId())
                + "&redirect_uri=" + OidcProvider.enc(SsoCallbackServlet.redirectUri(req))
                + "&scope=" + OidcProvider.enc(settings.get().scope())
                + "&state=" + pending.state()
                + "&nonce=" + pending.nonce()
                + "&code_challenge=" + challenge(pending.codeVerifier())
                + "&code_challenge_method=S256";
        resp.setHeader("Cache-Control", "no-store");
        resp.sendRedirect(url);
    }

    private static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
