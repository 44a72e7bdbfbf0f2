/** 身份与角色 — staff and enterprise accounts and the roles that decide what they may do. */
package cn.gov.lanzhou.supervision.identity;
