package cn.gov.lanzhou.supervision.documents;

import java.util.List;

/**
 * What every signed document carries besides its content: the red signature block naming the
 * algorithm, the station and the key, and the QR code that opens the verification page with the
 * document's number. The signature itself cannot be printed in the document it signs; it is kept
 * with the station's record and published by the verification page.
 */
public final class DocumentSeal {

    /** Caption under the QR code. */
    public static final String QR_CAPTION = "扫码核验真伪";

    private DocumentSeal() {
    }

    /** {@code content} with the signature block and the QR code of {@code verificationLink}. */
    public static OfficialDocument apply(OfficialDocument content, String verificationLink, String keyId) {
        return content.withVerification(verificationLink, QR_CAPTION, List.of(
                "电子签名　" + DocumentSignatures.ALGORITHM + "（国密 SM2 数字签名）",
                "签发单位　" + content.issuer(),
                "文书编号　" + content.number(),
                "密钥标识　" + keyId,
                "核验方式　扫描左侧二维码，或在本站网站“文书核验”页输入文书编号"));
    }
}
