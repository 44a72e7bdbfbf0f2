package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.gm.masking.Masking;
import cn.gov.lanzhou.supervision.registry.importing.ImportColumn;
import cn.gov.lanzhou.supervision.registry.importing.ImportEncoding;
import cn.gov.lanzhou.supervision.registry.importing.ImportFileException;
import cn.gov.lanzhou.supervision.registry.importing.ImportKind;
import cn.gov.lanzhou.supervision.registry.importing.ImportPreview;
import cn.gov.lanzhou.supervision.registry.importing.ImportProgress;
import cn.gov.lanzhou.supervision.registry.importing.ImportRow;
import cn.gov.lanzhou.supervision.registry.importing.ImportSummary;
import cn.gov.lanzhou.supervision.registry.importing.RegistryImport;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * 导入主体数据 ({@code /staff/registry/import.xhtml}): upload an Excel or CSV file → it is read and checked in
 * the background (the page polls the progress; small files are ready at once) → a preview with the errors of
 * each row and a check box for each valid one → the chosen rows are written, all or nothing → a summary.
 * The preview lives in this view only (server side), never in the browser.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportPage.class.getName());

    static final int PAGE_SIZE = 50;

    /** The columns the preview table shows for each kind (all of them are checked). */
    private static final Map<ImportKind, List<String>> SHOWN = Map.of(
            ImportKind.ENTERPRISE, List.of("creditCode", "name", "type", "district"),
            ImportKind.PERSON, List.of("name", "idNumber", "phone", "employerCreditCode", "certificateKind"),
            ImportKind.PROJECT, List.of("projectNo", "name", "district", "permitNo", "manager"));

    @EJB
    private RegistryImport importer;

    private String kind = ImportKind.ENTERPRISE.name();
    private String encoding = ImportEncoding.AUTO.name();
    private transient Part file;

    private ImportProgress progress;
    private transient Future<ImportPreview> job;
    private String fileName;
    private String fileError;
    private ImportPreview preview;
    private final Map<Integer, Boolean> choice = new HashMap<>();
    private String show = "all";
    private int pageNumber = 1;
    private ImportSummary summary;
    private String commitError;

    // ------------------------------------------------------------------ step 1: upload

    /** 上传并检查: validates the upload, then reads and checks it in the background. */
    public void upload() {
        clear();
        if (file == null || file.getSize() == 0) {
            fileError = "请选择要上传的 Excel（.xlsx）或 CSV 文件";
            return;
        }
        fileName = file.getSubmittedFileName();
        int max = importer.maxBytes();
        if (file.getSize() > max) {
            fileError = String.format("文件大小 %.1f MB，超过上限 %.1f MB，请分成几个文件导入", file.getSize() / 1048576.0, max / 1048576.0);
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(max + 1);
        } catch (IOException e) {
            fileError = "读取上传的文件失败，请重新上传";
            return;
        }
        progress = new ImportProgress();
        job = importer.previewInBackground(ImportKind.valueOf(kind), fileName, content, ImportEncoding.valueOf(encoding), progress);
        collect(importer.previewWaitMillis());
    }

    /** Polled while the check runs (ajax, or the 刷新进度 button without JavaScript). */
    public void poll() {
        collect(0);
    }

    private void collect(long waitMillis) {
        if (job == null) {
            return;
        }
        try {
            preview = job.get(waitMillis, TimeUnit.MILLISECONDS);
            job = null;
            preview.rows().stream().filter(ImportRow::isValid).forEach(r -> choice.put(r.getLine(), Boolean.TRUE));
        } catch (TimeoutException stillRunning) {
            // the page shows the progress and asks again
        } catch (ExecutionException e) {
            job = null;
            fileError = fileProblem(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job = null;
            fileError = "检查被中断，请重新上传";
        }
    }

    private static String fileProblem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ImportFileException f) {
                return f.getMessage();
            }
        }
        LOG.log(Level.WARNING, "Import check failed", cause);
        return "检查文件时出错，请确认文件内容后重新上传";
    }

    /** A check is running (or done and not yet collected by the next poll). */
    public boolean isWorking() {
        return job != null;
    }

    // ------------------------------------------------------------------ step 2: preview and choice

    public List<ImportRow> getShownRows() {
        List<ImportRow> rows = filteredRows();
        int from = Math.min(rows.size(), (pageNumber - 1) * PAGE_SIZE);
        return rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE));
    }

    private List<ImportRow> filteredRows() {
        if (preview == null) {
            return List.of();
        }
        return switch (show) {
            case "invalid" -> preview.rows().stream().filter(r -> !r.isValid()).toList();
            case "valid" -> preview.rows().stream().filter(ImportRow::isValid).toList();
            default -> preview.rows();
        };
    }

    public int getPageCount() {
        return Math.max(1, (filteredRows().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public void nextPage() {
        pageNumber = Math.min(getPageCount(), pageNumber + 1);
    }

    public void previousPage() {
        pageNumber = Math.max(1, pageNumber - 1);
    }

    public void showAll() {
        show("all");
    }

    public void showInvalid() {
        show("invalid");
    }

    public void showValid() {
        show("valid");
    }

    private void show(String which) {
        show = which;
        pageNumber = 1;
    }

    public void chooseAllValid() {
        preview.rows().stream().filter(ImportRow::isValid).forEach(r -> choice.put(r.getLine(), Boolean.TRUE));
    }

    public void chooseNone() {
        choice.replaceAll((line, chosen) -> Boolean.FALSE);
    }

    public long getChosenCount() {
        return preview == null ? 0 : preview.rows().stream().filter(r -> r.isValid() && Boolean.TRUE.equals(choice.get(r.getLine()))).count();
    }

    /** The shown columns' headings. */
    public List<ImportColumn> getShownColumns() {
        List<String> keys = SHOWN.get(preview.kind());
        return preview.columns().stream().filter(c -> keys.contains(c.key())).toList();
    }

    /** A cell of the preview, with ID numbers, phones and credit codes masked as on every registry screen. */
    public String cell(ImportRow row, String key) {
        String v = row.value(key);
        if (v.isBlank()) {
            return "—";
        }
        return switch (key) {
            case "idNumber", "manager", "chiefSupervisor", "safetyOfficer" -> Masking.idNumber(v);
            case "phone" -> Masking.mobile(v);
            case "creditCode", "employerCreditCode", "developer", "contractor", "supervision" -> Masking.creditCode(v);
            default -> v;
        };
    }

    // ------------------------------------------------------------------ step 3: commit

    /** 导入选中的行: all chosen valid rows in one transaction, or none. */
    public void commit() {
        commitError = null;
        Set<Integer> lines = preview.rows().stream().filter(r -> r.isValid() && Boolean.TRUE.equals(choice.get(r.getLine())))
                .map(ImportRow::getLine).collect(Collectors.toSet());
        try {
            summary = importer.commit(preview, lines, RegistryWeb.sourceIp());
            preview = null;
            choice.clear();
        } catch (RegistryRefusal e) {
            commitError = e.getMessage();
        }
    }

    /** 重新上传: back to step 1. */
    public void restart() {
        clear();
        summary = null;
    }

    private void clear() {
        progress = null;
        job = null;
        fileName = null;
        fileError = null;
        preview = null;
        choice.clear();
        show = "all";
        pageNumber = 1;
        commitError = null;
    }

    // ------------------------------------------------------------------ form values and state

    public List<ImportKind> getKinds() {
        return List.of(ImportKind.values());
    }

    public List<ImportEncoding> getEncodings() {
        return List.of(ImportEncoding.values());
    }

    public String templateUrl(ImportKind k, String format) {
        return RegistryWeb.context() + ImportTemplateServlet.PATH + "?kind=" + k.slug() + "&format=" + format;
    }

    public String listUrl() {
        return RegistryWeb.context() + RegistryWeb.FOLDER + switch (summary.kind()) {
            case ENTERPRISE -> "enterprises.xhtml";
            case PERSON -> "persons.xhtml";
            case PROJECT -> "projects.xhtml";
        };
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = ImportKind.valueOf(kind).name();
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = ImportEncoding.valueOf(encoding).name();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileError() {
        return fileError;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public Map<Integer, Boolean> getChoice() {
        return choice;
    }

    public String getShow() {
        return show;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public ImportSummary getSummary() {
        return summary;
    }

    public String getCommitError() {
        return commitError;
    }

    public int getMaxMegabytes() {
        return importer.maxBytes() / (1024 * 1024);
    }
}
