package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.registry.RegistryRefusal;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * 数据质量 — the findings of the registry re-check for the data-quality page: counts by rule and
 * district, the list (filtered, paged), a re-check on demand, and exports.
 *
 * <p>Values are masked for everyone on the page. An export is masked too, unless a station leader
 * (站领导) asks for full values; a supervisor who asks is refused. Re-checks and exports are audited
 * ({@code REGISTRY_RECHECK}, {@code REGISTRY_QUALITY_EXPORT}), a refused full export as well.
 */
@Stateless
@RolesAllowed({"SUPERVISOR", "LEADER"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RegistryQuality {

    /** The role that may export full values. */
    public static final String FULL_EXPORT_ROLE = "LEADER";

    private static final Logger LOG = Logger.getLogger(RegistryQuality.class.getName());

    @EJB
    private RegistryCheck check;

    @EJB
    private QualitySnapshot snapshots;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext caller;

    /** Counts by rule and district of the latest check (running one if there is none yet). */
    public QualitySummary summary() {
        return summarise(current());
    }

    /** Runs the check again now; audited with the number of findings and the time taken. */
    public QualitySummary recheck(String sourceIp) {
        QualitySnapshot.Snapshot s = new QualitySnapshot.Snapshot(check.run(), username());
        snapshots.store(s);
        CheckResult r = s.result();
        LOG.info(() -> "Registry re-check by " + s.ranBy() + ": " + r.violations().size() + " findings in " + r.millis() + " ms");
        audit.record(username(), role(), sourceIp, "REGISTRY_RECHECK", "Registry", null, AuditOutcome.SUCCESS,
                r.violations().size() + " findings in " + r.millis() + " ms; checked " + r.checked());
        return summarise(s);
    }

    /** One page of the findings that match, masked. */
    public Page<ViolationRow> violations(ViolationFilter filter, int pageNumber, int pageSize) {
        CheckResult r = current().result();
        List<Violation> matching = r.violations().stream().filter(filter::matches).toList();
        int size = Page.clampSize(pageSize);
        int first = Page.firstResult(pageNumber, size);
        List<ViolationRow> items = first >= matching.size() ? List.of()
                : matching.subList(first, Math.min(matching.size(), first + size)).stream()
                .map(v -> ViolationRow.of(v, r.phoneOf(v), false)).toList();
        return new Page<>(items, Math.max(1, pageNumber), size, matching.size());
    }

    /** The findings about one record, masked: for its detail page. */
    public List<ViolationRow> violationsOf(SubjectKind kind, long id) {
        CheckResult r = current().result();
        return r.violations().stream().filter(v -> v.subjectKind() == kind && v.subjectId() == id)
                .map(v -> ViolationRow.of(v, r.phoneOf(v), false)).toList();
    }

    /** Whether the caller may export full values. */
    public boolean mayExportFull() {
        return caller.isCallerInRole(FULL_EXPORT_ROLE);
    }

    /**
     * Writes the matching findings to {@code out} and records the export.
     *
     * @param full full values instead of masked ones: station leaders only, refused (and audited) otherwise
     * @return how many findings were written
     */
    public int export(ViolationFilter filter, ExportFormat format, boolean full, OutputStream out, String sourceIp) {
        String detail = format.extension() + "; " + filter.describe();
        if (full && !mayExportFull()) {
            audit.record(username(), role(), sourceIp, "REGISTRY_QUALITY_EXPORT", "Registry", null, AuditOutcome.DENIED,
                    detail + "; full values asked without the LEADER role");
            throw new RegistryRefusal("FULL_VALUES_NOT_ALLOWED", "只有站领导可以导出未脱敏的完整信息");
        }
        CheckResult r = current().result();
        List<ViolationRow> rows = r.violations().stream().filter(filter::matches)
                .map(v -> ViolationRow.of(v, r.phoneOf(v), full)).toList();
        switch (format) {
            case CSV -> ViolationExport.csv(rows, out);
            case XLSX -> ViolationExport.xlsx(rows, new ViolationExport.About(
                    LocalDateTime.now(RegistryCheck.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                    username(), filter.describe(), !full, rows.size()), out);
        }
        audit.record(username(), role(), sourceIp, "REGISTRY_QUALITY_EXPORT", "Registry", null, AuditOutcome.SUCCESS,
                detail + "; " + rows.size() + " rows; " + (full ? "FULL VALUES" : "masked"));
        return rows.size();
    }

    private QualitySnapshot.Snapshot current() {
        return snapshots.latest().orElseGet(() -> {
            QualitySnapshot.Snapshot s = new QualitySnapshot.Snapshot(check.run(), null);
            snapshots.store(s);
            return s;
        });
    }

    static QualitySummary summarise(QualitySnapshot.Snapshot s) {
        CheckResult r = s.result();
        List<String> columns = new ArrayList<>();
        for (District d : District.values()) {
            columns.add(d.code());
        }
        columns.add(Districts.OTHER);
        Map<QualityRule, Map<String, Integer>> matrix = new EnumMap<>(QualityRule.class);
        Map<QualityRule, Integer> byRule = new EnumMap<>(QualityRule.class);
        Map<String, Integer> byDistrict = new LinkedHashMap<>();
        for (QualityRule rule : QualityRule.values()) {
            byRule.put(rule, 0);
            matrix.put(rule, new LinkedHashMap<>());
        }
        columns.forEach(c -> byDistrict.put(c, 0));
        for (Violation v : r.violations()) {
            String column = Districts.column(v.districtCode());
            matrix.get(v.rule()).merge(column, 1, Integer::sum);
            byRule.merge(v.rule(), 1, Integer::sum);
            byDistrict.merge(column, 1, Integer::sum);
        }
        return new QualitySummary(r.ranAt(), r.millis(), s.ranBy(), r.violations().size(), columns, matrix, byRule,
                byDistrict, r.checked(), r.phases());
    }

    private String username() {
        return caller.getCallerPrincipal().getName();
    }

    private String role() {
        return caller.isCallerInRole("LEADER") ? "LEADER" : "SUPERVISOR";
    }
}
