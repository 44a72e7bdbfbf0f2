package cn.gov.lanzhou.supervision.registry.importing;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far the reading and checking of an import file has come, updated by the service while the page
 * polls it. Thread-safe.
 */
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile String phase = "等待开始";
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean finished;

    /** Starts a phase of {@code total} steps (rows). */
    public void start(String phaseName, int totalSteps) {
        this.phase = phaseName;
        this.total = totalSteps;
        this.done.set(0);
    }

    public void advance(int steps) {
        done.addAndGet(steps);
    }

    public void finish() {
        phase = "完成";
        done.set(total);
        finished = true;
    }

    public String getPhase() {
        return phase;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return Math.min(done.get(), total);
    }

    public boolean isFinished() {
        return finished;
    }

    /** 0–100 within the current phase. */
    public int getPercent() {
        return total == 0 ? (finished ? 100 : 0) : (int) Math.min(100, getDone() * 100L / total);
    }
}
