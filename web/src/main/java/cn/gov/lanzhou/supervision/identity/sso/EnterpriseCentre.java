package cn.gov.lanzhou.supervision.identity.sso;

import cn.gov.lanzhou.supervision.gm.masking.Masking;
import cn.gov.lanzhou.supervision.identity.EnterpriseAccounts;
import cn.gov.lanzhou.supervision.registry.EnterpriseProjects;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Optional;

/** 企业服务中心 — the signed-in enterprise user's enterprise and its projects. */
@Named
@RequestScoped
public class EnterpriseCentre {

    @EJB
    private EnterpriseAccounts accounts;

    @EJB
    private EnterpriseProjects projects;

    @Inject
    private HttpServletRequest request;

    private Optional<EnterpriseAccounts.EnterpriseLogin> enterprise = Optional.empty();
    private List<EnterpriseProjects.EnterpriseProject> projectList = List.of();
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (request.getUserPrincipal() != null) {
            enterprise = accounts.ofAccount(request.getUserPrincipal().getName());
            projectList = enterprise.map(e -> projects.ofEnterprise(e.creditCode(), 200)).orElse(List.of());
        }
    }

    public String getName() {
        load();
        return enterprise.map(EnterpriseAccounts.EnterpriseLogin::enterpriseName).orElse("");
    }

    public String getMaskedCreditCode() {
        load();
        return enterprise.map(e -> Masking.creditCode(e.creditCode())).orElse("");
    }

    public List<EnterpriseProjects.EnterpriseProject> getProjects() {
        load();
        return projectList;
    }

    public boolean isSso() {
        return SsoSettings.enabled();
    }
}
