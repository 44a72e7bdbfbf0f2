package cn.gov.lanzhou.supervision.shared;

import cn.gov.lanzhou.supervision.gm.digest.Sm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesFingerprintsAndReadsBack() throws IOException {
        FileStore store = new FileStore(dir);
        byte[] content = "兰州市建设工程安全质量监督站".getBytes(StandardCharsets.UTF_8);
        FileStore.StoredFile f = store.store(new ByteArrayInputStream(content), 1024);
        assertEquals(content.length, f.sizeBytes());
        assertEquals(Sm3.hex(Sm3.digest(content)), f.sm3Hex());
        assertTrue(f.storageKey().matches("\\d{4}/\\d{2}/[0-9a-f]{32}"));
        try (InputStream in = store.open(f.storageKey()).orElseThrow()) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void refusesTooLargeAndEmptyKeepingNothing() throws IOException {
        FileStore store = new FileStore(dir);
        BusinessRuleException big = assertThrows(BusinessRuleException.class,
                () -> store.store(new ByteArrayInputStream(new byte[2048]), 1024));
        assertEquals("FILE_TOO_LARGE", big.getCode());
        assertTrue(big.getMessage().contains("1 KB"), big.getMessage());
        BusinessRuleException empty = assertThrows(BusinessRuleException.class,
                () -> store.store(new ByteArrayInputStream(new byte[0]), 1024));
        assertEquals("FILE_EMPTY", empty.getCode());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "no partial file may remain");
        }
    }

    @Test
    void malformedOrTraversingKeysFindNothing() throws IOException {
        FileStore store = new FileStore(dir);
        Files.writeString(dir.resolve("secret.txt"), "x");
        assertTrue(store.open("../secret.txt").isEmpty());
        assertTrue(store.open("secret.txt").isEmpty());
        assertTrue(store.open(null).isEmpty());
        assertTrue(store.open("2026/11/00000000000000000000000000000000").isEmpty());
    }
}
