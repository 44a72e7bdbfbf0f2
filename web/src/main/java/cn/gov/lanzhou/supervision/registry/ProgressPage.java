package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.shared.Page;
import cn.gov.lanzhou.supervision.supervision.ProjectProgress;
import cn.gov.lanzhou.supervision.supervision.SupervisionQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 进度查询: one project's supervision progress by 监督编号 or 施工许可证编号 ({@code ?no=}), and
 * the project list filtered by term, district and status ({@code q, district, status, page}).
 * Only the public subset ({@link ProjectProgress}) is shown, never people.
 */
@Named
@RequestScoped
public class ProgressPage {

    static final int PAGE_SIZE = 20;

    @EJB
    private ProjectDirectory directory;

    @EJB
    private SupervisionQueries supervision;

    private String number;
    private ProjectProgress progress;
    private String term;
    private String district;
    private ProjectStatus status;
    private int pageNumber = 1;
    private boolean invalidPage;
    private boolean invalidFilter;
    private Page<Project> projects;

    /** View action: reads the GET parameters and looks the number up. */
    public void load() {
        number = QueryParameters.text("no", 40).orElse(null);
        if (number != null) {
            progress = directory.findByNumber(number).map(supervision::progressOf).orElse(null);
        }
        term = QueryParameters.text("q", 50).orElse(null);
        Optional<String> d = QueryParameters.text("district", 6);
        district = d.flatMap(District::byCode).map(District::code).orElse(null);
        Optional<String> s = QueryParameters.text("status", 30);
        status = s.flatMap(ProgressPage::statusOf).orElse(null);
        invalidFilter = (d.isPresent() && district == null) || (s.isPresent() && status == null);
        Optional<Integer> page = QueryParameters.pageNumber();
        invalidPage = page.isEmpty();
        pageNumber = page.orElse(1);
    }

    private static Optional<ProjectStatus> statusOf(String name) {
        return Arrays.stream(ProjectStatus.values()).filter(v -> v.name().equals(name)).findFirst();
    }

    public Page<Project> getProjects() {
        if (projects == null) {
            projects = directory.search(term, district, status, pageNumber, PAGE_SIZE);
        }
        return projects;
    }

    public boolean isBeyondLastPage() {
        Page<Project> p = getProjects();
        return p.items().isEmpty() && p.total() > 0;
    }

    /** A number was asked for. */
    public boolean isQueried() {
        return number != null;
    }

    public ProjectProgress getProgress() {
        return progress;
    }

    public boolean isNotFound() {
        return number != null && progress == null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    /** The status filter by its constant name, as the select sends it. */
    public String getStatus() {
        return status == null ? null : status.name();
    }

    public void setStatus(String status) {
        this.status = status == null ? null : statusOf(status).orElse(null);
    }

    public boolean isInvalidPage() {
        return invalidPage;
    }

    /** A district or status that is not one of ours was ignored. */
    public boolean isInvalidFilter() {
        return invalidFilter;
    }

    public boolean isFiltered() {
        return term != null || district != null || status != null;
    }

    public List<District> getDistricts() {
        return List.of(District.values());
    }

    public List<ProjectStatus> getStatuses() {
        return List.of(ProjectStatus.values());
    }

    public String districtName(String code) {
        return District.byCode(code).map(District::label).orElse(code);
    }
}
