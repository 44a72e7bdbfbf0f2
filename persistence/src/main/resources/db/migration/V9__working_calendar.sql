-- 工作日历: the days that differ from the Monday-to-Friday week, as the State Council announces
-- them each year: public holidays on weekdays (HOLIDAY) and the weekend days worked instead
-- (WORKDAY, 调休上班). Deadlines in working days (complaints, declarations) count on it; the system
-- administrator keeps it.

CREATE TABLE calendar_day (
    calendar_date DATE     NOT NULL PRIMARY KEY,
    kind       VARCHAR(10) NOT NULL,
    name       VARCHAR(50) NOT NULL,
    updated_by VARCHAR(50) NOT NULL,
    updated_at ${ts}       NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
