package cn.gov.lanzhou.supervision.identity;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions signed in before an account was disabled, had its password reset or its roles changed
 * must not go on with the old rights: the administration services note the moment here, and the web
 * layer ends any session of that account signed in earlier, at its next request. Kept in memory:
 * sessions do not outlive the server either (one node; see README for clustering).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccountRevocations {

    private final Map<String, Instant> revokedAt = new ConcurrentHashMap<>();

    /** Ends, from now on, every session of {@code username} signed in before this moment. */
    public void revoke(String username) {
        revokedAt.put(username, Instant.now());
    }

    /** Whether a session of {@code username} signed in at {@code signedInAt} has been revoked since. */
    public boolean revoked(String username, Instant signedInAt) {
        Instant at = revokedAt.get(username);
        return at != null && !signedInAt.isAfter(at);
    }
}
