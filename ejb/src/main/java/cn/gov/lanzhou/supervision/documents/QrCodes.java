package cn.gov.lanzhou.supervision.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes drawn as vector squares, so they stay sharp at any print resolution. Error correction
 * level M (15 %) survives a fold or a stamp over a corner of a printed document.
 */
public final class QrCodes {

    private QrCodes() {
    }

    /** The modules of a QR code for {@code text}, without quiet zone. */
    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("二维码内容过长: " + text.length() + " 个字符", e);
        }
    }

    /**
     * Draws the code with its lower left corner at ({@code x}, {@code y}) and the given side length,
     * on a white square that includes the four-module quiet zone the standard asks for around it.
     * Dark modules of a row are joined into one rectangle, so renderers leave no seams between them.
     */
    public static void draw(PDPageContentStream content, BitMatrix modules, float x, float y, float side) throws IOException {
        int n = modules.getWidth();
        float module = side / (n + 8);
        content.saveGraphicsState();
        content.setNonStrokingColor(1f, 1f, 1f);
        content.addRect(x, y, side, side);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        float left = x + 4 * module;
        float top = y + side - 4 * module;
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && modules.get(col, row)) {
                    col++;
                }
                // A hair taller than a module: adjacent rows overlap instead of leaving a gap.
                content.addRect(left + start * module, top - (row + 1) * module - 0.01f, (col - start) * module, module + 0.02f);
            }
        }
        content.fill();
        content.restoreGraphicsState();
    }
}
