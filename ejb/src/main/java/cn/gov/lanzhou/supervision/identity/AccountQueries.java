package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The account list both administration consoles page through. */
final class AccountQueries {

    private AccountQueries() {
    }

    /** Accounts whose user name or name contains {@code term} (all when blank), ordered by user name. */
    static Page<AccountSummary> search(EntityManager em, String term, int pageNumber, int pageSize) {
        int size = Page.clampSize(pageSize);
        String pattern = term == null || term.isBlank() ? null
                : "%" + term.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String where = pattern == null ? ""
                : " where lower(u.username) like :t escape '\\' or lower(u.displayName) like :t escape '\\'";
        TypedQuery<UserAccount> items = em.createQuery("select u from UserAccount u" + where + " order by u.username",
                UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        if (pattern != null) {
            items.setParameter("t", pattern);
            count.setParameter("t", pattern);
        }
        LocalDateTime now = LocalDateTime.now();
        List<AccountSummary> page = items.setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size)
                .getResultStream().map(a -> AccountSummary.of(a, now)).toList();
        return new Page<>(page, Math.max(1, pageNumber), size, count.getSingleResult());
    }
}
