/**
 * 数据统计 on the web: the public statistics page and its CSV export. Figures come from the
 * services' read-side queries; nothing here writes.
 */
package cn.gov.lanzhou.supervision.analytics;
