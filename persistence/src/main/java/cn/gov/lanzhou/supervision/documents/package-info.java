/**
 * 签发文书 — official documents the station issues as signed PDFs (整改通知书, 停工令, decisions on
 * declarations): the record of each signed document that lets anyone verify it by its number.
 */
package cn.gov.lanzhou.supervision.documents;
