/** 投诉举报 services: public tracking by ticket number and query code, statistics. */
package cn.gov.lanzhou.supervision.complaint;
