package cn.gov.lanzhou.supervision.registry.importing;

import java.io.Serializable;

/**
 * A column of an import file.
 *
 * @param key      the field it fills, e.g. {@code creditCode}
 * @param header   the heading in the file, e.g. 统一社会信用代码 (a trailing {@code *} marking required columns is allowed)
 * @param required whether every row must have a value
 * @param example  the value of the template's example row
 * @param hint     how to fill it in, for the template's 填写说明 sheet
 * @param text     whether the template formats the column as text (codes Excel would turn into numbers)
 */
public record ImportColumn(String key, String header, boolean required, String example, String hint, boolean text)
        implements Serializable {
}
