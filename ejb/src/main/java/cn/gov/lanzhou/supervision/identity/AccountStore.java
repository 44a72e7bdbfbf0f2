package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.password.PasswordHasher;
import cn.gov.lanzhou.supervision.gm.password.PasswordPolicy;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Local staff accounts: password check with PBKDF2-HMAC-SM3, lockout after repeated failures, the
 * password policy (composition, expiry, no reuse of the latest passwords) and an audit event for
 * every attempt.
 */
@Stateless
public class AccountStore {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private IdentitySettings settings;

    @EJB
    private LoginThrottle throttle;

    public Optional<UserAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", normalise(username)).getResultStream().findFirst();
    }

    /**
     * Checks a password; the char array is wiped afterwards. A success also says what the session
     * still has to do: enter a second-factor code, change the password, enrol an authenticator.
     */
    public LoginResult authenticate(String username, char[] password, String sourceIp) {
        // Per source address first, before the account is even looked up: the answer and its
        // timing are the same whether the account exists or not.
        Optional<Duration> wait = throttle.refusal(sourceIp);
        if (wait.isPresent()) {
            HASHER.dummyVerify(password);
            long minutes = LoginThrottle.minutes(wait.get());
            audit.record(username, null, sourceIp, "LOGIN_THROTTLED", "UserAccount", username, AuditOutcome.DENIED,
                    "too many failed logins from this address, refused for " + minutes + " min");
            return LoginResult.throttled(LocalDateTime.now().plus(wait.get()));
        }
        LoginResult result = checkPassword(username, password, sourceIp);
        if (!result.succeeded()) {
            throttle.recordFailure(sourceIp);
        }
        return result;
    }

    private LoginResult checkPassword(String username, char[] password, String sourceIp) {
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
            return LoginResult.locked(user.getLockedUntil());
        }
        if (!HASHER.verify(password, user.getPasswordHash())) {
            return failedAttempt(user, now, sourceIp, "LOGIN", "wrong password")
                    .map(LoginResult::locked).orElseGet(LoginResult::invalid);
        }
        PasswordPolicy policy = settings.passwordPolicy();
        LoginResult.PasswordChange change = user.isMustChangePassword() && policy.changeInitial()
                ? LoginResult.PasswordChange.INITIAL
                : policy.isExpired(user.getPasswordChangedAt(), now) ? LoginResult.PasswordChange.EXPIRED
                : LoginResult.PasswordChange.NONE;
        LoginResult.SecondFactor second = user.isTotpEnrolled() ? LoginResult.SecondFactor.CODE_REQUIRED
                : requiresSecondFactor(user) ? LoginResult.SecondFactor.ENROLMENT_REQUIRED
                : LoginResult.SecondFactor.NOT_REQUIRED;
        if (second != LoginResult.SecondFactor.CODE_REQUIRED) {
            // With a code still to come, earlier failures keep counting: a password alone must not
            // reset the counter, or codes could be guessed without end by logging in again.
            user.recordSuccessfulLogin();
        }
        String roles = user.getRoles().stream().map(Enum::name).collect(Collectors.joining(","));
        audit.record(user.getUsername(), roles, sourceIp, "LOGIN", "UserAccount", user.getUsername(),
                AuditOutcome.SUCCESS, second == LoginResult.SecondFactor.CODE_REQUIRED
                        ? "password verified, second factor pending" : null);
        return new LoginResult(LoginResult.Outcome.SUCCESS, user.getUsername(),
                user.getRoles().stream().map(Enum::name).collect(Collectors.toSet()), null, change, second);
    }

    /**
     * Changes a password when the current one is right and the new one meets the policy and is none
     * of the latest {@link PasswordPolicy#historySize()} passwords. A wrong current password counts
     * as a failed login (lockout). Both arrays are wiped. Audited as {@code PASSWORD_CHANGE}.
     */
    public PasswordChangeResult changePassword(String username, char[] current, char[] proposed, String sourceIp) {
        try {
            LocalDateTime now = LocalDateTime.now();
            Optional<UserAccount> found = byUsername(username);
            if (found.isEmpty() || found.get().getPasswordHash() == null || !found.get().isEnabled()) {
                HASHER.dummyVerify(current.clone());
                audit.record(username, null, sourceIp, "PASSWORD_CHANGE", "UserAccount", username,
                        AuditOutcome.FAILURE, "unknown, disabled or password-less account");
                return PasswordChangeResult.refused("当前密码错误");
            }
            UserAccount user = em.find(UserAccount.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
            if (user.isLockedAt(now)) {
                audit.record(user.getUsername(), null, sourceIp, "PASSWORD_CHANGE", "UserAccount", user.getUsername(),
                        AuditOutcome.DENIED, "account locked until " + user.getLockedUntil());
                return PasswordChangeResult.refused(LoginResult.lockedMessage(user.getLockedUntil()));
            }
            if (!HASHER.verify(current.clone(), user.getPasswordHash())) {
                Optional<LocalDateTime> locked = failedAttempt(user, now, sourceIp, "PASSWORD_CHANGE", "wrong current password");
                return PasswordChangeResult.refused(locked.map(LoginResult::lockedMessage).orElse("当前密码错误"));
            }
            PasswordPolicy policy = settings.passwordPolicy();
            List<String> problems = policy.violations(proposed, user.getUsername());
            if (problems.isEmpty()) {
                problems = reuseProblems(user, proposed, policy);
            }
            if (!problems.isEmpty()) {
                audit.record(user.getUsername(), null, sourceIp, "PASSWORD_CHANGE", "UserAccount", user.getUsername(),
                        AuditOutcome.FAILURE, "refused: " + String.join("；", problems));
                return PasswordChangeResult.refused(problems);
            }
            String hash = HASHER.hash(proposed.clone());
            user.changePassword(hash, now);
            remember(user, hash, now, policy);
            audit.record(user.getUsername(), null, sourceIp, "PASSWORD_CHANGE", "UserAccount", user.getUsername(),
                    AuditOutcome.SUCCESS, null);
            return PasswordChangeResult.done();
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(proposed, '\0');
        }
    }

    /**
     * Creates a staff account with an initial password, which must meet the policy and must be
     * changed at the first login. The caller decides who may create accounts (系统管理员, or the
     * installation itself); {@code actor} names them in the audit trail. The array is wiped.
     *
     * @throws BusinessRuleException if the user name is taken or the password breaks the policy
     */
    public UserAccount createAccount(String username, String displayName, Role role, char[] initialPassword,
                                     String actor, String sourceIp) {
        try {
            String name = normalise(username);
            if (byUsername(name).isPresent()) {
                throw new BusinessRuleException("USERNAME_TAKEN", "用户名 " + name + " 已存在");
            }
            PasswordPolicy policy = settings.passwordPolicy();
            List<String> problems = policy.violations(initialPassword, name);
            if (!problems.isEmpty()) {
                throw new BusinessRuleException("PASSWORD_POLICY", String.join("；", problems));
            }
            LocalDateTime now = LocalDateTime.now();
            UserAccount user = new UserAccount(name, displayName);
            user.grant(role);
            String hash = HASHER.hash(initialPassword.clone());
            user.setPasswordHash(hash, true, now);
            em.persist(user);
            remember(user, hash, now, policy);
            audit.record(actor, null, sourceIp, "ACCOUNT_CREATE", "UserAccount", name, AuditOutcome.SUCCESS,
                    "role " + role.name() + ", initial password");
            return user;
        } finally {
            Arrays.fill(initialPassword, '\0');
        }
    }

    /** The password policy in force, for forms that explain it. */
    public PasswordPolicy passwordPolicy() {
        return settings.passwordPolicy();
    }

    /** Whether one of the account's roles requires a second factor (portal.identity.totp.required-roles). */
    public boolean requiresSecondFactor(UserAccount user) {
        Set<Role> required = settings.totpRequiredRoles();
        return user.getRoles().stream().anyMatch(required::contains);
    }

    public void recordLogout(String username, String sourceIp) {
        audit.record(username, null, sourceIp, "LOGOUT", "UserAccount", username, AuditOutcome.SUCCESS, null);
    }

    /** For account set-up: the stored form of a new password. */
    public static String hashPassword(char[] password) {
        return HASHER.hash(password);
    }

    /**
     * Counts a failed attempt (password or second-factor code) towards the lockout and audits it.
     *
     * @return the lock's end when this attempt locked the account
     */
    private Optional<LocalDateTime> failedAttempt(UserAccount user, LocalDateTime now, String sourceIp, String eventType,
                                          String why) {
        user.recordFailedLogin(settings.lockoutMaxFailures(), java.time.Duration.ofMinutes(settings.lockoutWindowMinutes()), now,
                now.plusMinutes(settings.lockoutMinutes()));
        boolean lockedNow = user.isLockedAt(now);
        audit.record(user.getUsername(), null, sourceIp, lockedNow ? "LOCKOUT" : eventType, "UserAccount",
                user.getUsername(), AuditOutcome.FAILURE, why + ", failed attempts: " + user.getFailedAttempts());
        return lockedNow ? Optional.of(user.getLockedUntil()) : Optional.empty();
    }

    private List<String> reuseProblems(UserAccount user, char[] proposed, PasswordPolicy policy) {
        if (HASHER.verify(proposed.clone(), user.getPasswordHash())) {
            return List.of("新密码不能与当前密码相同");
        }
        if (policy.historySize() == 0) {
            return List.of();
        }
        // The history holds the current password too, so the latest N entries are the last N passwords.
        List<String> latest = em.createQuery("select h.passwordHash from PasswordHistoryEntry h "
                        + "where h.account = :u order by h.changedAt desc, h.id desc", String.class)
                .setParameter("u", user).setMaxResults(policy.historySize()).getResultList();
        for (String old : latest) {
            if (!old.equals(user.getPasswordHash()) && HASHER.verify(proposed.clone(), old)) {
                return List.of(policy.reuseMessage());
            }
        }
        return List.of();
    }

    /** Records a new password in the history and forgets those older than the policy needs. */
    private void remember(UserAccount user, String hash, LocalDateTime at, PasswordPolicy policy) {
        em.persist(new PasswordHistoryEntry(user, hash, at));
        List<PasswordHistoryEntry> all = em.createQuery("select h from PasswordHistoryEntry h where h.account = :u "
                        + "order by h.changedAt desc, h.id desc", PasswordHistoryEntry.class)
                .setParameter("u", user).getResultList();
        int keep = Math.max(policy.historySize(), 1);
        all.stream().skip(keep).forEach(em::remove);
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
