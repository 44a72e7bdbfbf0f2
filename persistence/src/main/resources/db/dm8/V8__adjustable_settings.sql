-- Settings the administrators adjust at run time (the security administrator's password and
-- lockout policy, later the system administrator's configuration). A row overrides the value
-- from MicroProfile Config; no row means the configured value (or its Level 3 default) applies.
-- Every change is also an audit event with the old and the new value.

CREATE TABLE portal_setting (
    setting_key   VARCHAR(100 CHAR)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000 CHAR) NOT NULL,
    updated_by    VARCHAR(50 CHAR)   NOT NULL,
    updated_at    TIMESTAMP         NOT NULL,
    version       BIGINT        NOT NULL
);

-- The lockout counts failures within a window (5 within 15 minutes by default), not forever.
ALTER TABLE app_user ADD first_failed_at TIMESTAMP;

-- 组织机构: the station's departments, kept by the system administrator. A staff account's
-- department is one of the active ones (app_user.department keeps the name, as before).
CREATE SEQUENCE seq_department START WITH 10 INCREMENT BY 10;
CREATE TABLE department (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(100 CHAR) NOT NULL,
    district_code VARCHAR(6 CHAR),
    sort_order    INTEGER      NOT NULL,
    active        BIT      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP        NOT NULL,
    CONSTRAINT uq_department_name UNIQUE (name)
);
