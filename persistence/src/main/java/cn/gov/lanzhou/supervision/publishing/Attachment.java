package cn.gov.lanzhou.supervision.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Objects;

/** 附件 — a file attached to an article; the bytes live in the file store under {@code storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "seq_attachment", sequenceName = "seq_attachment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_attachment")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "file_name", length = 200, nullable = false)
    private String fileName;

    @Column(name = "content_type", length = 100, nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** SM3 digest of the content, hex. */
    @Column(name = "fingerprint", length = 64, nullable = false)
    private String fingerprint;

    @Column(name = "storage_key", length = 200, nullable = false)
    private String storageKey;

    /** On a published article: what a pending edit proposes for this file; {@code null} when it is settled. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_change", length = 10)
    private AttachmentChange pendingChange;

    protected Attachment() {
        // for JPA
    }

    Attachment(Article article, String fileName, String contentType, long sizeBytes, String fingerprint,
               String storageKey) {
        this.article = Objects.requireNonNull(article);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.storageKey = Objects.requireNonNull(storageKey);
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getStorageKey() {
        return storageKey;
    }

    /** What a pending edit proposes for this file, or {@code null}. */
    public AttachmentChange getPendingChange() {
        return pendingChange;
    }

    void proposeAddition() {
        pendingChange = AttachmentChange.ADDED;
    }

    void proposeRemoval() {
        pendingChange = AttachmentChange.REMOVED;
    }

    /** The pending change is decided (applied or abandoned): the file is simply attached. */
    void settle() {
        pendingChange = null;
    }

    /** Shown inline (cover, pictures in the article); the type was decided from the content at upload. */
    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** An uploaded MP4, played with the HTML5 player. */
    public boolean isVideo() {
        return contentType.equals("video/mp4");
    }
}
