package cn.gov.lanzhou.supervision.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 审计事件 — one append-only record of who did what, when, from where, on which object, with
 * what outcome. Records are never updated; {@code mac} chains each record to the previous one.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "seq_audit_event", sequenceName = "seq_audit_event", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_audit_event")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "username", length = 50, updatable = false)
    private String username;

    @Column(name = "actor_role", length = 20, updatable = false)
    private String role;

    @Column(name = "source_ip", length = 45, updatable = false)
    private String sourceIp;

    @Column(name = "event_type", length = 40, nullable = false, updatable = false)
    private String eventType;

    @Column(name = "object_type", length = 40, updatable = false)
    private String objectType;

    @Column(name = "object_id", length = 64, updatable = false)
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10, nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    /** HMAC-SM3 over this record's fields and the previous record's MAC (hex). */
    @Column(name = "mac", length = 64, updatable = false)
    private String mac;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(LocalDateTime occurredAt, String username, String role, String sourceIp, String eventType,
                      String objectType, String objectId, AuditOutcome outcome, String detail) {
        // Milliseconds survive every supported database unchanged, so the chain MAC can be recomputed.
        this.occurredAt = Objects.requireNonNull(occurredAt).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.username = username;
        this.role = role;
        this.sourceIp = sourceIp;
        this.eventType = Objects.requireNonNull(eventType);
        this.objectType = objectType;
        this.objectId = objectId;
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    /** The canonical text the chain MAC covers, field by field, unambiguous. */
    public String canonicalText() {
        return AuditChain.canonical(id, occurredAt, username, role, sourceIp, eventType, objectType, objectId,
                outcome.name(), detail);
    }

    public void seal(String mac) {
        if (this.mac != null) {
            throw new IllegalStateException("audit event already sealed");
        }
        this.mac = Objects.requireNonNull(mac);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getEventType() {
        return eventType;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getMac() {
        return mac;
    }
}
