package cn.gov.lanzhou.supervision.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Test only (AccessControlIT's deployment): every account and the roles it holds, straight from the table. */
@Stateless
public class AccountCensus {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Map<String, Set<Role>> rolesByAccount() {
        return em.createQuery("select u from UserAccount u", UserAccount.class).getResultStream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getRoles));
    }
}
