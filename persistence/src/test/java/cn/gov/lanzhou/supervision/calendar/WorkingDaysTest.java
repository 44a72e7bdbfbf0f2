package cn.gov.lanzhou.supervision.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    /** A made-up week-long holiday from Thursday 1 October 2026, with the Saturday before and after worked. */
    private static WorkingDays goldenWeek() {
        Map<LocalDate, DayKind> m = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            LocalDate day = LocalDate.of(2026, 10, d);
            if (day.getDayOfWeek().getValue() <= 5) {
                m.put(day, DayKind.HOLIDAY);
            }
        }
        m.put(LocalDate.of(2026, 9, 26), DayKind.WORKDAY);
        m.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
        return new WorkingDays(m);
    }

    @Test
    void anOrdinaryWeekIsMondayToFriday() {
        WorkingDays w = new WorkingDays(Map.of());
        assertTrue(w.isWorkingDay(LocalDate.of(2026, 11, 25)), "Wednesday");
        assertFalse(w.isWorkingDay(LocalDate.of(2026, 11, 28)), "Saturday");
        // Wednesday + 1 working day = Thursday; Friday + 1 = Monday.
        assertEquals(LocalDate.of(2026, 11, 26), w.addWorkingDays(LocalDate.of(2026, 11, 25), 1));
        assertEquals(LocalDate.of(2026, 11, 30), w.addWorkingDays(LocalDate.of(2026, 11, 27), 1));
        // A complaint on Wednesday 25 November must be answered within 15 working days: Wednesday 16 December.
        assertEquals(LocalDateTime.of(2026, 12, 16, 23, 59, 59), w.deadline(LocalDateTime.of(2026, 11, 25, 10, 0), 15));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWorkdaysCount() {
        WorkingDays w = goldenWeek();
        assertFalse(w.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(w.isWorkingDay(LocalDate.of(2026, 10, 10)), "a Saturday worked");
        // Filed on Wednesday 30 September: the next working day is Thursday 8 October.
        assertEquals(LocalDate.of(2026, 10, 8), w.addWorkingDays(LocalDate.of(2026, 9, 30), 1));
        // Thursday 8, Friday 9, Saturday 10 (worked): three working days.
        assertEquals(LocalDate.of(2026, 10, 10), w.addWorkingDays(LocalDate.of(2026, 9, 30), 3));
        assertEquals(3, w.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)));
        assertEquals(0, w.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
    }

    @Test
    void aNegativeLimitIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(Map.of()).addWorkingDays(LocalDate.now(), -1));
    }
}
