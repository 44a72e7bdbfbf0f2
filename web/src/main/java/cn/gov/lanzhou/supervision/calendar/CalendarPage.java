package cn.gov.lanzhou.supervision.calendar;

import cn.gov.lanzhou.supervision.identity.StaffSession;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * 系统管理员: 工作日历 ({@code /admin/system/calendar.xhtml}) — one year's holidays and make-up
 * workdays, and the form to add or correct one.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarAdministration calendar;

    private int year = LocalDate.now().getYear();
    private String day;
    private String kind = DayKind.HOLIDAY.name();
    private String name;
    private transient List<CalendarDay> entries;

    public List<CalendarDay> getEntries() {
        if (entries == null) {
            entries = calendar.year(year);
        }
        return entries;
    }

    public List<DayKind> getKinds() {
        return List.of(DayKind.values());
    }

    public String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE);
    }

    public void previousYear() {
        year--;
        entries = null;
    }

    public void nextYear() {
        year++;
        entries = null;
    }

    public void mark() {
        LocalDate date;
        try {
            date = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            error("日期格式应为 年-月-日，例如 2026-10-01");
            return;
        }
        try {
            CalendarDay saved = calendar.mark(date, kind == null || kind.isBlank() ? null : DayKind.valueOf(kind), name,
                    StaffSession.sourceIp(FacesContext.getCurrentInstance()));
            info("已登记 " + saved.getDay() + "（" + weekday(saved.getDay()) + "）为" + saved.getKind().label() + "：" + saved.getName());
            year = saved.getDay().getYear();
            entries = null;
            day = null;
            name = null;
        } catch (BusinessRuleException e) {
            error(e.getMessage());
        }
    }

    public void unmark(LocalDate d) {
        try {
            calendar.unmark(d, StaffSession.sourceIp(FacesContext.getCurrentInstance()));
            info("已删除 " + d + " 的登记，该日恢复按周一至周五计算");
            entries = null;
        } catch (BusinessRuleException e) {
            error(e.getMessage());
        }
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public int getYear() {
        return year;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
