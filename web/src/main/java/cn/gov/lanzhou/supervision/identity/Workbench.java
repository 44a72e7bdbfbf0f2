package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.ProjectDirectory;
import cn.gov.lanzhou.supervision.supervision.SupervisionQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;
import java.util.Optional;

/** 工作台 — a staff member's start page after login: who they are and what is theirs. */
@Named
@RequestScoped
public class Workbench {

    @Inject
    private SecurityContext security;

    @EJB
    private AccountStore accounts;

    @EJB
    private ProjectDirectory projects;

    @EJB
    private SupervisionQueries supervision;

    private UserAccount account;
    private List<Project> myProjects;

    public UserAccount getAccount() {
        if (account == null) {
            String name = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
            account = Optional.ofNullable(name).flatMap(accounts::byUsername).orElse(null);
        }
        return account;
    }

    public List<String> getRoleLabels() {
        UserAccount a = getAccount();
        return a == null ? List.of() : a.getRoles().stream().map(Role::label).toList();
    }

    public boolean isSupervisor() {
        return security.isCallerInRole(Role.SUPERVISOR.name());
    }

    public List<Project> getMyProjects() {
        if (myProjects == null) {
            myProjects = isSupervisor() ? projects.supervisedBy(security.getCallerPrincipal().getName(), 50) : List.of();
        }
        return myProjects;
    }

    public long getOpenNotices() {
        return supervision.countOpenNotices();
    }
}
