package cn.gov.lanzhou.supervision.calendar;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The station's working-day calendar for deadlines (complaints, declarations): the ordinary week and
 * the exceptions the system administrator keeps ({@link CalendarAdministration}). Read from the
 * database on first use and after each change; one copy per JVM.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WorkingCalendar {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile WorkingDays days;

    /** The calendar as it is now. */
    public WorkingDays days() {
        WorkingDays d = days;
        if (d == null) {
            d = load();
            days = d;
        }
        return d;
    }

    /** Forgets the cached exceptions now and when the caller's transaction ends: the next use reads them again. */
    public void changed() {
        days = null;
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare
                }

                @Override
                public void afterCompletion(int status) {
                    days = null;
                }
            });
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    /** The close of the {@code workingDays}-th working day after {@code start}. */
    public LocalDateTime deadline(LocalDateTime start, int workingDays) {
        return days().deadline(start, workingDays);
    }

    private WorkingDays load() {
        Map<LocalDate, DayKind> m = new HashMap<>();
        for (CalendarDay c : em.createQuery("select c from CalendarDay c", CalendarDay.class).getResultList()) {
            m.put(c.getDay(), c.getKind());
        }
        return new WorkingDays(m);
    }
}
