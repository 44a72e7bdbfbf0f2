package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The web-layer gate of the three administration consoles (三权分立): {@code /admin/system/*} for
 * 系统管理员, {@code /admin/security/*} for 安全管理员, {@code /admin/audit/*} for 审计管理员, nothing
 * else under {@code /admin/}. An anonymous visitor is sent to the login page (302), a session that
 * still owes a login step to that step, anybody else without the console's role gets 403 with the
 * Chinese error page, and the refusal is audited ({@code ACCESS_DENIED}).
 *
 * <p>The services behind the consoles check the same roles with {@code @RolesAllowed}; should a page
 * reach a service it may not call, the {@link EJBAccessException} becomes the same 403 here.
 * Declared with {@code @WebFilter} rather than in web.xml: the gate belongs to the consoles. Jakarta
 * Security restores the signed-in caller on every request, so {@link HttpServletRequest#getUserPrincipal()}
 * and {@link HttpServletRequest#isUserInRole(String)} answer here without a security constraint
 * ({@code AccessControlIT} checks it).
 */
@WebFilter(filterName = "AdminConsoleFilter", urlPatterns = "/admin/*", dispatcherTypes = DispatcherType.REQUEST)
public class AdminConsoleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Path prefix of each console and the one role that may use it. */
    static final Map<String, Role> CONSOLES = Map.of(
            "/admin/system/", Role.SYSTEM_ADMIN,
            "/admin/security/", Role.SECURITY_ADMIN,
            "/admin/audit/", Role.AUDIT_ADMIN);

    static final String ERROR_PAGE = "/WEB-INF/errors/403.xhtml";

    /** Request attribute telling the error page that a console refused the visit (and audited it). */
    static final String DENIED_ATTRIBUTE = "adminConsoleDenied";

    private static final Logger LOG = Logger.getLogger(AdminConsoleFilter.class.getName());

    @EJB
    private AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Principal principal = request.getUserPrincipal();
        Optional<LoginSteps> steps = LoginSteps.of(request.getSession(false));
        if (principal == null || steps.isEmpty() || !steps.get().username().equals(principal.getName())) {
            // Anonymous, or signed in some other way than the login form (LoginStepsFilter ends those).
            redirect(request, response, "/login.xhtml", HttpServletResponse.SC_FOUND);
            return;
        }
        if (!steps.get().complete()) {
            redirect(request, response, steps.get().nextPage(), HttpServletResponse.SC_SEE_OTHER);
            return;
        }
        Optional<Role> required = consoleRole(path);
        if (required.isEmpty() || !request.isUserInRole(required.get().name())) {
            deny(request, response, path, required.map(r -> "requires " + r.name()).orElse("no such console"));
            return;
        }
        // Console pages show account and audit data: never from a shared cache or the back button of another user.
        response.setHeader("Cache-Control", "no-store");
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByAccessDenial(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            deny(request, response, path, "service refused the call (EJBAccessException)");
        }
    }

    static Optional<Role> consoleRole(String path) {
        return CONSOLES.entrySet().stream().filter(c -> path.startsWith(c.getKey())).map(Map.Entry::getValue).findFirst();
    }

    private static boolean causedByAccessDenial(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return true;
            }
        }
        return false;
    }

    private void deny(HttpServletRequest request, HttpServletResponse response, String path, String why)
            throws IOException, ServletException {
        String username = request.getUserPrincipal().getName();
        String roles = Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.name())).map(Enum::name)
                .collect(Collectors.joining(","));
        LOG.info(() -> "Administration console refused to " + username + ": " + path);
        audit.record(username, null, request.getRemoteAddr(), "ACCESS_DENIED", "URL",
                path.length() <= 64 ? path : path.substring(0, 64), AuditOutcome.DENIED,
                why + "; caller roles " + (roles.isEmpty() ? "-" : roles));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        if ("GET".equals(request.getMethod()) && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            request.setAttribute(DENIED_ATTRIBUTE, Boolean.TRUE);
            request.getRequestDispatcher(ERROR_PAGE).forward(request, response);
            return;
        }
        // A form post or ajax request of another view cannot be answered with a Faces page of its own.
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("403 无权访问：该功能仅限相应的管理员使用。");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page, int status)
            throws IOException {
        String url = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
            return;
        }
        response.setStatus(status);
        response.setHeader("Location", url);
    }
}
