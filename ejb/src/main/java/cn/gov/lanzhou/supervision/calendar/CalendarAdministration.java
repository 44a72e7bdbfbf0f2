package cn.gov.lanzhou.supervision.calendar;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.identity.AdministrationRefused;
import cn.gov.lanzhou.supervision.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 系统管理员 — 工作日历: enters the State Council's holiday arrangement each year (holidays falling on
 * weekdays, weekend days worked instead) and corrects it. Every change, refused ones included, is
 * audited as {@code CALENDAR_CHANGE}.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class CalendarAdministration {

    private static final String ROLE = Role.SYSTEM_ADMIN.name();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private WorkingCalendar calendar;

    @Resource
    private SessionContext caller;

    /** The exceptions of one year, by date. */
    public List<CalendarDay> year(int year) {
        return em.createQuery("select c from CalendarDay c where c.day >= :from and c.day < :to order by c.day",
                        CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    /**
     * Marks a day: a HOLIDAY must be a weekday, a WORKDAY a Saturday or Sunday (otherwise the entry would
     * change nothing, which is always a typing mistake); the name says which holiday (e.g. 国庆节).
     * Replaces an existing entry for the same day.
     */
    public CalendarDay mark(LocalDate day, DayKind kind, String name, String sourceIp) {
        String n = name == null ? "" : name.strip();
        String what = day + " " + kind + " " + n;
        try {
            if (day == null || kind == null) {
                throw new AdministrationRefused("DAY_REQUIRED", "请填写日期并选择类型");
            }
            if (n.isEmpty() || n.length() > 50) {
                throw new AdministrationRefused("NAME_REQUIRED", "请填写节日或调休名称（不超过50个字）");
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == DayKind.HOLIDAY && weekend) {
                throw new AdministrationRefused("HOLIDAY_ON_WEEKEND", day + " 是周末，本来就不上班，无需登记为节假日");
            }
            if (kind == DayKind.WORKDAY && !weekend) {
                throw new AdministrationRefused("WORKDAY_ON_WEEKDAY", day + " 是工作日，调休上班只能登记在周六或周日");
            }
            CalendarDay old = em.find(CalendarDay.class, day);
            if (old != null) {
                em.remove(old);
                em.flush();
            }
            CalendarDay entry = new CalendarDay(day, kind, n, caller.getCallerPrincipal().getName(), LocalDateTime.now());
            em.persist(entry);
            em.flush();
            calendar.changed();
            audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, "CALENDAR_CHANGE", "CalendarDay",
                    day.toString(), AuditOutcome.SUCCESS, (old == null ? "" : old.getKind() + " " + old.getName() + " -> ") + what);
            return entry;
        } catch (AdministrationRefused e) {
            audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, "CALENDAR_CHANGE", "CalendarDay",
                    String.valueOf(day), AuditOutcome.FAILURE, e.getCode() + ": " + what);
            throw e;
        }
    }

    /** Removes an entry: the day follows the ordinary week again. */
    public void unmark(LocalDate day, String sourceIp) {
        CalendarDay old = day == null ? null : em.find(CalendarDay.class, day);
        if (old == null) {
            AdministrationRefused e = new AdministrationRefused("DAY_UNKNOWN", "该日期没有登记");
            audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, "CALENDAR_CHANGE", "CalendarDay",
                    String.valueOf(day), AuditOutcome.FAILURE, e.getCode());
            throw e;
        }
        em.remove(old);
        em.flush();
        calendar.changed();
        audit.record(caller.getCallerPrincipal().getName(), ROLE, sourceIp, "CALENDAR_CHANGE", "CalendarDay",
                day.toString(), AuditOutcome.SUCCESS, "removed " + old.getKind() + " " + old.getName());
    }
}
