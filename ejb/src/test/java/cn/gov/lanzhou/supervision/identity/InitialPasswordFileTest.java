package cn.gov.lanzhou.supervision.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InitialPasswordFileTest {

    @Test
    void theFileIsOwnerOnlyAndNeverOverwritten(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "needs POSIX permissions");
        Path file = dir.resolve("data").resolve(InitialAdministrators.FILE_NAME);
        InitialPasswordFile.writeOnce(file, "sysadmin\t系统管理员\tAb3!…\n");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("sysadmin\t系统管理员\tAb3!…\n", Files.readString(file, StandardCharsets.UTF_8));

        assertThrows(FileAlreadyExistsException.class, () -> InitialPasswordFile.writeOnce(file, "second\n"));
        assertEquals("sysadmin\t系统管理员\tAb3!…\n", Files.readString(file, StandardCharsets.UTF_8), "first text kept");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }
}
