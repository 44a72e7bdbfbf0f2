/** 在线申报 — declarations enterprises file online (监督登记, 安全措施备案, 竣工验收备案). */
package cn.gov.lanzhou.supervision.declaration;
