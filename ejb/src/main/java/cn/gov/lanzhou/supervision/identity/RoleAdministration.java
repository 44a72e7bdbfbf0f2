package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.password.PasswordPolicy;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 安全管理员 — 角色与权限: grants and revokes the business roles and shows the login policy in force.
 * The administrator roles (三权分立) are never granted or revoked here: the three administrator
 * accounts are created at installation. {@link UserAccount#grant} keeps administrators apart from
 * business work; on top of that an enterprise account (企业用户) gets no station role. Every grant
 * and revocation, refused ones included, is audited with the role {@code SECURITY_ADMIN}.
 */
@Stateless
@RolesAllowed("SECURITY_ADMIN")
public class RoleAdministration {

    private static final String ROLE = Role.SECURITY_ADMIN.name();

    /** One setting of the login policy: its configuration key, what it means, its value in force. */
    public record PolicySetting(String key, String meaning, String value) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private IdentitySettings settings;

    @Resource
    private SessionContext caller;

    /** Accounts with their roles, whose user name or name contains {@code term} (all when blank). */
    public Page<AccountSummary> accounts(String term, int pageNumber, int pageSize) {
        return AccountQueries.search(em, term, pageNumber, pageSize);
    }

    /** The roles this console grants: the business roles, in the order the console offers them. */
    public List<Role> grantableRoles() {
        return List.of(Role.SUPERVISOR, Role.EDITOR, Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.FINAL_REVIEWER,
                Role.LEADER, Role.ENTERPRISE);
    }

    /** Grants a business role. */
    public AccountSummary grant(String username, Role role, String sourceIp) {
        return change("ROLE_GRANT", username, role, sourceIp);
    }

    /** Revokes a business role. */
    public AccountSummary revoke(String username, Role role, String sourceIp) {
        return change("ROLE_REVOKE", username, role, sourceIp);
    }

    private AccountSummary change(String eventType, String username, Role role, String sourceIp) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String what = role == null ? "-" : role.name();
        try {
            if (role == null) {
                throw new AdministrationRefused("ROLE_REQUIRED", "请选择角色");
            }
            if (role.isAdministrator()) {
                throw new AdministrationRefused("ADMIN_ROLE_NOT_GRANTABLE", "三权分立：" + role.label()
                        + "角色不能通过控制台" + (eventType.equals("ROLE_GRANT") ? "授予" : "撤销") + "，管理员账号在系统安装时创建");
            }
            UserAccount user = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                    .setParameter("u", name).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                    .orElseThrow(() -> new AdministrationRefused("UNKNOWN_ACCOUNT", "账号 " + name + " 不存在"));
            if (eventType.equals("ROLE_GRANT")) {
                if (user.hasRole(role)) {
                    throw new AdministrationRefused("ROLE_ALREADY_HELD", "账号 " + name + " 已拥有" + role.label() + "角色");
                }
                if (role != Role.ENTERPRISE && user.getEnterprise() != null) {
                    throw new AdministrationRefused("ENTERPRISE_ACCOUNT",
                            "企业用户账号不能授予站内工作人员角色（" + role.label() + "）");
                }
                if (role == Role.ENTERPRISE && user.getRoles().stream().anyMatch(r -> r != Role.ENTERPRISE)) {
                    throw new AdministrationRefused("STAFF_ACCOUNT", "站内工作人员账号不能同时是企业用户");
                }
                try {
                    user.grant(role);
                } catch (BusinessRuleException e) {
                    throw new AdministrationRefused(e.getCode(), e.getMessage());
                }
            } else {
                if (!user.hasRole(role)) {
                    throw new AdministrationRefused("ROLE_NOT_HELD", "账号 " + name + " 没有" + role.label() + "角色");
                }
                user.revoke(role);
            }
            em.flush();
            audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, eventType, "UserAccount", name,
                    AuditOutcome.SUCCESS, what + "; roles now "
                            + user.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            return AccountSummary.of(user, LocalDateTime.now());
        } catch (AdministrationRefused e) {
            audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, eventType, "UserAccount", name,
                    AuditOutcome.FAILURE, what + "; " + e.getCode() + ": " + e.getMessage());
            throw e;
        }
    }

    /** The password, second-factor and lockout settings in force (read-only; they come from configuration). */
    public List<PolicySetting> policy() {
        PasswordPolicy p = settings.passwordPolicy();
        return List.of(
                new PolicySetting(IdentitySettings.PASSWORD_MIN_LENGTH, "密码最小长度", p.minLength() + " 位"),
                new PolicySetting(IdentitySettings.PASSWORD_MIN_CLASSES, "密码至少包含的字符类别（大写、小写、数字、符号）",
                        p.minCharacterClasses() + " 类"),
                new PolicySetting(IdentitySettings.PASSWORD_MAX_AGE_DAYS, "密码有效期",
                        p.expires() ? p.maxAge().toDays() + " 天" : "不过期"),
                new PolicySetting(IdentitySettings.PASSWORD_HISTORY, "不得重复使用最近几次的密码",
                        p.historySize() == 0 ? "不限制" : p.historySize() + " 次"),
                new PolicySetting(IdentitySettings.PASSWORD_CHANGE_INITIAL, "初始密码首次登录必须修改",
                        p.changeInitial() ? "是" : "否"),
                new PolicySetting(IdentitySettings.TOTP_REQUIRED_ROLES, "必须使用动态口令（双因素认证）的角色",
                        settings.totpRequiredRoles().isEmpty() ? "无"
                                : settings.totpRequiredRoles().stream().map(Role::label).collect(Collectors.joining("、"))),
                new PolicySetting(IdentitySettings.LOCKOUT_MAX_FAILURES, "连续登录失败几次后锁定账号",
                        settings.lockoutMaxFailures() + " 次"),
                new PolicySetting(IdentitySettings.LOCKOUT_MINUTES, "锁定时长", settings.lockoutMinutes() + " 分钟"));
    }
}
