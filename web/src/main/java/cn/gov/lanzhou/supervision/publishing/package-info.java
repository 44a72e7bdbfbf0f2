/** 信息发布 on the web: the home page, column lists and article pages (stateless views). */
package cn.gov.lanzhou.supervision.publishing;
