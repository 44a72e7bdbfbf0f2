package cn.gov.lanzhou.supervision.supervision;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** 隐患类别. */
public enum FindingCategory implements Labelled {
    DEEP_EXCAVATION("深基坑"),
    HIGH_FORMWORK("高支模"),
    SCAFFOLDING("脚手架"),
    LIFTING_MACHINERY("起重机械"),
    TEMPORARY_POWER("临时用电"),
    WORK_AT_HEIGHT("高处作业"),
    FIRE_SAFETY("消防安全"),
    CONCRETE_STRENGTH("混凝土强度"),
    REINFORCEMENT("钢筋工程"),
    DUST_CONTROL("扬尘治理"),
    OTHER("其他");

    private final String label;

    FindingCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
