package cn.gov.lanzhou.supervision.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;

/**
 * Working-day arithmetic over a week of Monday to Friday and a set of exceptions (holidays on
 * weekdays, weekend days worked). A time limit of N working days starts the day after the event
 * (期限开始之日不计算在内) and ends at the close of the N-th working day.
 */
public final class WorkingDays {

    /** The end of a working day for deadlines: the whole day counts. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(Objects.requireNonNull(exceptions));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind k = exceptions.get(day);
        if (k != null) {
            return k == DayKind.WORKDAY;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The N-th working day after {@code start}'s date ({@code days} ≥ 0; 0 is the start date itself). */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = start;
        int left = days;
        int guard = 0;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
            if (++guard > 3660) {
                throw new IllegalStateException("no working day within ten years after " + start);
            }
        }
        return d;
    }

    /** The deadline of a time limit of {@code days} working days from {@code start}: the close of that day. */
    public LocalDateTime deadline(LocalDateTime start, int days) {
        return addWorkingDays(start.toLocalDate(), days).atTime(END_OF_DAY);
    }

    /**
     * Working days used from {@code start} to {@code end}: the working days after the start date up to and
     * including the end date (0 when both fall on the same day or the end is earlier).
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
