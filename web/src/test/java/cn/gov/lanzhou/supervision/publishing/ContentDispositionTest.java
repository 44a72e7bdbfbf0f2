package cn.gov.lanzhou.supervision.publishing;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDispositionTest {

    @Test
    void aChineseNameTravelsAsRfc5987WithAnAsciiFallback() {
        String header = ContentDisposition.of(false, "附件1：检查要点（2026年版）.pdf");
        assertTrue(header.startsWith("attachment; filename=\""), header);
        String fallback = header.replaceAll(".*filename=\"([^\"]*)\".*", "$1");
        assertTrue(fallback.endsWith(".pdf") && fallback.chars().allMatch(c -> c >= 0x20 && c < 0x7f), fallback);
        String encoded = header.replaceAll(".*filename\\*=UTF-8''(\\S+)$", "$1");
        assertTrue(encoded.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), "only attr-chars and escapes: " + encoded);
        assertEquals("附件1：检查要点（2026年版）.pdf", URLDecoder.decode(encoded, StandardCharsets.UTF_8),
                "the real name, full-width punctuation included");
    }

    @Test
    void picturesAndVideosAreShownInline() {
        assertTrue(ContentDisposition.of(true, "现场照片1.png").startsWith("inline; "));
        assertTrue(AttachmentServlet.shownInPage("image/png"));
        assertTrue(AttachmentServlet.shownInPage("video/mp4"));
        assertFalse(AttachmentServlet.shownInPage("image/svg+xml"), "SVG can carry script");
        assertFalse(AttachmentServlet.shownInPage("application/pdf"));
    }

    @Test
    void pathPartsQuotesAndLineBreaksCannotEscapeTheHeaderOrTheDownloadFolder() {
        String header = ContentDisposition.of(false, "..\\..\\etc/passwd\"\r\nSet-Cookie: x=1");
        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertFalse(header.contains("/") && header.indexOf('/') < header.indexOf("filename*"), header);
        assertEquals("passwd___Set-Cookie_ x=1", ContentDisposition.safeName("..\\..\\etc/passwd\"\r\nSet-Cookie: x=1"));
        assertEquals("download", ContentDisposition.safeName("../"));
        assertEquals("bashrc", ContentDisposition.safeName(".bashrc"), "no hidden files");
        assertEquals("a%25b.txt", ContentDisposition.rfc5987("a%b.txt"));
    }
}
