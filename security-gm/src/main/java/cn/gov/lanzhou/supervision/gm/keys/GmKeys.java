package cn.gov.lanzhou.supervision.gm.keys;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.gov.lanzhou.supervision.gm.asymmetric.Sm2;
import cn.gov.lanzhou.supervision.gm.field.BlindIndex;
import cn.gov.lanzhou.supervision.gm.field.FieldCipher;
import cn.gov.lanzhou.supervision.gm.field.KeyRing;

/**
 * 密钥材料 — the portal's keys, read from one key file kept outside the repository.
 *
 * <p>The file is {@link Properties} text with Base64 values:
 * <pre>
 *   field.sm4.current=2                 # id of the SM4 key used for new encryptions
 *   field.sm4.key.1=&lt;16 bytes&gt;           # older keys stay for decryption after a rotation
 *   field.sm4.key.2=&lt;16 bytes&gt;
 *   blind-index.key=&lt;32 bytes&gt;           # HMAC-SM3 key of the blind indexes
 *   audit.hmac.key=&lt;32 bytes&gt;            # HMAC-SM3 key of the audit log chain
 *   sm2.signing.private=&lt;PKCS#8 DER&gt;     # SM2 key that signs published documents / exports
 *   sm2.signing.public=&lt;X.509 DER&gt;
 * </pre>
 * To rotate the field key, add {@code field.sm4.key.<new id>} and point {@code field.sm4.current} at it.
 *
 * <p><b>Where the file is.</b> The caller passes the value of the MicroProfile Config key
 * {@value #CONFIG_KEY}; the environment variable {@value #ENV_KEY_FILE}, if set and not blank, takes
 * precedence (see {@link #keyFileLocation(String)}). Nothing else is read from the environment.
 *
 * <p><b>Generation.</b> {@link #loadOrGenerate(Path, boolean)} creates a complete new file when it is missing
 * and generation is allowed — meant for the demo profile on a single node. In production a missing file is
 * an error that names the file and {@value #CONFIG_KEY}. The file is written owner-only ({@code rw-------})
 * from the start: a temporary file is created with those permissions in the same directory and then moved
 * into place atomically.
 *
 * <p>Key material is never logged and never appears in {@link #toString()} or exception messages.
 */
public final class GmKeys {

    /** MicroProfile Config key naming the key file. */
    public static final String CONFIG_KEY = "portal.keys.file";
    /** Environment variable naming the key file; wins over {@value #CONFIG_KEY}. */
    public static final String ENV_KEY_FILE = "PORTAL_KEYS_FILE";

    public static final String FIELD_CURRENT = "field.sm4.current";
    public static final String FIELD_KEY_PREFIX = "field.sm4.key.";
    public static final String BLIND_INDEX_KEY = "blind-index.key";
    public static final String AUDIT_HMAC_KEY = "audit.hmac.key";
    public static final String SIGNING_PRIVATE = "sm2.signing.private";
    public static final String SIGNING_PUBLIC = "sm2.signing.public";

    static final int HMAC_KEY_LENGTH = 32;
    private static final int GENERATED_FIELD_KEY_ID = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Logger LOG = Logger.getLogger(GmKeys.class.getName());

    private final Path source;
    private final KeyRing fieldKeyRing;
    private final byte[] blindIndexKey;
    private final byte[] auditHmacKey;
    private final KeyPair signingKeyPair;

    private GmKeys(Path source, KeyRing fieldKeyRing, byte[] blindIndexKey, byte[] auditHmacKey,
            KeyPair signingKeyPair) {
        this.source = source;
        this.fieldKeyRing = fieldKeyRing;
        this.blindIndexKey = blindIndexKey;
        this.auditHmacKey = auditHmacKey;
        this.signingKeyPair = signingKeyPair;
    }

    /**
     * Where the key file is: {@value #ENV_KEY_FILE} if set, otherwise {@code configuredFile} (the value of
     * {@value #CONFIG_KEY}).
     *
     * @throws MissingKeyMaterialException if neither is set
     */
    public static Path keyFileLocation(String configuredFile) {
        return keyFileLocation(configuredFile, System.getenv());
    }

    static Path keyFileLocation(String configuredFile, Map<String, String> environment) {
        String fromEnvironment = environment.get(ENV_KEY_FILE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment.strip());
        }
        if (configuredFile != null && !configuredFile.isBlank()) {
            return Path.of(configuredFile.strip());
        }
        throw new MissingKeyMaterialException("未配置密钥文件 / No key file configured: set the configuration key "
                + CONFIG_KEY + " (or the environment variable " + ENV_KEY_FILE
                + ") to the path of the portal key file.");
    }

    /**
     * Loads the key file, or — if it does not exist and {@code allowGenerate} is true — generates every key,
     * writes the file owner-only and returns the new keys.
     *
     * @param allowGenerate true only in the demo profile
     * @throws MissingKeyMaterialException if the file is missing and generation is not allowed, or the file is
     *                                     incomplete or unreadable
     */
    public static GmKeys loadOrGenerate(Path file, boolean allowGenerate) {
        Objects.requireNonNull(file, "Key file path is required.");
        if (Files.exists(file)) {
            return load(file);
        }
        if (!allowGenerate) {
            throw new MissingKeyMaterialException("密钥文件不存在 / Key file not found: " + file.toAbsolutePath()
                    + ". Missing keys: " + String.join(", ", requiredEntries())
                    + ". Set the configuration key " + CONFIG_KEY + " (or the environment variable "
                    + ENV_KEY_FILE + ") to an existing key file; generating keys is allowed only in the demo profile.");
        }
        Properties generated = generate();
        GmKeys keys = parse(file.toAbsolutePath(), generated);
        write(file, generated);
        LOG.log(Level.WARNING, "Generated new portal key material in {0} (demo profile only).", file.toAbsolutePath());
        return keys;
    }

    /**
     * Reads an existing key file.
     *
     * @throws MissingKeyMaterialException if the file is missing, unreadable or lacks entries (all named)
     */
    public static GmKeys load(Path file) {
        Objects.requireNonNull(file, "Key file path is required.");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new MissingKeyMaterialException("密钥文件不存在 / Key file not found: " + file.toAbsolutePath()
                    + ". Set the configuration key " + CONFIG_KEY + " (or " + ENV_KEY_FILE + ") to an existing key file.", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new MissingKeyMaterialException("无法读取密钥文件 / Cannot read key file " + file.toAbsolutePath()
                    + " (" + e.getClass().getSimpleName() + ").", e);
        }
        warnIfReadableByOthers(file);
        return parse(file.toAbsolutePath(), properties);
    }

    /** @return the SM4 field keys */
    public KeyRing fieldKeyRing() {
        return fieldKeyRing;
    }

    /** @return a {@link FieldCipher} over {@link #fieldKeyRing()} */
    public FieldCipher fieldCipher() {
        return new FieldCipher(fieldKeyRing);
    }

    /** @return a copy of the blind-index HMAC key */
    public byte[] blindIndexKey() {
        return blindIndexKey.clone();
    }

    /** @return a {@link BlindIndex} with the blind-index key */
    public BlindIndex blindIndex() {
        return new BlindIndex(blindIndexKey);
    }

    /** @return a copy of the audit-log HMAC-SM3 key */
    public byte[] auditHmacKey() {
        return auditHmacKey.clone();
    }

    /** @return the SM2 signing key pair */
    public KeyPair signingKeyPair() {
        return signingKeyPair;
    }

    /** @return the SM2 signing public key, which may be published */
    public PublicKey signingPublicKey() {
        return signingKeyPair.getPublic();
    }

    /** @return the file the keys came from (absolute) */
    public Path source() {
        return source;
    }

    private static List<String> requiredEntries() {
        return List.of(FIELD_CURRENT, FIELD_KEY_PREFIX + "<id>", BLIND_INDEX_KEY, AUDIT_HMAC_KEY,
                SIGNING_PRIVATE, SIGNING_PUBLIC);
    }

    private static Properties generate() {
        SecureRandom random = new SecureRandom();
        Base64.Encoder b64 = Base64.getEncoder();
        byte[] blind = new byte[HMAC_KEY_LENGTH];
        random.nextBytes(blind);
        byte[] audit = new byte[HMAC_KEY_LENGTH];
        random.nextBytes(audit);
        KeyPair signing = Sm2.generateKeyPair();

        Properties properties = new Properties();
        properties.setProperty(FIELD_CURRENT, Integer.toString(GENERATED_FIELD_KEY_ID));
        properties.setProperty(FIELD_KEY_PREFIX + GENERATED_FIELD_KEY_ID, b64.encodeToString(KeyRing.generateKey(random)));
        properties.setProperty(BLIND_INDEX_KEY, b64.encodeToString(blind));
        properties.setProperty(AUDIT_HMAC_KEY, b64.encodeToString(audit));
        properties.setProperty(SIGNING_PRIVATE, b64.encodeToString(Sm2.encodePrivateKey(signing.getPrivate())));
        properties.setProperty(SIGNING_PUBLIC, b64.encodeToString(Sm2.encodePublicKey(signing.getPublic())));
        return properties;
    }

    private static GmKeys parse(Path file, Properties properties) {
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        Map<Integer, byte[]> fieldKeys = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(FIELD_KEY_PREFIX)) {
                try {
                    int id = Integer.parseInt(name.substring(FIELD_KEY_PREFIX.length()));
                    byte[] key = base64(properties, name, invalid);
                    if (key != null && key.length == KeyRing.KEY_LENGTH && id >= 0 && id <= KeyRing.MAX_KEY_ID) {
                        fieldKeys.put(id, key);
                    } else if (key != null) {
                        invalid.add(name + " (16-byte key, id 0.." + KeyRing.MAX_KEY_ID + ")");
                    }
                } catch (NumberFormatException e) {
                    invalid.add(name + " (the id after " + FIELD_KEY_PREFIX + " must be a number)");
                }
            }
        }
        if (fieldKeys.isEmpty() && invalid.isEmpty()) {
            missing.add(FIELD_KEY_PREFIX + "<id>");
        }
        Integer current = null;
        String currentText = properties.getProperty(FIELD_CURRENT);
        if (currentText == null || currentText.isBlank()) {
            missing.add(FIELD_CURRENT);
        } else {
            try {
                current = Integer.valueOf(currentText.strip());
                if (!fieldKeys.isEmpty() && !fieldKeys.containsKey(current)) {
                    invalid.add(FIELD_CURRENT + " (names key id " + current + " but there is no "
                            + FIELD_KEY_PREFIX + current + ")");
                }
            } catch (NumberFormatException e) {
                invalid.add(FIELD_CURRENT + " (must be a key id)");
            }
        }
        byte[] blind = required(properties, BLIND_INDEX_KEY, missing, invalid);
        byte[] audit = required(properties, AUDIT_HMAC_KEY, missing, invalid);
        byte[] privateDer = required(properties, SIGNING_PRIVATE, missing, invalid);
        byte[] publicDer = required(properties, SIGNING_PUBLIC, missing, invalid);
        if (blind != null && blind.length < BlindIndex.MIN_KEY_LENGTH) {
            invalid.add(BLIND_INDEX_KEY + " (at least " + BlindIndex.MIN_KEY_LENGTH + " bytes)");
        }
        if (audit != null && audit.length < BlindIndex.MIN_KEY_LENGTH) {
            invalid.add(AUDIT_HMAC_KEY + " (at least " + BlindIndex.MIN_KEY_LENGTH + " bytes)");
        }
        KeyPair signing = null;
        if (privateDer != null && publicDer != null) {
            signing = signingPair(privateDer, publicDer, invalid);
        }
        if (!missing.isEmpty() || !invalid.isEmpty()) {
            StringBuilder message = new StringBuilder("密钥文件不完整 / Incomplete key file ").append(file).append(':');
            if (!missing.isEmpty()) {
                message.append(" missing ").append(String.join(", ", missing)).append(';');
            }
            if (!invalid.isEmpty()) {
                message.append(" invalid ").append(String.join(", ", invalid)).append(';');
            }
            message.append(" fix the file or point ").append(CONFIG_KEY).append(" (or ").append(ENV_KEY_FILE)
                    .append(") at a complete key file.");
            throw new MissingKeyMaterialException(message.toString());
        }
        return new GmKeys(file, KeyRing.of(current, fieldKeys), blind, audit, signing);
    }

    private static byte[] required(Properties properties, String name, List<String> missing, List<String> invalid) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            missing.add(name);
            return null;
        }
        return base64(properties, name, invalid);
    }

    private static byte[] base64(Properties properties, String name, List<String> invalid) {
        try {
            return Base64.getDecoder().decode(properties.getProperty(name).strip());
        } catch (IllegalArgumentException e) {
            invalid.add(name + " (not Base64)");
            return null;
        }
    }

    /** Decodes the SM2 pair and checks, by a test signature, that the two halves belong together. */
    private static KeyPair signingPair(byte[] privateDer, byte[] publicDer, List<String> invalid) {
        PrivateKey privateKey;
        PublicKey publicKey;
        try {
            privateKey = Sm2.decodePrivateKey(privateDer);
        } catch (IllegalArgumentException e) {
            invalid.add(SIGNING_PRIVATE + " (not a PKCS#8 SM2 key)");
            return null;
        }
        try {
            publicKey = Sm2.decodePublicKey(publicDer);
        } catch (IllegalArgumentException e) {
            invalid.add(SIGNING_PUBLIC + " (not an X.509 SM2 key)");
            return null;
        }
        byte[] probe = "portal key pair check".getBytes(StandardCharsets.US_ASCII);
        boolean matches;
        try {
            matches = Sm2.verify(publicKey, Sm2.DEFAULT_SIGNER_ID, probe, Sm2.sign(privateKey, Sm2.DEFAULT_SIGNER_ID, probe));
        } catch (RuntimeException e) {
            matches = false;
        }
        if (!matches) {
            invalid.add(SIGNING_PRIVATE + " / " + SIGNING_PUBLIC + " (not one SM2 key pair)");
            return null;
        }
        return new KeyPair(publicKey, privateKey);
    }

    private static void write(Path file, Properties properties) {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            temporary = Files.createTempFile(directory, ".portal-keys-", ".tmp", attributes);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(fileText(properties).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (AtomicMoveNotSupportedException e) {
            throw new MissingKeyMaterialException("无法写入密钥文件 / Cannot write key file " + target
                    + ": the file system cannot move files atomically.", e);
        } catch (IOException e) {
            throw new MissingKeyMaterialException("无法写入密钥文件 / Cannot write key file " + target
                    + " (" + e.getClass().getSimpleName() + "). Set " + CONFIG_KEY + " (or " + ENV_KEY_FILE
                    + ") to a writable location.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete temporary key file {0}.", temporary);
                }
            }
        }
    }

    private static String fileText(Properties properties) {
        StringBuilder text = new StringBuilder()
                .append("# Portal key material (门户密钥). Keep outside the repository, owner-only (chmod 600), backed up.\n")
                .append("# To rotate the field key: add ").append(FIELD_KEY_PREFIX)
                .append("<new id>, then point ").append(FIELD_CURRENT).append(" at it; keep the old keys.\n");
        List<String> names = new ArrayList<>(List.of(FIELD_CURRENT));
        properties.stringPropertyNames().stream().filter(n -> n.startsWith(FIELD_KEY_PREFIX)).sorted().forEach(names::add);
        names.addAll(List.of(BLIND_INDEX_KEY, AUDIT_HMAC_KEY, SIGNING_PRIVATE, SIGNING_PUBLIC));
        for (String name : names) {
            // Values are Base64 or digits: nothing that Properties.load would need escaped.
            text.append(name).append('=').append(properties.getProperty(name)).append('\n');
        }
        return text.toString();
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
                LOG.log(Level.WARNING, "Key file {0} is accessible to other users than its owner; chmod 600 it.", file);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot read the permissions of key file {0}.", file);
        }
    }

    @Override
    public String toString() {
        return "GmKeys[source=" + source + ", field keys=" + fieldKeyRing.keyIds() + ", current="
                + fieldKeyRing.currentKeyId() + "]";
    }
}
