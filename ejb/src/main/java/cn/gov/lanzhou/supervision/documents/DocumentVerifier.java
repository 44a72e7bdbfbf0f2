package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.gm.asymmetric.Sm2;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what a verification found, from the number asked for, the record stored under it (if any),
 * the station's public key and the uploaded file (if any). No database and no container: the service
 * {@link SignedDocuments} looks the record up and hands it here.
 */
public final class DocumentVerifier {

    /** Largest file the verification accepts; the station's documents are far smaller. */
    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    /** Where a PDF must declare itself ({@code %PDF-}): within its first 1024 bytes (ISO 32000-1, annex H). */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern NUMBER = Pattern.compile(SignedDocument.NUMBER_PATTERN);
    private static final String CONTACT = "（监督咨询电话 0931-12345）";

    private DocumentVerifier() {
    }

    /** An uploaded file: its bytes, or only its size when it was too large to read. */
    public record Upload(byte[] bytes, long size) {
        public static Upload of(byte[] bytes) {
            return new Upload(bytes, bytes.length);
        }

        /** A file larger than {@link #MAX_UPLOAD_BYTES}, refused without reading it. */
        public static Upload tooLarge(long size) {
            return new Upload(null, size);
        }
    }

    /**
     * The number as typed, made canonical: trimmed, upper case, full-width letters, digits and dashes
     * made ASCII ({@code ｚｇ－２０２６－００１５} is {@code ZG-2026-00015}); empty if it is not a number.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (c >= '！' && c <= '～') {
                c = (char) (c - 0xFEE0);
            } else if (c == '—' || c == '–' || c == '－' || c == '‐') {
                c = '-';
            }
            s.append(c);
        }
        String number = s.toString().toUpperCase(Locale.ROOT);
        return NUMBER.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    /**
     * The verification of {@code typed}: {@code record} is what is stored under its normalised number
     * (empty when nothing is), {@code upload} the file to compare (null when none was sent).
     */
    public static DocumentVerification verify(String typed, Optional<SignedDocument> record, PublicKey stationKey,
                                              Upload upload) {
        Optional<String> number = normalise(typed);
        if (number.isEmpty()) {
            String shown = typed == null ? "" : typed.strip();
            shown = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
            String message = shown.isEmpty()
                    ? "请输入文书编号。文书编号印在文书首页右上方和页脚，如 ZG-2026-00015（整改通知书）或 TG-2026-00015（停工令）。"
                    : "文书编号“" + shown + "”格式不正确。文书编号由两位大写字母、年份和五位序号组成，如 ZG-2026-00015（整改通知书）"
                    + "或 TG-2026-00015（停工令），印在文书首页右上方和页脚。";
            return DocumentVerification.of(shown, VerificationOutcome.MALFORMED_NUMBER, message, null, null, null, null);
        }
        String no = number.get();
        if (record.isEmpty()) {
            return DocumentVerification.of(no, VerificationOutcome.NOT_FOUND, "本站没有签发过编号为 " + no
                    + " 的文书。请核对编号；如编号无误，该文书不是本站签发的，请勿采信，并可向本站反映" + CONTACT + "。",
                    null, null, null, upload == null ? null : upload.size());
        }
        SignedDocument d = record.get();
        String kind = d.getKind().label();
        DocumentVerification.Facts facts = new DocumentVerification.Facts(d.getDocumentNo(), d.getKind().name(), kind,
                d.getTitle(), d.getProjectNo(), d.getProjectName(), d.getIssuedOn(), d.getIssuer(), d.getSignedAt(),
                d.getPdfSm3(), d.getPdfSize());
        boolean sameKey = d.getKeyId().equals(DocumentSignatures.keyId(stationKey));
        boolean valid = sameKey && DocumentSignatures.verify(stationKey, d);
        DocumentVerification.Signature signature = new DocumentVerification.Signature(DocumentSignatures.ALGORITHM,
                DocumentSignatures.SIGNER_ID, d.getKeyId(), valid, d.getSignature(), d.signedText(), Sm2.toPem(stationKey));
        Long size = upload == null ? null : upload.size();
        if (!sameKey) {
            return DocumentVerification.of(no, VerificationOutcome.UNKNOWN_KEY, "编号为 " + no + " 的文书记录由密钥 "
                    + d.getKeyId() + " 签名，它不是本站当前的签名密钥，无法确认其真实性，请向本站核实" + CONTACT + "。",
                    facts, signature, null, size);
        }
        if (!valid) {
            return DocumentVerification.of(no, VerificationOutcome.SIGNATURE_INVALID, "编号为 " + no
                    + " 的文书记录签名校验未通过，记录可能被改动过，请勿采信，并向本站核实" + CONTACT + "。",
                    facts, signature, null, size);
        }
        if (upload == null) {
            return DocumentVerification.of(no, VerificationOutcome.SIGNATURE_VALID, "编号为 " + no + " 的" + kind + "由"
                    + d.getIssuer() + "于" + OfficialDocumentPdf.chineseDate(d.getIssuedOn()) + "签发，签名有效。"
                    + "如需核对手中的 PDF 文件是否就是这份文书，请在上方选择该文件后再次核验。", facts, signature, null, null);
        }
        if (upload.bytes() == null || upload.size() > MAX_UPLOAD_BYTES) {
            return DocumentVerification.of(no, VerificationOutcome.FILE_TOO_LARGE, "上传的文件超过 "
                    + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB。本站签发的文书一般不超过 1 MB，请确认选择的是文书的 PDF 文件。",
                    facts, signature, null, size);
        }
        if (upload.size() == 0) {
            return DocumentVerification.of(no, VerificationOutcome.FILE_EMPTY, "上传的文件是空的，请重新选择文书的 PDF 文件。",
                    facts, signature, null, size);
        }
        if (!isPdf(upload.bytes())) {
            return DocumentVerification.of(no, VerificationOutcome.FILE_NOT_PDF, "上传的文件不是 PDF 文件。"
                    + "请上传本站签发的 PDF 文书（文件名通常以 .pdf 结尾），照片、扫描件或 Word 文件无法核验。",
                    facts, signature, null, size);
        }
        String uploaded = DocumentSignatures.sm3Hex(upload.bytes());
        if (uploaded.equals(d.getPdfSm3()) && upload.size() == d.getPdfSize()) {
            return DocumentVerification.of(no, VerificationOutcome.FILE_GENUINE, "您上传的文件与本站签发的" + kind + " " + no
                    + " 完全一致（SM3 杂凑值相同），签名有效，文件真实。", facts, signature, uploaded, size);
        }
        return DocumentVerification.of(no, VerificationOutcome.FILE_TAMPERED, "您上传的文件与本站签发的" + kind + " " + no
                + " 不一致：文件被修改过，或者不是本站签发的这份文书。请以本站签发的文书为准，可向本站核实" + CONTACT + "。",
                facts, signature, uploaded, size);
    }

    /** A PDF declares itself with {@code %PDF-} in its first 1024 bytes. */
    static boolean isPdf(byte[] bytes) {
        int window = Math.min(bytes.length, HEADER_WINDOW);
        outer:
        for (int i = 0; i + PDF_MAGIC.length <= window; i++) {
            for (int k = 0; k < PDF_MAGIC.length; k++) {
                if (bytes[i + k] != PDF_MAGIC[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
