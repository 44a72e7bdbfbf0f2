package cn.gov.lanzhou.supervision.registry.importing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data row of an import file: its row number as Excel shows it, its values by column key (normalised
 * once checked: codes upper-case, dates as 2026-11-26), and what is wrong with it. A row with errors cannot be
 * imported; warnings are for the user to know (e.g. a project without a 监理单位) and do not stop it.
 */
public final class ImportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final Map<String, String> values;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public ImportRow(int line, Map<String, String> values) {
        this.line = line;
        this.values = new LinkedHashMap<>(values);
    }

    /** The same values, nothing judged yet: commits check every row again. */
    public ImportRow fresh() {
        return new ImportRow(line, values);
    }

    public int getLine() {
        return line;
    }

    /** The value of a column, {@code ""} when empty. */
    public String value(String key) {
        String v = values.get(key);
        return v == null ? "" : v;
    }

    public boolean has(String key) {
        return !value(key).isBlank();
    }

    void set(String key, String value) {
        values.put(key, value);
    }

    public Map<String, String> getValues() {
        return Collections.unmodifiableMap(values);
    }

    void error(String message) {
        errors.add(message);
    }

    void warning(String message) {
        warnings.add(message);
    }

    public List<String> getErrors() {
        return Collections.unmodifiableList(errors);
    }

    public List<String> getWarnings() {
        return Collections.unmodifiableList(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    @Override
    public String toString() {
        return "ImportRow[" + line + ", " + values + (errors.isEmpty() ? "" : ", errors " + errors) + "]";
    }
}
