package cn.gov.lanzhou.supervision.gm.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import cn.gov.lanzhou.supervision.gm.digest.Sm3;
import cn.gov.lanzhou.supervision.gm.field.BlindIndex.Normalization;

class BlindIndexTest {

    private final byte[] key = new byte[32];
    private final BlindIndex index;

    BlindIndexTest() {
        Arrays.fill(key, (byte) 7);
        index = new BlindIndex(key);
    }

    @Test
    void idNumbersTypedDifferentlyFindTheSameRow() {
        String expected = index.hex("62010219900101123X", Normalization.IDENTIFIER);
        assertEquals(expected, index.hex("  62010219900101123x ", Normalization.IDENTIFIER));
        assertEquals(expected, index.hex("６２０１０２ 1990 0101 123ｘ", Normalization.IDENTIFIER)); // full-width input
        assertEquals(64, expected.length());
    }

    @Test
    void indexIsHmacSm3OfTheNormalisedValue() {
        assertEquals(Sm3.hex(Sm3.hmac(key, "62010219900101123X")),
                index.hex(" 62010219900101123x", Normalization.IDENTIFIER));
    }

    @Test
    void base64AndHexEncodeTheSameMac() {
        String hex = index.hex("张三", Normalization.TEXT);
        String b64 = index.base64("张三", Normalization.TEXT);
        assertEquals(hex, HexFormat.of().formatHex(Base64.getDecoder().decode(b64)));
    }

    @Test
    void textNormalisationTrimsButKeepsCase() {
        assertEquals(index.hex("Lanzhou", Normalization.TEXT), index.hex(" Lanzhou ", Normalization.TEXT));
        assertNotEquals(index.hex("Lanzhou", Normalization.TEXT), index.hex("LANZHOU", Normalization.TEXT));
    }

    @Test
    void differentKeysGiveUnrelatedIndexes() {
        BlindIndex other = new BlindIndex(new byte[32]);
        assertNotEquals(index.hex("13812345678", Normalization.IDENTIFIER),
                other.hex("13812345678", Normalization.IDENTIFIER));
    }

    @Test
    void nullGivesNullAndShortKeysAreRefused() {
        assertNull(index.hex(null, Normalization.IDENTIFIER));
        assertNull(index.base64(null, Normalization.TEXT));
        assertThrows(IllegalArgumentException.class, () -> new BlindIndex(new byte[8]));
    }
}
