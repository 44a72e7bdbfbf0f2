package cn.gov.lanzhou.supervision.publishing;

import java.util.List;

/**
 * Two versions of an article side by side (修订对比): the fields that differ and the body's text
 * compared paragraph by paragraph, word by word inside a changed paragraph.
 *
 * @param fromLabel e.g. "第 3 版" or "线上版本"
 * @param bodyHtml  escaped text with {@code <ins>}/{@code <del>}, safe to render
 */
public record Comparison(String fromLabel, String toLabel, List<FieldChange> fields, String bodyHtml, boolean bodyChanged) {

    /** A field whose value differs (title, summary, column …), with both values as text. */
    public record FieldChange(String field, String before, String after, String diffHtml) {
    }

    public boolean identical() {
        return fields.isEmpty() && !bodyChanged;
    }
}
