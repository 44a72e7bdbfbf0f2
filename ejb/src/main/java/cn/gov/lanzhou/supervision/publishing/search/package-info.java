/**
 * 站内搜索 — Chinese full-text search over the published articles and their attachments' text:
 * a Lucene index on disk kept up to date from {@code ArticleChanged} events and rebuilt from the
 * database when it disagrees with it.
 */
package cn.gov.lanzhou.supervision.publishing.search;
