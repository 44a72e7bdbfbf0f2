package cn.gov.lanzhou.supervision.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A setting adjusted at run time by an administrator; it overrides the configured value of the same
 * key (see README "Configuration").
 */
@Entity
@Table(name = "portal_setting")
public class PortalSetting {

    @Id
    @Column(name = "setting_key", length = 100, nullable = false, updatable = false)
    private String key;

    @Column(name = "setting_value", length = 1000, nullable = false)
    private String value;

    @Column(name = "updated_by", length = 50, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PortalSetting() {
        // for JPA
    }

    public PortalSetting(String key, String value, String updatedBy, LocalDateTime at) {
        this.key = Objects.requireNonNull(key);
        change(value, updatedBy, at);
    }

    public void change(String value, String updatedBy, LocalDateTime at) {
        this.value = Objects.requireNonNull(value);
        this.updatedBy = Objects.requireNonNull(updatedBy);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
