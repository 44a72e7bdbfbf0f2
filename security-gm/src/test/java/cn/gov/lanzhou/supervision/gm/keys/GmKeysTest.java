package cn.gov.lanzhou.supervision.gm.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.lanzhou.supervision.gm.asymmetric.Sm2;
import cn.gov.lanzhou.supervision.gm.field.BlindIndex.Normalization;
import cn.gov.lanzhou.supervision.gm.field.FieldCipher;

class GmKeysTest {

    @TempDir
    Path dir;

    @Test
    void demoProfileGeneratesAnOwnerOnlyKeyFile() throws Exception {
        Path file = dir.resolve("conf/portal-keys.properties");
        GmKeys.loadOrGenerate(file, true);

        assertTrue(Files.isRegularFile(file));
        assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "not a POSIX file system");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var listing = Files.list(file.getParent())) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    @Test
    void reloadingTheGeneratedFileGivesTheSameKeys() {
        Path file = dir.resolve("portal-keys.properties");
        GmKeys generated = GmKeys.loadOrGenerate(file, true);
        GmKeys reloaded = GmKeys.loadOrGenerate(file, false);

        String stored = generated.fieldCipher().encrypt("620102199001011234", "Person.idNumber");
        assertEquals("620102199001011234", reloaded.fieldCipher().decrypt(stored, "Person.idNumber"));
        assertEquals(generated.fieldKeyRing().keyIds(), reloaded.fieldKeyRing().keyIds());
        assertEquals(generated.blindIndex().hex("13812345678", Normalization.IDENTIFIER),
                reloaded.blindIndex().hex("13812345678", Normalization.IDENTIFIER));
        assertArrayEquals(generated.auditHmacKey(), reloaded.auditHmacKey());
        assertArrayEquals(generated.signingPublicKey().getEncoded(), reloaded.signingPublicKey().getEncoded());
        assertArrayEquals(generated.signingKeyPair().getPrivate().getEncoded(),
                reloaded.signingKeyPair().getPrivate().getEncoded());
    }

    @Test
    void productionWithoutTheFileFailsNamingTheFileAndTheConfigKey() {
        Path file = dir.resolve("missing.properties");
        MissingKeyMaterialException e = assertThrows(MissingKeyMaterialException.class,
                () -> GmKeys.loadOrGenerate(file, false));
        assertTrue(e.getMessage().contains("portal.keys.file"));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()));
        assertTrue(e.getMessage().contains("blind-index.key"));
        assertFalse(Files.exists(file), "production never generates keys");
    }

    @Test
    void incompleteFileNamesEachMissingEntry() throws Exception {
        Path file = dir.resolve("partial.properties");
        GmKeys.loadOrGenerate(file, true);
        String text = Files.readString(file).lines()
                .filter(l -> !l.startsWith("audit.hmac.key") && !l.startsWith("sm2.signing.public"))
                .reduce("", (a, b) -> a + b + "\n");
        Files.writeString(file, text);

        MissingKeyMaterialException e = assertThrows(MissingKeyMaterialException.class, () -> GmKeys.load(file));
        assertTrue(e.getMessage().contains("audit.hmac.key"));
        assertTrue(e.getMessage().contains("sm2.signing.public"));
        assertFalse(e.getMessage().contains("blind-index.key"));
    }

    @Test
    void rotatedKeyFileDecryptsOldValuesAndEncryptsWithTheNewKey() throws Exception {
        Path file = dir.resolve("keys.properties");
        GmKeys before = GmKeys.loadOrGenerate(file, true);
        String old = before.fieldCipher().encrypt("张三", "Person.name");
        String newKey = Base64.getEncoder().encodeToString(new byte[16]);
        Files.writeString(file, Files.readString(file).replace("field.sm4.current=1", "field.sm4.current=2")
                + "field.sm4.key.2=" + newKey + "\n");

        FieldCipher after = GmKeys.load(file).fieldCipher();
        assertEquals("张三", after.decrypt(old, "Person.name"));
        assertEquals(2, FieldCipher.keyIdOf(after.encrypt("李四", "Person.name")));
    }

    @Test
    void mismatchedSigningKeysAreRejected() throws Exception {
        Path file = dir.resolve("keys.properties");
        GmKeys.loadOrGenerate(file, true);
        String otherPublic = Base64.getEncoder().encodeToString(Sm2.generateKeyPair().getPublic().getEncoded());
        String text = Files.readString(file).replaceAll("(?m)^sm2\\.signing\\.public=.*$", "sm2.signing.public=" + otherPublic);
        Files.writeString(file, text);

        MissingKeyMaterialException e = assertThrows(MissingKeyMaterialException.class, () -> GmKeys.load(file));
        assertTrue(e.getMessage().contains("not one SM2 key pair"));
    }

    @Test
    void environmentVariableWinsOverTheConfiguredPath() {
        assertEquals(Path.of("/run/secrets/keys"),
                GmKeys.keyFileLocation("/etc/portal/keys", Map.of("PORTAL_KEYS_FILE", "/run/secrets/keys")));
        assertEquals(Path.of("/etc/portal/keys"), GmKeys.keyFileLocation("/etc/portal/keys", Map.of()));
        MissingKeyMaterialException e = assertThrows(MissingKeyMaterialException.class,
                () -> GmKeys.keyFileLocation(" ", Map.of()));
        assertTrue(e.getMessage().contains("portal.keys.file"));
    }

    @Test
    void keyMaterialNeverAppearsInToStringOrErrors() throws Exception {
        Path file = dir.resolve("keys.properties");
        GmKeys keys = GmKeys.loadOrGenerate(file, true);
        String blind = Base64.getEncoder().encodeToString(keys.blindIndexKey());
        assertFalse(keys.toString().contains(blind));

        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("sm2.signing.private=", "sm2.signing.private=!!"));
        MissingKeyMaterialException e = assertThrows(MissingKeyMaterialException.class, () -> GmKeys.load(file));
        assertFalse(e.getMessage().contains(blind));
        assertTrue(e.getMessage().contains("sm2.signing.private"));
    }
}
