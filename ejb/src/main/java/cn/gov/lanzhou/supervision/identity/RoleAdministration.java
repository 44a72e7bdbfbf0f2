package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.password.PasswordPolicy;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import cn.gov.lanzhou.supervision.startup.SettingOverrides;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /**
     * One setting of the login policy: its configuration key, what it means, its value in force as
     * people read it and as written, and where that value comes from.
     */
    public record PolicySetting(String key, String meaning, String value, String raw, String source)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private IdentitySettings settings;

    @EJB
    private SettingOverrides overrides;

    @EJB
    private AccountRevocations revocations;

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
            revocations.revoke(name);
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

    /** The password, second-factor and lockout settings in force, each with what it is and who set it. */
    public List<PolicySetting> policy() {
        PasswordPolicy p = settings.passwordPolicy();
        return List.of(
                setting(IdentitySettings.PASSWORD_MIN_LENGTH, "密码最小长度（位）", p.minLength() + " 位"),
                setting(IdentitySettings.PASSWORD_MIN_CLASSES, "密码至少包含的字符类别（大写、小写、数字、符号，1–4）",
                        p.minCharacterClasses() + " 类"),
                setting(IdentitySettings.PASSWORD_MAX_AGE_DAYS, "密码有效期（天，0 为不过期）",
                        p.expires() ? p.maxAge().toDays() + " 天" : "不过期"),
                setting(IdentitySettings.PASSWORD_HISTORY, "不得重复使用最近几次的密码",
                        p.historySize() == 0 ? "不限制" : p.historySize() + " 次"),
                setting(IdentitySettings.PASSWORD_CHANGE_INITIAL, "初始密码首次登录必须修改（true/false）",
                        p.changeInitial() ? "是" : "否"),
                setting(IdentitySettings.TOTP_REQUIRED_ROLES, "必须使用动态口令的角色（角色代码，逗号分隔）",
                        settings.totpRequiredRoles().isEmpty() ? "无"
                                : settings.totpRequiredRoles().stream().map(Role::label).collect(Collectors.joining("、"))),
                setting(IdentitySettings.LOCKOUT_MAX_FAILURES, "登录失败几次后锁定账号",
                        settings.lockoutMaxFailures() + " 次"),
                setting(IdentitySettings.LOCKOUT_WINDOW_MINUTES, "失败次数的统计时间窗（分钟）",
                        settings.lockoutWindowMinutes() + " 分钟"),
                setting(IdentitySettings.LOCKOUT_MINUTES, "锁定时长（分钟）", settings.lockoutMinutes() + " 分钟"));
    }

    /** What in the policy in force falls short of Level 3 (e.g. set so in a configuration file). */
    public List<String> policyGaps() {
        return settings.belowLevel3();
    }

    /**
     * Changes the login policy: {@code proposed} maps keys of {@link IdentitySettings#ADJUSTABLE} to
     * new values (unchanged and blank ones are ignored). All or nothing: a malformed value, or a
     * policy weaker than Level 3, is refused with every reason and changes nothing. Each changed key
     * is audited as {@code POLICY_CHANGE} with its old and new value; it takes effect at once.
     *
     * @return the number of settings changed
     */
    public int changePolicy(Map<String, String> proposed, String sourceIp) {
        String admin = caller.getCallerPrincipal().getName();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String key : IdentitySettings.ADJUSTABLE) {
            String v = proposed.get(key);
            if (v == null || v.isBlank()) {
                continue;
            }
            String value = v.strip();
            if (!value.equals(settings.raw(key).orElse(null)) && !value.equals(currentText(key))) {
                changes.put(key, value);
            }
        }
        for (String key : proposed.keySet()) {
            if (!IdentitySettings.ADJUSTABLE.contains(key)) {
                refusePolicy(admin, sourceIp, key, "UNKNOWN_SETTING", "不能在此修改配置项 " + key);
            }
        }
        if (changes.isEmpty()) {
            return 0;
        }
        IdentitySettings candidate = new IdentitySettings(k -> changes.containsKey(k)
                ? Optional.of(changes.get(k)) : settings.raw(k));
        try {
            candidate.check();
        } catch (InvalidSettingException e) {
            refusePolicy(admin, sourceIp, e.key(), "INVALID_SETTING", e.chinese());
        }
        List<String> gaps = candidate.belowLevel3();
        if (!gaps.isEmpty()) {
            refusePolicy(admin, sourceIp, String.join(",", changes.keySet()), "BELOW_LEVEL3",
                    "不符合等保三级要求：" + String.join("；", gaps));
        }
        for (Map.Entry<String, String> c : changes.entrySet()) {
            String old = settings.raw(c.getKey()).orElse("(默认)");
            overrides.put(c.getKey(), c.getValue(), admin);
            audit.record(admin, ROLE, sourceIp, "POLICY_CHANGE", "Setting", c.getKey(), AuditOutcome.SUCCESS,
                    old + " -> " + c.getValue());
        }
        return changes.size();
    }

    private String currentText(String key) {
        PasswordPolicy p = settings.passwordPolicy();
        return switch (key) {
            case IdentitySettings.PASSWORD_MIN_LENGTH -> String.valueOf(p.minLength());
            case IdentitySettings.PASSWORD_MIN_CLASSES -> String.valueOf(p.minCharacterClasses());
            case IdentitySettings.PASSWORD_MAX_AGE_DAYS -> String.valueOf(p.maxAge().toDays());
            case IdentitySettings.PASSWORD_HISTORY -> String.valueOf(p.historySize());
            case IdentitySettings.PASSWORD_CHANGE_INITIAL -> String.valueOf(p.changeInitial());
            case IdentitySettings.TOTP_REQUIRED_ROLES -> settings.totpRequiredRoles().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(","));
            case IdentitySettings.LOCKOUT_MAX_FAILURES -> String.valueOf(settings.lockoutMaxFailures());
            case IdentitySettings.LOCKOUT_WINDOW_MINUTES -> String.valueOf(settings.lockoutWindowMinutes());
            case IdentitySettings.LOCKOUT_MINUTES -> String.valueOf(settings.lockoutMinutes());
            default -> "";
        };
    }

    private void refusePolicy(String admin, String sourceIp, String key, String code, String message) {
        audit.record(admin, ROLE, sourceIp, "POLICY_CHANGE", "Setting", key, AuditOutcome.FAILURE, code + ": " + message);
        throw new AdministrationRefused(code, message);
    }

    private PolicySetting setting(String key, String meaning, String shown) {
        String source = overrides.override(key)
                .map(o -> "安全管理员 " + o.getUpdatedBy() + " 于 " + o.getUpdatedAt().withNano(0).toString().replace('T', ' ') + " 设置")
                .orElse(settings.raw(key).isPresent() ? "配置文件" : "默认（等保三级）");
        return new PolicySetting(key, meaning, shown, currentText(key), source);
    }
}
