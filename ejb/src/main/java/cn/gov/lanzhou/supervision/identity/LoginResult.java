package cn.gov.lanzhou.supervision.identity;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The answer to a login attempt. The message is what the person at the login form sees: it
 * never tells whether an account exists. A successful password check may still leave steps before
 * the session counts as fully signed in: a second-factor code, a password change, a TOTP enrolment.
 */
public record LoginResult(Outcome outcome, String username, Set<String> roles, LocalDateTime lockedUntil,
                          PasswordChange passwordChange, SecondFactor secondFactor) {

    /**
     * {@code THROTTLED}: too many failed logins from the source address ({@link LoginThrottle});
     * {@code lockedUntil} then says when the address may try again.
     */
    public enum Outcome { SUCCESS, INVALID, LOCKED, THROTTLED }

    /** Whether the password must be changed before anything else. */
    public enum PasswordChange {
        NONE,
        /** 初始密码 — set by an administrator or at installation. */
        INITIAL,
        /** 密码已过期 — older than the policy's maximum age. */
        EXPIRED
    }

    /** What the second factor (动态口令) asks of this login. */
    public enum SecondFactor {
        /** Not enrolled and not required by any role: offered on the workbench. */
        NOT_REQUIRED,
        /** Enrolled: a code must be verified before the session counts as signed in. */
        CODE_REQUIRED,
        /** Required by a role but not enrolled yet: enrolment comes first. */
        ENROLMENT_REQUIRED
    }

    public static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, Set.of(), null, PasswordChange.NONE, SecondFactor.NOT_REQUIRED);
    }

    public static LoginResult locked(LocalDateTime until) {
        return new LoginResult(Outcome.LOCKED, null, Set.of(), until, PasswordChange.NONE, SecondFactor.NOT_REQUIRED);
    }

    /** Refused before the password was checked: the address may try again at {@code retryAt}. */
    public static LoginResult throttled(LocalDateTime retryAt) {
        return new LoginResult(Outcome.THROTTLED, null, Set.of(), retryAt, PasswordChange.NONE,
                SecondFactor.NOT_REQUIRED);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    public boolean mustChangePassword() {
        return passwordChange != PasswordChange.NONE;
    }

    public String message() {
        return switch (outcome) {
            case SUCCESS -> "登录成功";
            case INVALID -> "用户名或密码错误";
            case LOCKED -> lockedMessage(lockedUntil);
            case THROTTLED -> throttledMessage(LoginThrottle.minutes(
                    java.time.Duration.between(LocalDateTime.now(), lockedUntil)));
        };
    }

    /** What the person at a throttled address is told; it says nothing about the account. */
    public static String throttledMessage(long minutes) {
        return "登录尝试过于频繁，请 " + minutes + " 分钟后再试";
    }

    /** What a locked-out person is told. */
    public static String lockedMessage(LocalDateTime until) {
        return "登录失败次数过多，账号已锁定至 " + until.toString().replace('T', ' ').substring(0, 16)
                + "，请稍后再试或联系系统管理员解锁";
    }
}
