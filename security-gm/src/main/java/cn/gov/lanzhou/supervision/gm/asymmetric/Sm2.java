package cn.gov.lanzhou.supervision.gm.asymmetric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;

import cn.gov.lanzhou.supervision.gm.CryptoIntegrityException;
import cn.gov.lanzhou.supervision.gm.GmProvider;

/**
 * SM2 椭圆曲线公钥密码算法 (GB/T 32918) on the curve {@code sm2p256v1}: key pairs, SM3withSM2 signatures,
 * encryption in the standard's C1C3C2 order, and PKCS#8 / X.509 / PEM encoding of keys.
 *
 * <p>The signer ID (用户身份标识 ID, hashed into Z<sub>A</sub>) is always passed explicitly: a signature made
 * with one ID does not verify with another. {@link #DEFAULT_SIGNER_ID} is the value most other
 * implementations assume when none is agreed.
 *
 * <p>Encryption uses the lightweight {@code SM2Engine} in {@code C1C3C2} mode — the JCE "SM2" cipher of
 * BouncyCastle handles C1C2C3 only. The output is {@code 04 || x1 || y1 || C3 (32 bytes) || C2}, i.e.
 * 97 bytes longer than the plaintext. All methods are thread-safe.
 */
public final class Sm2 {

    /** The curve name. */
    public static final String CURVE = "sm2p256v1";
    /** The ID that GB/T 35276 and most libraries use when none is agreed: ASCII {@code 1234567812345678}. */
    public static final byte[] DEFAULT_SIGNER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    /** Bytes added by encryption: C1 (65, uncompressed point) + C3 (32). */
    public static final int CIPHERTEXT_OVERHEAD = 65 + 32;

    private static final String SIGNATURE_ALGORITHM = "SM3withSM2";
    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm2() {
    }

    /** @return a new SM2 key pair (JCE "EC" keys on {@code sm2p256v1}) */
    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", GmProvider.get());
            generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an SM2 key pair.", e);
        }
    }

    /**
     * Signs with SM3withSM2.
     *
     * @param signerId the signer's ID, e.g. {@link #DEFAULT_SIGNER_ID} or an agreed organisation code
     * @return the DER-encoded signature (r, s)
     */
    public static byte[] sign(PrivateKey privateKey, byte[] signerId, byte[] message) {
        Objects.requireNonNull(privateKey, "Private key is required.");
        Objects.requireNonNull(message, "Message is required.");
        try {
            Signature signature = signature(signerId);
            signature.initSign(privateKey, RANDOM);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 signing failed.", e);
        }
    }

    /**
     * Verifies an SM3withSM2 signature.
     *
     * @return {@code true} only if the signature is well-formed and valid for this key, signer ID and message
     */
    public static boolean verify(PublicKey publicKey, byte[] signerId, byte[] message, byte[] signatureBytes) {
        Objects.requireNonNull(publicKey, "Public key is required.");
        Objects.requireNonNull(message, "Message is required.");
        if (signatureBytes == null) {
            return false;
        }
        try {
            Signature signature = signature(signerId);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (SignatureException e) {
            return false; // malformed DER
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 verification could not run.", e);
        }
    }

    /** Encrypts for the holder of the private key; output in C1C3C2 order. */
    public static byte[] encrypt(PublicKey publicKey, byte[] plaintext) {
        Objects.requireNonNull(plaintext, "Plaintext is required.");
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(true, new ParametersWithRandom(toParameters(publicKey), RANDOM));
        try {
            return engine.processBlock(plaintext, 0, plaintext.length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM2 encryption failed.", e);
        }
    }

    /**
     * Decrypts C1C3C2 ciphertext.
     *
     * @throws CryptoIntegrityException if the ciphertext was altered, is malformed or is for another key
     */
    public static byte[] decrypt(PrivateKey privateKey, byte[] ciphertext) {
        Objects.requireNonNull(ciphertext, "Ciphertext is required.");
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(false, toParameters(privateKey));
        try {
            return engine.processBlock(ciphertext, 0, ciphertext.length);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            // IllegalArgumentException: C1 is not a point on the curve.
            throw new CryptoIntegrityException(e);
        }
    }

    /** @return the PKCS#8 DER encoding of the private key */
    public static byte[] encodePrivateKey(PrivateKey privateKey) {
        return Objects.requireNonNull(privateKey, "Private key is required.").getEncoded();
    }

    /** @return the X.509 SubjectPublicKeyInfo DER encoding of the public key */
    public static byte[] encodePublicKey(PublicKey publicKey) {
        return Objects.requireNonNull(publicKey, "Public key is required.").getEncoded();
    }

    /** @return the private key from its PKCS#8 DER encoding */
    public static PrivateKey decodePrivateKey(byte[] pkcs8) {
        Objects.requireNonNull(pkcs8, "PKCS#8 bytes are required.");
        try {
            return KeyFactory.getInstance("EC", GmProvider.get()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PKCS#8 EC private key.", e);
        }
    }

    /** @return the public key from its X.509 SubjectPublicKeyInfo DER encoding */
    public static PublicKey decodePublicKey(byte[] x509) {
        Objects.requireNonNull(x509, "X.509 bytes are required.");
        try {
            return KeyFactory.getInstance("EC", GmProvider.get()).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an X.509 EC public key.", e);
        }
    }

    /** @return PEM text {@code -----BEGIN PRIVATE KEY-----} (unencrypted PKCS#8) — keep it secret */
    public static String toPem(PrivateKey privateKey) {
        return pem(PRIVATE_PEM, encodePrivateKey(privateKey));
    }

    /** @return PEM text {@code -----BEGIN PUBLIC KEY-----} */
    public static String toPem(PublicKey publicKey) {
        return pem(PUBLIC_PEM, encodePublicKey(publicKey));
    }

    /** @return the private key from {@code -----BEGIN PRIVATE KEY-----} PEM text */
    public static PrivateKey privateKeyFromPem(String pem) {
        return decodePrivateKey(unpem(PRIVATE_PEM, pem));
    }

    /** @return the public key from {@code -----BEGIN PUBLIC KEY-----} PEM text */
    public static PublicKey publicKeyFromPem(String pem) {
        return decodePublicKey(unpem(PUBLIC_PEM, pem));
    }

    private static Signature signature(byte[] signerId) throws GeneralSecurityException {
        Objects.requireNonNull(signerId, "The signer ID is required (e.g. Sm2.DEFAULT_SIGNER_ID).");
        Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM, GmProvider.get());
        signature.setParameter(new SM2ParameterSpec(signerId));
        return signature;
    }

    private static ECPublicKeyParameters toParameters(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "Public key is required.");
        try {
            AsymmetricKeyParameter parameters = PublicKeyFactory.createKey(publicKey.getEncoded());
            if (parameters instanceof ECPublicKeyParameters ec) {
                return ec;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not an SM2 public key.", e);
        }
        throw new IllegalArgumentException("Not an SM2 public key.");
    }

    private static ECPrivateKeyParameters toParameters(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "Private key is required.");
        try {
            AsymmetricKeyParameter parameters = PrivateKeyFactory.createKey(privateKey.getEncoded());
            if (parameters instanceof ECPrivateKeyParameters ec) {
                return ec;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not an SM2 private key.", e);
        }
        throw new IllegalArgumentException("Not an SM2 private key.");
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String type, String pem) {
        Objects.requireNonNull(pem, "PEM text is required.");
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Not a PEM " + type + " block.");
        }
        String body = pem.substring(from + begin.length(), to).replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The PEM " + type + " block is not valid Base64.", e);
        }
    }
}
