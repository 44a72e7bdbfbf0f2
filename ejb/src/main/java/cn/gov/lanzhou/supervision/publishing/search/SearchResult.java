package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.shared.Page;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param hits       the page of hits; its total is what can be paged through (at most
 *                   {@link SearchRequest#MAX_PAGE} pages)
 * @param total      how many articles match, exactly, or at least this many when {@code moreThan}
 * @param moreThan   the count stopped at {@code total}: there are more
 * @param suggestion "您是不是要找" — other words from the index's own vocabulary that do find
 *                   something, offered when these found nothing
 * @param popular    words that find articles, offered with the advice when nothing was found
 * @param tookMillis time the index took
 */
public record SearchResult(Page<SearchHit> hits, long total, boolean moreThan, Optional<String> suggestion,
                           List<String> popular, long tookMillis) {

    public SearchResult {
        popular = List.copyOf(popular);
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
