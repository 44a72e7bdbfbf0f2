package cn.gov.lanzhou.supervision.documents;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The Chinese TrueType font documents are set in, embedded as a subset into every PDF so that it
 * prints the same anywhere, without fonts on the reader's machine.
 *
 * <p>Only fonts with TrueType outlines ({@code glyf} table) are usable: PDFBox 3.0 cannot embed
 * OpenType fonts with CFF outlines (checked: Noto Sans/Serif CJK from Debian's {@code fonts-noto-cjk}
 * fail with "OTF fonts do not have a glyf table"), so those are passed over. A {@code .ttc} collection
 * is searched for its first face that has TrueType outlines and Chinese glyphs (for
 * {@code wqy-microhei.ttc}: WenQuanYi Micro Hei).
 *
 * <p>Each document opens the file for itself and parses only the tables it needs, so documents can be
 * produced concurrently (PDFBox font objects are not shared between threads).
 */
public final class DocumentFont {

    /** Configuration key naming a {@code .ttf}/{@code .ttc} file; when set, only that file is used. */
    public static final String CONFIG_KEY = "portal.documents.font";

    /**
     * Where the usual packages put suitable fonts, first found wins: Debian/Ubuntu/Kylin Desktop
     * ({@code fonts-wqy-microhei}, {@code fonts-wqy-zenhei}, {@code fonts-arphic-uming},
     * {@code fonts-droid-fallback}), then the RPM layout of Kylin Server, openEuler and CentOS
     * ({@code wqy-microhei-fonts}, {@code wqy-zenhei-fonts}, {@code google-droid-sans-fonts}).
     */
    public static final List<Path> SEARCH_LIST = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"));

    /**
     * Characters a document font must have: the station's name and the document titles. A font's name
     * says nothing about its glyphs, so the font itself is asked.
     */
    private static final String REQUIRED = "兰州市建设工程安全质量监督站整改通知书停工令";

    private static final String INSTALL_HINT = "请在服务器上安装文泉驿微米黑字体（Debian/Ubuntu/银河麒麟桌面版："
            + "apt-get install fonts-wqy-microhei；银河麒麟服务器版/openEuler/CentOS：yum install wqy-microhei-fonts），"
            + "或用配置项 " + CONFIG_KEY + " 指定一个含中文字形的 TrueType 字体文件（.ttf 或 .ttc；"
            + "Noto CJK 等 CFF 轮廓的 OpenType 字体无法嵌入）";

    private final Path file;
    private final String faceName;
    private final boolean collection;

    private DocumentFont(Path file, String faceName, boolean collection) {
        this.file = file;
        this.faceName = faceName;
        this.collection = collection;
    }

    /**
     * The configured font file, or the first usable one of {@link #SEARCH_LIST}.
     *
     * @param configured the value of {@value #CONFIG_KEY}, blank or empty when not set
     * @throws DocumentFontMissingException naming what was tried and what to do
     */
    public static DocumentFont locate(Optional<String> configured) {
        return locate(configured, SEARCH_LIST);
    }

    static DocumentFont locate(Optional<String> configured, List<Path> searchList) {
        Optional<String> path = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (path.isPresent()) {
            Path file = Path.of(path.get());
            try {
                return load(file);
            } catch (UnusableFont e) {
                throw new DocumentFontMissingException("无法生成文书：配置项 " + CONFIG_KEY + " 指定的字体文件 " + file
                        + " " + e.getMessage() + "。" + INSTALL_HINT + "。");
            }
        }
        List<String> tried = new ArrayList<>();
        for (Path candidate : searchList) {
            if (!Files.isRegularFile(candidate)) {
                tried.add(candidate + "（不存在）");
                continue;
            }
            try {
                return load(candidate);
            } catch (UnusableFont e) {
                tried.add(candidate + "（" + e.getMessage() + "）");
            }
        }
        throw new DocumentFontMissingException("无法生成文书：服务器上没有可嵌入 PDF 的中文字体。" + INSTALL_HINT
                + "。已查找：" + String.join("；", tried) + "。");
    }

    private static DocumentFont load(Path file) throws UnusableFont {
        if (!Files.isRegularFile(file)) {
            throw new UnusableFont("不存在");
        }
        boolean collection;
        try (var in = Files.newInputStream(file)) {
            byte[] tag = in.readNBytes(4);
            collection = tag.length == 4 && tag[0] == 't' && tag[1] == 't' && tag[2] == 'c' && tag[3] == 'f';
        } catch (IOException | SecurityException e) {
            throw new UnusableFont("无法读取（" + e.getClass().getSimpleName() + "）");
        }
        try {
            if (collection) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    String[] found = new String[1];
                    List<String> rejected = new ArrayList<>();
                    ttc.processAllFonts(face -> {
                        if (found[0] == null) {
                            String reason = unusable(face);
                            if (reason == null) {
                                found[0] = face.getName();
                            } else {
                                rejected.add(face.getName() + " " + reason);
                            }
                        }
                    });
                    if (found[0] == null) {
                        throw new UnusableFont("没有可用的字体：" + String.join("，", rejected));
                    }
                    return new DocumentFont(file, found[0], true);
                }
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
                String reason = unusable(ttf);
                if (reason != null) {
                    throw new UnusableFont(reason);
                }
                return new DocumentFont(file, ttf.getName(), false);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusableFont("不是可读的 TrueType 字体（" + e.getClass().getSimpleName() + "）");
        }
    }

    /** Why a face cannot be used, or null when it can. */
    private static String unusable(TrueTypeFont face) throws IOException {
        if (face instanceof OpenTypeFont otf && otf.isPostScript()) {
            return "是 CFF 轮廓的 OpenType 字体，PDFBox 无法嵌入";
        }
        if (face.getGlyph() == null) {
            return "没有 TrueType 字形表";
        }
        var cmap = face.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return "没有 Unicode 字符映射";
        }
        for (int i = 0; i < REQUIRED.length(); i++) {
            if (cmap.getGlyphId(REQUIRED.charAt(i)) == 0) {
                return String.format(Locale.ROOT, "缺少汉字“%c”的字形", REQUIRED.charAt(i));
            }
        }
        return null;
    }

    /** The font file. */
    public Path file() {
        return file;
    }

    /** The face used (for a collection, the one chosen from it). */
    public String faceName() {
        return faceName;
    }

    /** {@code file#face}, for logs and health output. */
    public String describe() {
        return file + (collection ? "#" + faceName : "") + " (" + faceName + ")";
    }

    /**
     * Parses the face afresh and loads it into {@code document} for subset embedding. The returned
     * handle must stay open until the document is saved (the subset is made then), and be closed after.
     */
    public Embedded embedIn(PDDocument document) throws IOException {
        Objects.requireNonNull(document);
        if (collection) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont face = ttc.getFontByName(faceName);
                return new Embedded(PDType0Font.load(document, face, true), ttc);
            } catch (IOException | RuntimeException e) {
                ttc.close();
                throw e;
            }
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        try {
            return new Embedded(PDType0Font.load(document, ttf, true), ttf);
        } catch (IOException | RuntimeException e) {
            ttf.close();
            throw e;
        }
    }

    /** A font loaded into one document, and what to close once that document is saved. */
    public record Embedded(PDType0Font font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private static final class UnusableFont extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableFont(String reason) {
            super(reason, null, false, false);
        }
    }
}
