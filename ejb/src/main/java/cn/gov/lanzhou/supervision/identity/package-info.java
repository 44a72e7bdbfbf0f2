/**
 * 身份 services: key material, accounts, password checks, the password policy and history, lockout, the
 * TOTP second factor, and the initial administrators of a production installation.
 */
package cn.gov.lanzhou.supervision.identity;
