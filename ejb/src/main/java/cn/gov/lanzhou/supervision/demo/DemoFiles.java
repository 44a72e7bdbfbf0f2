package cn.gov.lanzhou.supervision.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Small, valid files for demo attachments, made from nothing but their parameters (the same
 * arguments give the same bytes): a PNG cover picture and a one-page PDF. Written by hand rather
 * than with AWT or a PDF library, so the demo needs neither a display nor another dependency.
 */
final class DemoFiles {

    private DemoFiles() {
    }

    /**
     * A 640×360 cover in the portal's colours: a sky fading to white, a red band on top and a row
     * of buildings whose heights come from {@code seed}.
     */
    static byte[] coverPng(int seed) {
        int width = 640;
        int height = 360;
        int[] roofs = new int[8];
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < roofs.length; i++) {
            roofs[i] = 120 + random.nextInt(170);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(height * (width * 3 + 1));
        for (int y = 0; y < height; y++) {
            raw.write(0); // filter: none
            for (int x = 0; x < width; x++) {
                int r;
                int g;
                int b;
                int building = x / (width / roofs.length);
                boolean inBuilding = y >= roofs[building] && x % (width / roofs.length) > 8;
                if (y < 24) {
                    r = 0xC6; g = 0x28; b = 0x28;             // red band
                } else if (inBuilding) {
                    boolean window = (x / 10) % 2 == 0 && (y / 14) % 2 == 0;
                    r = window ? 0xF5 : 0x3A; g = window ? 0xE6 : 0x57; b = window ? 0x9A : 0x8C;
                } else {
                    int fade = y * 255 / height;                // sky: blue to white
                    r = 0x1F + (0xFF - 0x1F) * fade / 255; g = 0x5F + (0xFF - 0x5F) * fade / 255; b = 0xAF + (0xFF - 0xAF) * fade / 255;
                }
                raw.write(r);
                raw.write(g);
                raw.write(b);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        writeInt(header, width);
        writeInt(header, height);
        header.writeBytes(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, no filter method, no interlace
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            raw.writeTo(z);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        writeInt(out, data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    /**
     * A one-page PDF (A4, Helvetica) with the given lines of ASCII text: what a scanned annex
     * would be, small enough for the demo. Non-ASCII characters are replaced by '?'.
     */
    static byte[] onePagePdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 770 Td 16 TL\n");
        for (String line : lines) {
            StringBuilder safe = new StringBuilder();
            for (char c : line.toCharArray()) {
                if (c == '(' || c == ')' || c == '\\') {
                    safe.append('\\').append(c);
                } else {
                    safe.append(c >= 0x20 && c < 0x7f ? c : '?');
                }
            }
            text.append('(').append(safe).append(") Tj T*\n");
        }
        text.append("ET\n");
        byte[] content = text.toString().getBytes(StandardCharsets.US_ASCII);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Length " + content.length + " >>\nstream\n" + new String(content, StandardCharsets.US_ASCII) + "endstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        int xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            tail.append(String.format("%010d 00000 n \n", offset));
        }
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }
}
