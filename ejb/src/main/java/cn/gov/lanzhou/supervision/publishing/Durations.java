package cn.gov.lanzhou.supervision.publishing;

import java.time.Duration;

/** Durations as Chinese readers say them. */
final class Durations {

    private Durations() {
    }

    static String label(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " 分钟";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " 小时" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " 分");
        }
        return hours / 24 + " 天" + (hours % 24 == 0 ? "" : " " + hours % 24 + " 小时");
    }
}
