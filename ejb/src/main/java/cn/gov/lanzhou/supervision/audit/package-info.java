/** 审计 services: the append-only, HMAC-SM3-chained audit trail and its verification. */
package cn.gov.lanzhou.supervision.audit;
