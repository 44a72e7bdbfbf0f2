package cn.gov.lanzhou.supervision.gm.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import cn.gov.lanzhou.supervision.gm.GmProvider;

class Sm3Test {

    @Test
    void digestOfAbcMatchesTheStandardExample() {
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Sm3.digestHex("abc"));
    }

    @Test
    void digestOfSixtyFourByteMessageMatchesTheStandardExample() {
        byte[] message = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
        assertEquals("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
                Sm3.hex(Sm3.digest(message)));
    }

    @Test
    void textIsDigestedAsUtf8() {
        String text = "兰州市建设工程安全质量监督站";
        assertArrayEquals(Sm3.digest(text.getBytes(StandardCharsets.UTF_8)), Sm3.digest(text));
    }

    @Test
    void hmacAgreesWithTheJceHmacSm3() throws Exception {
        byte[] key = "audit-chain-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] data = "record 42".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSM3", GmProvider.get());
        mac.init(new SecretKeySpec(key, "HmacSM3"));
        assertArrayEquals(mac.doFinal(data), Sm3.hmac(key, data));
    }

    @Test
    void hmacDependsOnTheKey() {
        byte[] one = Sm3.hmac(new byte[32], "data");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertNotEquals(Sm3.hex(one), Sm3.hex(Sm3.hmac(otherKey, "data")));
        assertEquals(Sm3.DIGEST_LENGTH, one.length);
    }

    @Test
    void constantTimeEqualsComparesContentAndRejectsNull() {
        assertTrue(Sm3.constantTimeEquals(Sm3.fromHex("00ff"), new byte[] {0, (byte) 0xff}));
        assertFalse(Sm3.constantTimeEquals(new byte[] {1, 2}, new byte[] {1, 3}));
        assertFalse(Sm3.constantTimeEquals(new byte[] {1, 2}, new byte[] {1, 2, 3}));
        assertFalse(Sm3.constantTimeEquals(null, new byte[0]));
    }
}
