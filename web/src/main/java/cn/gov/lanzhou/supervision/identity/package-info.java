/**
 * 身份 on the web: the login mechanism, identity store, login and logout, and the login steps that follow a
 * right password (second-factor code, password change, authenticator enrolment) with the filter that holds a
 * session on them.
 */
package cn.gov.lanzhou.supervision.identity;
