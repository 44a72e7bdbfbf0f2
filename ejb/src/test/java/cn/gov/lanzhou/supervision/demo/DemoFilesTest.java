package cn.gov.lanzhou.supervision.demo;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoFilesTest {

    @Test
    void theCoverIsAPngAnyImageReaderOpensTheSameEveryTime() throws Exception {
        byte[] png = DemoFiles.coverPng(1);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "a readable PNG");
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
        assertEquals(0xC62828, image.getRGB(10, 10) & 0xFFFFFF, "the red band on top");
        assertArrayEquals(png, DemoFiles.coverPng(1), "deterministic");
        assertTrue(png.length < 64 * 1024, "small: " + png.length);
    }

    @Test
    void theAnnexIsAPdfWhoseCrossReferenceTablePointsAtItsObjects() {
        byte[] pdf = DemoFiles.onePagePdf(List.of("Annex (1) to article No. 7", "中文 becomes ?"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4\n") && text.endsWith("%%EOF\n"));
        assertTrue(text.contains("(Annex \\(1\\) to article No. 7) Tj"), "parentheses escaped");
        assertTrue(text.contains("(?? becomes ?) Tj"), "only ASCII in the content stream");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n").matcher(text);
        assertTrue(start.find());
        int xref = Integer.parseInt(start.group(1));
        assertTrue(text.startsWith("xref\n0 6\n", xref), "startxref points at the table");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
        int object = 1;
        while (entry.find()) {
            int offset = Integer.parseInt(entry.group(1));
            assertTrue(text.startsWith(object + " 0 obj\n", offset), "object " + object + " at " + offset);
            object++;
        }
        assertEquals(6, object, "five objects listed");
    }

    @Test
    void tagsNameTheSubjectsATitleMentions() {
        assertEquals(Set.of("脚手架"), DemoArticleExtras.subjects("关于进一步加强脚手架安全管理的通知"));
        assertEquals(Set.of("危大工程"), DemoArticleExtras.subjects("《危险性较大的分部分项工程安全管理规定》政策解读"));
        assertEquals(Set.of("高支模", "监理"), DemoArticleExtras.subjects("高支模监理工作要点（2026年修订）"));
        assertTrue(DemoArticleExtras.subjects("召开第三季度工程质量安全形势分析会").isEmpty());
    }
}
