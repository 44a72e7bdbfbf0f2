package cn.gov.lanzhou.supervision.publishing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Which attachment file may be sent to whom: the public gets the files of articles that are
 * online (not those of an edit still under review); the editorial staff get every file, to
 * preview drafts and edits.
 */
@Stateless
@PermitAll
public class AttachmentFiles {

    /** What a download needs to know. {@code online}: part of a public article (cacheable by anyone). */
    public record Download(long id, String fileName, String contentType, long sizeBytes, String storageKey,
                           String fingerprint, boolean online) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The attachment if the caller may have it: anyone when its article is online and the file is
     * public, {@code staff} callers (editors, reviewers, leaders) always.
     */
    public Optional<Download> find(long attachmentId, boolean staff) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null) {
            return Optional.empty();
        }
        boolean online = a.getArticle().isVisibleAt(LocalDateTime.now()) && a.getPendingChange() != AttachmentChange.ADDED;
        if (!online && !staff) {
            return Optional.empty();
        }
        return Optional.of(new Download(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getStorageKey(),
                a.getFingerprint(), online));
    }
}
