/**
 * 主体库导入 — enterprises, persons and projects from Excel (.xlsx) or CSV (UTF-8 or GBK): the file read
 * by its content, each row checked with the registry's rules and against the registry and the file for
 * duplicates, a preview with the errors of each row, and the chosen valid rows written all or nothing.
 */
package cn.gov.lanzhou.supervision.registry.importing;
