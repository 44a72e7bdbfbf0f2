package cn.gov.lanzhou.supervision.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * 动态口令验证 — the second login step of an account with a bound authenticator: the six-digit code
 * the app shows now. A wrong code counts as a failed login; at the lockout the session ends.
 */
@Named
@RequestScoped
public class VerifyCodeForm {

    @Inject
    private FacesContext faces;

    @EJB
    private SecondFactor secondFactor;

    private String code;

    public void verify() throws IOException, ServletException {
        String username = StaffSession.username(faces);
        SecondFactor.Verification outcome = secondFactor.verify(username, code, StaffSession.sourceIp(faces));
        code = null;
        switch (outcome) {
            case ACCEPTED -> {
                // Now fully signed in: a new session id, as after any change of privilege.
                StaffSession.request(faces).changeSessionId();
                StaffSession.completeAndContinue(faces, LoginSteps.Step.VERIFY_CODE);
            }
            case REJECTED -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "动态口令错误，请输入认证器应用当前显示的6位数字", null));
            case LOCKED -> {
                ExternalContext ext = faces.getExternalContext();
                HttpServletRequest request = StaffSession.request(faces);
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                ext.redirect(ext.getRequestContextPath() + "/login.xhtml?reason=locked");
            }
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
