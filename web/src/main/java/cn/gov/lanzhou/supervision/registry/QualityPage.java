package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.registry.quality.Districts;
import cn.gov.lanzhou.supervision.registry.quality.QualityRule;
import cn.gov.lanzhou.supervision.registry.quality.QualitySummary;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQuality;
import cn.gov.lanzhou.supervision.registry.quality.ViolationFilter;
import cn.gov.lanzhou.supervision.registry.quality.ViolationRow;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 数据质量 ({@code /staff/registry/quality.xhtml?rule=&district=&page=}): counts by rule and district from
 * the latest registry re-check, the findings filtered and paged (masked), exports, and a re-check on demand.
 * A stateless view: the filter lives in the URL, the re-check is a form post answered with a redirect.
 */
@Named
@RequestScoped
public class QualityPage {

    static final int PAGE_SIZE = 20;

    @EJB
    private RegistryQuality quality;

    private QualityRule rule;
    private String district;
    private int pageNumber = 1;
    private boolean invalidFilter;
    private boolean invalidPage;
    private boolean rechecked;
    private QualitySummary summary;
    private Page<ViolationRow> violations;

    /** View action: the filter and page from the URL. */
    public void load() {
        readFilter("rule", "district");
        Optional<Integer> page = QueryParameters.pageNumber();
        invalidPage = page.isEmpty();
        pageNumber = page.orElse(1);
        rechecked = QueryParameters.present("rechecked");
    }

    private void readFilter(String ruleParameter, String districtParameter) {
        Optional<String> r = QueryParameters.text(ruleParameter, 40);
        rule = r.flatMap(name -> Arrays.stream(QualityRule.values()).filter(q -> q.name().equals(name)).findFirst()).orElse(null);
        Optional<String> d = QueryParameters.text(districtParameter, 6);
        district = d.filter(Districts.OTHER::equals).or(() -> RegistryWeb.district(districtParameter)).orElse(null);
        invalidFilter = (r.isPresent() && rule == null) || (d.isPresent() && district == null);
    }

    /** 重新检查: runs every rule over the registry now, then shows the same filter again. */
    public String recheck() {
        readFilter("recheckRule", "recheckDistrict");
        quality.recheck(RegistryWeb.sourceIp());
        return "/staff/registry/quality.xhtml?faces-redirect=true&rechecked=1" + filterQuery("&");
    }

    public QualitySummary getSummary() {
        if (summary == null) {
            summary = quality.summary();
        }
        return summary;
    }

    public Page<ViolationRow> getViolations() {
        if (violations == null) {
            violations = quality.violations(filter(), pageNumber, PAGE_SIZE);
        }
        return violations;
    }

    private ViolationFilter filter() {
        return new ViolationFilter(rule, district);
    }

    /** The list filtered to one cell, row or column of the matrix ({@code null} for any). */
    public String cellUrl(QualityRule r, String column) {
        StringBuilder q = new StringBuilder();
        if (r != null) {
            q.append("rule=").append(r.name());
        }
        if (column != null) {
            q.append(q.isEmpty() ? "" : "&").append("district=").append(column);
        }
        return RegistryWeb.context() + RegistryWeb.FOLDER + "quality.xhtml" + (q.isEmpty() ? "" : "?" + q) + "#list-heading";
    }

    /** The export of the filtered list; {@code full} for a station leader's export with full values. */
    public String exportUrl(String format, boolean full) {
        return RegistryWeb.context() + QualityExportServlet.PATH + "?format=" + format + filterQuery("&") + (full ? "&full=1" : "");
    }

    private String filterQuery(String prefix) {
        StringBuilder q = new StringBuilder();
        if (rule != null) {
            q.append(prefix).append("rule=").append(rule.name());
        }
        if (district != null) {
            q.append(prefix).append("district=").append(URLEncoder.encode(district, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    public String subjectUrl(ViolationRow v) {
        return RegistryWeb.detailUrl(v.subjectKind(), v.subjectId());
    }

    public boolean isMayExportFull() {
        return quality.mayExportFull();
    }

    public List<QualityRule> getRules() {
        return List.of(QualityRule.values());
    }

    public List<String> getColumns() {
        return getSummary().columns();
    }

    public String columnLabel(String column) {
        return Districts.columnLabel(column);
    }

    /** What the list shows, in words: 全部, or e.g. 身份证号不合规 · 城关区. */
    public String getFilterLabel() {
        return filter().describe().replace("-", " · ");
    }

    public QualityRule getRule() {
        return rule;
    }

    public String getRuleName() {
        return rule == null ? "" : rule.name();
    }

    public String getDistrict() {
        return district == null ? "" : district;
    }

    public boolean isFiltered() {
        return rule != null || district != null;
    }

    public boolean isInvalidFilter() {
        return invalidFilter;
    }

    public boolean isInvalidPage() {
        return invalidPage;
    }

    public boolean isRechecked() {
        return rechecked;
    }

    public boolean isBeyondLastPage() {
        Page<ViolationRow> p = getViolations();
        return p.items().isEmpty() && p.total() > 0;
    }
}
