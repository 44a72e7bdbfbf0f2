package cn.gov.lanzhou.supervision.gm.asymmetric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;

import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.lanzhou.supervision.gm.CryptoIntegrityException;

class Sm2Test {

    private static final byte[] STATION_ID = "LZJZAQ@lanzhou.gov.cn".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOTICE = "整改通知书 2026-017：立即停工整改".getBytes(StandardCharsets.UTF_8);
    private static KeyPair pair;

    @BeforeAll
    static void generateKeys() {
        pair = Sm2.generateKeyPair();
    }

    @Test
    void keysAreOnTheSm2Curve() {
        ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
        // p of sm2p256v1 = FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 00000000 FFFFFFFF FFFFFFFF
        assertEquals("fffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffff",
                ((ECFieldFp) publicKey.getParams().getCurve().getField()).getP().toString(16));
    }

    @Test
    void signatureVerifiesWithTheSameSignerId() {
        byte[] signature = Sm2.sign(pair.getPrivate(), STATION_ID, NOTICE);
        assertTrue(Sm2.verify(pair.getPublic(), STATION_ID, NOTICE, signature));
    }

    @Test
    void signatureDoesNotVerifyWithAnotherSignerId() {
        byte[] signature = Sm2.sign(pair.getPrivate(), STATION_ID, NOTICE);
        assertFalse(Sm2.verify(pair.getPublic(), Sm2.DEFAULT_SIGNER_ID, NOTICE, signature));
    }

    @Test
    void tamperedMessageOrSignatureDoesNotVerify() {
        byte[] signature = Sm2.sign(pair.getPrivate(), STATION_ID, NOTICE);
        byte[] tampered = NOTICE.clone();
        tampered[tampered.length - 1] ^= 1;
        assertFalse(Sm2.verify(pair.getPublic(), STATION_ID, tampered, signature));
        byte[] badSignature = signature.clone();
        badSignature[badSignature.length - 1] ^= 1;
        assertFalse(Sm2.verify(pair.getPublic(), STATION_ID, NOTICE, badSignature));
        assertFalse(Sm2.verify(pair.getPublic(), STATION_ID, NOTICE, new byte[] {1, 2, 3}));
    }

    @Test
    void signatureDoesNotVerifyWithAnotherKey() {
        byte[] signature = Sm2.sign(pair.getPrivate(), STATION_ID, NOTICE);
        assertFalse(Sm2.verify(Sm2.generateKeyPair().getPublic(), STATION_ID, NOTICE, signature));
    }

    @Test
    void encryptionRoundTrips() {
        byte[] ciphertext = Sm2.encrypt(pair.getPublic(), NOTICE);
        assertEquals(NOTICE.length + Sm2.CIPHERTEXT_OVERHEAD, ciphertext.length);
        assertArrayEquals(NOTICE, Sm2.decrypt(pair.getPrivate(), ciphertext));
    }

    @Test
    void ciphertextIsInC1C3C2Order() throws Exception {
        byte[] ciphertext = Sm2.encrypt(pair.getPublic(), NOTICE);
        assertEquals(0x04, ciphertext[0], "C1 is an uncompressed point");

        // Move C3 (the 32 bytes after the 65 bytes of C1) to the end: a C1C2C3 engine must then accept it.
        int c1 = 65;
        int c3 = 32;
        byte[] c1c2c3 = new byte[ciphertext.length];
        System.arraycopy(ciphertext, 0, c1c2c3, 0, c1);
        System.arraycopy(ciphertext, c1 + c3, c1c2c3, c1, ciphertext.length - c1 - c3);
        System.arraycopy(ciphertext, c1, c1c2c3, ciphertext.length - c3, c3);
        SM2Engine legacy = new SM2Engine(SM2Engine.Mode.C1C2C3);
        legacy.init(false, (ECPrivateKeyParameters) PrivateKeyFactory.createKey(pair.getPrivate().getEncoded()));
        assertArrayEquals(NOTICE, legacy.processBlock(c1c2c3, 0, c1c2c3.length));
    }

    @Test
    void tamperedCiphertextFailsWithTheIntegrityException() {
        byte[] ciphertext = Sm2.encrypt(pair.getPublic(), NOTICE);
        ciphertext[ciphertext.length - 1] ^= 1;
        assertThrows(CryptoIntegrityException.class, () -> Sm2.decrypt(pair.getPrivate(), ciphertext));
        byte[] offCurve = Sm2.encrypt(pair.getPublic(), NOTICE);
        offCurve[10] ^= 1;
        assertThrows(CryptoIntegrityException.class, () -> Sm2.decrypt(pair.getPrivate(), offCurve));
    }

    @Test
    void keysSurviveDerAndPemEncoding() {
        String privatePem = Sm2.toPem(pair.getPrivate());
        String publicPem = Sm2.toPem(pair.getPublic());
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));

        var privateKey = Sm2.privateKeyFromPem(privatePem);
        var publicKey = Sm2.publicKeyFromPem(publicPem);
        assertArrayEquals(pair.getPrivate().getEncoded(), Sm2.encodePrivateKey(privateKey));
        assertArrayEquals(Sm2.encodePublicKey(pair.getPublic()), Sm2.encodePublicKey(Sm2.decodePublicKey(publicKey.getEncoded())));
        assertTrue(Sm2.verify(publicKey, STATION_ID, NOTICE, Sm2.sign(privateKey, STATION_ID, NOTICE)));
        assertThrows(IllegalArgumentException.class, () -> Sm2.publicKeyFromPem(privatePem));
    }
}
