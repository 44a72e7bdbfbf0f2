package cn.gov.lanzhou.supervision.registry.importing;

import java.util.List;

/**
 * The cells of an import file as text, before they are matched to columns.
 *
 * @param format   {@code XLSX} or {@code CSV}
 * @param encoding the character encoding a CSV file was read with ({@code UTF-8} or {@code GBK}); empty for XLSX
 * @param headers  the first non-empty row
 * @param lines    the rows after it that have any value, with their row numbers as Excel shows them
 */
public record ImportTable(String format, String encoding, int headerLine, List<String> headers, List<Line> lines) {

    /** A row: its number in the file (the header is usually row 1) and its cells. */
    public record Line(int number, List<String> cells) {
    }
}
