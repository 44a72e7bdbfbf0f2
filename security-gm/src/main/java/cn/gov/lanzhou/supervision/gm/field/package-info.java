/**
 * Field-level protection of personal data in the database: SM4-GCM encryption with rotating keys
 * ({@link cn.gov.lanzhou.supervision.gm.field.FieldCipher}) and blind indexes for exact-match search.
 */
package cn.gov.lanzhou.supervision.gm.field;
