package cn.gov.lanzhou.supervision.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps a half-signed-in session on its next {@link LoginSteps step}: after the password, a session
 * that still owes a second-factor code, a password change or a TOTP enrolment reaches only that
 * step's page, the login page, logout and page resources; anything else (staff pages, the API,
 * public pages) is redirected to the step. A signed-in session without steps recorded by the login
 * form is not trusted: it is logged out.
 */
@WebFilter(filterName = "LoginStepsFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LoginStepsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(LoginStepsFilter.class.getName());

    @EJB
    private AccountRevocations revocations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (principal == null || alwaysOpen(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Optional<LoginSteps> steps = LoginSteps.of(session);
        if (steps.isEmpty() || !steps.get().username().equals(principal.getName())) {
            LOG.warning(() -> "Signed-in request without login steps for " + principal.getName() + ": logged out");
            request.logout();
            if (session != null) {
                session.invalidate();
            }
            redirect(request, response, "/login.xhtml");
            return;
        }
        if (revocations.revoked(principal.getName(), steps.get().signedInAt())) {
            LOG.info(() -> "Session of " + principal.getName() + " ended: the account was changed by an administrator");
            request.logout();
            session.invalidate();
            redirect(request, response, "/login.xhtml?reason=changed");
            return;
        }
        Optional<LoginSteps.Step> next = steps.get().next();
        if (next.isEmpty() || next.get().page().equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        redirect(request, response, next.get().page());
    }

    private static boolean alwaysOpen(String path) {
        return path.equals("/logout") || path.equals("/login.xhtml") || path.startsWith("/jakarta.faces.resource/");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        String url = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A Faces ajax request cannot follow an HTTP redirect; it understands this instead.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", url);
    }
}
