package cn.gov.lanzhou.supervision.publishing;

/**
 * How the station kept its promise for policy updates over a period: of the policy articles
 * published, how many went online within the target after being handed in.
 *
 * @param published     policy articles published in the period (that were handed in through review)
 * @param withinTarget  of them, online within the target
 * @param averageHours  average hours from submission to publication, or -1 when none
 */
public record Timeliness(int days, int targetHours, int published, int withinTarget, double averageHours) {

    /** Share within the target, 0–100, or -1 when nothing was published. */
    public int percentWithinTarget() {
        return published == 0 ? -1 : (int) Math.round(100.0 * withinTarget / published);
    }

    public String averageLabel() {
        return averageHours < 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f 小时", averageHours);
    }
}
