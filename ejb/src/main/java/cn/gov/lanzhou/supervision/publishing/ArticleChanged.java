package cn.gov.lanzhou.supervision.publishing;

/**
 * What happened to an article's public face, fired (as a CDI event) by the editorial services
 * and the publishing timer. Observers that keep derived data — the search index, cached public
 * pages, feeds — listen with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so they
 * only ever act on committed changes.
 *
 * @param articleId the article
 * @param kind      what changed
 */
public record ArticleChanged(long articleId, Kind kind) {

    public enum Kind {
        /** It became visible to the public (immediately, or when its scheduled time came). */
        PUBLISHED,
        /** A published article's public content changed (a re-reviewed edit went online). */
        UPDATED,
        /** It is no longer public (撤稿). */
        WITHDRAWN
    }
}
