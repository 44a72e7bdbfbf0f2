package cn.gov.lanzhou.supervision.identity;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The answer to a login attempt. The message is what the person at the login form sees: it
 * never tells whether an account exists.
 */
public record LoginResult(Outcome outcome, String username, Set<String> roles, LocalDateTime lockedUntil,
                          boolean mustChangePassword) {

    public enum Outcome { SUCCESS, INVALID, LOCKED }

    public static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, Set.of(), null, false);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    public String message() {
        return switch (outcome) {
            case SUCCESS -> "登录成功";
            case INVALID -> "用户名或密码错误";
            case LOCKED -> "登录失败次数过多，账号已锁定至 " + lockedUntil.toString().replace('T', ' ').substring(0, 16)
                    + "，请稍后再试或联系系统管理员解锁";
        };
    }
}
