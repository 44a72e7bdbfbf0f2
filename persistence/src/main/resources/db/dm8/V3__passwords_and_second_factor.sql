-- Passwords and second factor (口令策略与双因素认证, 等保三级 身份鉴别).
-- app_user gains the TOTP secret (SM4-GCM ciphertext written by EncryptedColumns.TotpSeed: a
-- 32-character Base32 secret is stored as 84 characters), the time it was confirmed, and the last
-- time step accepted, so that no code is accepted twice (RFC 6238 §5.2).
-- password_history keeps the hashes of each account's latest passwords (the current one included),
-- so that none of the last N is chosen again; the application prunes older rows.

ALTER TABLE app_user ADD totp_seed VARCHAR(200 CHAR);
ALTER TABLE app_user ADD totp_enrolled_at TIMESTAMP;
ALTER TABLE app_user ADD totp_last_step BIGINT;

CREATE SEQUENCE seq_password_history START WITH 50 INCREMENT BY 50;

CREATE TABLE password_history (
    id            BIGINT       NOT NULL PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(200 CHAR) NOT NULL,
    changed_at    TIMESTAMP        NOT NULL,
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_password_history_user ON password_history (user_id, changed_at);
