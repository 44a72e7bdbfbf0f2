package cn.gov.lanzhou.supervision.registry.importing;

import java.io.Serializable;
import java.util.List;

/**
 * An import file read and checked, nothing written yet: the rows with their errors, for the user to
 * choose which valid rows to import.
 *
 * @param fingerprint  SM3 of the file (hex), for the audit trail
 * @param fileWarnings notes about the file as a whole (ignored columns, the template's example row left in)
 * @param millis       how long reading and checking took
 */
public record ImportPreview(ImportKind kind, String fileName, String format, String encoding, String fingerprint,
                           List<ImportColumn> columns, List<ImportRow> rows, List<String> fileWarnings, long millis)
        implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileWarnings = List.copyOf(fileWarnings);
        columns = List.copyOf(columns);
    }

    public long validCount() {
        return rows.stream().filter(ImportRow::isValid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }
}
