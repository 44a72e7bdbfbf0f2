package cn.gov.lanzhou.supervision.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/**
 * 登录 — the staff login form. A right password signs the session in, but {@link LoginSteps} then
 * holds it on the steps still owed (second-factor code, password change, TOTP enrolment).
 */
@Named
@RequestScoped
public class LoginForm {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @NotBlank(message = "请输入用户名")
    @Size(max = 50, message = "用户名不能超过50个字符")
    private String username;

    @NotBlank(message = "请输入密码")
    @Size(max = 128, message = "密码不能超过128个字符")
    private String password;

    public void login() throws IOException, ServletException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        LoginResult result = (LoginResult) request.getAttribute(PortalIdentityStore.RESULT_ATTRIBUTE);
        boolean signedIn = result != null && result.succeeded();
        if (signedIn && (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE)) {
            if (status == AuthenticationStatus.SUCCESS) {
                request.changeSessionId();
            }
            LoginSteps steps = LoginSteps.after(result);
            request.getSession().setAttribute(LoginSteps.ATTRIBUTE, steps);
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                // The mechanism sends the browser back to the page that asked for the login;
                // LoginStepsFilter forwards it to the next step from there.
                faces.responseComplete();
            } else {
                ext.redirect(ext.getRequestContextPath() + steps.nextPage());
            }
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // Signed in without the portal's identity store saying so: not trusted.
                request.logout();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "用户名或密码错误", null));
            }
            default -> {
                String message = result == null ? "用户名或密码错误" : result.message();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
