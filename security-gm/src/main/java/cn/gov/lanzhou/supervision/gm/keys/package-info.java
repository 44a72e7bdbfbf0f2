/** 密钥管理 — loading (or, in the demo profile, generating) the portal's key file; key material is never logged. */
package cn.gov.lanzhou.supervision.gm.keys;
