/**
 * 主体库数据质量 — the re-check of the whole registry against every {@link cn.gov.lanzhou.supervision.registry.quality.QualityRule},
 * the latest result held in memory, and the findings for the data-quality page and its CSV/Excel exports,
 * masked unless the caller may see full values.
 */
package cn.gov.lanzhou.supervision.registry.quality;
