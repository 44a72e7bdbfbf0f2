package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.registry.RegistryViews.EnterpriseDetail;
import cn.gov.lanzhou.supervision.registry.RegistryViews.PersonDetail;
import cn.gov.lanzhou.supervision.registry.RegistryViews.ProjectDetail;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQuality;
import cn.gov.lanzhou.supervision.registry.quality.SubjectKind;
import cn.gov.lanzhou.supervision.registry.quality.ViolationRow;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The detail pages of the staff registry ({@code enterprise.xhtml?id=}, {@code person.xhtml?id=},
 * {@code project.xhtml?id=}): the record masked, its findings from the latest data-quality check, and for an
 * enterprise or person the audited "查看完整信息" for those allowed (see {@link RegistryRecords}). Full values
 * are kept in this view only; leaving the page masks them again.
 */
@Named
@ViewScoped
public class RegistryRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegistryRecords records;

    @EJB
    private RegistryQuality quality;

    private SubjectKind kind;
    private long id;
    private EnterpriseDetail enterprise;
    private PersonDetail person;
    private ProjectDetail project;
    private Boolean mayReveal;
    private transient List<ViolationRow> findings;

    /** View action of the initial request: which record (404 when there is none). */
    public void load(String kindName) {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        kind = SubjectKind.valueOf(kindName);
        Optional<Long> requested = QueryParameters.id("id");
        boolean found = requested.isPresent() && switch (kind) {
            case ENTERPRISE -> (enterprise = records.enterprise(requested.get()).orElse(null)) != null;
            case PERSON -> (person = records.person(requested.get()).orElse(null)) != null;
            case PROJECT -> (project = records.project(requested.get()).orElse(null)) != null;
        };
        if (!found) {
            QueryParameters.notFound("没有这条记录");
            return;
        }
        id = requested.get();
    }

    /** 查看完整信息: the same record with full values, audited by the service; refused with a message otherwise. */
    public void reveal() {
        try {
            switch (kind) {
                case ENTERPRISE -> enterprise = records.revealEnterprise(id, RegistryWeb.sourceIp());
                case PERSON -> person = records.revealPerson(id, RegistryWeb.sourceIp());
                case PROJECT -> throw new RegistryRefusal("NOTHING_TO_REVEAL", "工程信息没有需要脱敏的内容");
            }
            RegistryWeb.info("已显示完整信息。此次查看已记入审计日志（" + FacesContext.getCurrentInstance().getExternalContext()
                    .getUserPrincipal().getName() + "）。离开本页后重新脱敏。");
        } catch (RegistryRefusal e) {
            RegistryWeb.error(e.getMessage());
        }
    }

    public boolean isMayReveal() {
        if (mayReveal == null) {
            mayReveal = kind != SubjectKind.PROJECT && records.mayReveal(kind, id);
        }
        return mayReveal;
    }

    public boolean isMasked() {
        return switch (kind) {
            case ENTERPRISE -> enterprise.masked();
            case PERSON -> person.masked();
            case PROJECT -> true;
        };
    }

    /** The record's findings in the latest data-quality check. */
    public List<ViolationRow> getFindings() {
        if (findings == null) {
            findings = quality.violationsOf(kind, id);
        }
        return findings;
    }

    public String url(String page, Long recordId) {
        return recordId == null ? "" : RegistryWeb.context() + RegistryWeb.FOLDER + page + "?id=" + recordId;
    }

    public EnterpriseDetail getEnterprise() {
        return enterprise;
    }

    public PersonDetail getPerson() {
        return person;
    }

    public ProjectDetail getProject() {
        return project;
    }
}
