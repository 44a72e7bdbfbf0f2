/**
 * 身份与角色 — staff and enterprise accounts, the roles that decide what they may do, and their credentials
 * (password history, the encrypted TOTP secret).
 */
package cn.gov.lanzhou.supervision.identity;
