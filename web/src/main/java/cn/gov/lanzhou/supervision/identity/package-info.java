/** 身份 on the web: the login mechanism, identity store, login and logout. */
package cn.gov.lanzhou.supervision.identity;
