package cn.gov.lanzhou.supervision.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A day that differs from the Monday-to-Friday week: a holiday on a weekday, or a weekend day worked. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date", nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private DayKind kind;

    @Column(name = "name", length = 50, nullable = false)
    private String name;

    @Column(name = "updated_by", length = 50, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected CalendarDay() {
        // for JPA
    }

    public CalendarDay(LocalDate day, DayKind kind, String name, String updatedBy, LocalDateTime at) {
        this.day = Objects.requireNonNull(day);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.updatedBy = Objects.requireNonNull(updatedBy);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
