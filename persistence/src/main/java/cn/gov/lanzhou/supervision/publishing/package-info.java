/** 信息发布 — columns (栏目), articles with attachments, and their three-level review. */
package cn.gov.lanzhou.supervision.publishing;
