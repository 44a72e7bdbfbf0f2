package cn.gov.lanzhou.supervision.identity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An account as the administration consoles show it: who, where, whether it can sign in, and its
 * roles. Never the password hash or the second-factor secret.
 *
 * @param locked       whether a lockout is in force now
 * @param lockedUntil  when that lockout ends, or {@code null}
 * @param administrator whether the account holds one of the three administrator roles (三权分立)
 * @param enterpriseLinked whether the account belongs to an enterprise (企业用户)
 */
public record AccountSummary(String username, String displayName, String department, String districtCode,
                             boolean enabled, boolean locked, LocalDateTime lockedUntil, int failedAttempts,
                             boolean mustChangePassword, boolean totpEnrolled, List<Role> roles,
                             boolean administrator, boolean enterpriseLinked) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AccountSummary {
        roles = List.copyOf(roles);
    }

    static AccountSummary of(UserAccount a, LocalDateTime now) {
        return new AccountSummary(a.getUsername(), a.getDisplayName(), a.getDepartment(), a.getDistrictCode(),
                a.isEnabled(), a.isLockedAt(now), a.isLockedAt(now) ? a.getLockedUntil() : null, a.getFailedAttempts(),
                a.isMustChangePassword(), a.isTotpEnrolled(), List.copyOf(a.getRoles()),
                a.getAdminRole().isPresent(), a.getEnterprise() != null);
    }

    /** The roles in Chinese, 、-separated; 无 when there are none. */
    public String roleLabels() {
        return roles.isEmpty() ? "无" : roles.stream().map(Role::label).collect(Collectors.joining("、"));
    }

    /** What the account may do at the moment, in a word: 正常, 已锁定 or 已停用. */
    public String stateLabel() {
        return !enabled ? "已停用" : locked ? "已锁定" : "正常";
    }
}
