-- 签发文书 — official documents the station signs with its SM2 key (整改通知书, 停工令, later the
-- decisions on declarations). One row per document number; the PDF itself is in the file store
-- (storage_key), its SM3 digest and size here. The signature (SM3withSM2, DER, Base64) covers the
-- canonical text of the row (SignedDocument.signedText): number, kind, title, subject, project,
-- issuer, issue date, the PDF's SM3 and size, key id and signing time, so that changing any of the
-- public facts, or replacing the PDF, is detected. A subject (e.g. one rectification notice) has at
-- most one document of each kind: issuing again returns the same document.

CREATE SEQUENCE seq_signed_document START WITH 50 INCREMENT BY 50;

CREATE TABLE signed_document (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    document_no            VARCHAR(30)   NOT NULL,
    kind                   VARCHAR(30)   NOT NULL,
    title                  VARCHAR(50)   NOT NULL,
    subject_type           VARCHAR(40)   NOT NULL,
    subject_id             BIGINT        NOT NULL,
    addressee_enterprise_id BIGINT,
    project_no             VARCHAR(20),
    project_name           VARCHAR(200),
    issuer                 VARCHAR(100)  NOT NULL,
    issued_on              DATE          NOT NULL,
    pdf_sm3                VARCHAR(64)   NOT NULL,
    pdf_size               BIGINT        NOT NULL,
    storage_key            VARCHAR(60)   NOT NULL,
    signature              VARCHAR(200)  NOT NULL,
    key_id                 VARCHAR(32)   NOT NULL,
    signed_at              ${ts}         NOT NULL,
    signed_by              VARCHAR(50)   NOT NULL,
    CONSTRAINT uq_signed_document_no UNIQUE (document_no),
    CONSTRAINT uq_signed_document_subject UNIQUE (kind, subject_type, subject_id),
    CONSTRAINT fk_signed_document_addressee FOREIGN KEY (addressee_enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_signed_document_addressee ON signed_document (addressee_enterprise_id);
CREATE INDEX ix_signed_document_signed_at ON signed_document (signed_at);
