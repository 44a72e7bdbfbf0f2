package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * 安全管理员: 角色与权限 ({@code /admin/security/roles.xhtml}) — the accounts with their roles,
 * granting and revoking business roles, and the password and lockout policy (editable within Level 3).
 */
@Named
@ViewScoped
public class RoleAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    @EJB
    private RoleAdministration roles;

    private String term;
    private int pageNumber = 1;
    private transient Page<AccountSummary> accounts;
    private transient List<RoleAdministration.PolicySetting> policy;

    private String username;
    private String role;
    /** The policy form: key → value as typed, filled from the values in force. */
    private final Map<String, String> proposed = new HashMap<>();

    public Page<AccountSummary> getAccounts() {
        if (accounts == null) {
            accounts = roles.accounts(term, pageNumber, PAGE_SIZE);
        }
        return accounts;
    }

    public List<Role> getGrantableRoles() {
        return roles.grantableRoles();
    }

    public List<RoleAdministration.PolicySetting> getPolicy() {
        if (policy == null) {
            policy = roles.policy();
            for (RoleAdministration.PolicySetting s : policy) {
                proposed.putIfAbsent(s.key(), s.raw());
            }
        }
        return policy;
    }

    /** What in the policy in force falls short of Level 3 (only possible through the configuration file). */
    public List<String> getPolicyGaps() {
        return roles.policyGaps();
    }

    public Map<String, String> getProposed() {
        getPolicy();
        return proposed;
    }

    /** Saves the policy form: all or nothing, with every reason when refused. */
    public void changePolicy() {
        try {
            int changed = roles.changePolicy(new HashMap<>(proposed), sourceIp());
            info(changed == 0 ? "策略没有变化" : "已修改 " + changed + " 项安全策略，立即生效");
            proposed.clear();
            policy = null;
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    public void search() {
        accounts = null;
        pageNumber = 1;
    }

    public void previousPage() {
        accounts = null;
        pageNumber = Math.max(1, pageNumber - 1);
    }

    public void nextPage() {
        pageNumber = Math.min(getAccounts().pageCount(), pageNumber + 1);
        accounts = null;
    }

    public void grant() {
        accounts = null;
        Optional<Role> chosen = roleNamed(role);
        try {
            AccountSummary changed = roles.grant(username, chosen.orElse(null), sourceIp());
            info("已为 " + changed.username() + " 授予" + chosen.get().label() + "角色，当前角色：" + changed.roleLabels());
            term = changed.username();
            pageNumber = 1;
            username = null;
            role = null;
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    public void revoke(String account, Role revoked) {
        accounts = null;
        try {
            AccountSummary changed = roles.revoke(account, revoked, sourceIp());
            info("已撤销 " + changed.username() + " 的" + revoked.label() + "角色，当前角色：" + changed.roleLabels());
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    /** Whether the console offers to revoke this role (administrator roles are not the console's). */
    public boolean revocable(Role r) {
        return !r.isAdministrator();
    }

    private static Optional<Role> roleNamed(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }

    private static String sourceIp() {
        return StaffSession.sourceIp(FacesContext.getCurrentInstance());
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(BusinessRuleException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
