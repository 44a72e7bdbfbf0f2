package cn.gov.lanzhou.supervision.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays an {@link OfficialDocument} out on A4 pages the way Chinese government documents look
 * (GB/T 9704 in spirit, not to the millimetre): the issuing body's name in red above a red double
 * rule, the number, the title, the addressee, the body, the issuing body and date on the right, a
 * red-bordered signature block, the QR code leading to the verification page, 版记 between rules, and
 * "第 n 页 共 m 页" on every page. All text is set in one Chinese TrueType font, embedded as a subset.
 *
 * <p>Text wraps by character, as Chinese does, keeps runs of Latin letters and digits (numbers,
 * codes) together, and never starts a line with closing punctuation. Characters the font cannot
 * print are replaced by {@code □} rather than failing or vanishing. Tables repeat their header on
 * every page; a cell too long for one page continues on the next.
 */
public final class OfficialDocumentPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = A4.getWidth() - 26 * MM;
    private static final float TOP = A4.getHeight() - 25 * MM;
    private static final float BOTTOM = 24 * MM;
    private static final float WIDTH = RIGHT - LEFT;

    private static final float LETTERHEAD_SIZE = 24f;
    private static final float TITLE_SIZE = 20f;
    private static final float BODY_SIZE = 12f;
    private static final float TABLE_SIZE = 10.5f;
    private static final float SMALL_SIZE = 9f;
    private static final float LEADING = 1.6f;
    private static final float CELL_PAD_X = 4f;
    private static final float CELL_PAD_Y = 3.5f;
    private static final float QR_SIDE = 92f;

    private static final Color RED = new Color(0xC8, 0x10, 0x10);
    private static final Color BLACK = Color.BLACK;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color LABEL_FILL = new Color(0xF5, 0xF5, 0xF5);

    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】%,.;:?!)]}·…—";
    private static final String NO_LINE_END = "（《「『“‘〔【([{";
    private static final String REPLACEMENT = "□";

    private OfficialDocumentPdf() {
    }

    /**
     * The PDF bytes of {@code document}, set in {@code font}.
     *
     * @throws UncheckedIOException if PDFBox fails to write (never for content reasons)
     */
    public static byte[] render(OfficialDocument document, DocumentFont font) {
        try (PDDocument pdf = new PDDocument(); DocumentFont.Embedded embedded = font.embedIn(pdf)) {
            new Layout(pdf, embedded.font(), document).run();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("文书 PDF 生成失败: " + document.number(), e);
        }
    }

    /** The state of one layout run: the current page, its content stream and the cursor. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final OfficialDocument doc;
        private final Map<Integer, Float> widths = new HashMap<>();
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument pdf, PDType0Font font, OfficialDocument doc) {
            this.pdf = pdf;
            this.font = font;
            this.doc = doc;
        }

        void run() throws IOException {
            information();
            newPage();
            firstPageHead();
            for (OfficialDocument.Block block : doc.blocks()) {
                if (block instanceof OfficialDocument.Heading h) {
                    heading(h.text());
                } else if (block instanceof OfficialDocument.Paragraph p) {
                    paragraph(p.text(), p.indent());
                } else if (block instanceof OfficialDocument.Facts f) {
                    facts(f.facts());
                } else if (block instanceof OfficialDocument.Table t) {
                    table(t);
                }
            }
            closing();
            endNotes();
            content.close();
            footers();
        }

        // --- pages -----------------------------------------------------------------------------

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            pdf.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(pdf, page);
            y = TOP;
            if (pages.size() > 1) {
                String running = doc.title() + "　" + doc.number() + "（续）";
                text(running, SMALL_SIZE, RIGHT - width(running, SMALL_SIZE), TOP + 4 * MM, GREY, false);
            }
        }

        /** Makes room for {@code height} points, starting a new page when the current one is full. */
        private void need(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void footers() throws IOException {
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(pdf, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String line = "第 " + (i + 1) + " 页　共 " + total + " 页";
                    float w = width(line, SMALL_SIZE);
                    footer.beginText();
                    footer.setFont(font, SMALL_SIZE);
                    footer.setNonStrokingColor(GREY);
                    footer.newLineAtOffset(LEFT + (WIDTH - w) / 2, BOTTOM - 12 * MM);
                    footer.showText(line);
                    footer.endText();
                    String number = "文书编号 " + doc.number();
                    footer.beginText();
                    footer.newLineAtOffset(LEFT, BOTTOM - 12 * MM);
                    footer.showText(number);
                    footer.endText();
                }
            }
        }

        private void information() {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.title() + " " + doc.number());
            info.setAuthor(doc.issuer());
            info.setSubject(doc.number());
            info.setKeywords("文书编号 " + doc.number());
            info.setCreator("兰州市建设工程安全质量监督站门户网站");
            GregorianCalendar created = GregorianCalendar.from(doc.createdAt().atZone(ZoneId.systemDefault()));
            info.setCreationDate(created);
            info.setModificationDate(created);
            pdf.getDocumentCatalog().setLanguage("zh-CN");
            PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            preferences.setDisplayDocTitle(true);
            pdf.getDocumentCatalog().setViewerPreferences(preferences);
        }

        // --- head ------------------------------------------------------------------------------

        private void firstPageHead() throws IOException {
            if (doc.letterhead() != null) {
                y -= LETTERHEAD_SIZE;
                centred(doc.letterhead(), LETTERHEAD_SIZE, RED, true);
                y -= 10;
            }
            String number = "编号：" + doc.number();
            y -= BODY_SIZE;
            text(number, BODY_SIZE, RIGHT - width(number, BODY_SIZE), y, BLACK, false);
            y -= 7;
            content.setStrokingColor(RED);
            rule(y, 2f);
            rule(y - 3.5f, 0.6f);
            content.setStrokingColor(BLACK);
            y -= 3.5f + 26;
            for (String line : wrap(doc.title(), TITLE_SIZE, WIDTH, 0)) {
                y -= TITLE_SIZE;
                centred(line, TITLE_SIZE, BLACK, true);
                y -= TITLE_SIZE * 0.5f;
            }
            y -= 12;
            if (doc.addressee() != null) {
                for (String line : wrap(doc.addressee() + "：", BODY_SIZE, WIDTH, 0)) {
                    need(BODY_SIZE * LEADING);
                    y -= BODY_SIZE * LEADING;
                    text(line, BODY_SIZE, LEFT, y + BODY_SIZE * (LEADING - 1) / 2, BLACK, false);
                }
                y -= 2;
            }
        }

        // --- body ------------------------------------------------------------------------------

        private void heading(String text) throws IOException {
            y -= 6;
            need(BODY_SIZE * LEADING * 2);
            for (String line : wrap(text, BODY_SIZE, WIDTH, 0)) {
                need(BODY_SIZE * LEADING);
                y -= BODY_SIZE * LEADING;
                text(line, BODY_SIZE, LEFT, y + BODY_SIZE * (LEADING - 1) / 2, BLACK, true);
            }
        }

        private void paragraph(String text, boolean indent) throws IOException {
            float indentWidth = indent ? 2 * width("国", BODY_SIZE) : 0;
            List<String> lines = wrap(text, BODY_SIZE, WIDTH, indentWidth);
            float lineHeight = BODY_SIZE * LEADING;
            for (int i = 0; i < lines.size(); i++) {
                need(lineHeight);
                y -= lineHeight;
                text(lines.get(i), BODY_SIZE, LEFT + (i == 0 ? indentWidth : 0), y + BODY_SIZE * (LEADING - 1) / 2, BLACK, false);
            }
            y -= 3;
        }

        private void facts(List<OfficialDocument.Fact> facts) throws IOException {
            float labelWidth = WIDTH * 0.22f;
            y -= 4;
            for (OfficialDocument.Fact fact : facts) {
                List<String> label = wrap(fact.label(), TABLE_SIZE, labelWidth - 2 * CELL_PAD_X, 0);
                List<String> value = wrap(fact.value(), TABLE_SIZE, WIDTH - labelWidth - 2 * CELL_PAD_X, 0);
                rowSlices(List.of(label, value), new float[] {labelWidth, WIDTH - labelWidth},
                        new boolean[] {false, false}, new Color[] {LABEL_FILL, null}, false, null);
            }
            y -= 6;
        }

        private void table(OfficialDocument.Table table) throws IOException {
            List<OfficialDocument.Column> columns = table.columns();
            float total = 0;
            for (OfficialDocument.Column c : columns) {
                total += c.weight();
            }
            float[] w = new float[columns.size()];
            boolean[] centred = new boolean[columns.size()];
            Color[] fills = new Color[columns.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = WIDTH * columns.get(i).weight() / total;
                centred[i] = columns.get(i).centred();
            }
            Runnable header = () -> {
                try {
                    List<List<String>> cells = new ArrayList<>();
                    Color[] grey = new Color[w.length];
                    for (int i = 0; i < w.length; i++) {
                        cells.add(wrap(columns.get(i).header(), TABLE_SIZE, w[i] - 2 * CELL_PAD_X, 0));
                        grey[i] = HEADER_FILL;
                    }
                    boolean[] allCentred = new boolean[w.length];
                    java.util.Arrays.fill(allCentred, true);
                    rowSlices(cells, w, allCentred, grey, true, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            y -= 4;
            // The header and at least one line of the first row stay together.
            need(tableRowHeight(1) * 2);
            header.run();
            for (List<String> row : table.rows()) {
                List<List<String>> cells = new ArrayList<>();
                for (int i = 0; i < w.length; i++) {
                    cells.add(wrap(row.get(i), TABLE_SIZE, w[i] - 2 * CELL_PAD_X, 0));
                }
                rowSlices(cells, w, centred, fills, false, header);
            }
            y -= 6;
        }

        private static float tableRowHeight(int lines) {
            return lines * TABLE_SIZE * LEADING + 2 * CELL_PAD_Y;
        }

        /**
         * Draws one table row, split over pages if it must be: each slice gets its cell borders, and
         * after a page break the header (when given) is drawn again. A row of a few lines that does not
         * fit moves to the next page whole rather than being split.
         */
        private void rowSlices(List<List<String>> cells, float[] w, boolean[] centred, Color[] fills, boolean bold,
                               Runnable header) throws IOException {
            int lines = 1;
            for (List<String> c : cells) {
                lines = Math.max(lines, c.size());
            }
            float lineHeight = TABLE_SIZE * LEADING;
            int done = 0;
            while (done < lines) {
                int remaining = lines - done;
                int fit = (int) Math.floor((y - BOTTOM - 2 * CELL_PAD_Y) / lineHeight);
                if (fit < 1 || (fit < remaining && remaining <= 6)) {
                    newPage();
                    if (header != null) {
                        header.run();
                    }
                    continue;
                }
                int take = Math.min(fit, remaining);
                float height = tableRowHeight(take);
                float x = LEFT;
                content.setLineWidth(0.6f);
                content.setStrokingColor(BLACK);
                for (int i = 0; i < w.length; i++) {
                    if (fills[i] != null) {
                        content.setNonStrokingColor(fills[i]);
                        content.addRect(x, y - height, w[i], height);
                        content.fill();
                    }
                    content.addRect(x, y - height, w[i], height);
                    content.stroke();
                    List<String> cell = cells.get(i);
                    for (int k = done; k < Math.min(done + take, cell.size()); k++) {
                        String line = cell.get(k);
                        float baseline = y - CELL_PAD_Y - (k - done + 1) * lineHeight + TABLE_SIZE * (LEADING - 1) / 2 + 1;
                        float tx = centred[i] ? x + (w[i] - width(line, TABLE_SIZE)) / 2 : x + CELL_PAD_X;
                        text(line, TABLE_SIZE, tx, baseline, BLACK, bold);
                    }
                    x += w[i];
                }
                y -= height;
                done += take;
                if (done < lines) {
                    newPage();
                    if (header != null) {
                        header.run();
                    }
                }
            }
        }

        // --- closing ---------------------------------------------------------------------------

        /**
         * The issuing body and date on the right, the signature block in red below them, and the QR
         * code with its caption on the left: kept together on one page.
         */
        private void closing() throws IOException {
            float sealHeight = doc.signatureLines().isEmpty() ? 0 : doc.signatureLines().size() * SMALL_SIZE * 1.5f + 12;
            float height = Math.max(46 + 8 + sealHeight, doc.verificationUrl() == null ? 0 : QR_SIDE + 30);
            y -= 16;
            need(height);
            float top = y;
            String date = chineseDate(doc.issuedOn());
            float blockRight = RIGHT - 2 * width("国", BODY_SIZE);
            float issuerWidth = width(doc.issuer(), BODY_SIZE);
            float dateWidth = width(date, BODY_SIZE);
            float centre = blockRight - Math.max(issuerWidth, dateWidth) / 2;
            text(doc.issuer(), BODY_SIZE, centre - issuerWidth / 2, top - BODY_SIZE - 4, BLACK, false);
            text(date, BODY_SIZE, centre - dateWidth / 2, top - 2 * BODY_SIZE - 14, BLACK, false);
            if (!doc.signatureLines().isEmpty()) {
                float boxWidth = 0;
                for (String line : doc.signatureLines()) {
                    boxWidth = Math.max(boxWidth, width(line, SMALL_SIZE));
                }
                boxWidth = Math.min(boxWidth + 16, WIDTH - QR_SIDE - 20);
                float boxTop = top - 46 - 8;
                float boxLeft = RIGHT - boxWidth;
                content.setStrokingColor(RED);
                content.setLineWidth(1.4f);
                content.addRect(boxLeft, boxTop - sealHeight, boxWidth, sealHeight);
                content.stroke();
                content.setLineWidth(0.5f);
                content.addRect(boxLeft + 2.5f, boxTop - sealHeight + 2.5f, boxWidth - 5, sealHeight - 5);
                content.stroke();
                content.setStrokingColor(BLACK);
                float baseline = boxTop - 6 - SMALL_SIZE;
                for (String line : doc.signatureLines()) {
                    String fitted = wrap(line, SMALL_SIZE, boxWidth - 16, 0).get(0);
                    text(fitted, SMALL_SIZE, boxLeft + 8, baseline, RED, false);
                    baseline -= SMALL_SIZE * 1.5f;
                }
            }
            if (doc.verificationUrl() != null) {
                QrCodes.draw(content, QrCodes.encode(doc.verificationUrl()), LEFT - 4, top - QR_SIDE, QR_SIDE);
                String caption = doc.verificationCaption() != null ? doc.verificationCaption() : "扫码核验";
                float captionWidth = width(caption, SMALL_SIZE);
                text(caption, SMALL_SIZE, LEFT - 4 + (QR_SIDE - captionWidth) / 2, top - QR_SIDE - SMALL_SIZE - 2, GREY, false);
            }
            y = top - height;
        }

        private void endNotes() throws IOException {
            if (doc.endNotes().isEmpty()) {
                return;
            }
            List<String> lines = new ArrayList<>();
            for (String note : doc.endNotes()) {
                lines.addAll(wrap(note, TABLE_SIZE, WIDTH - 8, 0));
            }
            float lineHeight = TABLE_SIZE * LEADING;
            y -= 14;
            need(lines.size() * lineHeight + 12);
            content.setStrokingColor(BLACK);
            rule(y, 0.8f);
            for (String line : lines) {
                y -= lineHeight;
                text(line, TABLE_SIZE, LEFT + 4, y + TABLE_SIZE * (LEADING - 1) / 2, BLACK, false);
            }
            y -= 4;
            rule(y, 0.8f);
        }

        // --- drawing primitives ----------------------------------------------------------------

        private void rule(float at, float lineWidth) throws IOException {
            content.setLineWidth(lineWidth);
            content.moveTo(LEFT, at);
            content.lineTo(RIGHT, at);
            content.stroke();
        }

        private void centred(String line, float size, Color color, boolean bold) throws IOException {
            text(line, size, LEFT + (WIDTH - width(line, size)) / 2, y, color, bold);
        }

        /** One line at a baseline; "bold" is the regular face filled and stroked, as Chinese fonts rarely have a bold. */
        private void text(String line, float size, float x, float baseline, Color color, boolean bold) throws IOException {
            if (line.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            if (bold) {
                content.setStrokingColor(color);
                content.setLineWidth(size * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.endText();
            content.setNonStrokingColor(BLACK);
            content.setStrokingColor(BLACK);
        }

        // --- text measuring and wrapping -------------------------------------------------------

        private float width(String text, float size) {
            float units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                units += widths.computeIfAbsent(cp, this::glyphWidth);
                i += Character.charCount(cp);
            }
            return units / 1000f * size;
        }

        private float glyphWidth(int codePoint) {
            try {
                return font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException | IllegalArgumentException e) {
                return 1000f;
            }
        }

        /** The text with control characters made spaces and characters the font lacks made {@code □}. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    out.append('\n');
                } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != '　') {
                    out.append(' ');
                } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(REPLACEMENT);
                }
            }
            return out.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return font.getStringWidth(new String(Character.toChars(codePoint))) >= 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        /**
         * Breaks text into lines no wider than {@code width} ({@code firstIndent} less for the first).
         * Line feeds in the text are kept as breaks.
         */
        private List<String> wrap(String text, float size, float width, float firstIndent) {
            List<String> lines = new ArrayList<>();
            for (String part : printable(text).split("\n", -1)) {
                wrapPart(part.strip(), size, width, lines.isEmpty() ? firstIndent : 0, lines);
            }
            return lines.isEmpty() ? List.of("") : lines;
        }

        private void wrapPart(String text, float size, float width, float firstIndent, List<String> lines) {
            List<String> tokens = tokens(text);
            StringBuilder line = new StringBuilder();
            float used = 0;
            float limit = width - firstIndent;
            for (int t = 0; t < tokens.size(); t++) {
                String token = tokens.get(t);
                float w = width(token, size);
                boolean closing = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
                if (used + w > limit && line.length() > 0 && !closing) {
                    // An opening bracket at the end of a line moves down with what it opens.
                    String carried = "";
                    if (line.length() > 1 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                        carried = line.substring(line.length() - 1);
                        line.setLength(line.length() - 1);
                    }
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    line.append(carried);
                    used = width(carried, size);
                    limit = width;
                    if (token.isBlank()) {
                        continue;
                    }
                }
                if (w > limit) {
                    // A run of Latin letters or digits longer than a line: break it by character.
                    for (int i = 0; i < token.length(); ) {
                        int cp = token.codePointAt(i);
                        String ch = new String(Character.toChars(cp));
                        float cw = width(ch, size);
                        if (used + cw > limit && line.length() > 0) {
                            lines.add(line.toString());
                            line.setLength(0);
                            used = 0;
                            limit = width;
                        }
                        line.append(ch);
                        used += cw;
                        i += Character.charCount(cp);
                    }
                    continue;
                }
                line.append(token);
                used += w;
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString().stripTrailing());
            }
        }

        /** Runs of ASCII letters, digits and the punctuation inside codes are one token; everything else one character. */
        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    int start = i;
                    while (i < text.length() && isWordChar(text.codePointAt(i))) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                    tokens.add(text.substring(start, i));
                } else {
                    tokens.add(new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                }
            }
            return tokens;
        }

        private static boolean isWordChar(int cp) {
            return cp < 0x80 && (Character.isLetterOrDigit(cp) || "-_./:?=&%#@+~".indexOf(cp) >= 0);
        }
    }

    /** 2026年11月20日 — dates as Chinese documents print them. */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
