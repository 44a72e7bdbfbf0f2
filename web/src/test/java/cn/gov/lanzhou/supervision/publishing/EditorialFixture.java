package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.identity.AccountStore;
import cn.gov.lanzhou.supervision.identity.Role;
import cn.gov.lanzhou.supervision.identity.UserAccount;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDateTime;

/**
 * Test only (EditorialIT's deployment, never in portal.war): a staff account that is both 信息编辑
 * and 初审员, as a small station might configure one, to show that such a person still cannot
 * review their own article. {@code GET /it/editorial-fixture?user=…} creates it (password Demo@2026).
 */
@WebServlet("/it/editorial-fixture")
public class EditorialFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        accounts.editorWhoAlsoReviews(req.getParameter("user"));
        resp.setContentType("text/plain");
        resp.getWriter().write("OK");
    }

    /** Writes the account straight into the table (no console, no one-time password). */
    @Stateless
    public static class Accounts {

        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        public void editorWhoAlsoReviews(String username) {
            UserAccount u = new UserAccount(username, "编辑兼初审");
            u.grant(Role.EDITOR);
            u.grant(Role.FIRST_REVIEWER);
            u.setPasswordHash(AccountStore.hashPassword("Demo@2026".toCharArray()), false, LocalDateTime.now());
            em.persist(u);
        }
    }
}
