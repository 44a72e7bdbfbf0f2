-- Baseline schema of the supervision station portal.
-- Portable across H2 2.x, PostgreSQL (KingbaseES/openGauss family) and, rendered with the DM8
-- placeholders, Dameng DM8 (see db/dm8/). Placeholders: BIT, CLOB, TIMESTAMP.
-- Sequences start at their increment, as EclipseLink preallocation expects.
-- Identifiers avoid words reserved in Oracle-compatible databases (LEVEL, TYPE, ROLE, COMMENT).

CREATE SEQUENCE seq_enterprise START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_qualification START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_person START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_certificate START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_project START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_project_participant START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_project_key_person START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_inspection START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_finding START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_rectification_notice START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_complaint START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_declaration START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_site_column START WITH 10 INCREMENT BY 10;
CREATE SEQUENCE seq_article START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_attachment START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_app_user START WITH 10 INCREMENT BY 10;
CREATE SEQUENCE seq_audit_event START WITH 1 INCREMENT BY 1;

-- 主体库 registry ---------------------------------------------------------------------------

CREATE TABLE enterprise (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    credit_code          VARCHAR(18 CHAR)  NOT NULL,
    name                 VARCHAR(200 CHAR) NOT NULL,
    enterprise_type      VARCHAR(20 CHAR)  NOT NULL,
    district_code        VARCHAR(6 CHAR)   NOT NULL,
    address              VARCHAR(300 CHAR),
    legal_representative VARCHAR(50 CHAR),
    contact_phone        VARCHAR(300 CHAR),
    registered_on        DATE,
    version              BIGINT       NOT NULL,
    created_at           TIMESTAMP        NOT NULL,
    CONSTRAINT uq_enterprise_credit_code UNIQUE (credit_code)
);
CREATE INDEX ix_enterprise_district ON enterprise (district_code);

CREATE TABLE qualification (
    id             BIGINT       NOT NULL PRIMARY KEY,
    enterprise_id  BIGINT       NOT NULL,
    category       VARCHAR(100 CHAR) NOT NULL,
    grade          VARCHAR(20 CHAR)  NOT NULL,
    certificate_no VARCHAR(50 CHAR)  NOT NULL,
    valid_until    DATE         NOT NULL,
    CONSTRAINT fk_qualification_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_qualification_enterprise ON qualification (enterprise_id);

CREATE TABLE person (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(50 CHAR)  NOT NULL,
    id_number   VARCHAR(300 CHAR) NOT NULL,
    phone       VARCHAR(300 CHAR),
    employer_id BIGINT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP        NOT NULL,
    CONSTRAINT fk_person_employer FOREIGN KEY (employer_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_person_employer ON person (employer_id);

CREATE TABLE certificate (
    id             BIGINT      NOT NULL PRIMARY KEY,
    person_id      BIGINT      NOT NULL,
    kind           VARCHAR(30 CHAR) NOT NULL,
    certificate_no VARCHAR(50 CHAR) NOT NULL,
    valid_until    DATE        NOT NULL,
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_certificate_person ON certificate (person_id);

CREATE TABLE project (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    project_no          VARCHAR(20 CHAR)    NOT NULL,
    permit_no           VARCHAR(24 CHAR),
    name                VARCHAR(200 CHAR)   NOT NULL,
    district_code       VARCHAR(6 CHAR)     NOT NULL,
    address             VARCHAR(300 CHAR),
    project_type        VARCHAR(20 CHAR)    NOT NULL,
    floor_area          DECIMAL(14, 2),
    contract_value      DECIMAL(14, 2),
    start_date          DATE,
    planned_completion  DATE,
    completed_on        DATE,
    status              VARCHAR(20 CHAR)    NOT NULL,
    stage               VARCHAR(20 CHAR)    NOT NULL,
    supervisor_username VARCHAR(50 CHAR),
    version             BIGINT         NOT NULL,
    created_at          TIMESTAMP          NOT NULL,
    CONSTRAINT uq_project_no UNIQUE (project_no)
);
CREATE INDEX ix_project_permit ON project (permit_no);
CREATE INDEX ix_project_district_status ON project (district_code, status);

CREATE TABLE project_participant (
    id               BIGINT      NOT NULL PRIMARY KEY,
    project_id       BIGINT      NOT NULL,
    enterprise_id    BIGINT      NOT NULL,
    participant_role VARCHAR(30 CHAR) NOT NULL,
    CONSTRAINT fk_participant_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_participant_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_participant_project ON project_participant (project_id);
CREATE INDEX ix_participant_enterprise ON project_participant (enterprise_id);

CREATE TABLE project_key_person (
    id         BIGINT      NOT NULL PRIMARY KEY,
    project_id BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    post       VARCHAR(30 CHAR) NOT NULL,
    CONSTRAINT fk_key_person_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_key_person_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_key_person_project ON project_key_person (project_id);
CREATE INDEX ix_key_person_person ON project_key_person (person_id);

-- 监督检查 supervision ----------------------------------------------------------------------

CREATE TABLE inspection (
    id           BIGINT       NOT NULL PRIMARY KEY,
    project_id   BIGINT       NOT NULL,
    inspected_on DATE         NOT NULL,
    kind         VARCHAR(20 CHAR)  NOT NULL,
    inspectors   VARCHAR(300 CHAR) NOT NULL,
    summary      CLOB,
    status       VARCHAR(20 CHAR)  NOT NULL,
    submitted_at TIMESTAMP,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP        NOT NULL,
    CONSTRAINT fk_inspection_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_inspection_project ON inspection (project_id, inspected_on);

CREATE TABLE rectification_notice (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    notice_no                 VARCHAR(20 CHAR)   NOT NULL,
    project_id                BIGINT        NOT NULL,
    inspection_id             BIGINT        NOT NULL,
    responsible_enterprise_id BIGINT        NOT NULL,
    issued_at                 TIMESTAMP         NOT NULL,
    issued_by                 VARCHAR(50 CHAR)   NOT NULL,
    deadline                  DATE          NOT NULL,
    status                    VARCHAR(20 CHAR)   NOT NULL,
    acknowledged_at           TIMESTAMP,
    responded_at              TIMESTAMP,
    last_review_comment       VARCHAR(2000 CHAR),
    closed_at                 TIMESTAMP,
    version                   BIGINT        NOT NULL,
    created_at                TIMESTAMP         NOT NULL,
    CONSTRAINT uq_notice_no UNIQUE (notice_no),
    CONSTRAINT fk_notice_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_notice_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_notice_enterprise FOREIGN KEY (responsible_enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_notice_project ON rectification_notice (project_id);
CREATE INDEX ix_notice_status_deadline ON rectification_notice (status, deadline);
CREATE INDEX ix_notice_enterprise ON rectification_notice (responsible_enterprise_id);

CREATE TABLE finding (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    inspection_id             BIGINT        NOT NULL,
    category                  VARCHAR(30 CHAR)   NOT NULL,
    severity                  VARCHAR(10 CHAR)   NOT NULL,
    description               VARCHAR(2000 CHAR) NOT NULL,
    responsible_enterprise_id BIGINT,
    notice_id                 BIGINT,
    CONSTRAINT fk_finding_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_finding_enterprise FOREIGN KEY (responsible_enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_finding_notice FOREIGN KEY (notice_id) REFERENCES rectification_notice (id)
);
CREATE INDEX ix_finding_inspection ON finding (inspection_id);
CREATE INDEX ix_finding_notice ON finding (notice_id);

-- 投诉举报 complaints ------------------------------------------------------------------------

CREATE TABLE complaint (
    id                BIGINT       NOT NULL PRIMARY KEY,
    ticket_no         VARCHAR(20 CHAR)  NOT NULL,
    query_code_digest VARCHAR(128 CHAR) NOT NULL,
    anonymous         BIT      NOT NULL,
    category          VARCHAR(30 CHAR)  NOT NULL,
    project_id        BIGINT,
    district_code     VARCHAR(6 CHAR)   NOT NULL,
    address           VARCHAR(300 CHAR),
    description       CLOB      NOT NULL,
    reporter_name     VARCHAR(300 CHAR),
    reporter_phone    VARCHAR(300 CHAR),
    status            VARCHAR(20 CHAR)  NOT NULL,
    submitted_at      TIMESTAMP        NOT NULL,
    handling_unit     VARCHAR(100 CHAR),
    assignee_username VARCHAR(50 CHAR),
    public_reply      CLOB,
    replied_at        TIMESTAMP,
    closed_at         TIMESTAMP,
    satisfaction      INTEGER,
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMP        NOT NULL,
    CONSTRAINT uq_complaint_ticket UNIQUE (ticket_no),
    CONSTRAINT fk_complaint_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_complaint_satisfaction CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5)
);
CREATE INDEX ix_complaint_status ON complaint (status, submitted_at);
CREATE INDEX ix_complaint_project ON complaint (project_id);

-- 在线申报 declarations ----------------------------------------------------------------------

CREATE TABLE declaration (
    id               BIGINT        NOT NULL PRIMARY KEY,
    declaration_no   VARCHAR(20 CHAR)   NOT NULL,
    declaration_type VARCHAR(40 CHAR)   NOT NULL,
    enterprise_id    BIGINT        NOT NULL,
    project_id       BIGINT,
    status           VARCHAR(30 CHAR)   NOT NULL,
    form_data        CLOB,
    submitted_at     TIMESTAMP,
    decided_at       TIMESTAMP,
    decision_remark  VARCHAR(2000 CHAR),
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP         NOT NULL,
    CONSTRAINT uq_declaration_no UNIQUE (declaration_no),
    CONSTRAINT fk_declaration_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_declaration_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_declaration_enterprise ON declaration (enterprise_id, status);
CREATE INDEX ix_declaration_project ON declaration (project_id);

-- 信息发布 publishing ------------------------------------------------------------------------

CREATE TABLE site_column (
    id         BIGINT      NOT NULL PRIMARY KEY,
    code       VARCHAR(40 CHAR) NOT NULL,
    name       VARCHAR(50 CHAR) NOT NULL,
    parent_id  BIGINT,
    sort_order INTEGER     NOT NULL,
    CONSTRAINT uq_site_column_code UNIQUE (code),
    CONSTRAINT fk_site_column_parent FOREIGN KEY (parent_id) REFERENCES site_column (id)
);

CREATE TABLE article (
    id                BIGINT        NOT NULL PRIMARY KEY,
    column_id         BIGINT        NOT NULL,
    title             VARCHAR(200 CHAR)  NOT NULL,
    summary           VARCHAR(500 CHAR),
    body              CLOB       NOT NULL,
    source            VARCHAR(100 CHAR),
    author_department VARCHAR(100 CHAR),
    article_level     VARCHAR(20 CHAR),
    business_type     VARCHAR(20 CHAR)   NOT NULL,
    validity          VARCHAR(20 CHAR),
    status            VARCHAR(20 CHAR)   NOT NULL,
    author_username   VARCHAR(50 CHAR)   NOT NULL,
    submitted_at      TIMESTAMP,
    first_reviewer    VARCHAR(50 CHAR),
    second_reviewer   VARCHAR(50 CHAR),
    final_reviewer    VARCHAR(50 CHAR),
    return_reason     VARCHAR(1000 CHAR),
    published_at      TIMESTAMP,
    view_count        BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP         NOT NULL,
    CONSTRAINT fk_article_column FOREIGN KEY (column_id) REFERENCES site_column (id)
);
CREATE INDEX ix_article_column_published ON article (column_id, status, published_at);
CREATE INDEX ix_article_status_published ON article (status, published_at);

CREATE TABLE attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    article_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200 CHAR) NOT NULL,
    content_type VARCHAR(100 CHAR) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    fingerprint  VARCHAR(64 CHAR)  NOT NULL,
    storage_key  VARCHAR(200 CHAR) NOT NULL,
    CONSTRAINT fk_attachment_article FOREIGN KEY (article_id) REFERENCES article (id)
);
CREATE INDEX ix_attachment_article ON attachment (article_id);

-- 身份 identity ------------------------------------------------------------------------------

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(50 CHAR)  NOT NULL,
    display_name         VARCHAR(50 CHAR)  NOT NULL,
    password_hash        VARCHAR(200 CHAR),
    enabled              BIT      NOT NULL,
    must_change_password BIT      NOT NULL,
    password_changed_at  TIMESTAMP,
    failed_attempts      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    district_code        VARCHAR(6 CHAR),
    department           VARCHAR(100 CHAR),
    enterprise_id        BIGINT,
    admin_role           VARCHAR(20 CHAR),
    version              BIGINT       NOT NULL,
    created_at           TIMESTAMP        NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    -- 三权分立: one column, so at most one administrator role per account.
    CONSTRAINT ck_app_user_admin_role CHECK (admin_role IS NULL
        OR admin_role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))
);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(20 CHAR) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    -- administrator roles never sit beside business roles
    CONSTRAINT ck_user_role_business CHECK (role_name NOT IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))
);

-- 审计 audit ---------------------------------------------------------------------------------

CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP         NOT NULL,
    username    VARCHAR(50 CHAR),
    actor_role  VARCHAR(20 CHAR),
    source_ip   VARCHAR(45 CHAR),
    event_type  VARCHAR(40 CHAR)   NOT NULL,
    object_type VARCHAR(40 CHAR),
    object_id   VARCHAR(64 CHAR),
    outcome     VARCHAR(10 CHAR)   NOT NULL,
    detail      VARCHAR(2000 CHAR),
    mac         VARCHAR(64 CHAR)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_user ON audit_event (username, occurred_at);
