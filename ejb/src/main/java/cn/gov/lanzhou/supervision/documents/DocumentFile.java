package cn.gov.lanzhou.supervision.documents;

/** The PDF of a signed document, exactly as issued, with the file name to offer it under. */
public record DocumentFile(String number, String fileName, byte[] bytes) {
}
