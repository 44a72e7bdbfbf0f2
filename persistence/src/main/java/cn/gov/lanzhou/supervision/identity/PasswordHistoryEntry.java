package cn.gov.lanzhou.supervision.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 历史口令 — the hash of a password an account has used, kept so that none of the latest ones is
 * chosen again. Written once when the password is set, never changed; old entries are deleted.
 */
@Entity
@Table(name = "password_history")
public class PasswordHistoryEntry {

    @Id
    @SequenceGenerator(name = "seq_password_history", sequenceName = "seq_password_history", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_password_history")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "password_hash", length = 200, nullable = false, updatable = false)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    protected PasswordHistoryEntry() {
        // for JPA
    }

    public PasswordHistoryEntry(UserAccount account, String passwordHash, LocalDateTime changedAt) {
        this.account = Objects.requireNonNull(account, "Account is required.");
        this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required.");
        this.changedAt = Objects.requireNonNull(changedAt, "Change time is required.");
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
