package cn.gov.lanzhou.supervision.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * 绑定动态口令 — binds a TOTP authenticator app to the account: shows a fresh secret (the
 * {@code otpauth://} URI and the key for typing by hand) and binds it once the person types a first
 * code from the app. Required for the roles in {@code portal.identity.totp.required-roles}, offered to
 * everyone else. The secret offered lives in this view's server-side state until it is confirmed.
 */
@Named
@ViewScoped
public class TotpEnrolmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecondFactor secondFactor;

    private boolean enrolled;
    private SecondFactor.Enrolment offered;
    private String code;

    @PostConstruct
    void start() {
        String username = StaffSession.username(FacesContext.getCurrentInstance());
        enrolled = secondFactor.isEnrolled(username);
        if (!enrolled) {
            offered = secondFactor.offer(username);
        }
    }

    public void confirm() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (enrolled || offered == null) {
            return;
        }
        boolean bound = secondFactor.confirm(StaffSession.username(faces), offered, code, StaffSession.sourceIp(faces));
        code = null;
        if (!bound) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "验证码不正确：请确认手机时间准确，并输入认证器应用当前显示的6位数字", null));
            return;
        }
        enrolled = true;
        offered = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "动态口令已绑定，今后登录时须输入动态口令", null));
        StaffSession.completeAndContinue(faces, LoginSteps.Step.ENROL_TOTP);
    }

    /** Whether this page is a login step the person cannot skip. */
    public boolean isRequired() {
        return StaffSession.steps(FacesContext.getCurrentInstance())
                .map(s -> s.isPending(LoginSteps.Step.ENROL_TOTP)).orElse(false);
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public String getUri() {
        return offered == null ? null : offered.uri();
    }

    public String getSecret() {
        return offered == null ? null : offered.groupedSecret();
    }

    public String getIssuer() {
        return SecondFactor.ISSUER;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
