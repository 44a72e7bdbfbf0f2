/** 信息发布 services: the public catalogue of published articles by column. */
package cn.gov.lanzhou.supervision.publishing;
