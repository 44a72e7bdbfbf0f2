package cn.gov.lanzhou.supervision.gm;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle JCE provider that every class of this module passes explicitly to
 * {@code getInstance(..., provider)}.
 *
 * <p>If the runtime already registered BouncyCastle under its name {@code "BC"}, that instance is
 * reused; otherwise one instance is created and kept here, <em>without</em> adding it to the global
 * {@link Security} list. The application server's provider list is thus never changed by this module,
 * and never twice.
 */
public final class GmProvider {

    private static final Provider PROVIDER = resolve();

    private GmProvider() {
    }

    /** @return the shared BouncyCastle provider instance */
    public static Provider get() {
        return PROVIDER;
    }

    private static Provider resolve() {
        Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        return registered != null ? registered : new BouncyCastleProvider();
    }
}
