package cn.gov.lanzhou.supervision.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in with a form on {@code /login.xhtml}; protected pages send anonymous visitors
 * there and back. Roles are the names of {@link Role}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ENTERPRISE", "SUPERVISOR", "EDITOR", "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER",
        "LEADER", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
