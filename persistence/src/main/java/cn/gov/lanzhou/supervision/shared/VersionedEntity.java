package cn.gov.lanzhou.supervision.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/**
 * Optimistic locking and creation time for every aggregate root, so that two people editing
 * the same record never silently overwrite each other.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = LocalDateTime.now();
        }
    }

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** For imports and demo data that know when a record really came into being. */
    protected void backdateCreation(LocalDateTime when) {
        this.createdAt = when;
    }
}
