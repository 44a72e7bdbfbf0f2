package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.ArticleStatus;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 站内搜索 for the public: the index's answer, checked against the database. The index only holds
 * published articles and only shows those whose time has come; on top of that the ids of the page
 * of hits are looked up (one query by primary key), and a hit the database no longer shows as
 * published and due — withdrawn a moment ago on another node, or changed by hand — is dropped from
 * the page and from the index. So nothing unpublished is ever shown, even when the index lags.
 */
@Stateless
public class ArticleSearch {

    @EJB
    private SearchIndex searchIndex;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Words worth trying, for the search page before anything was asked. */
    public List<String> popular() {
        return searchIndex.popular();
    }

    public SearchResult search(SearchRequest request) {
        LocalDateTime now = LocalDateTime.now();
        SearchResult result = searchIndex.query(request, now);
        List<SearchHit> hits = result.hits().items();
        if (hits.isEmpty()) {
            return result;
        }
        List<Long> ids = hits.stream().map(SearchHit::id).toList();
        Set<Long> visible = new HashSet<>(em.createQuery("select a.id from Article a where a.id in :ids"
                        + " and a.status = :published and a.publishedAt <= :now", Long.class)
                .setParameter("ids", ids).setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now)
                .getResultList());
        if (visible.size() == ids.size()) {
            return result;
        }
        List<Long> stale = ids.stream().filter(id -> !visible.contains(id)).toList();
        searchIndex.forget(stale);
        Page<SearchHit> page = result.hits();
        return new SearchResult(new Page<>(hits.stream().filter(h -> visible.contains(h.id())).toList(),
                page.pageNumber(), page.pageSize(), Math.max(0, page.total() - stale.size())),
                Math.max(0, result.total() - stale.size()), result.moreThan(), result.suggestion(), result.popular(),
                result.tookMillis());
    }
}
