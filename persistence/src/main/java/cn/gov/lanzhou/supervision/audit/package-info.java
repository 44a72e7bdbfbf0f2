/** 审计 — append-only audit events: who did what, when, from where, on which object, with what outcome. */
package cn.gov.lanzhou.supervision.audit;
