package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.otp.Base32;
import cn.gov.lanzhou.supervision.gm.otp.Totp;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * 动态口令 — the second login factor: TOTP (RFC 6238, what authenticator apps do) enrolment and
 * verification. The secret is stored SM4-GCM encrypted ({@code EncryptedColumns.TotpSeed}); a code
 * is accepted once; wrong codes count towards the same lockout as wrong passwords. Every attempt is
 * audited ({@code TOTP_ENROL}, {@code TOTP_VERIFY}).
 */
@Stateless
public class SecondFactor {

    /** Issuer shown by authenticator apps next to the account name. */
    public static final String ISSUER = "兰州市建设工程安全质量监督站";

    private static final Totp TOTP = Totp.standard();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private AccountStore accounts;

    @Inject
    private IdentitySettings settings;

    /** A secret offered for enrolment, not stored until a first code confirms it. */
    public record Enrolment(String secret, String uri) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The secret in groups of four, for typing into an app by hand. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?=.)", "$1 ");
        }
    }

    /** The outcome of a code typed at login. */
    public enum Verification { ACCEPTED, REJECTED, LOCKED }

    /** Offers a fresh secret to an account without one. */
    public Enrolment offer(String username) {
        UserAccount user = accounts.byUsername(username)
                .orElseThrow(() -> new BusinessRuleException("UNKNOWN_ACCOUNT", "账号不存在"));
        if (user.isTotpEnrolled()) {
            throw new BusinessRuleException("TOTP_ALREADY_ENROLLED", "该账号已绑定动态口令");
        }
        byte[] secret = Totp.newSecret(RANDOM);
        return new Enrolment(Base32.encodeWithoutPadding(secret), TOTP.uri(ISSUER, user.getUsername(), secret));
    }

    /**
     * Binds the offered secret when {@code code} is a current code for it.
     *
     * @return whether the code was right and the authenticator is now bound
     */
    public boolean confirm(String username, Enrolment offered, String code, String sourceIp) {
        Objects.requireNonNull(offered, "Enrolment is required.");
        UserAccount user = lockedAccount(username);
        if (user.isTotpEnrolled()) {
            throw new BusinessRuleException("TOTP_ALREADY_ENROLLED", "该账号已绑定动态口令");
        }
        OptionalLong step = TOTP.verify(Base32.decode(offered.secret()), code, Instant.now(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            audit.record(user.getUsername(), null, sourceIp, "TOTP_ENROL", "UserAccount", user.getUsername(),
                    AuditOutcome.FAILURE, "wrong confirmation code");
            return false;
        }
        user.enrolTotp(offered.secret(), step.getAsLong(), LocalDateTime.now());
        audit.record(user.getUsername(), null, sourceIp, "TOTP_ENROL", "UserAccount", user.getUsername(),
                AuditOutcome.SUCCESS, null);
        return true;
    }

    /**
     * Checks the code typed at login. A right code resets the failed-attempt counter; a wrong one
     * counts towards the lockout like a wrong password.
     */
    public Verification verify(String username, String code, String sourceIp) {
        LocalDateTime now = LocalDateTime.now();
        UserAccount user = lockedAccount(username);
        if (user.isLockedAt(now)) {
            audit.record(user.getUsername(), null, sourceIp, "TOTP_VERIFY", "UserAccount", user.getUsername(),
                    AuditOutcome.DENIED, "account locked until " + user.getLockedUntil());
            return Verification.LOCKED;
        }
        OptionalLong step = user.getTotpSeed()
                .map(seed -> TOTP.verify(Base32.decode(seed), code, Instant.now(), user.getTotpLastStep()))
                .orElse(OptionalLong.empty());
        if (step.isPresent() && user.useTotpStep(step.getAsLong())) {
            user.recordSuccessfulLogin();
            audit.record(user.getUsername(), null, sourceIp, "TOTP_VERIFY", "UserAccount", user.getUsername(),
                    AuditOutcome.SUCCESS, null);
            return Verification.ACCEPTED;
        }
        user.recordFailedLogin(settings.lockoutMaxFailures(), java.time.Duration.ofMinutes(settings.lockoutWindowMinutes()), now,
                now.plusMinutes(settings.lockoutMinutes()));
        boolean lockedNow = user.isLockedAt(now);
        audit.record(user.getUsername(), null, sourceIp, lockedNow ? "LOCKOUT" : "TOTP_VERIFY", "UserAccount",
                user.getUsername(), AuditOutcome.FAILURE,
                (user.isTotpEnrolled() ? "wrong or reused code" : "no authenticator enrolled")
                        + ", failed attempts: " + user.getFailedAttempts());
        return lockedNow ? Verification.LOCKED : Verification.REJECTED;
    }

    /** Whether an account has a bound authenticator. */
    public boolean isEnrolled(String username) {
        return accounts.byUsername(username).map(UserAccount::isTotpEnrolled).orElse(false);
    }

    /** When the account's lock ends, for the message shown after a lockout. */
    public LocalDateTime lockedUntil(String username) {
        return accounts.byUsername(username).map(UserAccount::getLockedUntil).orElse(null);
    }

    private UserAccount lockedAccount(String username) {
        UserAccount found = accounts.byUsername(username)
                .orElseThrow(() -> new BusinessRuleException("UNKNOWN_ACCOUNT", "账号不存在"));
        return em.find(UserAccount.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
    }
}
