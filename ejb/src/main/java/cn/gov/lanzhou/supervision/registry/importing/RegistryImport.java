package cn.gov.lanzhou.supervision.registry.importing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.digest.Sm3;
import cn.gov.lanzhou.supervision.registry.RegistryRefusal;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQualitySettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * 主体库导入: reads and checks an uploaded file (in the background, reporting progress, for large files),
 * then writes the rows the user chose, all or nothing, in one transaction.
 *
 * <p>Nothing the page sends back is trusted: the commit checks the chosen rows again against the registry
 * as it is at that moment (another import may have added the same enterprise meanwhile) and refuses the
 * whole commit if any of them fails. If the database refuses a row anyway, the transaction is rolled back
 * and nothing of the file is written. Every commit, done or refused, is an audit event {@code REGISTRY_IMPORT}
 * with the file's name, SM3 fingerprint and counts.
 */
@Stateless
@RolesAllowed({"SUPERVISOR", "LEADER"})
public class RegistryImport {

    private static final Logger LOG = Logger.getLogger(RegistryImport.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext caller;

    private RegistryQualitySettings settings = new RegistryQualitySettings();

    /** The largest file accepted, in bytes ({@code portal.registry.import.max-bytes}). */
    public int maxBytes() {
        return settings.importMaxBytes();
    }

    /** How long an upload waits for its check before the page shows the progress ({@code portal.registry.import.preview-wait-millis}). */
    public int previewWaitMillis() {
        return settings.importPreviewWaitMillis();
    }

    /**
     * {@link #preview} on another thread; {@code progress} tells how far it got. A file that cannot be read
     * ends the future with an {@link ImportFileException}.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Future<ImportPreview> previewInBackground(ImportKind kind, String fileName, byte[] content,
                                                     ImportEncoding encoding, ImportProgress progress) {
        return new AsyncResult<>(preview(kind, fileName, content, encoding, progress));
    }

    /**
     * Reads and checks the file; writes nothing.
     *
     * @throws ImportFileException when the file as a whole cannot be used (too large, not XLSX/CSV, wrong columns)
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportPreview preview(ImportKind kind, String fileName, byte[] content, ImportEncoding encoding,
                                 ImportProgress progress) {
        long started = System.nanoTime();
        int max = settings.importMaxBytes();
        if (content.length > max) {
            throw new ImportFileException(String.format("文件大小 %.1f MB，超过上限 %.1f MB", content.length / 1048576.0, max / 1048576.0));
        }
        ImportTable table = ImportReader.read(content, encoding, settings.importMaxRows(), progress);
        List<String> fileWarnings = new ArrayList<>();
        List<ImportRow> rows = ImportValidator.rows(kind, table, fileWarnings);
        if (rows.isEmpty()) {
            throw new ImportFileException("文件中除列标题（和模板示例行）外没有数据行");
        }
        new ImportValidator(em, LocalDate.now(ZONE), settings).validate(kind, rows, progress);
        progress.finish();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Import preview of " + rows.size() + " " + kind + " rows in " + millis + " ms");
        return new ImportPreview(kind, safeName(fileName), table.format(), table.encoding(), Sm3.hex(Sm3.digest(content)),
                kind.columns(), rows, fileWarnings, millis);
    }

    /**
     * Writes the chosen rows of a preview, all or nothing.
     *
     * @param lines the row numbers the user chose
     * @throws RegistryRefusal when nothing was chosen, a chosen row is not valid (now), or the database refused
     *                         a row; nothing is written then
     */
    public ImportSummary commit(ImportPreview preview, Set<Integer> lines, String sourceIp) {
        long started = System.nanoTime();
        List<ImportRow> chosen = preview.rows().stream().filter(r -> lines.contains(r.getLine())).map(ImportRow::fresh).toList();
        String what = preview.kind().label() + "导入 " + preview.fileName() + "（SM3 " + preview.fingerprint().substring(0, 16)
                + "…）：文件 " + preview.rows().size() + " 行，有效 " + preview.validCount() + " 行，选中 " + chosen.size() + " 行";
        if (chosen.isEmpty()) {
            throw refuse(preview, sourceIp, what, "NOTHING_CHOSEN", "请至少选择一行有效数据再导入");
        }
        new ImportValidator(em, LocalDate.now(ZONE), settings).validate(preview.kind(), chosen, new ImportProgress());
        List<ImportRow> invalid = chosen.stream().filter(r -> !r.isValid()).toList();
        if (!invalid.isEmpty()) {
            ImportRow first = invalid.get(0);
            throw refuse(preview, sourceIp, what, "ROWS_INVALID", "导入前重新校验，第 "
                    + invalid.stream().limit(10).map(r -> String.valueOf(r.getLine())).collect(Collectors.joining("、"))
                    + (invalid.size() > 10 ? " 等" : "") + " 行未通过（第 " + first.getLine() + " 行：" + first.getErrors().get(0)
                    + "），未写入任何数据。请重新上传文件核对");
        }
        int written;
        try {
            written = ImportWriter.write(em, preview.kind(), chosen);
        } catch (ImportWriter.RowsRefused e) {
            caller.setRollbackOnly();
            String range = e.firstLine() == e.lastLine() ? "第 " + e.firstLine() + " 行" : "第 " + e.firstLine() + "–" + e.lastLine() + " 行之间";
            throw refuse(preview, sourceIp, what, "DATABASE_REFUSED", "数据库拒绝了" + range + "的数据（" + reason(e)
                    + "），整批导入已撤销，未写入任何数据");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(username(), role(), sourceIp, "REGISTRY_IMPORT", preview.kind().name(), null, AuditOutcome.SUCCESS,
                what + "，已导入 " + written + " 条");
        LOG.info(() -> "Import of " + written + " " + preview.kind() + " rows by " + username() + " in " + millis + " ms");
        return new ImportSummary(preview.kind(), preview.fileName(), written, chosen.stream().map(ImportRow::getLine).toList(), millis);
    }

    private RegistryRefusal refuse(ImportPreview preview, String sourceIp, String what, String code, String message) {
        audit.record(username(), role(), sourceIp, "REGISTRY_IMPORT", preview.kind().name(), null, AuditOutcome.FAILURE,
                what + "；未导入：" + message);
        return new RegistryRefusal(code, message);
    }

    /** The database's own words, first line and short: e.g. the unique key that was violated. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private static String safeName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return n.isBlank() ? "（未命名文件）" : n.length() > 100 ? n.substring(0, 100) : n;
    }

    private String username() {
        return caller.getCallerPrincipal().getName();
    }

    private String role() {
        return caller.isCallerInRole("LEADER") ? "LEADER" : "SUPERVISOR";
    }
}
