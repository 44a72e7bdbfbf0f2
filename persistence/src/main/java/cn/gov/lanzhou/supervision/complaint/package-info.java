/** 投诉举报 — complaints and reports from the public, tracked by ticket number and query code. */
package cn.gov.lanzhou.supervision.complaint;
