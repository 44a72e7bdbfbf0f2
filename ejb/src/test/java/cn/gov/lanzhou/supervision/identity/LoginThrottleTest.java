package cn.gov.lanzhou.supervision.identity;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-address sliding window, on a clock the test moves. */
class LoginThrottleTest {

    /** A clock that only moves when told. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();

    @Test
    void theAttemptAfterTheLimitIsRefusedUntilTheOldestFailureLeavesTheWindow() {
        LoginThrottle t = new LoginThrottle(clock, 20, Duration.ofMinutes(15), 1000);
        for (int i = 0; i < 19; i++) {
            assertTrue(t.refusal("10.0.0.1").isEmpty(), "attempt " + (i + 1));
            t.recordFailure("10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }
        assertTrue(t.refusal("10.0.0.1").isEmpty());
        t.recordFailure("10.0.0.1"); // the 20th failure, at 09:03:10
        Duration wait = t.refusal("10.0.0.1").orElseThrow();
        // the first failure was at 09:00:00, now is 09:03:10: it leaves the window at 09:15:00
        assertEquals(Duration.ofMinutes(11).plusSeconds(50), wait);
        assertEquals(12, LoginThrottle.minutes(wait));
        assertTrue(t.refusal("10.0.0.2").isEmpty(), "another address is not affected");

        clock.advance(wait.minusSeconds(1));
        assertTrue(t.refusal("10.0.0.1").isPresent(), "still inside the window");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(t.refusal("10.0.0.1").isEmpty(), "the oldest failure has left the window");
        t.recordFailure("10.0.0.1");
        // the second-oldest failure (09:00:10) now bounds the wait
        assertEquals(Duration.ofSeconds(10), t.refusal("10.0.0.1").orElseThrow());
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverBlock() {
        LoginThrottle t = new LoginThrottle(clock, 3, Duration.ofMinutes(15), 1000);
        for (int i = 0; i < 100; i++) {
            assertTrue(t.refusal("10.0.0.1").isEmpty(), "attempt " + i);
            t.recordFailure("10.0.0.1");
            clock.advance(Duration.ofMinutes(5).plusMillis(1));
        }
    }

    @Test
    void aWaitOfSecondsIsAnnouncedAsOneMinute() {
        assertEquals(1, LoginThrottle.minutes(Duration.ofSeconds(3)));
        assertEquals(1, LoginThrottle.minutes(Duration.ofSeconds(60)));
        assertEquals(2, LoginThrottle.minutes(Duration.ofSeconds(61)));
        assertEquals("登录尝试过于频繁，请 2 分钟后再试", LoginResult.throttledMessage(2));
    }

    @Test
    void aFloodOfAddressesStaysBoundedAndKeepsTheRecentlyActiveOnes() {
        LoginThrottle t = new LoginThrottle(clock, 2, Duration.ofMinutes(15), 1000);
        t.recordFailure("attacker");
        t.recordFailure("attacker");
        for (int i = 0; i < 100_000; i++) {
            clock.advance(Duration.ofMillis(1));
            t.recordFailure("198.51." + (i >> 8) + "." + (i & 255));
            if (i % 500 == 0) {
                t.recordFailure("attacker"); // keeps being seen
            }
            assertTrue(t.trackedAddresses() <= 1000);
        }
        assertTrue(t.refusal("attacker").isPresent(), "the active address survived the eviction");
        assertFalse(t.refusal("198.51.0.0").isPresent(), "the oldest addresses were evicted");
    }

    @Test
    void expiredWindowsAreDroppedFirst() {
        LoginThrottle t = new LoginThrottle(clock, 5, Duration.ofMinutes(15), 100);
        for (int i = 0; i < 100; i++) {
            t.recordFailure("old-" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        t.recordFailure("new");
        assertEquals(1, t.trackedAddresses());
    }
}
