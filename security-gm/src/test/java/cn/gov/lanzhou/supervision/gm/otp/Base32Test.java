package cn.gov.lanzhou.supervision.gm.otp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    /** RFC 4648 §10. */
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"'', ''", "f, MY======", "fo, MZXQ====", "foo, MZXW6===", "foob, MZXW6YQ=", "fooba, MZXW6YTB",
            "foobar, MZXW6YTBOI======"})
    void rfc4648Vectors(String text, String base32) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertEquals(base32, Base32.encode(bytes));
        assertEquals(base32.replace("=", ""), Base32.encodeWithoutPadding(bytes));
        assertArrayEquals(bytes, Base32.decode(base32));
        assertArrayEquals(bytes, Base32.decode(base32.replace("=", "")));
    }

    @Test
    void decodingAcceptsWhatPeopleTypeLowerCaseAndGroups() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encodeWithoutPadding(secret));
        assertArrayEquals(secret, Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        assertArrayEquals(secret, Base32.decode("GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ"));
    }

    @Test
    void randomBytesRoundTrip() {
        Random random = new Random(42);
        for (int length = 0; length < 70; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(data, Base32.decode(Base32.encode(data)), "length " + length);
        }
    }

    @Test
    void charactersOutsideTheAlphabetAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW0==="), "0 is not Base32");
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1==="), "1 is not Base32");
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MY==MY=="), "padding in the middle");
    }
}
