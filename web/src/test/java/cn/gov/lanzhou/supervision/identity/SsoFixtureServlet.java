package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Test-only (added to the WAR by {@link EnterpriseSsoIT}): {@code ?what=credit-code} answers the credit code of
 * the enterprise linked to {@code qiye.demo}; {@code ?what=audit} the {@code SSO_LOGIN} audit events, one a line
 * ({@code outcome|username|objectId|detail}).
 */
@WebServlet("/it/sso-fixture")
public class SsoFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        StringBuilder out = new StringBuilder();
        if ("credit-code".equals(req.getParameter("what"))) {
            out.append(em.createQuery("select e.creditCode from UserAccount u join u.enterprise e where u.username = 'qiye.demo'",
                    String.class).getSingleResult());
        } else {
            for (AuditEvent e : em.createQuery("select e from AuditEvent e where e.eventType = 'SSO_LOGIN' order by e.id",
                    AuditEvent.class).getResultList()) {
                out.append(e.getOutcome()).append('|').append(e.getUsername()).append('|').append(e.getObjectId())
                        .append('|').append(e.getDetail()).append('\n');
            }
        }
        resp.getWriter().write(out.toString());
    }
}
