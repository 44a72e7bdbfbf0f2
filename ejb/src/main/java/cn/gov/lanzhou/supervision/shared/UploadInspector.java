package cn.gov.lanzhou.supervision.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Every upload of the portal goes through here before anything refers to it. The type is decided
 * by the content (magic bytes and, for Office files, their inner structure), never by the name
 * alone, and the name's extension must agree with it: PDF, Word and Excel (97–2003 and 2007+),
 * PNG, JPEG, GIF, WebP and MP4. Executables (Windows, Linux, macOS), scripts, web pages and SVG,
 * archives and macro-enabled Office files are refused with a Chinese message naming the file,
 * whatever they are called. File names lose path parts, control and invisible characters and
 * excess length. Sizes are limited ({@link UploadLimits}).
 *
 * <p>Nothing is half-saved: a refused file is deleted at once, and a file accepted inside a
 * transaction that later rolls back is deleted when it does.
 */
@ApplicationScoped
public class UploadInspector {

    private static final Logger LOG = Logger.getLogger(UploadInspector.class.getName());

    /** Longest file name kept, in characters (the column holds 200). */
    static final int MAX_NAME_LENGTH = 100;

    /** The kinds of file the portal accepts, with the extensions that may name them. */
    public enum FileType {
        PDF("PDF 文档", "application/pdf", "pdf"),
        DOC("Word 文档", "application/msword", "doc"),
        XLS("Excel 表格", "application/vnd.ms-excel", "xls"),
        DOCX("Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PNG("PNG 图片", "image/png", "png"),
        JPEG("JPEG 图片", "image/jpeg", "jpg", "jpeg"),
        GIF("GIF 图片", "image/gif", "gif"),
        WEBP("WebP 图片", "image/webp", "webp"),
        MP4("MP4 视频", "video/mp4", "mp4");

        private final String label;
        private final String contentType;
        private final Set<String> extensions;

        FileType(String label, String contentType, String... extensions) {
            this.label = label;
            this.contentType = contentType;
            this.extensions = Set.of(extensions);
        }

        public String label() {
            return label;
        }

        public String contentType() {
            return contentType;
        }

        public boolean isImage() {
            return contentType.startsWith("image/");
        }

        static Optional<FileType> byExtension(String ext) {
            return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
        }
    }

    /** What an article may carry: documents, images and videos. */
    public static final Set<FileType> ARTICLE_FILES = EnumSet.allOf(FileType.class);

    /** Pictures only (covers, photos). */
    public static final Set<FileType> IMAGES = EnumSet.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);

    /** An accepted upload: its safe name, its type (from the content) and where it is stored. */
    public record Accepted(String fileName, FileType type, FileStore.StoredFile stored) {
        public String contentType() {
            return type.contentType();
        }
    }

    @Inject
    private FileStore store;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private UploadLimits limits;

    public UploadInspector() {
        // for CDI
    }

    /** Outside a container (tests, tools): no transaction to follow. */
    public UploadInspector(FileStore store, UploadLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    private UploadLimits limits() {
        if (limits == null) {
            limits = UploadLimits.fromConfig();
        }
        return limits;
    }

    public UploadLimits currentLimits() {
        return limits();
    }

    /**
     * Stores the upload when its content is one of the {@code allowed} types and agrees with its
     * name; refuses it (keeping nothing) otherwise.
     *
     * @throws RequestRefused with a message naming the file
     */
    public Accepted accept(InputStream content, String claimedName, Set<FileType> allowed) {
        String name = safeFileName(claimedName);
        String ext = extension(name);
        FileType claimed = FileType.byExtension(ext).filter(allowed::contains).orElseThrow(() -> refuse("UPLOAD_TYPE",
                "文件“" + name + "”的类型不允许上传，只接受" + describe(allowed)));
        FileStore.StoredFile stored;
        try {
            stored = store.store(content, limits().limitFor(claimed));
        } catch (BusinessRuleException e) {
            throw refuse(e.getCode(), "文件“" + name + "”" + e.getMessage().replaceFirst("^文件", ""));
        }
        try {
            Path path = store.path(stored.storageKey()).orElseThrow(() -> new IllegalStateException("stored file vanished"));
            FileType actual = inspect(path, name);
            if (actual != claimed) {
                throw refuse("UPLOAD_MISMATCH", "文件“" + name + "”的内容是" + actual.label() + "，与扩展名“." + ext
                        + "”不符，已拒绝上传。请确认文件后重新上传");
            }
        } catch (RuntimeException e) {
            store.delete(stored.storageKey());
            throw e;
        }
        deleteIfRolledBack(stored.storageKey());
        return new Accepted(name, claimed, stored);
    }

    /**
     * Deletes a stored file once the current transaction has committed (a removed attachment): if
     * it rolls back, the file is still referenced and stays. Without a transaction it goes now.
     */
    public void deleteAfterCommit(String storageKey) {
        if (!inTransaction()) {
            store.delete(storageKey);
            return;
        }
        transactions.registerInterposedSynchronization(new AfterCompletion(storageKey, true));
    }

    private void deleteIfRolledBack(String storageKey) {
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(new AfterCompletion(storageKey, false));
        }
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /** Deletes a file after the transaction, when it committed ({@code onCommit}) or when it did not. */
    private final class AfterCompletion implements Synchronization {
        private final String storageKey;
        private final boolean onCommit;

        AfterCompletion(String storageKey, boolean onCommit) {
            this.storageKey = storageKey;
            this.onCommit = onCommit;
        }

        @Override
        public void beforeCompletion() {
            // nothing to do before
        }

        @Override
        public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == onCommit) {
                try {
                    store.delete(storageKey);
                } catch (UncheckedIOException e) {
                    LOG.log(Level.WARNING, "stored file {0} could not be deleted: {1}", new Object[]{storageKey, e.getMessage()});
                }
            }
        }
    }

    // --- what a file really is ---

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4", "f4v ", "XAVC", "MSNV");

    /**
     * The type of the stored file, decided by its content.
     *
     * @param name the (safe) file name, for the messages
     * @throws RequestRefused for executables, scripts, web pages, archives, macros and anything unknown
     */
    static FileType inspect(Path file, String name) {
        byte[] head = head(file, 4096);
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (startsWith(head, 'M', 'Z')) {
            throw refuse("UPLOAD_EXECUTABLE", "文件“" + name + "”实际是 Windows 可执行程序，已拒绝上传");
        }
        if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
            throw refuse("UPLOAD_EXECUTABLE", "文件“" + name + "”实际是 Linux 可执行程序，已拒绝上传");
        }
        if (isMachO(head)) {
            throw refuse("UPLOAD_EXECUTABLE", "文件“" + name + "”实际是 macOS 可执行程序或 Java 类文件，已拒绝上传");
        }
        String text = withoutBom(ascii).stripLeading();
        if (text.startsWith("#!") || text.toLowerCase(Locale.ROOT).startsWith("<?php")) {
            throw refuse("UPLOAD_SCRIPT", "文件“" + name + "”实际是脚本程序，已拒绝上传");
        }
        if (looksLikeMarkup(text)) {
            throw refuse("UPLOAD_MARKUP", "文件“" + name + "”实际是网页或 SVG 图形，可能含有脚本，已拒绝上传");
        }
        if (isArchive(head, ascii)) {
            throw refuse("UPLOAD_ARCHIVE", "文件“" + name + "”实际是压缩包，不是所声称的文件类型，已拒绝上传");
        }
        if (ascii.startsWith("%PDF-")) {
            if (!tail(file, 1024).contains("%%EOF")) {
                throw refuse("UPLOAD_DAMAGED", "文件“" + name + "”不是完整的 PDF 文档（可能已损坏或未传完），已拒绝上传");
            }
            return FileType.PDF;
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return FileType.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return FileType.JPEG;
        }
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            return FileType.GIF;
        }
        if (ascii.startsWith("RIFF") && ascii.length() >= 12 && ascii.startsWith("WEBP", 8)) {
            return FileType.WEBP;
        }
        if (ascii.length() >= 12 && ascii.startsWith("ftyp", 4)) {
            if (MP4_BRANDS.contains(ascii.substring(8, 12))) {
                return FileType.MP4;
            }
            throw refuse("UPLOAD_UNKNOWN", "文件“" + name + "”不是 MP4 视频（格式“" + ascii.substring(8, 12).strip()
                    + "”），请转换为 MP4（H.264）后上传");
        }
        if (startsWith(head, OLE2)) {
            return office97(file, name);
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return officeOpenXml(file, name);
        }
        throw refuse("UPLOAD_UNKNOWN", "文件“" + name + "”的内容无法识别，可能已损坏或被伪装，已拒绝上传");
    }

    /** An OLE2 compound file is a Word or Excel 97–2003 document only with its main stream; MSI and others are not. */
    private static FileType office97(Path file, String name) {
        boolean word = contains(file, utf16("WordDocument"));
        boolean excel = contains(file, utf16("Workbook")) || contains(file, utf16("Book"));
        if (contains(file, utf16("_VBA_PROJECT")) || contains(file, utf16("Macros"))) {
            throw refuse("UPLOAD_MACRO", "文件“" + name + "”含有宏代码，已拒绝上传。请另存为不含宏的文档后上传");
        }
        if (word) {
            return FileType.DOC;
        }
        if (excel) {
            return FileType.XLS;
        }
        throw refuse("UPLOAD_UNKNOWN", "文件“" + name + "”不是 Word 或 Excel 文档（可能是安装包等其他复合文件），已拒绝上传");
    }

    /** A ZIP is a Word or Excel 2007+ document only with the package's content types and its main part. */
    private static FileType officeOpenXml(Path file, String name) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int count = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String entry = e.nextElement().getName();
                if (++count > 20_000) {
                    break;
                }
                if (entry.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (entry.startsWith("word/")) {
                    word = true;
                } else if (entry.startsWith("xl/")) {
                    excel = true;
                }
                if (entry.endsWith("vbaProject.bin")) {
                    throw refuse("UPLOAD_MACRO", "文件“" + name + "”含有宏代码，已拒绝上传。请另存为不含宏的文档后上传");
                }
            }
        } catch (ZipException e) {
            throw refuse("UPLOAD_DAMAGED", "文件“" + name + "”已损坏，无法读取，已拒绝上传");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (contentTypes && word) {
            return FileType.DOCX;
        }
        if (contentTypes && excel) {
            return FileType.XLSX;
        }
        throw refuse("UPLOAD_ARCHIVE", "文件“" + name + "”实际是压缩包，不是所声称的文件类型，已拒绝上传");
    }

    private static boolean isMachO(byte[] h) {
        return startsWith(h, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(h, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(h, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(h, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(h, 0xCA, 0xFE, 0xBA, 0xBE);
    }

    private static boolean isArchive(byte[] h, String ascii) {
        return ascii.startsWith("Rar!\u001A\u0007") || startsWith(h, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || startsWith(h, 0x1F, 0x8B) || ascii.startsWith("BZh") || startsWith(h, 0xFD, '7', 'z', 'X', 'Z', 0x00)
                || ascii.startsWith("MSCF") || (ascii.length() > 262 && ascii.startsWith("ustar", 257));
    }

    private static boolean looksLikeMarkup(String text) {
        if (!text.startsWith("<")) {
            return false;
        }
        String lower = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(Locale.ROOT);
        for (String marker : new String[]{"<html", "<!doctype", "<svg", "<script", "<?xml", "<body", "<head", "<iframe",
                "<!--", "<a ", "<img", "<div", "<meta"}) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutBom(String s) {
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            return s.substring(3);
        }
        if (s.startsWith("\u00FE\u00FF") || s.startsWith("\u00FF\u00FE")) {
            return s.substring(2).replace("\u0000", "");
        }
        return s;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file, int n) {
        try (var ch = Files.newByteChannel(file)) {
            long size = ch.size();
            ch.position(Math.max(0, size - n));
            var buffer = java.nio.ByteBuffer.allocate((int) Math.min(n, size));
            while (buffer.hasRemaining() && ch.read(buffer) > 0) {
                // read the tail
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file contains the bytes anywhere (streamed, with an overlap between chunks). */
    private static boolean contains(Path file, byte[] needle) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024 + needle.length];
            int carried = 0;
            for (int n; (n = in.read(buffer, carried, buffer.length - carried)) > 0; ) {
                int filled = carried + n;
                if (indexOf(buffer, filled, needle) >= 0) {
                    return true;
                }
                carried = Math.min(needle.length - 1, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] data, int length, byte[] needle) {
        outer:
        for (int i = 0; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // --- names ---

    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /**
     * A file name safe to store and to send back in a download: the last path part only, without
     * control characters or invisible format characters (a right-to-left override can make
     * {@code 通知‮fdp.exe} look like {@code 通知exe.pdf}), without characters Windows forbids, at
     * most {@value #MAX_NAME_LENGTH} characters with the extension kept; 附件 when nothing is left.
     */
    public static String safeFileName(String raw) {
        String s = raw == null ? "" : raw;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1).replaceAll("[\\t\\n\\r]", " ");
        s = s.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                        && Character.getType(cp) != Character.UNASSIGNED && Character.getType(cp) != Character.PRIVATE_USE)
                .mapToObj(Character::toString).collect(Collectors.joining());
        s = s.replaceAll("[<>:\"|?*]", "_").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("[.\\s]+$", "");
        int dot = s.lastIndexOf('.');
        String base = (dot >= 0 ? s.substring(0, dot) : s).replaceAll("^[.\\s]+", "").strip();
        String ext = dot >= 0 ? s.substring(dot + 1).strip() : "";
        if (ext.length() > 10) {
            base = s.replaceAll("^[.\\s]+", "");
            ext = "";
        }
        if (base.isBlank() || WINDOWS_DEVICES.contains(base.toLowerCase(Locale.ROOT))) {
            base = base.isBlank() ? "附件" : "_" + base;
        }
        int room = MAX_NAME_LENGTH - (ext.isEmpty() ? 0 : ext.length() + 1);
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return ext.isEmpty() ? base : base + "." + ext;
    }

    /** The lower-case extension of a name, or "". */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(Set<FileType> allowed) {
        return allowed.stream().map(t -> t.label() + "（" + t.extensions.stream().sorted().map(e -> "." + e)
                .collect(Collectors.joining("、")) + "）").collect(Collectors.joining("、"));
    }

    private static RequestRefused refuse(String code, String message) {
        return new RequestRefused(code, message);
    }
}
