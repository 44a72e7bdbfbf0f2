/**
 * 口令 — password hashing with PBKDF2-HMAC-SM3 in a self-describing stored format, the password policy
 * (等保三级 composition, rotation and reuse rules) and random one-time passwords.
 */
package cn.gov.lanzhou.supervision.gm.password;
