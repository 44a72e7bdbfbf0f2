package cn.gov.lanzhou.supervision.calendar;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** How a calendar exception differs from the ordinary week. */
public enum DayKind implements Labelled {
    /** 法定节假日 on a weekday: no work. */
    HOLIDAY("节假日（休息）"),
    /** 调休上班 on a Saturday or Sunday. */
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
