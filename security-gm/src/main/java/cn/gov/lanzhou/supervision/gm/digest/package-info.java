/** SM3 杂凑 — message digest, HMAC-SM3 and constant-time comparison. */
package cn.gov.lanzhou.supervision.gm.digest;
