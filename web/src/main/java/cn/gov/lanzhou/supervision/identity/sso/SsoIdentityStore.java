package cn.gov.lanzhou.supervision.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Validates {@link SsoCredential}s only (the default {@code validate(Credential)} dispatches by type;
 * passwords stay with {@code PortalIdentityStore}): the ticket must be one {@link SsoTickets} issued
 * moments ago and not used yet.
 */
@ApplicationScoped
public class SsoIdentityStore implements IdentityStore {

    /** Request attribute naming the caller this store accepted in this request. */
    static final String VALIDATED_ATTRIBUTE = SsoIdentityStore.class.getName() + ".validated";

    @Inject
    private SsoTickets tickets;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(SsoCredential credential) {
        return tickets.redeem(credential.ticket())
                .map(t -> {
                    request.setAttribute(VALIDATED_ATTRIBUTE, t.username());
                    return new CredentialValidationResult(t.username(), t.roles());
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
