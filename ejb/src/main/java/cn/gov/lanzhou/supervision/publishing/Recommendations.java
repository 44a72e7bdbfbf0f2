package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.registry.Qualification;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 为您推荐 — standards and policies for a signed-in enterprise user, chosen by
 * {@link RecommendationRules} from its enterprise's type and its projects in progress. The
 * result is personal: it must never be served to anyone else (the public page cache never
 * stores pages of signed-in users).
 */
@Stateless
public class Recommendations {

    /** The columns recommendations come from: 技术标准, 政策法规, 政策解读. */
    static final List<String> COLUMNS = List.of("standards", "policies", "interpretations");

    /** How many of the newest articles of those columns are considered. */
    static final int CANDIDATES = 500;

    /** A profile and what it led to. */
    public record Recommended(ReadingProfile profile, List<Recommendation> items) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Empty when the account is not linked to an enterprise. */
    public Optional<Recommended> forEnterpriseUser(String username, int howMany) {
        return profileOf(username).map(profile -> new Recommended(profile,
                RecommendationRules.rank(profile, candidates(), howMany)));
    }

    Optional<ReadingProfile> profileOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<Enterprise> found = em.createQuery("select u.enterprise from UserAccount u where u.username = :u",
                        Enterprise.class)
                .setParameter("u", username.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Enterprise e = found.get();
        Map<ProjectType, Long> active = new EnumMap<>(ProjectType.class);
        for (Object[] row : em.createQuery("select p.type, count(p) from ProjectParticipant pp join pp.project p"
                        + " where pp.enterprise = :e and p.status <> cn.gov.lanzhou.supervision.registry.ProjectStatus.COMPLETED"
                        + " group by p.type", Object[].class)
                .setParameter("e", e).getResultList()) {
            active.put((ProjectType) row[0], (Long) row[1]);
        }
        List<String> categories = e.getQualifications().stream().map(Qualification::getCategory).toList();
        return Optional.of(new ReadingProfile(e.getName(), e.getType(), ReadingProfile.noun(e.getType(), categories), active));
    }

    private List<Article> candidates() {
        return em.createQuery("select a from Article a where " + ArticleCatalog.VISIBLE
                        + " and a.column.code in :columns order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("now", LocalDateTime.now()).setParameter("columns", COLUMNS)
                .setMaxResults(CANDIDATES).getResultList();
    }
}
