package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** What a data-quality finding is about: a record of the registry. */
public enum SubjectKind implements Labelled {
    ENTERPRISE("企业", "Enterprise"),
    PERSON("人员", "Person"),
    PROJECT("工程", "Project");

    private final String label;
    private final String entityName;

    SubjectKind(String label, String entityName) {
        this.label = label;
        this.entityName = entityName;
    }

    @Override
    public String label() {
        return label;
    }

    /** The entity's name, as audit events name object types. */
    public String entityName() {
        return entityName;
    }
}
