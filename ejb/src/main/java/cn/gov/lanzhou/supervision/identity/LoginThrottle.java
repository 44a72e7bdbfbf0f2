package cn.gov.lanzhou.supervision.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * 按来源地址限制登录频率 — a sliding window of failed logins per source address, besides the
 * per-account lockout: an address with {@code portal.identity.throttle.max-attempts-per-ip} failures
 * (default 20) within {@code portal.identity.throttle.window-minutes} (default 15) is refused until
 * the oldest of them leaves the window. Successful logins do not count.
 *
 * <p>In memory only, per server instance (a restart forgets it). Each address keeps at most
 * {@code max-attempts} timestamps in a ring buffer, and the number of addresses is bounded: above
 * {@link #DEFAULT_MAX_TRACKED} the addresses whose failures have all left the window are dropped,
 * then the least recently seen, so that a flood of addresses cannot exhaust the heap (≈ 300 bytes
 * per address at the default settings).
 *
 * <p>Behind a reverse proxy every client has the proxy's address unless the server is told to
 * take the client's from a forwarding header; then they share one window.
 */
@Singleton
@Lock(LockType.READ)
public class LoginThrottle {

    /** Most addresses tracked at once. */
    public static final int DEFAULT_MAX_TRACKED = 50_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicBoolean evicting = new AtomicBoolean();

    @Inject
    private IdentitySettings settings;

    private Clock clock;
    private int maxAttempts;
    private long windowMillis;
    private int maxTracked;

    /** For the container: the settings come from {@link IdentitySettings} at construction. */
    public LoginThrottle() {
    }

    /** For tests and tools: explicit clock and limits. */
    public LoginThrottle(Clock clock, int maxAttempts, Duration window, int maxTracked) {
        apply(clock, maxAttempts, window, maxTracked);
    }

    /** Named apart from {@link #apply}: the container finds lifecycle callbacks by name. */
    @PostConstruct
    void readSettings() {
        if (clock == null) {
            apply(Clock.systemUTC(), settings.throttleMaxAttemptsPerIp(),
                    Duration.ofMinutes(settings.throttleWindowMinutes()), DEFAULT_MAX_TRACKED);
        }
    }

    private void apply(Clock clock, int maxAttempts, Duration window, int maxTracked) {
        if (maxAttempts < 1 || window.isNegative() || window.isZero() || maxTracked < 1) {
            throw new IllegalArgumentException("throttle limits must be positive");
        }
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.windowMillis = window.toMillis();
        this.maxTracked = maxTracked;
    }

    /**
     * Whether the address may try to log in now: empty if so, otherwise how long until the oldest
     * failure in the window leaves it.
     */
    public Optional<Duration> refusal(String sourceIp) {
        Window w = windows.get(key(sourceIp));
        if (w == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        long retryAt = w.blockedUntil(now - windowMillis, maxAttempts);
        return retryAt < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.max(1, retryAt + windowMillis - now)));
    }

    /** Counts a failed login from the address. */
    public void recordFailure(String sourceIp) {
        long now = clock.millis();
        windows.computeIfAbsent(key(sourceIp), k -> new Window(maxAttempts)).add(now);
        if (windows.size() > maxTracked) {
            evict(now);
        }
    }

    /** Addresses tracked at the moment (for tests and metrics). */
    public int trackedAddresses() {
        return windows.size();
    }

    /** Whole minutes, rounded up, at least one: what the login form tells. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toMillis() + 59_999) / 60_000);
    }

    /** Drops expired windows, then the least recently seen, down to 90 % of the bound. */
    private void evict(long now) {
        if (!evicting.compareAndSet(false, true)) {
            return;
        }
        try {
            long cutoff = now - windowMillis;
            windows.entrySet().removeIf(e -> e.getValue().lastSeen() <= cutoff);
            int target = maxTracked - maxTracked / 10;
            if (windows.size() > target) {
                List<Map.Entry<String, Long>> seen = new ArrayList<>(windows.size());
                windows.forEach((k, v) -> seen.add(Map.entry(k, v.lastSeen())));
                seen.sort(Map.Entry.comparingByValue());
                for (int i = 0, excess = windows.size() - target; i < seen.size() && i < excess; i++) {
                    windows.remove(seen.get(i).getKey());
                }
            }
        } finally {
            evicting.set(false);
        }
    }

    private static String key(String sourceIp) {
        return sourceIp == null || sourceIp.isBlank() ? "unknown" : sourceIp.trim();
    }

    /** The latest failures of one address, oldest first, in a ring buffer of epoch milliseconds. */
    private static final class Window {
        private final long[] times;
        private int head;
        private int count;

        Window(int capacity) {
            times = new long[capacity];
        }

        synchronized void add(long t) {
            if (count < times.length) {
                times[(head + count) % times.length] = t;
                count++;
            } else {
                times[head] = t;
                head = (head + 1) % times.length;
            }
        }

        /** Forgets failures at or before {@code cutoff}; the oldest remaining one if the window is full, else -1. */
        synchronized long blockedUntil(long cutoff, int max) {
            while (count > 0 && times[head] <= cutoff) {
                head = (head + 1) % times.length;
                count--;
            }
            return count >= max ? times[head] : -1;
        }

        synchronized long lastSeen() {
            return count == 0 ? Long.MIN_VALUE : times[(head + count - 1) % times.length];
        }
    }
}
