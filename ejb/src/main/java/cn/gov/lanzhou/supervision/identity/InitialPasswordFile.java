package cn.gov.lanzhou.supervision.identity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a file that holds secrets exactly once: owner-only ({@code rw-------}) from the moment it
 * exists, complete or absent (written to a temporary file in the same directory, then linked into
 * place, which fails rather than replaces when the file is already there).
 */
final class InitialPasswordFile {

    private static final Logger LOG = Logger.getLogger(InitialPasswordFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private InitialPasswordFile() {
    }

    /**
     * @throws FileAlreadyExistsException if the file exists: it is never overwritten
     * @throws IOException                if it cannot be written
     */
    static void writeOnce(Path file, String text) throws IOException {
        Objects.requireNonNull(text);
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        if (!posix) {
            LOG.log(Level.WARNING, "File system without POSIX permissions: restrict access to {0} by hand.", target);
        }
        Path temporary = Files.createTempFile(directory, ".initial-", ".tmp", attributes);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                // link(2) is atomic and refuses an existing target; rename(2) would replace it.
                Files.createLink(target, temporary);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (e instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
