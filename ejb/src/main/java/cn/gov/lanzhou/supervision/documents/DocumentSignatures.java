package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.gm.asymmetric.Sm2;
import cn.gov.lanzhou.supervision.gm.digest.Sm3;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * How the station signs a document record: SM3withSM2 (GB/T 32918, GB/T 35276) with the signer ID
 * {@code 1234567812345678} over the UTF-8 bytes of {@link SignedDocument#signedText()}, which holds
 * the SM3 digest of the exact PDF bytes with the number, kind and public facts of the document. The
 * signature is DER (r, s), stored and published in Base64. Anyone with the station's public key can
 * check it with any SM2 implementation (GmSSL, BouncyCastle, …) given the same signer ID.
 */
public final class DocumentSignatures {

    /** The signature algorithm, as published with every verification. */
    public static final String ALGORITHM = "SM3withSM2";

    /** The SM2 signer ID (用户身份标识): the value GB/T 35276 and most implementations use. */
    public static final String SIGNER_ID = new String(Sm2.DEFAULT_SIGNER_ID, StandardCharsets.US_ASCII);

    private DocumentSignatures() {
    }

    /**
     * A short fingerprint of the public key: the first 16 hex digits of the SM3 digest of its X.509
     * encoding. Recorded with each signature, so a record signed by a retired key is recognised as such.
     */
    public static String keyId(PublicKey publicKey) {
        return Sm3.hex(Sm3.digest(Sm2.encodePublicKey(publicKey))).substring(0, 16);
    }

    /** SM3 of the bytes, lower-case hex. */
    public static String sm3Hex(byte[] bytes) {
        return Sm3.hex(Sm3.digest(bytes));
    }

    /** Signs the record's text; the caller stores the result with {@link SignedDocument#sign(String)}. */
    public static String sign(PrivateKey privateKey, SignedDocument record) {
        return Base64.getEncoder().encodeToString(
                Sm2.sign(privateKey, Sm2.DEFAULT_SIGNER_ID, record.signedText().getBytes(StandardCharsets.UTF_8)));
    }

    /** True when the record's signature is a valid SM3withSM2 signature of its text under {@code publicKey}. */
    public static boolean verify(PublicKey publicKey, SignedDocument record) {
        if (record.getSignature() == null) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(record.getSignature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Sm2.verify(publicKey, Sm2.DEFAULT_SIGNER_ID, record.signedText().getBytes(StandardCharsets.UTF_8), signature);
    }
}
