/**
 * 审计 on the web: the audit administrator's console (search, verify the chain) and its CSV export.
 * Reads only; the audit trail is written by the services.
 */
package cn.gov.lanzhou.supervision.audit;
