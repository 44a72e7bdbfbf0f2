/**
 * 公开页面缓存 — rendered public pages (home, column lists, articles) kept in memory for
 * anonymous visitors, with validators (ETag, Last-Modified), gzip and invalidation on publishing.
 */
package cn.gov.lanzhou.supervision.publishing.cache;
