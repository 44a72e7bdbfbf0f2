package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * 系统管理员: 用户管理 ({@code /admin/system/users.xhtml}) — search the accounts, create a staff
 * account, disable / enable, unlock, issue a new one-time password. A one-time password is shown in
 * the response to the action that issued it and nowhere else: it is held in a transient field that
 * the next action clears.
 */
@Named
@ViewScoped
public class UserAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    @EJB
    private UserAdministration users;

    private String term;
    private int pageNumber = 1;
    private transient Page<AccountSummary> accounts;

    private String username;
    private String displayName;
    private String department;
    private String district;

    private transient List<Department> departments;
    private transient java.util.Map<String, Long> headcounts;
    private String newDepartment;
    private String newDepartmentDistrict;
    private Long renamedDepartment;
    private String renamedTo;

    private transient String issuedFor;
    private transient String issuedPassword;

    public Page<AccountSummary> getAccounts() {
        if (accounts == null) {
            accounts = users.search(term, pageNumber, PAGE_SIZE);
        }
        return accounts;
    }

    public void search() {
        forget();
        pageNumber = 1;
    }

    public void previousPage() {
        forget();
        pageNumber = Math.max(1, pageNumber - 1);
    }

    public void nextPage() {
        forget();
        pageNumber = Math.min(getAccounts().pageCount(), pageNumber + 1);
        accounts = null;
    }

    public void create() {
        forget();
        try {
            IssuedPassword issued = users.create(username, displayName, department, district, sourceIp());
            show(issued);
            info("已创建账号 " + issued.username() + "。该账号暂无角色，请安全管理员授予角色。");
            term = issued.username();
            pageNumber = 1;
            username = null;
            displayName = null;
            department = null;
            district = null;
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    public void disable(String account) {
        act(() -> {
            users.disable(account, sourceIp());
            info("已停用账号 " + account);
        });
    }

    public void enable(String account) {
        act(() -> {
            users.enable(account, sourceIp());
            info("已启用账号 " + account);
        });
    }

    public void unlock(String account) {
        act(() -> {
            users.unlock(account, sourceIp());
            info("已解锁账号 " + account);
        });
    }

    public void resetPassword(String account) {
        act(() -> {
            show(users.resetPassword(account, sourceIp()));
            info("已为账号 " + account + " 重置密码");
        });
    }

    // --- 组织机构 ---

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = users.departments();
        }
        return departments;
    }

    /** The departments a new account may join. */
    public List<Department> getActiveDepartments() {
        return getDepartments().stream().filter(Department::isActive).toList();
    }

    public long headcount(String department) {
        if (headcounts == null) {
            headcounts = users.departmentHeadcounts();
        }
        return headcounts.getOrDefault(department, 0L);
    }

    public void addDepartment() {
        act(() -> {
            Department d = users.addDepartment(newDepartment, newDepartmentDistrict, sourceIp());
            info("已添加部门 " + d.getName());
            newDepartment = null;
            newDepartmentDistrict = null;
        });
    }

    public void renameDepartment() {
        act(() -> {
            if (renamedDepartment == null) {
                throw new BusinessRuleException("DEPARTMENT_REQUIRED", "请选择要更名的部门");
            }
            Department d = users.renameDepartment(renamedDepartment, renamedTo, sourceIp());
            info("部门已更名为 " + d.getName() + "，其人员账号同步更新");
            renamedDepartment = null;
            renamedTo = null;
        });
    }

    public void setDepartmentActive(long id, boolean active) {
        act(() -> {
            Department d = users.setDepartmentActive(id, active, sourceIp());
            info((active ? "已启用部门 " : "已停用部门 ") + d.getName());
        });
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
    }

    public String getNewDepartmentDistrict() {
        return newDepartmentDistrict;
    }

    public void setNewDepartmentDistrict(String newDepartmentDistrict) {
        this.newDepartmentDistrict = newDepartmentDistrict;
    }

    public Long getRenamedDepartment() {
        return renamedDepartment;
    }

    public void setRenamedDepartment(Long renamedDepartment) {
        this.renamedDepartment = renamedDepartment;
    }

    public String getRenamedTo() {
        return renamedTo;
    }

    public void setRenamedTo(String renamedTo) {
        this.renamedTo = renamedTo;
    }

    private void act(Runnable action) {
        forget();
        try {
            action.run();
        } catch (BusinessRuleException e) {
            error(e);
        }
    }

    private void show(IssuedPassword issued) {
        issuedFor = issued.username();
        issuedPassword = issued.password();
    }

    /** Drops the cached list and any one-time password shown by the previous action. */
    private void forget() {
        accounts = null;
        departments = null;
        headcounts = null;
        issuedFor = null;
        issuedPassword = null;
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

    public List<District> getDistricts() {
        return List.of(District.values());
    }

    public String districtName(String code) {
        return code == null ? "—" : District.byCode(code).map(District::label).orElse(code);
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getIssuedPassword() {
        return issuedPassword;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
