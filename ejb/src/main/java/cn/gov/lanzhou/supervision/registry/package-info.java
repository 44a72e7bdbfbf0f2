/** 主体库 services: finding enterprises, persons and projects. */
package cn.gov.lanzhou.supervision.registry;
