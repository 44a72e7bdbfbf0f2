package cn.gov.lanzhou.supervision.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The answer to "is this document genuine?": the outcome, a message for the visitor, and — when the
 * number is known — the public facts of the document and what is needed to check the signature
 * independently. No personal data: no addressee, no signer, no finding.
 *
 * @param number       the number as understood (normalised), or as typed when malformed
 * @param document     the document's public facts; null when the number is malformed or unknown
 * @param signature    the signature and the text it covers; null when the number is malformed or unknown
 * @param uploadedSm3  the SM3 digest of the uploaded file; null when none was checked
 * @param uploadedSize its size in bytes; null when none was uploaded
 */
public record DocumentVerification(String number, VerificationOutcome outcome, boolean genuine, String headline,
                                   String message, Facts document, Signature signature, String uploadedSm3,
                                   Long uploadedSize) {

    /** The public facts of a signed document. */
    public record Facts(String number, String kind, String kindLabel, String title, String projectNo,
                        String projectName, LocalDate issuedOn, String issuer, LocalDateTime signedAt,
                        String pdfSm3, long pdfSize) {
    }

    /**
     * Everything needed to verify the signature without the portal: the algorithm, the signer ID, the
     * key id and the station's public key (PEM), the signature (Base64 DER) and the exact text signed.
     */
    public record Signature(String algorithm, String signerId, String keyId, boolean valid, String value,
                            String signedText, String publicKeyPem) {
    }

    static DocumentVerification of(String number, VerificationOutcome outcome, String message, Facts facts,
                                   Signature signature, String uploadedSm3, Long uploadedSize) {
        return new DocumentVerification(number, outcome, outcome.genuine(), outcome.label(), message, facts, signature,
                uploadedSm3, uploadedSize);
    }
}
