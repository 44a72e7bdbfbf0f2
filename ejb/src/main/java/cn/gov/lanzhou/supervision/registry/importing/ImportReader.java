package cn.gov.lanzhou.supervision.registry.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded import file into text cells, deciding by its content (never by its name) whether it
 * is an Excel workbook (.xlsx: a ZIP package POI can open as a workbook) or a CSV text file, and for CSV
 * which character encoding it uses: a UTF-8 byte-order mark, or bytes that are valid UTF-8, mean UTF-8;
 * otherwise GBK (read as GB 18030, its superset) — unless the user chose one.
 */
public final class ImportReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Charset GBK = Charset.forName("GB18030");

    private ImportReader() {
    }

    /**
     * @param maxRows most data rows accepted
     * @throws ImportFileException when the file is neither, cannot be decoded, or is too long
     */
    public static ImportTable read(byte[] content, ImportEncoding encoding, int maxRows, ImportProgress progress) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("文件是空的");
        }
        if (startsWith(content, OLE2)) {
            throw new ImportFileException("这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” Excel 工作簿（.xlsx）或 CSV（逗号分隔）后再上传");
        }
        ImportTable table = startsWith(content, ZIP) ? xlsx(content, maxRows, progress) : csv(content, encoding, maxRows, progress);
        if (table.headers().isEmpty()) {
            throw new ImportFileException("文件中没有内容：第一行应为列标题（可下载模板）");
        }
        return table;
    }

    // ------------------------------------------------------------------ Excel

    private static ImportTable xlsx(byte[] content, int maxRows, ImportProgress progress) {
        // POI's ZipSecureFile limits (inflation ratio, entry size) guard against zip bombs.
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw new ImportFileException("Excel 工作簿中没有工作表");
            }
            Sheet sheet = book.getSheetAt(0);
            int last = sheet.getLastRowNum();
            if (last > maxRows + 20) {
                throw tooMany(last, maxRows);
            }
            progress.start("读取 Excel 工作表", last + 1);
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            List<List<String>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
                numbers.add(r + 1);
                progress.advance(1);
            }
            return table("XLSX", "", rows, numbers, maxRows);
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("文件不是有效的 Excel（.xlsx）工作簿，或已损坏：" + e.getClass().getSimpleName(), e);
        }
    }

    /** A cell as Excel shows it: dates as 2026-11-26, numbers in their display format, formulas by their cached result. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString()).strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }

    // ------------------------------------------------------------------ CSV

    private static ImportTable csv(byte[] content, ImportEncoding encoding, int maxRows, ImportProgress progress) {
        int probe = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < probe; i++) {
            if (content[i] == 0) {
                throw new ImportFileException("文件既不是 Excel（.xlsx）工作簿，也不是 CSV 文本文件");
            }
        }
        Decoded decoded = decode(content, encoding);
        String text = decoded.text();
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        progress.start("读取 CSV 文件", (int) text.lines().count());
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                numbers.add((int) record.getRecordNumber());
                progress.advance(1);
                if (rows.size() > maxRows + 20) {
                    throw tooMany(Integer.MAX_VALUE, maxRows);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("CSV 文件格式有误（例如引号没有成对）：" + e.getMessage(), e);
        }
        return table("CSV", decoded.name(), rows, numbers, maxRows);
    }

    private record Decoded(String text, String name) {
    }

    static Decoded decode(byte[] content, ImportEncoding encoding) {
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
        if (bom) {
            // A byte-order mark is UTF-8 whatever was chosen.
            return new Decoded(strict(content, 3, StandardCharsets.UTF_8, "文件以 UTF-8 标记开头，但内容不是有效的 UTF-8"), "UTF-8");
        }
        return switch (encoding) {
            case UTF8 -> new Decoded(strict(content, 0, StandardCharsets.UTF_8,
                    "文件不是 UTF-8 编码：中文版 Excel 另存的 CSV 一般是 GBK，请选择“GBK”或“自动识别”"), "UTF-8");
            case GBK -> new Decoded(strict(content, 0, GBK, "文件不是 GBK 编码：请选择“UTF-8”或“自动识别”"), "GBK");
            case AUTO -> {
                try {
                    yield new Decoded(strictOrThrow(content, 0, StandardCharsets.UTF_8), "UTF-8");
                } catch (CharacterCodingException notUtf8) {
                    yield new Decoded(strict(content, 0, GBK, "无法识别文件的字符编码（既不是 UTF-8 也不是 GBK）"), "GBK");
                }
            }
        };
    }

    private static String strict(byte[] content, int offset, Charset charset, String refusal) {
        try {
            return strictOrThrow(content, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ImportFileException(refusal, e);
        }
    }

    private static String strictOrThrow(byte[] content, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    }

    // ------------------------------------------------------------------ both

    /** The first row with a value is the header; blank rows are dropped, the others keep their numbers. */
    private static ImportTable table(String format, String encoding, List<List<String>> rows, List<Integer> numbers, int maxRows) {
        int header = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!blank(rows.get(i))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return new ImportTable(format, encoding, 0, List.of(), List.of());
        }
        List<ImportTable.Line> lines = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            if (!blank(rows.get(i))) {
                lines.add(new ImportTable.Line(numbers.get(i), List.copyOf(rows.get(i))));
            }
        }
        if (lines.size() > maxRows) {
            throw tooMany(lines.size(), maxRows);
        }
        List<String> headers = rows.get(header).stream().map(h -> h == null ? "" : h.strip()).toList();
        return new ImportTable(format, encoding, numbers.get(header), headers, lines);
    }

    private static ImportFileException tooMany(int rows, int maxRows) {
        return new ImportFileException((rows == Integer.MAX_VALUE ? "文件的数据行" : "文件有 " + rows + " 行数据，")
                + "超过每次导入的上限 " + maxRows + " 行，请分成几个文件导入");
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
