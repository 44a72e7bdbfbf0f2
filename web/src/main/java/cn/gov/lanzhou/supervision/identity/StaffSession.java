package cn.gov.lanzhou.supervision.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The signed-in staff member of the current Faces request and the login steps their session owes. */
public final class StaffSession {

    private StaffSession() {
    }

    static HttpServletRequest request(FacesContext faces) {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    /** The caller's user name; {@link LoginStepsFilter} only lets signed-in sessions reach these pages. */
    static String username(FacesContext faces) {
        return request(faces).getUserPrincipal().getName();
    }

    public static String sourceIp(FacesContext faces) {
        return request(faces).getRemoteAddr();
    }

    static Optional<LoginSteps> steps(FacesContext faces) {
        return LoginSteps.of(request(faces).getSession(false));
    }

    /** Marks a step done and redirects to the next step's page, or the workbench. */
    static void completeAndContinue(FacesContext faces, LoginSteps.Step step) throws java.io.IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = request(faces);
        LoginSteps steps = LoginSteps.of(request.getSession(false)).orElseThrow().done(step);
        request.getSession().setAttribute(LoginSteps.ATTRIBUTE, steps);
        ext.getFlash().setKeepMessages(true);
        ext.redirect(ext.getRequestContextPath() + steps.nextPage());
    }
}
