package cn.gov.lanzhou.supervision.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finding the Chinese font: the configured file or the search list, and a message that says what to
 * install or configure when there is none — never a PDF with blank text.
 */
class DocumentFontTest {

    @Test
    void withoutAnyFontTheMessageNamesWhatWasTriedAndWhatToInstall(@TempDir Path dir) throws Exception {
        Path notAFont = Files.writeString(dir.resolve("fake.ttf"), "not a font at all");
        DocumentFontMissingException e = assertThrows(DocumentFontMissingException.class,
                () -> DocumentFont.locate(Optional.empty(), List.of(dir.resolve("missing.ttc"), notAFont)));
        assertEquals(DocumentFontMissingException.CODE, e.getCode());
        String m = e.getMessage();
        assertTrue(m.startsWith("无法生成文书"), m);
        assertTrue(m.contains("fonts-wqy-microhei") && m.contains("wqy-microhei-fonts") && m.contains(DocumentFont.CONFIG_KEY), m);
        assertTrue(m.contains(dir.resolve("missing.ttc") + "（不存在）"), m);
        assertTrue(m.contains(notAFont + "（不是可读的 TrueType 字体"), m);
    }

    @Test
    void aConfiguredFileIsTheOnlyOneUsedAndItsProblemIsNamed(@TempDir Path dir) {
        String configured = dir.resolve("simsun.ttc").toString();
        DocumentFontMissingException e = assertThrows(DocumentFontMissingException.class,
                () -> DocumentFont.locate(Optional.of(configured), DocumentFont.SEARCH_LIST));
        assertTrue(e.getMessage().contains("配置项 " + DocumentFont.CONFIG_KEY + " 指定的字体文件 " + configured + " 不存在"),
                e.getMessage());
    }

    @Test
    void theSearchListFindsTheInstalledMicroHeiFace() {
        DocumentFont font = DocumentFont.locate(Optional.empty());
        assertTrue(Files.isRegularFile(font.file()));
        assertTrue(font.describe().contains(font.faceName()));
    }

    @Test
    void anOpenTypeFontWithCffOutlinesIsRefusedWithTheReason() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        assumeTrue(Files.isRegularFile(noto), "fonts-noto-cjk is not installed here");
        DocumentFontMissingException e = assertThrows(DocumentFontMissingException.class,
                () -> DocumentFont.locate(Optional.of(noto.toString()), List.of()));
        assertTrue(e.getMessage().contains("CFF 轮廓"), e.getMessage());
    }
}
