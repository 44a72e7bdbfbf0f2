/**
 * What every page and API call shares: the REST application, health checks, error handling
 * with correlation ids, and request filters.
 */
package cn.gov.lanzhou.supervision.portal;
