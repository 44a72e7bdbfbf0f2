/** 主体库 on the web: project lists, the progress query and the projects API. */
package cn.gov.lanzhou.supervision.registry;
