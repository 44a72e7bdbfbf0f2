package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 工程类别. */
public enum ProjectType implements Labelled {
    HOUSING("房屋建筑工程"),
    MUNICIPAL("市政基础设施工程"),
    RAIL_TRANSIT("轨道交通工程"),
    INDUSTRIAL("工业建筑工程"),
    RENOVATION("装饰装修工程");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
