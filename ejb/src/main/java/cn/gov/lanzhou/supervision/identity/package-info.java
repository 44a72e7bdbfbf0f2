/** 身份 services: key material, accounts, password checks and lockout. */
package cn.gov.lanzhou.supervision.identity;
