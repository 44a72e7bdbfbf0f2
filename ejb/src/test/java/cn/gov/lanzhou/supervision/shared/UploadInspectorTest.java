package cn.gov.lanzhou.supervision.shared;

import cn.gov.lanzhou.supervision.shared.UploadInspector.FileType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads judged by their content, with real files made by the libraries and tools that make them. */
class UploadInspectorTest {

    @TempDir
    Path dir;

    private UploadInspector inspector() {
        return new UploadInspector(new FileStore(dir), new UploadLimits(1024 * 1024, 3 * 1024 * 1024));
    }

    private UploadInspector.Accepted accept(byte[] content, String name) {
        return inspector().accept(new ByteArrayInputStream(content), name, UploadInspector.ARTICLE_FILES);
    }

    private RequestRefused refused(byte[] content, String name) {
        RequestRefused e = assertThrows(RequestRefused.class, () -> accept(content, name));
        assertTrue(e.getMessage().contains("“" + UploadInspector.safeFileName(name) + "”"), "the message names the file: " + e.getMessage());
        assertNothingStored();
        return e;
    }

    private void assertNothingStored() {
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "a refused upload leaves nothing behind");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- real samples ---

    /** A small but complete PDF 1.4 with one page of text, xref and trailer. */
    static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length 44 >>\nstream\nBT /F1 18 Tf 72 760 Td (Notice 2026) Tj ET\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("关于开展安全生产月活动的通知");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("检查统计").createRow(0).createCell(0).setCellValue("城关区");
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("检查统计").createRow(0).createCell(0).setCellValue("七里河区");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 compound file with the streams of a Word 97 document (or others, e.g. an installer's). */
    static byte[] ole2(String... streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String s : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[4096]), s);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0xC00000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), format);
        return out.toByteArray();
    }

    /** A 1×1 lossless WebP as cwebp writes it. */
    static byte[] webp() {
        return Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    }

    /** The start of an MP4 as ffmpeg writes it: the ftyp box (isom) and an mdat box. */
    static byte[] mp4(String brand, int payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{0, 0, 0, 0x20});
        out.writeBytes(("ftyp" + brand).getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[]{0, 0, 2, 0});
        out.writeBytes((brand + "iso2avc1mp41").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[]{(byte) (payload >>> 24), (byte) (payload >>> 16), (byte) (payload >>> 8), (byte) payload});
        out.writeBytes("mdat".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[payload]);
        return out.toByteArray();
    }

    /** A DOS/PE header as the linker writes it. */
    static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        b[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stub, 0, b, 0x4E, stub.length);
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("内容".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // --- accepted ---

    @Test
    void realDocumentsImagesAndVideosAreAcceptedByTheirContent() throws IOException {
        assertEquals(FileType.PDF, accept(pdf(), "关于开展安全生产月活动的通知.pdf").type());
        assertEquals(FileType.DOCX, accept(docx(), "通知.docx").type());
        assertEquals(FileType.XLSX, accept(xlsx(), "检查统计.XLSX").type());
        assertEquals(FileType.XLS, accept(xls(), "检查统计.xls").type());
        assertEquals(FileType.DOC, accept(ole2("WordDocument", "1Table"), "旧版通知.doc").type());
        assertEquals(FileType.PNG, accept(image("png"), "示意图.png").type());
        assertEquals(FileType.JPEG, accept(image("jpg"), "现场照片.JPG").type());
        assertEquals(FileType.JPEG, accept(image("jpg"), "现场照片.jpeg").type());
        assertEquals(FileType.GIF, accept(image("gif"), "流程.gif").type());
        assertEquals(FileType.WEBP, accept(webp(), "封面.webp").type());
        UploadInspector.Accepted video = accept(mp4("isom", 2 * 1024 * 1024), "宣传片.mp4");
        assertEquals("video/mp4", video.contentType());
        assertTrue(video.stored().sizeBytes() > 2 * 1024 * 1024, "videos have their own, larger limit");
        assertEquals(64, video.stored().sm3Hex().length());
    }

    // --- refused, whatever the name says ---

    @Test
    void executablesAreRefusedWhateverTheyAreCalled() {
        assertTrue(refused(exe(), "通知.pdf").getMessage().contains("Windows 可执行程序"));
        assertEquals("UPLOAD_EXECUTABLE", refused(exe(), "setup.docx").getCode());
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertTrue(refused(elf, "报表.xlsx").getMessage().contains("Linux 可执行程序"));
        byte[] macho = {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1};
        assertEquals("UPLOAD_EXECUTABLE", refused(macho, "照片.png").getCode());
        assertEquals("UPLOAD_SCRIPT", refused("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "说明.pdf").getCode());
        assertEquals("UPLOAD_SCRIPT", refused("<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8), "图.jpg").getCode());
        assertEquals("UPLOAD_TYPE", refused(exe(), "工具.exe").getCode());
    }

    @Test
    void aFileNamedPdfThatIsReallyAnExeIsRefusedInChinese() {
        RequestRefused e = refused(exe(), "2026年安全检查通报.pdf");
        assertEquals("文件“2026年安全检查通报.pdf”实际是 Windows 可执行程序，已拒绝上传", e.getMessage());
    }

    @Test
    void webPagesAndSvgAreRefused() {
        assertEquals("UPLOAD_MARKUP", refused("<!DOCTYPE html><html><body><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "通知.pdf").getCode());
        byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertTrue(refused(svg, "示意图.png").getMessage().contains("网页或 SVG"));
        assertEquals("UPLOAD_TYPE", refused(svg, "示意图.svg").getCode());
        byte[] bomHtml = ("\uFEFF  <html><img src=x onerror=alert(1)>").getBytes(StandardCharsets.UTF_8);
        assertEquals("UPLOAD_MARKUP", refused(bomHtml, "照片.jpg").getCode());
    }

    @Test
    void archivesDisguisedAsDocumentsAreRefused() throws IOException {
        assertTrue(refused(zip("readme.txt", "payload.exe"), "检查报告.docx").getMessage().contains("压缩包"));
        assertEquals("UPLOAD_ARCHIVE", refused(zip("META-INF/MANIFEST.MF", "a/B.class"), "统计.xlsx").getCode());
        assertEquals("UPLOAD_ARCHIVE", refused(zip("[Content_Types].xml", "ppt/slides/slide1.xml"), "汇报.docx").getCode());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(new byte[100]);
        }
        assertEquals("UPLOAD_ARCHIVE", refused(gz.toByteArray(), "数据.xls").getCode());
        byte[] rar = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 0, 0, 0, 0};
        assertEquals("UPLOAD_ARCHIVE", refused(rar, "方案.doc").getCode());
        byte[] sevenZip = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4};
        assertEquals("UPLOAD_ARCHIVE", refused(sevenZip, "方案.pdf").getCode());
    }

    @Test
    void macrosAndForeignCompoundFilesAreRefused() throws IOException {
        assertEquals("UPLOAD_MACRO", refused(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
                "带宏的通知.docx").getCode());
        assertEquals("UPLOAD_MACRO", refused(ole2("WordDocument", "Macros"), "带宏的通知.doc").getCode());
        // an installer is an OLE2 file too, without a Word or Excel stream
        assertEquals("UPLOAD_UNKNOWN", refused(ole2("SummaryInformation", "!_StringData"), "安装说明.doc").getCode());
    }

    @Test
    void theExtensionMustAgreeWithTheContent() throws IOException {
        RequestRefused png = refused(image("png"), "检查通报.pdf");
        assertEquals("文件“检查通报.pdf”的内容是PNG 图片，与扩展名“.pdf”不符，已拒绝上传。请确认文件后重新上传", png.getMessage());
        assertEquals("UPLOAD_MISMATCH", refused(xls(), "统计.xlsx").getCode());
        assertEquals("UPLOAD_MISMATCH", refused(docx(), "通知.xlsx").getCode());
        assertEquals("UPLOAD_MISMATCH", refused(pdf(), "通知.doc").getCode());
        assertEquals("UPLOAD_TYPE", refused(pdf(), "通知").getCode());
        assertEquals("UPLOAD_UNKNOWN", refused("只是一段文字".getBytes(StandardCharsets.UTF_8), "通知.pdf").getCode());
        assertEquals("UPLOAD_UNKNOWN", refused(mp4("qt  ", 64), "宣传片.mp4").getCode());
        assertEquals("UPLOAD_UNKNOWN", refused(mp4("heic", 64), "照片.mp4").getCode());
    }

    @Test
    void aTruncatedPdfIsRefused() {
        byte[] full = pdf();
        byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
        assertEquals("UPLOAD_DAMAGED", refused(cut, "通知.pdf").getCode());
    }

    @Test
    void sizeLimitsDependOnTheKindOfFileAndEmptyFilesAreRefused() {
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        RequestRefused tooBig = refused(big, "大文件.pdf");
        assertEquals("FILE_TOO_LARGE", tooBig.getCode());
        assertEquals("文件“大文件.pdf”超过大小限制（最大 1 MB）", tooBig.getMessage());
        assertTrue(refused(mp4("isom", 3 * 1024 * 1024), "长视频.mp4").getMessage().contains("最大 3 MB"));
        assertEquals("FILE_EMPTY", refused(new byte[0], "空.pdf").getCode());
        assertEquals(20L * 1024 * 1024, UploadLimits.from(k -> java.util.Optional.empty()).attachmentBytes());
        assertEquals(500L * 1024 * 1024, UploadLimits.from(k -> k.equals(UploadLimits.MAX_VIDEO_MB)
                ? java.util.Optional.of("500") : java.util.Optional.empty()).videoBytes());
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> UploadLimits.from(k -> java.util.Optional.of("lots")));
        assertTrue(bad.getMessage().contains(UploadLimits.MAX_ATTACHMENT_MB), bad.getMessage());
    }

    @Test
    void imagesOnlyWhereOnlyImagesAreWanted() {
        RequestRefused e = assertThrows(RequestRefused.class,
                () -> inspector().accept(new ByteArrayInputStream(pdf()), "封面.pdf", UploadInspector.IMAGES));
        assertTrue(e.getMessage().contains("只接受PNG 图片"), e.getMessage());
        assertNothingStored();
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertEquals("通知.pdf", UploadInspector.safeFileName("C:\\Users\\chen\\Desktop\\通知.pdf"));
        assertEquals("passwd", UploadInspector.safeFileName("../../../etc/passwd"));
        assertEquals("通知fdp.exe", UploadInspector.safeFileName("通知\u202Efdp.exe"), "a right-to-left override cannot disguise the extension");
        assertEquals("报告_1_.pdf", UploadInspector.safeFileName("报告<1>.pdf"));
        assertEquals("检查 通报.pdf", UploadInspector.safeFileName("检查\t\n\r\u0000通报.pdf"));
        assertEquals("附件.pdf", UploadInspector.safeFileName(".pdf"));
        assertEquals("附件", UploadInspector.safeFileName("  ...  "));
        assertEquals("附件", UploadInspector.safeFileName(null));
        assertEquals("_CON.pdf", UploadInspector.safeFileName("CON.pdf"));
        assertEquals("通知.pdf", UploadInspector.safeFileName("通知.pdf. . "));
        String longName = "关于".repeat(80) + ".docx";
        String safe = UploadInspector.safeFileName(longName);
        assertEquals(UploadInspector.MAX_NAME_LENGTH, safe.length());
        assertTrue(safe.endsWith(".docx"), "the extension survives shortening: " + safe);
    }

    @Test
    void aStoredNameIsTheSafeOne() {
        UploadInspector.Accepted a = accept(pdf(), "D:/共享/../通知\u0007.pdf");
        assertEquals("通知.pdf", a.fileName());
    }
}
