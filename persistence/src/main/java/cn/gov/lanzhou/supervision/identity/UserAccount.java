package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.protection.EncryptedColumns;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 用户账号 — a staff or enterprise account. Business roles live in {@code user_role}; an
 * administrator role (三权分立) lives in its own single column so the database itself
 * guarantees that an account holds at most one of them, and the entity refuses to mix an
 * administrator role with business roles.
 *
 * <p>The second login factor (动态口令, TOTP) is a Base32 secret held here in clear and stored
 * SM4-GCM encrypted ({@link EncryptedColumns.TotpSeed}); the last accepted time step is kept so
 * that a code is never accepted twice.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_app_user", sequenceName = "seq_app_user", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_user")
    private Long id;

    @NotBlank(message = "用户名不能为空")
    @Pattern(regexp = "[a-z][a-z0-9_.-]{2,49}", message = "用户名为3到50位小写字母、数字、下划线、点或连字符，以字母开头")
    @Column(name = "username", length = 50, nullable = false, unique = true, updatable = false)
    private String username;

    @NotBlank(message = "姓名不能为空")
    @Size(max = 50, message = "姓名不能超过50个字")
    @Column(name = "display_name", length = 50, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    /** The first failure of the current lockout window; older failures no longer count. */
    @Column(name = "first_failed_at")
    private LocalDateTime firstFailedAt;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Size(max = 100)
    @Column(name = "department", length = 100)
    private String department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "admin_role", length = 20)
    private Role adminRole;

    @Convert(converter = EncryptedColumns.TotpSeed.class)
    @Column(name = "totp_seed", length = 200)
    private String totpSeed;

    @Column(name = "totp_enrolled_at")
    private LocalDateTime totpEnrolledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20, nullable = false)
    private Set<Role> businessRoles = new HashSet<>();

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName) {
        this.username = Objects.requireNonNull(username, "用户名不能为空");
        this.displayName = Objects.requireNonNull(displayName, "姓名不能为空");
    }

    /** Grants a role, keeping the three administrators apart from each other and from business work. */
    public void grant(Role role) {
        Objects.requireNonNull(role);
        if (role.isAdministrator()) {
            if (adminRole != null && adminRole != role) {
                throw new BusinessRuleException("ADMIN_ROLES_EXCLUSIVE",
                        "三权分立：账号已是" + adminRole.label() + "，不能再授予" + role.label());
            }
            if (!businessRoles.isEmpty()) {
                throw new BusinessRuleException("ADMIN_ROLES_EXCLUSIVE",
                        "三权分立：管理员账号不能同时拥有业务角色");
            }
            adminRole = role;
        } else {
            if (adminRole != null) {
                throw new BusinessRuleException("ADMIN_ROLES_EXCLUSIVE",
                        "三权分立：" + adminRole.label() + "账号不能拥有业务角色");
            }
            if (role == Role.ENTERPRISE && enterprise == null) {
                throw new BusinessRuleException("ENTERPRISE_REQUIRED", "企业用户必须关联到一家企业");
            }
            businessRoles.add(role);
        }
    }

    public void revoke(Role role) {
        if (role == adminRole) {
            adminRole = null;
        }
        businessRoles.remove(role);
    }

    public void linkEnterprise(Enterprise enterprise) {
        this.enterprise = enterprise;
    }

    public void placeIn(String districtCode, String department) {
        this.districtCode = districtCode;
        this.department = department;
    }

    /** Sets a password hash; {@code initial} ones must be changed at first login. */
    public void setPasswordHash(String hash, boolean initial, LocalDateTime at) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = initial;
        this.passwordChangedAt = at;
    }

    /** A password the account holder chose: no change is forced at the next login. */
    public void changePassword(String hash, LocalDateTime at) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = false;
        this.passwordChangedAt = Objects.requireNonNull(at);
    }

    /**
     * Binds a TOTP authenticator, once the holder has shown a first code from it.
     *
     * @param base32Seed    the shared secret, Base32
     * @param confirmedStep the time step of the code that confirmed it: that code is used up
     */
    public void enrolTotp(String base32Seed, long confirmedStep, LocalDateTime at) {
        if (isTotpEnrolled()) {
            throw new BusinessRuleException("TOTP_ALREADY_ENROLLED", "该账号已绑定动态口令");
        }
        this.totpSeed = Objects.requireNonNull(base32Seed);
        this.totpEnrolledAt = Objects.requireNonNull(at);
        this.totpLastStep = confirmedStep;
    }

    /** Uses up a verified code's time step; a step not after the last one is refused (replay). */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public boolean isTotpEnrolled() {
        return totpSeed != null;
    }

    /**
     * Counts a failed login at {@code now}: {@code maxAttempts} failures within {@code window} of the
     * first one lock the account until {@code lockUntil}. A failure after the window has passed starts
     * a new window (等保三级: 限制非法登录次数, e.g. 5 failures within 15 minutes).
     */
    public void recordFailedLogin(int maxAttempts, java.time.Duration window, LocalDateTime now, LocalDateTime lockUntil) {
        if (firstFailedAt == null || !firstFailedAt.plus(window).isAfter(now)) {
            firstFailedAt = now;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = lockUntil;
        }
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        firstFailedAt = null;
        lockedUntil = null;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** Every role held, administrator or business. */
    public Set<Role> getRoles() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(businessRoles);
        if (adminRole != null) {
            all.add(adminRole);
        }
        return Collections.unmodifiableSet(all);
    }

    public boolean hasRole(Role role) {
        return role == adminRole || businessRoles.contains(role);
    }

    public Optional<Role> getAdminRole() {
        return Optional.ofNullable(adminRole);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** The Base32 TOTP secret, when enrolled. */
    public Optional<String> getTotpSeed() {
        return Optional.ofNullable(totpSeed);
    }

    public LocalDateTime getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    /** The time step of the last accepted code, or {@link Long#MIN_VALUE} if none. */
    public long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getDepartment() {
        return department;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
