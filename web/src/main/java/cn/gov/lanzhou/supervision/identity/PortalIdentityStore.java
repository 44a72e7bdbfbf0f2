package cn.gov.lanzhou.supervision.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/** Checks staff passwords against the accounts table through {@link AccountStore}. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    /** Request attribute holding the {@link LoginResult} of this request's attempt. */
    public static final String RESULT_ATTRIBUTE = PortalIdentityStore.class.getName() + ".result";

    @EJB
    private AccountStore accounts;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        char[] password = credential.getPassword().getValue();
        LoginResult result = accounts.authenticate(credential.getCaller(), password, request.getRemoteAddr());
        credential.getPassword().clear();
        request.setAttribute(RESULT_ATTRIBUTE, result);
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
