/**
 * 数据规则 — format and check-character rules for the registry's identifiers (统一社会信用代码,
 * 公民身份号码, 施工许可证编号), the Lanzhou district codes they refer to, and the Bean Validation
 * constraints built on them. Pure Java: each rule reports, in Chinese, which part of a value is wrong.
 */
package cn.gov.lanzhou.supervision.registry.rules;
