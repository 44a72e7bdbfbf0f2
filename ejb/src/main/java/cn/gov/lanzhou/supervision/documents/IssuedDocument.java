package cn.gov.lanzhou.supervision.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A signed document as staff see it in lists and after issuing it.
 *
 * @param newlyIssued true when this call produced and signed it, false when it existed already
 */
public record IssuedDocument(String number, DocumentKind kind, String kindLabel, String title, String projectNo,
                             String projectName, LocalDate issuedOn, LocalDateTime signedAt, String signedBy,
                             String pdfSm3, long pdfSize, String keyId, boolean newlyIssued) {

    static IssuedDocument of(SignedDocument d, boolean newlyIssued) {
        return new IssuedDocument(d.getDocumentNo(), d.getKind(), d.getKind().label(), d.getTitle(), d.getProjectNo(),
                d.getProjectName(), d.getIssuedOn(), d.getSignedAt(), d.getSignedBy(), d.getPdfSm3(), d.getPdfSize(),
                d.getKeyId(), newlyIssued);
    }
}
