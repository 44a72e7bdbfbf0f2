package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.password.PasswordHasher;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Local staff accounts: password check with PBKDF2-HMAC-SM3, lockout after repeated failures,
 * and an audit event for every attempt.
 */
@Stateless
public class AccountStore {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.identity.lockout.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.identity.lockout.minutes", defaultValue = "30")
    private int lockMinutes;

    public Optional<UserAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username.trim().toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    /** Checks a password; the char array is wiped afterwards. */
    public LoginResult authenticate(String username, char[] password, String sourceIp) {
        LocalDateTime now = LocalDateTime.now();
        Optional<UserAccount> found = byUsername(username);
        if (found.isEmpty() || found.get().getPasswordHash() == null || !found.get().isEnabled()) {
            HASHER.dummyVerify(password);
            audit.record(username, null, sourceIp, "LOGIN", "UserAccount", username, AuditOutcome.FAILURE,
                    found.isEmpty() ? "unknown account" : "account disabled or without password");
            return LoginResult.invalid();
        }
        UserAccount user = em.find(UserAccount.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (user.isLockedAt(now)) {
            HASHER.dummyVerify(password);
            audit.record(user.getUsername(), null, sourceIp, "LOGIN", "UserAccount", user.getUsername(),
                    AuditOutcome.DENIED, "account locked until " + user.getLockedUntil());
            return new LoginResult(LoginResult.Outcome.LOCKED, null, java.util.Set.of(), user.getLockedUntil(), false);
        }
        if (!HASHER.verify(password, user.getPasswordHash())) {
            user.recordFailedLogin(maxFailures, now.plusMinutes(lockMinutes));
            boolean lockedNow = user.isLockedAt(now);
            audit.record(user.getUsername(), null, sourceIp, lockedNow ? "LOCKOUT" : "LOGIN", "UserAccount",
                    user.getUsername(), AuditOutcome.FAILURE, "failed attempts: " + user.getFailedAttempts());
            return lockedNow
                    ? new LoginResult(LoginResult.Outcome.LOCKED, null, java.util.Set.of(), user.getLockedUntil(), false)
                    : LoginResult.invalid();
        }
        user.recordSuccessfulLogin();
        String roles = user.getRoles().stream().map(Enum::name).collect(Collectors.joining(","));
        audit.record(user.getUsername(), roles, sourceIp, "LOGIN", "UserAccount", user.getUsername(),
                AuditOutcome.SUCCESS, null);
        return new LoginResult(LoginResult.Outcome.SUCCESS, user.getUsername(),
                user.getRoles().stream().map(Enum::name).collect(Collectors.toSet()), null, user.isMustChangePassword());
    }

    public void recordLogout(String username, String sourceIp) {
        audit.record(username, null, sourceIp, "LOGOUT", "UserAccount", username, AuditOutcome.SUCCESS, null);
    }

    /** For account set-up: the stored form of a new password. */
    public static String hashPassword(char[] password) {
        return HASHER.hash(password);
    }
}
