package cn.gov.lanzhou.supervision.registry.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The import templates: the expected columns (required ones marked {@code *}) and one example row, as an
 * Excel workbook (code columns formatted as text, so Excel does not turn an ID number into 6.2E+17; a second
 * sheet explains each column) or as CSV (UTF-8 with BOM). The example row is ignored if left in the file.
 */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    public static byte[] xlsx(ImportKind kind) {
        List<ImportColumn> columns = kind.columns();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Sheet sheet = book.createSheet(kind.label() + "导入");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                ImportColumn col = columns.get(c);
                Cell h = header.createCell(c);
                h.setCellValue(col.header() + (col.required() ? "*" : ""));
                h.setCellStyle(bold);
                Cell e = example.createCell(c);
                e.setCellValue(col.example());
                if (col.text()) {
                    e.setCellStyle(text);
                    sheet.setDefaultColumnStyle(c, text);
                }
                sheet.setColumnWidth(c, Math.max(12, Math.min(40, col.header().length() * 2 + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet("填写说明");
            String[] heads = {"列", "必填", "说明", "示例"};
            Row h = help.createRow(0);
            for (int c = 0; c < heads.length; c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(heads[c]);
                cell.setCellStyle(bold);
            }
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn col = columns.get(i);
                Row r = help.createRow(i + 1);
                r.createCell(0).setCellValue(col.header());
                r.createCell(1).setCellValue(col.required() ? "是" : "否");
                r.createCell(2).setCellValue(col.hint());
                r.createCell(3).setCellValue(col.example());
            }
            Row note = help.createRow(columns.size() + 2);
            note.createCell(0).setCellValue("说明");
            note.createCell(2).setCellValue("第一个工作表的第1行是列标题，从第2行起每行一条记录；模板中的示例行导入时会被忽略。"
                    + "CSV 文件请用 UTF-8 或 GBK 编码（中文版 Excel“另存为 CSV（逗号分隔）”即为 GBK），上传时可选择或自动识别。");
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 6 * 256);
            help.setColumnWidth(2, 70 * 256);
            help.setColumnWidth(3, 24 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(ImportKind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\ufeff');
            csv.printRecord(kind.columns().stream().map(c -> c.header() + (c.required() ? "*" : "")).toList());
            csv.printRecord(kind.columns().stream().map(ImportColumn::example).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
