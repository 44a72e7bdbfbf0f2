/**
 * 监督检查 — inspections of projects, the findings (隐患/问题) they record, and the
 * rectification notices (整改通知书) that follow the findings to closure.
 */
package cn.gov.lanzhou.supervision.supervision;
