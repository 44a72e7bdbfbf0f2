-- Editorial workflow (信息发布: 修订记录, 修改稿三级审核, 定时发布).
--
-- article_revision: every save of an article, numbered per article, never changed afterwards;
-- editors list and compare them.
-- article_edit: an edit of a published article going through the three-level review again while
-- the published version stays online; it points at the revision under review and, once it passes
-- the final review, its content replaces the public one.
-- article.scheduled_for: a scheduled publication whose going-online has not been announced yet
-- (the publishing timer announces it when the time comes and clears it); article.announced_at:
-- when it was announced, so that it is announced exactly once; article.updated_at: when a
-- re-reviewed edit last replaced the public content.
-- attachment.pending_change: on a published article, ADDED (uploaded for the pending edit, public
-- once the edit passes) or REMOVED (removal proposed by the edit); NULL when settled.

ALTER TABLE article ADD scheduled_for ${ts};
ALTER TABLE article ADD announced_at ${ts};
ALTER TABLE article ADD updated_at ${ts};
CREATE INDEX ix_article_scheduled ON article (scheduled_for);
CREATE INDEX ix_article_author ON article (author_username, status);
CREATE INDEX ix_article_review ON article (status, submitted_at);

ALTER TABLE attachment ADD pending_change VARCHAR(10);

CREATE SEQUENCE seq_article_revision START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seq_article_edit START WITH 50 INCREMENT BY 50;

CREATE TABLE article_revision (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    article_id          BIGINT        NOT NULL,
    revision_no         INTEGER       NOT NULL,
    column_id           BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(500),
    body                ${clob}       NOT NULL,
    tags                VARCHAR(200),
    source              VARCHAR(100),
    author_department   VARCHAR(100),
    article_level       VARCHAR(20),
    business_type       VARCHAR(20)   NOT NULL,
    validity            VARCHAR(20),
    interprets_id       BIGINT,
    cover_attachment_id BIGINT,
    editor_username     VARCHAR(50)   NOT NULL,
    saved_at            ${ts}         NOT NULL,
    note                VARCHAR(200),
    CONSTRAINT uq_article_revision_no UNIQUE (article_id, revision_no),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_revision_column FOREIGN KEY (column_id) REFERENCES site_column (id),
    CONSTRAINT fk_article_revision_interprets FOREIGN KEY (interprets_id) REFERENCES article (id)
);

CREATE TABLE article_edit (
    id              BIGINT        NOT NULL PRIMARY KEY,
    article_id      BIGINT        NOT NULL,
    revision_id     BIGINT        NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    started_by      VARCHAR(50)   NOT NULL,
    submitted_at    ${ts},
    first_reviewer  VARCHAR(50),
    second_reviewer VARCHAR(50),
    final_reviewer  VARCHAR(50),
    return_reason   VARCHAR(1000),
    closed_at       ${ts},
    version         BIGINT        NOT NULL,
    created_at      ${ts}         NOT NULL,
    CONSTRAINT fk_article_edit_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_edit_revision FOREIGN KEY (revision_id) REFERENCES article_revision (id),
    CONSTRAINT ck_article_edit_state CHECK (state IN ('EDITING', 'FIRST_REVIEW', 'SECOND_REVIEW', 'FINAL_REVIEW',
        'RETURNED', 'APPLIED', 'DISCARDED'))
);
CREATE INDEX ix_article_edit_article ON article_edit (article_id, state);
CREATE INDEX ix_article_edit_review ON article_edit (state, submitted_at);
