package cn.gov.lanzhou.supervision.registry.quality;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes findings as CSV (UTF-8 with BOM, RFC 4180) or as an Excel workbook (.xlsx): one row per
 * finding, the values as the rows carry them (masked or not is decided before). A second sheet of the
 * workbook, and the first lines of nothing else, say what was exported, by whom and whether it is masked.
 */
public final class ViolationExport {

    /** The columns of both formats. */
    public static final List<String> HEADERS = List.of("序号", "规则", "细项", "对象类型", "对象名称",
            "统一社会信用代码/身份证号/监督编号", "区县", "问题值", "问题说明", "联系电话");

    private ViolationExport() {
    }

    /** What the export was: shown on the workbook's 说明 sheet. */
    public record About(String exportedAt, String exportedBy, String filter, boolean masked, int rows) {
    }

    public static void csv(List<ViolationRow> rows, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\ufeff');
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
            csv.printRecord(HEADERS);
            int n = 1;
            for (ViolationRow r : rows) {
                csv.printRecord(cells(n++, r).stream().map(ViolationExport::neutralised).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(List<ViolationRow> rows, About about, OutputStream out) {
        // Streaming workbook: 100 rows in memory, the rest on disk (temporary files deleted by dispose()).
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet sheet = book.createSheet("数据质量问题");
            sheet.trackAllColumnsForAutoSizing();
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int n = 1;
            for (ViolationRow r : rows) {
                Row row = sheet.createRow(n);
                List<String> cells = cells(n, r);
                // Every cell is text: a string cell is never evaluated as a formula.
                row.createCell(0).setCellValue(n);
                for (int c = 1; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
                n++;
            }
            int[] widths = {6, 22, 26, 8, 30, 24, 10, 22, 80, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Sheet info = book.createSheet("说明");
            String[][] lines = {
                    {"导出内容", "主体库数据质量问题（" + about.filter() + "）"},
                    {"条数", String.valueOf(about.rows())},
                    {"导出时间", about.exportedAt()},
                    {"导出人", about.exportedBy()},
                    {"脱敏", about.masked() ? "是：统一社会信用代码隐去后6位，身份证号、手机号码隐去中间位"
                            : "否：含完整的身份证号、手机号码等个人信息，请妥善保管，不得外传"},
            };
            for (int i = 0; i < lines.length; i++) {
                Row row = info.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            info.setColumnWidth(0, 12 * 256);
            info.setColumnWidth(1, 80 * 256);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // temporary files are already gone
            }
        }
    }

    private static List<String> cells(int n, ViolationRow r) {
        return List.of(String.valueOf(n), r.rule().label(), r.check(), r.subjectKind().label(),
                nullToEmpty(r.subjectName()), nullToEmpty(r.subjectCode()), r.districtLabel(), r.value(), r.message(),
                r.phone());
    }

    /** A leading = + - @, tab or carriage return would make a spreadsheet read the cell as a formula. */
    static String neutralised(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
