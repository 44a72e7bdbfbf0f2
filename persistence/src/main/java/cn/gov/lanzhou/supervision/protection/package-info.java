/**
 * 字段加密保护 — the SM4-GCM attribute converters that keep personal data (ID numbers, phones,
 * complainants' names) encrypted in the database, the process-wide holder of their keys, and the
 * HMAC-SM3 blind indexes that let a row still be found by an exact value.
 *
 * <p>Never query an encrypted attribute ({@code where p.idNumber = :x} never matches: every
 * encryption uses a fresh IV); query its blind-index column instead, e.g.
 * {@code where p.idNumberIndex = :index} with {@code Person.indexOfIdNumber(x)}.
 */
package cn.gov.lanzhou.supervision.protection;
