package cn.gov.lanzhou.supervision.shared;

import cn.gov.lanzhou.supervision.startup.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Uploaded files (attachments, evidence photos, materials) on disk under
 * {@code <portal.data.dir>/files}. A file is written to a temporary name, fingerprinted with SM3
 * while it streams, and only then moved to its final key, so a failed or refused upload never
 * leaves a partial file behind. Keys are generated here ({@code 2026/11/<32 hex>}) and checked on
 * every read, so no caller can reach outside the store.
 */
@ApplicationScoped
public class FileStore {

    private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A file safely stored: its key, its size and its SM3 fingerprint (hex). */
    public record StoredFile(String storageKey, long sizeBytes, String sm3Hex) {
    }

    private Path root;

    public FileStore() {
        // for CDI
    }

    /** A store under {@code root}, for tests and command-line tools. */
    public FileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private Path root() {
        if (root == null) {
            root = new PortalSettings().dataDir().resolve("files");
        }
        return root;
    }

    /**
     * Stores the stream. Refuses (and keeps nothing) when it is empty or longer than
     * {@code maxBytes}.
     */
    public StoredFile store(InputStream in, long maxBytes) {
        YearMonth month = YearMonth.now();
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String key = String.format("%04d/%02d/%s", month.getYear(), month.getMonthValue(), HexFormat.of().formatHex(id));
        Path target = root().resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            Path tmpDir = Files.createDirectories(root().resolve("tmp"));
            temp = Files.createTempFile(tmpDir, "upload-", ".part");
            SM3Digest digest = new SM3Digest();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new BusinessRuleException("FILE_TOO_LARGE",
                                "文件超过大小限制（最大 " + humanSize(maxBytes) + "）");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new BusinessRuleException("FILE_EMPTY", "文件是空的，请重新选择");
            }
            byte[] hash = new byte[digest.getDigestSize()];
            digest.doFinal(hash, 0);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
            return new StoredFile(key, size, Hex.toHexString(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("文件保存失败", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the tmp folder is only ever read by this class
                }
            }
        }
    }

    /** Opens a stored file, or empty when the key is malformed or nothing is stored under it. */
    public Optional<InputStream> open(String storageKey) {
        Optional<Path> path = path(storageKey);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(path.get()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's path when the key is well formed and the file exists. */
    public Optional<Path> path(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            return Optional.empty();
        }
        Path p = root().resolve(storageKey);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Removes a stored file (e.g. when the transaction that referenced it rolled back). */
    public void delete(String storageKey) {
        path(storageKey).ifPresent(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
