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
