/** 脱敏 — masking personal and organisation identifiers for display. */
package cn.gov.lanzhou.supervision.gm.masking;
