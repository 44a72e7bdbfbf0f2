package cn.gov.lanzhou.supervision.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 限制非法登录次数: failures lock an account only when enough of them fall within the window. */
class LockoutWindowTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 25, 9, 0);

    private static void fail(UserAccount u, LocalDateTime at) {
        u.recordFailedLogin(5, WINDOW, at, at.plusMinutes(30));
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockForThirty() {
        UserAccount u = new UserAccount("window.user", "窗口用户");
        for (int i = 0; i < 4; i++) {
            fail(u, NINE.plusMinutes(3L * i));
        }
        assertFalse(u.isLockedAt(NINE.plusMinutes(10)));
        fail(u, NINE.plusMinutes(14));
        assertTrue(u.isLockedAt(NINE.plusMinutes(14)));
        assertTrue(u.isLockedAt(NINE.plusMinutes(43)));
        assertFalse(u.isLockedAt(NINE.plusMinutes(44)), "the lock lasts 30 minutes");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverLock() {
        UserAccount u = new UserAccount("slow.user", "偶尔输错用户");
        for (int i = 0; i < 20; i++) {
            fail(u, NINE.plusMinutes(4L * i));
        }
        assertFalse(u.isLockedAt(NINE.plusMinutes(80)), "four per window at most: " + u.getFailedAttempts());
        assertTrue(u.getFailedAttempts() <= 4);
    }

    @Test
    void aSuccessClearsTheCount() {
        UserAccount u = new UserAccount("lucky.user", "登录成功用户");
        for (int i = 0; i < 4; i++) {
            fail(u, NINE.plusMinutes(i));
        }
        u.recordSuccessfulLogin();
        fail(u, NINE.plusMinutes(5));
        assertEquals(1, u.getFailedAttempts());
        assertFalse(u.isLockedAt(NINE.plusMinutes(5)));
    }
}
