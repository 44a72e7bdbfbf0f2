/**
 * 签发文书 — official documents as PDF in Chinese with an embedded font ({@link
 * cn.gov.lanzhou.supervision.documents.OfficialDocument}, {@link
 * cn.gov.lanzhou.supervision.documents.OfficialDocumentPdf}), signed with the station's SM2 key and
 * verifiable by anyone through their number ({@link cn.gov.lanzhou.supervision.documents.SignedDocuments}).
 * Features (rectification notices, stop-work orders, decisions on declarations) build the content; this
 * package lays it out, signs, stores and verifies it.
 */
package cn.gov.lanzhou.supervision.documents;
