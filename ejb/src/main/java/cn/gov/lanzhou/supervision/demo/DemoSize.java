package cn.gov.lanzhou.supervision.demo;

import java.util.Locale;
import java.util.Optional;

/** How much demo data to generate: none, a quick {@code demo} set, or three years in {@code full}. */
public enum DemoSize {
    NONE(0, 0, 0, 0),
    DEMO(120, 60, 400, 0),
    FULL(400, 580, 3 * 365, 1);

    private final int enterprises;
    private final int activeProjects;
    private final int days;
    private final int fullScale;

    DemoSize(int enterprises, int activeProjects, int days, int fullScale) {
        this.enterprises = enterprises;
        this.activeProjects = activeProjects;
        this.days = days;
        this.fullScale = fullScale;
    }

    public int enterprises() {
        return enterprises;
    }

    /** Projects under construction; completed projects come on top (about a third more). */
    public int activeProjects() {
        return activeProjects;
    }

    /** How many days of history (inspections, complaints, articles) to generate. */
    public int days() {
        return days;
    }

    public boolean isFullScale() {
        return fullScale == 1;
    }

    public static Optional<DemoSize> parse(String value) {
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
