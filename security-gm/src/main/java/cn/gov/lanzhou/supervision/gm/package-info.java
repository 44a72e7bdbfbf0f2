/**
 * 国密 — Chinese national cryptographic algorithms (SM2, SM3, SM4) for the portal, on plain Java and
 * BouncyCastle; this package holds what the sub-packages share: the provider and the integrity exception.
 */
package cn.gov.lanzhou.supervision.gm;
