/**
 * 动态口令 — time-based one-time passwords (TOTP, RFC 6238) for the second login factor, with the Base32
 * text and {@code otpauth://} URI that authenticator apps read.
 */
package cn.gov.lanzhou.supervision.gm.otp;
