package cn.gov.lanzhou.supervision.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enterprise accounts found by their enterprise's 统一社会信用代码, for the government SSO: the
 * provider vouches for the credit code, the portal decides which account (if any) it opens.
 */
@Stateless
public class EnterpriseAccounts {

    /** An enterprise account the SSO may sign in, or why not. */
    public record EnterpriseLogin(String username, Set<String> roles, String enterpriseName, String creditCode,
                                  String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * The enabled, unlocked account holding 企业用户 and linked to the enterprise with this credit code;
     * empty when there is none at all, a refusal reason when one exists but may not sign in.
     */
    public Optional<EnterpriseLogin> byCreditCode(String creditCode) {
        if (creditCode == null || creditCode.isBlank() || creditCode.length() > 18) {
            return Optional.empty();
        }
        String code = creditCode.trim().toUpperCase(Locale.ROOT);
        List<UserAccount> found = em.createQuery("select u from UserAccount u join u.enterprise e "
                        + "where e.creditCode = :c order by u.username", UserAccount.class)
                .setParameter("c", code).getResultList();
        List<UserAccount> enterpriseUsers = found.stream().filter(u -> u.hasRole(Role.ENTERPRISE)).toList();
        if (enterpriseUsers.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now();
        Optional<UserAccount> usable = enterpriseUsers.stream()
                .filter(u -> u.isEnabled() && !u.isLockedAt(now)).findFirst();
        UserAccount u = usable.orElse(enterpriseUsers.get(0));
        String refusal = usable.isPresent() ? null : !u.isEnabled() ? "account disabled" : "account locked";
        return Optional.of(new EnterpriseLogin(u.getUsername(),
                u.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                u.getEnterprise().getName(), u.getEnterprise().getCreditCode(), refusal));
    }

    /** The enterprise an account is linked to: name and credit code, for the enterprise pages. */
    public Optional<EnterpriseLogin> ofAccount(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                .filter(u -> u.getEnterprise() != null)
                .map(u -> new EnterpriseLogin(u.getUsername(),
                        u.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                        u.getEnterprise().getName(), u.getEnterprise().getCreditCode(), null));
    }
}
