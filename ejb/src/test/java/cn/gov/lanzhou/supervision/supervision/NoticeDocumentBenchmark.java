package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.documents.DocumentFont;
import cn.gov.lanzhou.supervision.documents.DocumentKind;
import cn.gov.lanzhou.supervision.documents.DocumentSeal;
import cn.gov.lanzhou.supervision.documents.DocumentSettings;
import cn.gov.lanzhou.supervision.documents.DocumentSignatures;
import cn.gov.lanzhou.supervision.documents.OfficialDocument;
import cn.gov.lanzhou.supervision.documents.OfficialDocumentPdf;
import cn.gov.lanzhou.supervision.documents.SignedDocument;
import cn.gov.lanzhou.supervision.gm.asymmetric.Sm2;
import cn.gov.lanzhou.supervision.shared.FileStore;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Producing and signing one 整改通知书 as the service does it, minus the database row: the content
 * from the notice, the PDF with the embedded subset font and the QR code, the file written to the file
 * store (SM3 while streaming), the record's text and its SM2 signature. Target: 500 ms per document.
 * Not a test and not JMH: a warm-up, then timed rounds, p50/p95/max printed. Run from the project root
 * (after a build that installed the modules, e.g. {@code ./run.sh}, or with the classpath of
 * {@code mvn -pl ejb -am test-compile}):
 * <pre>
 * mvn -q -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.lanzhou.supervision.supervision.NoticeDocumentBenchmark
 * </pre>
 * Arguments (optional): rounds (default 200), warm-up rounds (default 40).
 */
public final class NoticeDocumentBenchmark {

    private NoticeDocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        DocumentFont font = DocumentFont.locate(Optional.empty());
        DocumentSettings settings = new DocumentSettings(key -> Optional.empty());
        NoticeDocumentContent content = new NoticeDocumentContent(new RectificationDeadlines(key -> Optional.empty()));
        KeyPair station = Sm2.generateKeyPair();
        String keyId = DocumentSignatures.keyId(station.getPublic());
        Path dir = Files.createDirectories(Path.of("target", "document-benchmark"));
        FileStore store = new FileStore(dir);

        System.out.printf(Locale.ROOT, "Notice document benchmark — Java %s, %d CPUs, font %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), font.describe());
        List<SampleNotices.Entry> twelve = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            twelve.addAll(SampleNotices.typical());
        }
        for (List<SampleNotices.Entry> findings : List.of(SampleNotices.typical(), twelve)) {
            RectificationNotice notice = SampleNotices.notice("ZG-2026-00015", findings);
            long[] full = new long[rounds];
            long[] renderOnly = new long[rounds];
            int size = 0;
            for (int i = -warmUp; i < rounds; i++) {
                long start = System.nanoTime();
                OfficialDocument doc = DocumentSeal.apply(content.notice(notice, LocalDateTime.now()),
                        settings.verificationLink(notice.getNoticeNo()), keyId);
                byte[] pdf = OfficialDocumentPdf.render(doc, font);
                long rendered = System.nanoTime();
                FileStore.StoredFile stored = store.store(new ByteArrayInputStream(pdf), 20L * 1024 * 1024);
                SignedDocument record = new SignedDocument(notice.getNoticeNo(), DocumentKind.RECTIFICATION_NOTICE,
                        doc.title(), new SignedDocument.Subject("RectificationNotice", 1), null, "JD-620102-2026-0001",
                        SampleNotices.PROJECT_NAME, doc.issuer(), doc.issuedOn(),
                        new SignedDocument.StoredPdf(stored.storageKey(), stored.sizeBytes(), stored.sm3Hex()), keyId,
                        LocalDateTime.now(), "benchmark");
                record.sign(DocumentSignatures.sign(station.getPrivate(), record));
                long end = System.nanoTime();
                store.delete(stored.storageKey());
                if (i >= 0) {
                    full[i] = end - start;
                    renderOnly[i] = rendered - start;
                    size = pdf.length;
                }
            }
            System.out.printf(Locale.ROOT, "%2d findings, %,d bytes: produce+store+sign p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms"
                            + "  (PDF alone p50 %6.1f ms, p95 %6.1f ms)%n", findings.size(), size,
                    percentile(full, 50), percentile(full, 95), percentile(full, 100),
                    percentile(renderOnly, 50), percentile(renderOnly, 95));
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
