package cn.gov.lanzhou.supervision.publishing.cache;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidatorsTest {

    private static final Instant MODIFIED = Instant.parse("2026-11-20T08:30:15Z");

    @Test
    void ifNoneMatchDecidesWithAWeakComparisonAcrossEncodings() {
        String tag = "\"abc\"";
        assertTrue(Validators.notModified("\"abc\"", -1, tag, MODIFIED));
        assertTrue(Validators.notModified("W/\"abc\"", -1, tag, MODIFIED));
        assertTrue(Validators.notModified("\"abc-gz\"", -1, tag, MODIFIED), "the gzip representation is the same page");
        assertTrue(Validators.notModified("\"x\", \"abc\"", -1, tag, MODIFIED));
        assertTrue(Validators.notModified("*", -1, tag, MODIFIED));
        assertFalse(Validators.notModified("\"abd\"", -1, tag, MODIFIED));
        assertFalse(Validators.notModified("\"abd\"", MODIFIED.toEpochMilli(), tag, MODIFIED),
                "a date does not count when an entity tag is sent");
    }

    @Test
    void ifModifiedSinceComparesToTheSecond() {
        String tag = "\"abc\"";
        assertTrue(Validators.notModified(null, MODIFIED.toEpochMilli(), tag, MODIFIED));
        assertTrue(Validators.notModified(null, MODIFIED.plusSeconds(60).toEpochMilli(), tag, MODIFIED));
        assertFalse(Validators.notModified(null, MODIFIED.minusSeconds(1).toEpochMilli(), tag, MODIFIED));
        assertFalse(Validators.notModified(null, -1, tag, MODIFIED));
    }

    @Test
    void gzipIsSentOnlyToClientsThatTakeIt() {
        assertTrue(Validators.acceptsGzip("gzip, deflate, br"));
        assertTrue(Validators.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(Validators.acceptsGzip("*"));
        assertTrue(Validators.acceptsGzip("x-gzip"));
        assertFalse(Validators.acceptsGzip(null));
        assertFalse(Validators.acceptsGzip("identity"));
        assertFalse(Validators.acceptsGzip("gzip;q=0"));
        assertFalse(Validators.acceptsGzip("*, gzip;q=0"), "an explicit refusal wins over *");
        assertFalse(Validators.acceptsGzip("deflate, br"));
    }
}
