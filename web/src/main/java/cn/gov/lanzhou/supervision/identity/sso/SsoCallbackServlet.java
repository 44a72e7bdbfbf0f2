package cn.gov.lanzhou.supervision.identity.sso;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.identity.EnterpriseAccounts;
import cn.gov.lanzhou.supervision.identity.LoginSteps;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The provider's answer: state, code exchange, ID token verification ({@link IdTokenVerifier}), the enterprise
 * account of the credit-code claim, then the sign-in through Jakarta Security with a one-time
 * {@link SsoCredential}. Every outcome is audited as {@code SSO_LOGIN}; whatever goes wrong answers a Chinese
 * page (401 for an untrusted answer, 403 for a credit code without an enterprise account), never a 500.
 */
@WebServlet("/sso/callback")
public class SsoCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoCallbackServlet.class.getName());

    static final String LANDING_PAGE = "/enterprise/index.xhtml";
    static final String UNTRUSTED = "统一身份认证校验失败，请重新登录";
    static final String NO_ACCOUNT = "该统一社会信用代码尚未开通企业账号，请联系监督站";
    static final String EVENT = "SSO_LOGIN";

    @Inject
    private OidcProvider provider;

    @Inject
    private SsoTickets tickets;

    @Inject
    private SecurityContext securityContext;

    @EJB
    private EnterpriseAccounts accounts;

    @EJB
    private AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Optional<SsoSettings> configured = SsoSettings.current();
        if (configured.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SsoSettings settings = configured.get();
        resp.setHeader("Cache-Control", "no-store");
        HttpSession session = req.getSession(false);
        SsoLoginServlet.Pending pending = session == null ? null
                : (SsoLoginServlet.Pending) session.getAttribute(SsoLoginServlet.PENDING);
        if (session != null) {
            session.removeAttribute(SsoLoginServlet.PENDING);
        }
        String creditCode = null;
        try {
            if (pending == null || System.currentTimeMillis() - pending.startedAt() > 10 * 60_000L) {
                throw new SsoException("no SSO login pending in this session");
            }
            String state = req.getParameter("state");
            if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                    pending.state().getBytes(StandardCharsets.UTF_8))) {
                throw new SsoException("state mismatch");
            }
            if (req.getParameter("error") != null) {
                throw new SsoException("provider returned error " + limit(req.getParameter("error")));
            }
            String code = req.getParameter("code");
            if (code == null || code.isBlank()) {
                throw new SsoException("no authorization code");
            }
            JsonObject tokens = provider.exchange(settings, code, redirectUri(req), pending.codeVerifier());
            JsonObject claims = new IdTokenVerifier(settings.issuer(), settings.clientId())
                    .verify(tokens.getString("id_token", null), pending.nonce(),
                            refresh -> provider.jwks(settings, refresh), Instant.now());
            if (!(claims.get(settings.creditCodeClaim()) instanceof JsonString cc) || cc.getString().isBlank()) {
                throw new SsoException("no " + settings.creditCodeClaim() + " claim (subject " + limit(claims.getString("sub", "?")) + ")");
            }
            String raw = cc.getString().trim();
            creditCode = raw.length() <= 64 ? raw : raw.substring(0, 64);
        } catch (SsoException | RuntimeException e) {
            LOG.log(Level.WARNING, "SSO login refused: {0}", e.toString());
            audit.record(null, null, req.getRemoteAddr(), EVENT, "Enterprise", null, AuditOutcome.FAILURE,
                    limit("untrusted answer: " + e.getMessage()));
            refuse(req, resp, HttpServletResponse.SC_UNAUTHORIZED, UNTRUSTED);
            return;
        }
        Optional<EnterpriseAccounts.EnterpriseLogin> account = accounts.byCreditCode(creditCode);
        if (account.isEmpty() || !account.get().allowed()) {
            String why = account.isEmpty() ? "no enterprise account for this credit code"
                    : account.get().refusal() + " (" + account.get().username() + ")";
            audit.record(account.map(EnterpriseAccounts.EnterpriseLogin::username).orElse(null), null,
                    req.getRemoteAddr(), EVENT, "Enterprise", creditCode, AuditOutcome.DENIED, why);
            refuse(req, resp, HttpServletResponse.SC_FORBIDDEN, NO_ACCOUNT);
            return;
        }
        EnterpriseAccounts.EnterpriseLogin login = account.get();
        String ticket = tickets.issue(login.username(), login.roles());
        AuthenticationStatus status = securityContext.authenticate(req, resp,
                AuthenticationParameters.withParams().credential(new SsoCredential(ticket)).newAuthentication(true));
        // SEND_CONTINUE: the mechanism sends the browser back to the protected page that asked for the login.
        boolean accepted = login.username().equals(req.getAttribute(SsoIdentityStore.VALIDATED_ATTRIBUTE))
                && (status == AuthenticationStatus.SUCCESS && req.getUserPrincipal() != null
                        && login.username().equals(req.getUserPrincipal().getName())
                    || status == AuthenticationStatus.SEND_CONTINUE);
        if (!accepted) {
            LOG.warning(() -> "SSO sign-in not accepted by the container: " + status);
            audit.record(login.username(), null, req.getRemoteAddr(), EVENT, "Enterprise", creditCode,
                    AuditOutcome.FAILURE, "container refused the sign-in: " + status);
            if (!resp.isCommitted()) {
                resp.reset();
                refuse(req, resp, HttpServletResponse.SC_UNAUTHORIZED, UNTRUSTED);
            }
            return;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            req.changeSessionId();
        }
        req.getSession().setAttribute(LoginSteps.ATTRIBUTE, LoginSteps.completed(login.username()));
        audit.record(login.username(), String.join(",", login.roles()), req.getRemoteAddr(), EVENT, "Enterprise",
                creditCode, AuditOutcome.SUCCESS, "OpenID Connect " + settings.issuer());
        if (status == AuthenticationStatus.SUCCESS && !resp.isCommitted()) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + LANDING_PAGE);
        }
    }

    /** The callback URL the provider knows, built from the request (behind a proxy: set the listener's scheme mapping). */
    static String redirectUri(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + req.getServerName() + (defaultPort ? "" : ":" + port) + req.getContextPath() + "/sso/callback";
    }

    static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        String ctx = escape(req.getContextPath());
        resp.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
                + escape(message) + " - 兰州市建设工程安全质量监督站</title></head><body><header><p>兰州市建设工程安全质量监督站</p></header>"
                + "<main><h1 id=\"sso-refused\">" + escape(message) + "</h1>"
                + "<p><a href=\"" + ctx + "/sso/login\">重新登录</a> · <a href=\"" + ctx + "/\">返回首页</a></p></main></body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String limit(String s) {
        return s == null ? null : s.length() <= 200 ? s : s.substring(0, 200);
    }
}
