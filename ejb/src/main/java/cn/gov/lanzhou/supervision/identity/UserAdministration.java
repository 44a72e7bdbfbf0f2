package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.password.RandomPasswords;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 系统管理员 — 用户管理: lists accounts, creates staff accounts with a one-time initial password,
 * disables and enables them, lifts a lockout and issues a new one-time password. It grants no roles
 * (安全管理员 does that) and reads no audit records (审计管理员 does that). Administrator accounts
 * are created at installation and stay out of its reach, except that a lockout may be lifted: the
 * system administrator cannot disable the other two administrators or take over their passwords.
 * Every action, refused ones included, is audited with the role {@code SYSTEM_ADMIN}.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class UserAdministration {

    /** Same rule as {@link UserAccount}'s user name constraint. */
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,49}");

    /** Length of issued one-time passwords. */
    static final int ONE_TIME_PASSWORD_LENGTH = RandomPasswords.MIN_LENGTH;

    private static final String ROLE = Role.SYSTEM_ADMIN.name();

    private final RandomPasswords randomPasswords = new RandomPasswords();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AccountRevocations revocations;

    @EJB
    private AuditTrail audit;

    @EJB
    private AccountStore accounts;

    @Resource
    private SessionContext caller;

    /**
     * Accounts whose user name or name contains {@code term} (everyone when blank), by user name.
     */
    public Page<AccountSummary> search(String term, int pageNumber, int pageSize) {
        return AccountQueries.search(em, term, pageNumber, pageSize);
    }

    /**
     * Creates a staff account without roles (安全管理员 grants them) and a one-time initial password
     * that must be changed at the first login; the password is returned once and never stored in clear.
     */
    public IssuedPassword create(String username, String displayName, String department, String districtCode,
                                 String sourceIp) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        try {
            if (!USERNAME.matcher(name).matches()) {
                throw new AdministrationRefused("USERNAME_INVALID",
                        "用户名为3到50位小写字母、数字、下划线、点或连字符，以字母开头");
            }
            String display = displayName == null ? "" : displayName.strip();
            if (display.isEmpty() || display.length() > 50) {
                throw new AdministrationRefused("NAME_INVALID", "姓名不能为空，且不能超过50个字");
            }
            String dept = department == null || department.isBlank() ? null : department.strip();
            if (dept != null && dept.length() > 100) {
                throw new AdministrationRefused("DEPARTMENT_INVALID", "部门名称不能超过100个字");
            }
            List<Department> known = departments();
            if (dept != null && !known.isEmpty()
                    && known.stream().noneMatch(d -> d.isActive() && d.getName().equals(dept))) {
                throw new AdministrationRefused("DEPARTMENT_UNKNOWN", "部门“" + dept + "”不在组织机构中或已停用，请先在组织机构中添加");
            }
            String district = districtCode == null || districtCode.isBlank() ? null : districtCode.trim();
            if (district != null && District.byCode(district).isEmpty()) {
                throw new AdministrationRefused("DISTRICT_INVALID", "辖区代码 " + district + " 不是兰州市的区县代码");
            }
            if (accounts.byUsername(name).isPresent()) {
                throw new AdministrationRefused("USERNAME_TAKEN", "用户名 " + name + " 已存在");
            }
            UserAccount user = new UserAccount(name, display);
            user.placeIn(district, dept);
            char[] password = newPassword(name);
            try {
                setOneTimePassword(user, password);
                em.persist(user);
                em.flush();
                audit(sourceIp, "USER_CREATE", name, AuditOutcome.SUCCESS,
                        "department " + (dept == null ? "-" : dept) + ", district " + (district == null ? "-" : district)
                                + ", no roles, one-time initial password issued");
                return new IssuedPassword(name, new String(password));
            } finally {
                Arrays.fill(password, '\0');
            }
        } catch (AdministrationRefused e) {
            refused(sourceIp, "USER_CREATE", name, e);
            throw e;
        }
    }

    /** 停用: the account can no longer sign in. Not for administrator accounts. */
    public void disable(String username, String sourceIp) {
        UserAccount user = ordinaryAccount("USER_DISABLE", username, sourceIp, "停用");
        user.disable();
        em.flush();
        revocations.revoke(user.getUsername());
        audit(sourceIp, "USER_DISABLE", user.getUsername(), AuditOutcome.SUCCESS, null);
    }

    /** 启用: a disabled account can sign in again. Not for administrator accounts. */
    public void enable(String username, String sourceIp) {
        UserAccount user = ordinaryAccount("USER_ENABLE", username, sourceIp, "启用");
        user.enable();
        em.flush();
        audit(sourceIp, "USER_ENABLE", user.getUsername(), AuditOutcome.SUCCESS, null);
    }

    /**
     * 解锁: lifts a lockout after repeated failed logins. Allowed for administrator accounts too: it
     * hands over no credential, and otherwise a locked administrator would wait out the lock.
     */
    public void unlock(String username, String sourceIp) {
        UserAccount user = account("USER_UNLOCK", username, sourceIp);
        LocalDateTime until = user.getLockedUntil();
        int failures = user.getFailedAttempts();
        // UserAccount has no separate unlock: a successful login clears the failures and the lock alike.
        user.recordSuccessfulLogin();
        em.flush();
        audit(sourceIp, "USER_UNLOCK", user.getUsername(), AuditOutcome.SUCCESS,
                "failed attempts " + failures + ", locked until " + (until == null ? "-" : until));
    }

    /**
     * 重置密码: a new one-time password, to be changed at the next login, returned once. Not for
     * administrator accounts: the system administrator must not be able to sign in as another one.
     */
    public IssuedPassword resetPassword(String username, String sourceIp) {
        UserAccount user = ordinaryAccount("USER_PASSWORD_RESET", username, sourceIp, "重置密码");
        char[] password = newPassword(user.getUsername());
        try {
            setOneTimePassword(user, password);
            em.flush();
            revocations.revoke(user.getUsername());
            audit(sourceIp, "USER_PASSWORD_RESET", user.getUsername(), AuditOutcome.SUCCESS,
                    "one-time password issued, change required at next login");
            return new IssuedPassword(user.getUsername(), new String(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void setOneTimePassword(UserAccount user, char[] password) {
        LocalDateTime now = LocalDateTime.now();
        String hash = AccountStore.hashPassword(password.clone());
        user.setPasswordHash(hash, true, now);
        // In the history like every password, so that the holder cannot "change" back to it.
        em.persist(new PasswordHistoryEntry(user, hash, now));
    }

    /** A random password that also meets the policy in force (it never contains the user name). */
    private char[] newPassword(String username) {
        while (true) {
            char[] candidate = randomPasswords.generate(Math.max(ONE_TIME_PASSWORD_LENGTH,
                    accounts.passwordPolicy().minLength()));
            if (accounts.passwordPolicy().violations(candidate, username).isEmpty()) {
                return candidate;
            }
            Arrays.fill(candidate, '\0');
        }
    }

    private UserAccount account(String eventType, String username, String sourceIp) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        TypedQuery<UserAccount> q = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", name).setLockMode(LockModeType.PESSIMISTIC_WRITE);
        return q.getResultStream().findFirst().orElseThrow(() -> {
            AdministrationRefused e = new AdministrationRefused("UNKNOWN_ACCOUNT", "账号 " + name + " 不存在");
            refused(sourceIp, eventType, name, e);
            return e;
        });
    }

    // --- 组织机构 ---

    /** The station's departments, active and inactive, in their order. */
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.sortOrder, d.id", Department.class).getResultList();
    }

    /** How many accounts each department name has. */
    public Map<String, Long> departmentHeadcounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select u.department, count(u) from UserAccount u where u.department is not null"
                + " group by u.department", Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Adds a department at the end of the list. */
    public Department addDepartment(String name, String districtCode, String sourceIp) {
        String n = name == null ? "" : name.strip();
        try {
            Department d;
            try {
                d = new Department(n, districtCode, 0);
            } catch (BusinessRuleException e) {
                throw new AdministrationRefused(e.getCode(), e.getMessage());
            }
            if (departmentNamed(d.getName()).isPresent()) {
                throw new AdministrationRefused("DEPARTMENT_TAKEN", "部门“" + d.getName() + "”已存在");
            }
            int last = departments().stream().mapToInt(Department::getSortOrder).max().orElse(0);
            d = new Department(d.getName(), d.getDistrictCode(), last + 10);
            em.persist(d);
            em.flush();
            auditDepartment(sourceIp, "DEPARTMENT_CREATE", d.getName(), AuditOutcome.SUCCESS,
                    "district " + (d.getDistrictCode() == null ? "-" : d.getDistrictCode()));
            return d;
        } catch (AdministrationRefused e) {
            auditDepartment(sourceIp, "DEPARTMENT_CREATE", n, AuditOutcome.FAILURE, e.getCode() + ": " + e.getMessage());
            throw e;
        }
    }

    /** Renames a department; its members' accounts follow the new name. */
    public Department renameDepartment(long id, String newName, String sourceIp) {
        Department d = em.find(Department.class, id);
        String n = newName == null ? "" : newName.strip();
        try {
            if (d == null) {
                throw new AdministrationRefused("DEPARTMENT_UNKNOWN", "部门不存在");
            }
            String old = d.getName();
            if (!old.equals(n) && departmentNamed(n).isPresent()) {
                throw new AdministrationRefused("DEPARTMENT_TAKEN", "部门“" + n + "”已存在");
            }
            try {
                d.rename(n);
            } catch (BusinessRuleException e) {
                throw new AdministrationRefused(e.getCode(), e.getMessage());
            }
            int moved = em.createQuery("update UserAccount u set u.department = :n where u.department = :o")
                    .setParameter("n", d.getName()).setParameter("o", old).executeUpdate();
            em.flush();
            auditDepartment(sourceIp, "DEPARTMENT_RENAME", old, AuditOutcome.SUCCESS, old + " -> " + d.getName()
                    + ", accounts " + moved);
            return d;
        } catch (AdministrationRefused e) {
            auditDepartment(sourceIp, "DEPARTMENT_RENAME", d == null ? String.valueOf(id) : d.getName(),
                    AuditOutcome.FAILURE, e.getCode() + ": " + e.getMessage());
            throw e;
        }
    }

    /** 停用 or 启用 a department: a deactivated one is no longer offered for new accounts. */
    public Department setDepartmentActive(long id, boolean active, String sourceIp) {
        Department d = em.find(Department.class, id);
        if (d == null) {
            AdministrationRefused e = new AdministrationRefused("DEPARTMENT_UNKNOWN", "部门不存在");
            auditDepartment(sourceIp, active ? "DEPARTMENT_ENABLE" : "DEPARTMENT_DISABLE", String.valueOf(id),
                    AuditOutcome.FAILURE, e.getCode());
            throw e;
        }
        if (active) {
            d.activate();
        } else {
            d.deactivate();
        }
        em.flush();
        auditDepartment(sourceIp, active ? "DEPARTMENT_ENABLE" : "DEPARTMENT_DISABLE", d.getName(), AuditOutcome.SUCCESS, null);
        return d;
    }

    private java.util.Optional<Department> departmentNamed(String name) {
        return em.createQuery("select d from Department d where d.name = :n", Department.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    private void auditDepartment(String sourceIp, String eventType, String name, AuditOutcome outcome, String detail) {
        audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, eventType, "Department", name, outcome, detail);
    }

    private UserAccount ordinaryAccount(String eventType, String username, String sourceIp, String action) {
        UserAccount user = account(eventType, username, sourceIp);
        if (user.getAdminRole().isPresent()) {
            AdministrationRefused e = new AdministrationRefused("ADMIN_ACCOUNT_PROTECTED", "三权分立：系统管理员不能"
                    + action + user.getAdminRole().get().label() + "账号（管理员账号在安装时创建）");
            refused(sourceIp, eventType, user.getUsername(), e);
            throw e;
        }
        return user;
    }

    private void refused(String sourceIp, String eventType, String username, AdministrationRefused e) {
        audit(sourceIp, eventType, username, AuditOutcome.FAILURE, e.getCode() + ": " + e.getMessage());
    }

    private void audit(String sourceIp, String eventType, String username, AuditOutcome outcome, String detail) {
        audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, eventType, "UserAccount", username,
                outcome, detail);
    }
}
