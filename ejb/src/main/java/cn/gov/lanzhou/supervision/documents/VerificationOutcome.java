package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** What the verification of a document number (and optionally an uploaded file) found. */
public enum VerificationOutcome implements Labelled {
    MALFORMED_NUMBER(false, "文书编号格式不正确"),
    NOT_FOUND(false, "未找到该编号的文书"),
    UNKNOWN_KEY(false, "无法确认签名密钥"),
    SIGNATURE_INVALID(false, "签名校验未通过"),
    SIGNATURE_VALID(true, "本站签发，签名有效"),
    FILE_GENUINE(true, "文件真实，与本站签发的文书完全一致"),
    FILE_TAMPERED(false, "文件与本站签发的文书不一致"),
    FILE_NOT_PDF(false, "上传的文件不是 PDF 文件"),
    FILE_EMPTY(false, "上传的文件是空的"),
    FILE_TOO_LARGE(false, "上传的文件过大");

    private final boolean genuine;
    private final String label;

    VerificationOutcome(boolean genuine, String label) {
        this.genuine = genuine;
        this.label = label;
    }

    /** True only when the document (and the file, if one was uploaded) is what the station signed. */
    public boolean genuine() {
        return genuine;
    }

    /** The headline shown to the visitor. */
    @Override
    public String label() {
        return label;
    }
}
