package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.registry.RegistryViews.EnterpriseRow;
import cn.gov.lanzhou.supervision.registry.RegistryViews.PersonRow;
import cn.gov.lanzhou.supervision.registry.RegistryViews.ProjectRow;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 企业 / 从业人员 / 工程项目 lists of the staff registry ({@code /staff/registry/enterprises.xhtml},
 * {@code persons.xhtml}, {@code projects.xhtml}; {@code ?q=&district=&status=&page=}): search and paging,
 * identifiers masked. Stateless views; each page reads only the list it shows.
 */
@Named
@RequestScoped
public class RegistryListPage {

    static final int PAGE_SIZE = 20;

    @EJB
    private RegistryRecords records;

    private String term;
    private String district;
    private ProjectStatus status;
    private int pageNumber = 1;
    private boolean invalidFilter;
    private boolean invalidPage;
    private Page<EnterpriseRow> enterprises;
    private Page<PersonRow> persons;
    private Page<ProjectRow> projects;

    /** View action: the search from the URL. */
    public void load() {
        term = QueryParameters.text("q", 50).orElse(null);
        Optional<String> d = QueryParameters.text("district", 6);
        district = RegistryWeb.district("district").orElse(null);
        Optional<String> s = QueryParameters.text("status", 30);
        status = s.flatMap(name -> Arrays.stream(ProjectStatus.values()).filter(v -> v.name().equals(name)).findFirst()).orElse(null);
        invalidFilter = (d.isPresent() && district == null) || (s.isPresent() && status == null);
        Optional<Integer> page = QueryParameters.pageNumber();
        invalidPage = page.isEmpty();
        pageNumber = page.orElse(1);
    }

    public Page<EnterpriseRow> getEnterprises() {
        if (enterprises == null) {
            enterprises = records.enterprises(term, district, pageNumber, PAGE_SIZE);
        }
        return enterprises;
    }

    public Page<PersonRow> getPersons() {
        if (persons == null) {
            persons = records.persons(term, pageNumber, PAGE_SIZE);
        }
        return persons;
    }

    public Page<ProjectRow> getProjects() {
        if (projects == null) {
            projects = records.projects(term, district, status, pageNumber, PAGE_SIZE);
        }
        return projects;
    }

    public String url(String page, long id) {
        return RegistryWeb.context() + RegistryWeb.FOLDER + page + "?id=" + id;
    }

    public List<District> getDistricts() {
        return RegistryWeb.districts();
    }

    public List<ProjectStatus> getStatuses() {
        return List.of(ProjectStatus.values());
    }

    public String getTerm() {
        return term;
    }

    public String getDistrict() {
        return district;
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public boolean isFiltered() {
        return term != null || district != null || status != null;
    }

    public boolean isInvalidFilter() {
        return invalidFilter;
    }

    public boolean isInvalidPage() {
        return invalidPage;
    }
}
