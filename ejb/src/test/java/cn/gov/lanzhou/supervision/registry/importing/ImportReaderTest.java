package cn.gov.lanzhou.supervision.registry.importing;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import files told apart by their content, CSV in UTF-8 and GBK, and Excel workbooks made here with POI. */
class ImportReaderTest {

    private static final String CSV = "统一社会信用代码,企业名称,企业类型,所在区县\r\n"
            + "91620102MA71ABCD1X,兰州金城建设有限公司,施工单位,城关区\r\n"
            + "\r\n"
            + "\"91620103MA72ABCD2Y\",\"七里河\"\"路桥\"\",有限公司\",施工单位,七里河区\r\n";

    private static ImportTable read(byte[] content, ImportEncoding encoding) {
        return ImportReader.read(content, encoding, 1000, new ImportProgress());
    }

    @Test
    void utf8CsvWithOrWithoutAByteOrderMarkIsRecognised() {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        for (byte[] file : List.of(plain, bom)) {
            ImportTable t = read(file, ImportEncoding.AUTO);
            assertEquals("CSV", t.format());
            assertEquals("UTF-8", t.encoding());
            assertEquals(List.of("统一社会信用代码", "企业名称", "企业类型", "所在区县"), t.headers());
            assertEquals(2, t.lines().size(), "the blank row is dropped");
            assertEquals(2, t.lines().get(0).number());
            assertEquals(4, t.lines().get(1).number(), "rows keep the numbers Excel shows");
            assertEquals("七里河\"路桥\",有限公司", t.lines().get(1).cells().get(1), "quotes and commas inside a cell");
        }
    }

    @Test
    void gbkCsvAsChineseExcelSavesItIsDetectedOrChosen() {
        byte[] gbk = CSV.getBytes(Charset.forName("GBK"));
        ImportTable auto = read(gbk, ImportEncoding.AUTO);
        assertEquals("GBK", auto.encoding());
        assertEquals("兰州金城建设有限公司", auto.lines().get(0).cells().get(1));
        assertEquals("兰州金城建设有限公司", read(gbk, ImportEncoding.GBK).lines().get(0).cells().get(1));

        ImportFileException wrong = assertThrows(ImportFileException.class, () -> read(gbk, ImportEncoding.UTF8));
        assertTrue(wrong.getMessage().startsWith("文件不是 UTF-8 编码"), wrong.getMessage());
    }

    @Test
    void tabSeparatedTextIsReadToo() {
        ImportTable t = read("姓名\t身份证号\r\n李明\t620102198506152012\r\n".getBytes(StandardCharsets.UTF_8), ImportEncoding.AUTO);
        assertEquals(List.of("李明", "620102198506152012"), t.lines().get(0).cells());
    }

    @Test
    void anExcelWorkbookIsReadAsExcelShowsItsCells() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("人员");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            header.createCell(2).setCellValue("证书有效期至");
            header.createCell(3).setCellValue("手机号码");
            Row a = sheet.createRow(2);
            a.createCell(0).setCellValue("李明");
            a.createCell(1).setCellValue("620102198506152012");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            a.createCell(2).setCellValue(LocalDate.of(2028, 6, 30));
            a.getCell(2).setCellStyle(date);
            a.createCell(3).setCellValue(13909310001d);
            Row b = sheet.createRow(4);
            b.createCell(0).setCellValue("王芳");
            // typed into a General cell: Excel keeps a double and shows 6.20102E+17
            b.createCell(1).setCellValue(620102199001011234d);
            book.write(out);
            xlsx = out.toByteArray();
        }
        ImportTable t = read(xlsx, ImportEncoding.AUTO);
        assertEquals("XLSX", t.format());
        assertEquals(2, t.headerLine(), "the first row with a value is the header");
        assertEquals(List.of("姓名", "身份证号", "证书有效期至", "手机号码"), t.headers());
        assertEquals(List.of("李明", "620102198506152012", "2028-06-30", "13909310001"), t.lines().get(0).cells());
        assertEquals(3, t.lines().get(0).number());
        assertEquals(5, t.lines().get(1).number());
        assertEquals("6.20102E+17", t.lines().get(1).cells().get(1), "what Excel shows, which the validator then explains");
    }

    @Test
    void filesThatAreNeitherAreRefusedWithAReason() {
        ImportFileException xls = assertThrows(ImportFileException.class, () -> read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}, ImportEncoding.AUTO));
        assertTrue(xls.getMessage().contains("旧版 Excel（.xls）"), xls.getMessage());
        ImportFileException png = assertThrows(ImportFileException.class, () -> read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A,
                0x1A, 0x0A, 0, 0, 0, 0x0D}, ImportEncoding.AUTO));
        assertEquals("文件既不是 Excel（.xlsx）工作簿，也不是 CSV 文本文件", png.getMessage());
        ImportFileException zip = assertThrows(ImportFileException.class, () -> read(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3},
                ImportEncoding.AUTO));
        assertTrue(zip.getMessage().startsWith("文件不是有效的 Excel（.xlsx）工作簿"), zip.getMessage());
        assertEquals("文件是空的", assertThrows(ImportFileException.class, () -> read(new byte[0], ImportEncoding.AUTO)).getMessage());
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsRefused() {
        StringBuilder csv = new StringBuilder("姓名,身份证号\n");
        for (int i = 0; i < 30; i++) {
            csv.append("张").append(i).append(",620102198506152012\n");
        }
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> ImportReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), ImportEncoding.AUTO, 25, new ImportProgress()));
        assertEquals("文件有 30 行数据，超过每次导入的上限 25 行，请分成几个文件导入", e.getMessage());
    }

    @Test
    void progressCountsTheRowsRead() {
        ImportProgress progress = new ImportProgress();
        ImportReader.read(CSV.getBytes(StandardCharsets.UTF_8), ImportEncoding.AUTO, 1000, progress);
        assertEquals(progress.getTotal(), progress.getDone());
        assertEquals(100, progress.getPercent());
    }
}
