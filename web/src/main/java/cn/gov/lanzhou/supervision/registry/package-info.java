/**
 * 主体库 on the web: project lists, the progress query and the projects API; for supervisors and station
 * leaders, the staff registry under {@code /staff/registry/} (data quality and its exports, masked lists and
 * details with audited unmasking, import).
 */
package cn.gov.lanzhou.supervision.registry;
