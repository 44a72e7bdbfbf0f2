/** 口令 — password hashing with PBKDF2-HMAC-SM3 in a self-describing stored format. */
package cn.gov.lanzhou.supervision.gm.password;
