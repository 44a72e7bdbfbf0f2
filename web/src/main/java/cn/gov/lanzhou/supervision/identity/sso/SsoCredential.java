package cn.gov.lanzhou.supervision.identity.sso;

import jakarta.security.enterprise.credential.Credential;

/**
 * A caller the SSO callback has just verified, carrying the one-time ticket the callback created for it.
 * Only {@link SsoIdentityStore} validates it, and only with a live ticket from {@link SsoTickets}: a
 * credential built anywhere else (there is no form for it) is refused.
 */
public final class SsoCredential implements Credential {

    private final String ticket;

    public SsoCredential(String ticket) {
        this.ticket = ticket;
    }

    public String ticket() {
        return ticket;
    }
}
