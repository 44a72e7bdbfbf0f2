/**
 * 信息发布 on the web: the home page, column lists and article pages (stateless views), attachment
 * downloads, and (in {@code cache}) the copies of rendered public pages served to anonymous visitors.
 */
package cn.gov.lanzhou.supervision.publishing;
