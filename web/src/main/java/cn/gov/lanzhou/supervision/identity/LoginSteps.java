package cn.gov.lanzhou.supervision.identity;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in session still has to do before it counts as fully signed in, kept in the HTTP
 * session by {@link LoginForm} and enforced by {@link LoginStepsFilter}: a second-factor code, then a
 * password change (initial or expired), then a TOTP enrolment where a role requires one. Immutable
 * and serializable, so a replicated session (Hazelcast) always carries the current state.
 */
public final class LoginSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Session attribute name. */
    public static final String ATTRIBUTE = LoginSteps.class.getName();

    /** The steps, in the order they are asked for, each with its page. */
    public enum Step {
        /** 动态口令验证 — the password alone is not enough for an enrolled account. */
        VERIFY_CODE("/staff/verify-code.xhtml"),
        /** 修改密码 — an initial or expired password. */
        CHANGE_PASSWORD("/staff/password.xhtml"),
        /** 绑定动态口令 — required by the account's role. */
        ENROL_TOTP("/staff/totp.xhtml");

        private final String page;

        Step(String page) {
            this.page = page;
        }

        /** Path of the page, relative to the context root. */
        public String page() {
            return page;
        }
    }

    private final String username;
    private final EnumSet<Step> pending;
    private final LoginResult.PasswordChange passwordChange;
    private final Instant signedInAt;

    private LoginSteps(String username, Set<Step> pending, LoginResult.PasswordChange passwordChange,
                       Instant signedInAt) {
        this.username = Objects.requireNonNull(username);
        this.signedInAt = Objects.requireNonNull(signedInAt);
        this.pending = pending.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(pending);
        this.passwordChange = passwordChange;
    }

    /** The steps a successful password check leaves. */
    public static LoginSteps after(LoginResult result) {
        if (!result.succeeded()) {
            throw new IllegalArgumentException("Only a successful login has steps.");
        }
        Set<Step> steps = EnumSet.noneOf(Step.class);
        if (result.secondFactor() == LoginResult.SecondFactor.CODE_REQUIRED) {
            steps.add(Step.VERIFY_CODE);
        }
        if (result.mustChangePassword()) {
            steps.add(Step.CHANGE_PASSWORD);
        }
        if (result.secondFactor() == LoginResult.SecondFactor.ENROLMENT_REQUIRED) {
            steps.add(Step.ENROL_TOTP);
        }
        return new LoginSteps(result.username(), steps, result.passwordChange(), Instant.now());
    }

    /** A session signed in with nothing left to do: an enterprise user vouched for by the government SSO. */
    public static LoginSteps completed(String username) {
        return new LoginSteps(username, EnumSet.noneOf(Step.class), LoginResult.PasswordChange.NONE, Instant.now());
    }

    /** The steps of the session, if it went through the login form. */
    public static Optional<LoginSteps> of(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable((LoginSteps) session.getAttribute(ATTRIBUTE));
    }

    /** This state with one step done. */
    public LoginSteps done(Step step) {
        EnumSet<Step> rest = EnumSet.copyOf(pending);
        rest.remove(step);
        return new LoginSteps(username, rest, step == Step.CHANGE_PASSWORD ? LoginResult.PasswordChange.NONE : passwordChange,
                signedInAt);
    }

    /** The step to do now, if any. */
    public Optional<Step> next() {
        return pending.stream().findFirst();
    }

    public boolean isPending(Step step) {
        return pending.contains(step);
    }

    public boolean complete() {
        return pending.isEmpty();
    }

    /** Where to go now: the next step's page, or the workbench. */
    public String nextPage() {
        return next().map(Step::page).orElse("/staff/workbench.xhtml");
    }

    public String username() {
        return username;
    }

    /** When the password (or the SSO) was accepted: administration changes after it end the session. */
    public Instant signedInAt() {
        return signedInAt;
    }

    /** Why a password change is asked for. */
    public LoginResult.PasswordChange passwordChange() {
        return passwordChange;
    }
}
