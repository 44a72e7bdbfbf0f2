package cn.gov.lanzhou.supervision.identity;

/**
 * 一次性初始密码 — a random password an administrator hands to an account holder, shown once and
 * never stored in clear; the holder must change it at the first login.
 */
public record IssuedPassword(String username, String password) {

    @Override
    public String toString() {
        return "IssuedPassword[" + username + ", ******]";
    }
}
