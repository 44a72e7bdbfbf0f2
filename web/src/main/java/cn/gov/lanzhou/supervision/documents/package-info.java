/**
 * 文书核验 and signed documents on the web: the public verification page and API, the upload of a
 * PDF to check, the download of a document for staff and its addressee, and the staff page to issue
 * documents for rectification notices.
 */
package cn.gov.lanzhou.supervision.documents;
