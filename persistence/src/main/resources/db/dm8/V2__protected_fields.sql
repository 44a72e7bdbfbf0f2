-- Protected fields (字段加密, 密评): person.id_number, person.phone, enterprise.contact_phone,
-- complaint.reporter_name and complaint.reporter_phone hold SM4-GCM ciphertext written by the
-- application's attribute converters; VARCHAR(300 CHAR) already fits it (an 18-digit ID number is 68
-- characters), so nothing is widened. A database cannot encrypt, so this script only adds the blind
-- indexes: HMAC-SM3 (64 hex characters) of the normalised clear value, the columns to search by
-- exact value. Values written before this version are clear text, which the converters refuse to
-- read (数据完整性校验失败): a database filled before this version must be re-created or re-encrypted.

ALTER TABLE person ADD id_number_index VARCHAR(64 CHAR);
CREATE INDEX ix_person_id_number ON person (id_number_index);

ALTER TABLE complaint ADD reporter_phone_index VARCHAR(64 CHAR);
CREATE INDEX ix_complaint_reporter_phone ON complaint (reporter_phone_index);
