package cn.gov.lanzhou.supervision.publishing.search;

import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.BusinessType;
import cn.gov.lanzhou.supervision.shared.Page;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The Lucene index of published articles in one directory: one {@link IndexWriter} (Lucene allows
 * one per directory, it holds the directory's lock), a {@link SearcherManager} for the readers.
 * Every change is committed before the method returns and the searchers are refreshed, so a
 * search that starts after a change sees it, and a restart finds what was committed.
 *
 * <p>Text is analysed with smartcn ({@link SmartChineseAnalyzer}): Chinese is segmented into
 * words (深基坑, 专项施工方案), Latin letters are lower-cased. A visitor's text is analysed the same
 * way and turned into queries by hand — it is never parsed as query syntax, so {@code *:*},
 * quotes or brackets are just characters that find nothing. Writers are serialised by a lock;
 * searches run concurrently without one. Thread-safe.
 */
public final class ArticleIndex implements AutoCloseable {

    static final String ID = "id";
    static final String ID_VALUE = "id_value";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String ATTACHMENTS = "attachments";
    static final String COLUMN = "column";
    static final String COLUMN_NAME = "column_name";
    static final String LEVEL = "level";
    static final String TYPE = "type";
    static final String PUBLISHED = "published";
    /** Words and runs of two or three words of the title and tags (深基坑 = 深 + 基坑): the vocabulary of "did you mean". */
    static final String VOCABULARY = "vocabulary";

    /** Field weights: a word in the title counts most, one in an attachment least. */
    private static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put(TITLE, 4.0f);
        WEIGHTS.put(TAGS, 2.5f);
        WEIGHTS.put(SUMMARY, 1.5f);
        WEIGHTS.put(BODY, 1.0f);
        WEIGHTS.put(ATTACHMENTS, 0.6f);
    }

    /** Words to offer when nothing was found, kept only when they find something. */
    private static final List<String> POPULAR = List.of("深基坑", "高支模", "脚手架", "起重机械", "临时用电", "高处作业",
            "消防", "扬尘", "质量安全", "专项整治", "安全生产月", "竣工验收");

    /** Hits are counted exactly up to this many; above it the count is "more than". */
    static final int COUNT_LIMIT = 1000;

    private static final Sort NEWEST_FIRST = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));

    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        // Offsets in the postings let the highlighter mark matches without re-analysing the text.
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private static final FieldType VOCABULARY_TYPE = new FieldType();

    static {
        VOCABULARY_TYPE.setTokenized(true);
        VOCABULARY_TYPE.setStored(false);
        VOCABULARY_TYPE.setOmitNorms(true);
        VOCABULARY_TYPE.setIndexOptions(IndexOptions.DOCS);
        VOCABULARY_TYPE.freeze();
    }

    private static final Pattern CHUNKS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> HIT_FIELDS = Set.of(ID, COLUMN, COLUMN_NAME, LEVEL, TYPE, PUBLISHED, BODY, SUMMARY);

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private final boolean existed;
    private final ReentrantLock writeLock = new ReentrantLock();

    private ArticleIndex(Path path) throws IOException {
        this.path = path;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.existed = DirectoryReader.indexExists(directory);
        this.analyzer = new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(), Map.of(VOCABULARY, new VocabularyAnalyzer()));
        IndexWriter w;
        try {
            w = new IndexWriter(directory, config());
        } catch (IOException | RuntimeException e) {
            directory.close();
            analyzer.close();
            throw e;
        }
        this.writer = w;
        if (!existed) {
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32);
    }

    /**
     * Opens (or creates) the index in {@code path}. Fails when another process holds the
     * directory's write lock (two portals must not share one index directory).
     */
    public static ArticleIndex open(Path path) {
        try {
            return new ArticleIndex(path.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开搜索索引 " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    /** False when this open created the index (there was none on disk). */
    public boolean existed() {
        return existed;
    }

    /** Adds the article, or replaces what the index held for it. */
    public void upsert(ArticleDocument article) {
        change(() -> writer.updateDocument(new Term(ID, Long.toString(article.id())), document(article)));
    }

    /** Removes the article; nothing happens when it was not indexed. */
    public void delete(long articleId) {
        deleteAll(List.of(articleId));
    }

    public void deleteAll(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Term[] terms = articleIds.stream().map(id -> new Term(ID, Long.toString(id))).toArray(Term[]::new);
        change(() -> writer.deleteDocuments(terms));
    }

    /**
     * Replaces the whole index by {@code articles} in one commit: until it is done searches see the
     * old contents, and a failure half-way leaves the old contents in place.
     *
     * @return how many articles were indexed
     */
    public int replaceAll(Iterator<ArticleDocument> articles) {
        writeLock.lock();
        try {
            int n = 0;
            try {
                writer.deleteAll();
                while (articles.hasNext()) {
                    ArticleDocument a = articles.next();
                    writer.updateDocument(new Term(ID, Long.toString(a.id())), document(a));
                    n++;
                }
                writer.commit();
            } catch (IOException | RuntimeException e) {
                rollbackAndReopen();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            refresh();
            return n;
        } finally {
            writeLock.unlock();
        }
    }

    /** How many articles the index holds and the sum of their ids: compared with the database. */
    public Fingerprint fingerprint() {
        IndexSearcher s = acquire();
        try {
            long count = 0;
            long sum = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues ids = leaf.reader().getNumericDocValues(ID_VALUE);
                if (ids == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        count++;
                        sum += ids.longValue();
                    }
                }
            }
            return new Fingerprint(count, sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /** Count and id sum of a set of articles: equal fingerprints mean (almost surely) equal sets. */
    public record Fingerprint(long count, long idSum) {
    }

    /** Number of articles in the index. */
    public int count() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    // ------------------------------------------------------------------ searching

    /**
     * Runs the search. Only articles published at or before {@code now} are found, whatever
     * the request says.
     */
    public SearchResult search(SearchRequest request, LocalDateTime now) {
        long started = System.nanoTime();
        IndexSearcher s = acquire();
        try {
            List<String> words = words(request.text());
            boolean nothingToLookFor = !request.text().isEmpty() && words.isEmpty();
            Query text = words.isEmpty() ? null : textQuery(words);
            Query query = filtered(text == null ? new MatchAllDocsQuery() : text, request, now);
            int size = request.pageSize();
            int first = (request.pageNumber() - 1) * size;
            int wanted = first + size;
            // Counting stops at COUNT_LIMIT: beyond it Lucene may skip documents that cannot make the
            // page (block-max WAND for relevance, the date index for newest first), which keeps big
            // result sets fast; the page then says "more than 1,000".
            int threshold = Math.max(wanted, COUNT_LIMIT);
            TopDocs top;
            if (nothingToLookFor) {
                top = null;
            } else if (text == null || request.sort() == SearchRequest.Sort.DATE) {
                top = s.search(query, new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, threshold));
            } else {
                top = s.search(query, new TopScoreDocCollectorManager(wanted, null, threshold));
            }
            long total = top == null ? 0 : top.totalHits.value;
            boolean lowerBound = top != null && top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
            ScoreDoc[] pageDocs = top == null || first >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, first, Math.min(top.scoreDocs.length, first + size));
            List<SearchHit> hits = hits(s, text, pageDocs);
            Optional<String> suggestion = Optional.empty();
            List<String> popular = List.of();
            if (total == 0) {
                suggestion = suggest(s, request, now);
                popular = popular(s, now);
            }
            long took = (System.nanoTime() - started) / 1_000_000;
            long pageable = Math.min(total, (long) SearchRequest.MAX_PAGE * size);
            return new SearchResult(new Page<>(hits, request.pageNumber(), size, pageable), total, lowerBound, suggestion,
                    popular, took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /** The distinct words smartcn makes of {@code text}, in order (punctuation and stop words dropped). */
    List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 32) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /**
     * Each word may be found in any field (the best field counts, weighted); up to three words
     * must all be found (a conjunction, which Lucene scores with block-max skipping), of longer
     * texts three quarters. Words that stand together in the title as in the query lift an article
     * further (titles are short, so the phrase check is cheap there).
     */
    private static Query textQuery(List<String> words) {
        int n = words.size();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Occur occur = n <= 3 ? Occur.MUST : Occur.SHOULD;
        for (String w : words) {
            List<Query> perField = new ArrayList<>();
            WEIGHTS.forEach((field, weight) -> perField.add(new BoostQuery(new TermQuery(new Term(field, w)), weight)));
            all.add(new DisjunctionMaxQuery(perField, 0.1f), occur);
        }
        if (n > 3) {
            all.setMinimumNumberShouldMatch((int) Math.ceil(n * 0.75));
        }
        if (n == 1) {
            return all.build();
        }
        return new BooleanQuery.Builder()
                .add(all.build(), Occur.MUST)
                .add(new BoostQuery(new PhraseQuery(3, TITLE, words.toArray(String[]::new)), 3.0f), Occur.SHOULD)
                .build();
    }

    private static Query filtered(Query text, SearchRequest r, LocalDateTime now) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        long upper = epoch(now);
        if (r.to() != null) {
            upper = Math.min(upper, epoch(r.to().plusDays(1).atStartOfDay()) - 1);
        }
        long lower = r.from() == null ? Long.MIN_VALUE : epoch(r.from().atStartOfDay());
        b.add(LongPoint.newRangeQuery(PUBLISHED, lower, upper), Occur.FILTER);
        if (r.columnCode() != null) {
            b.add(new TermQuery(new Term(COLUMN, r.columnCode())), Occur.FILTER);
        }
        if (r.level() != null) {
            b.add(new TermQuery(new Term(LEVEL, r.level().name())), Occur.FILTER);
        }
        if (r.businessType() != null) {
            b.add(new TermQuery(new Term(TYPE, r.businessType().name())), Occur.FILTER);
        }
        return b.build();
    }

    private List<SearchHit> hits(IndexSearcher s, Query text, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        String[] titles = null;
        Map<String, String[]> snippets = Map.of();
        if (text != null) {
            TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
            titles = UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "", true))
                    .withBreakIterator(WholeBreakIterator::new)
                    .withMaxNoHighlightPassages(1)
                    .build()
                    .highlight(TITLE, text, page, 1);
            snippets = UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.CHINA), 90, 0.25f))
                    .withMaxLength(200_000)
                    .withMaxNoHighlightPassages(0)
                    .build()
                    .highlightFields(new String[] {BODY, ATTACHMENTS, SUMMARY}, text, page, new int[] {2, 1, 1});
        }
        StoredFields stored = s.storedFields();
        List<SearchHit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document d = stored.document(docs[i].doc, titles == null || titles[i] == null ? withTitle() : HIT_FIELDS);
            String title = titles == null || titles[i] == null ? Html.escape(d.get(TITLE)) : joinMarks(titles[i]);
            String snippet = pick(snippets, BODY, i);
            boolean fromAttachment = false;
            if (snippet == null) {
                snippet = pick(snippets, ATTACHMENTS, i);
                fromAttachment = snippet != null;
            }
            if (snippet == null) {
                snippet = pick(snippets, SUMMARY, i);
            }
            if (snippet == null) {
                String summary = d.get(SUMMARY);
                snippet = Html.escape(excerpt(summary == null || summary.isBlank() ? d.get(BODY) : summary, 120));
            }
            String level = d.get(LEVEL);
            String type = d.get(TYPE);
            out.add(new SearchHit(Long.parseLong(d.get(ID)), title, snippet, fromAttachment, d.get(COLUMN),
                    d.get(COLUMN_NAME), level == null ? null : ArticleLevel.valueOf(level),
                    type == null ? BusinessType.GENERAL : BusinessType.valueOf(type),
                    LocalDateTime.ofEpochSecond(d.getField(PUBLISHED).numericValue().longValue(), 0, ZoneOffset.UTC)));
        }
        return out;
    }

    private static Set<String> withTitle() {
        Set<String> fields = new LinkedHashSet<>(HIT_FIELDS);
        fields.add(TITLE);
        return fields;
    }

    private static String pick(Map<String, String[]> snippets, String field, int i) {
        String[] values = snippets.get(field);
        String v = values == null ? null : values[i];
        return v == null || v.isBlank() ? null : joinMarks(v);
    }

    /** smartcn's pieces of one typed word are marked one by one: <em>深</em><em>基坑</em> → <em>深基坑</em>. */
    private static String joinMarks(String html) {
        return html.replace("</em><em>", "");
    }

    private static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }

    /**
     * "您是不是要找": each piece of the text that the index does not know as a word is replaced by
     * the most frequent indexed word within one or two edits (深基抗 → 深基坑); offered only when the
     * corrected text finds something with the same filters.
     */
    private Optional<String> suggest(IndexSearcher s, SearchRequest request, LocalDateTime now) throws IOException {
        if (request.text().isEmpty()) {
            return Optional.empty();
        }
        IndexReader reader = s.getIndexReader();
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setMinQueryLength(2);
        spell.setMinPrefix(0);
        spell.setMaxQueryFrequency(0.0f);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String chunk : CHUNKS.split(request.text().toLowerCase(Locale.ROOT))) {
            if (chunk.isEmpty()) {
                continue;
            }
            if (reader.docFreq(new Term(VOCABULARY, chunk)) > 0) {
                corrected.add(chunk);
                continue;
            }
            SuggestWord[] near = chunk.length() >= 2 && chunk.length() <= 12
                    ? spell.suggestSimilar(new Term(VOCABULARY, chunk), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)
                    : new SuggestWord[0];
            if (near.length > 0) {
                corrected.add(near[0].string);
                changed = true;
            } else if (words(chunk).stream().allMatch(w -> known(reader, w))) {
                corrected.add(chunk);
            } else {
                changed = true; // an unknown piece without a near word is left out
            }
        }
        if (!changed || corrected.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join(" ", corrected);
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int found = s.count(filtered(textQuery(words), request.withText(text), now));
        return found > 0 ? Optional.of(text) : Optional.empty();
    }

    private static boolean known(IndexReader reader, String word) {
        try {
            return reader.docFreq(new Term(BODY, word)) > 0 || reader.docFreq(new Term(TITLE, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topical words that find articles published by {@code now}: offered on an empty search page. */
    public List<String> popular(LocalDateTime now) {
        IndexSearcher s = acquire();
        try {
            return popular(s, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    private List<String> popular(IndexSearcher s, LocalDateTime now) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : POPULAR) {
            List<String> words = words(p);
            if (!words.isEmpty() && s.count(filtered(textQuery(words), SearchRequest.of(p), now)) > 0) {
                out.add(p);
            }
            if (out.size() == 8) {
                break;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ documents

    private static Document document(ArticleDocument a) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ID_VALUE, a.id()));
        d.add(new Field(TITLE, a.title(), TEXT));
        d.add(new Field(SUMMARY, a.summary(), TEXT));
        d.add(new Field(BODY, a.bodyText(), TEXT));
        d.add(new Field(TAGS, String.join(" ", a.tags()), TEXT));
        d.add(new Field(ATTACHMENTS, a.attachmentText(), TEXT));
        d.add(new Field(VOCABULARY, a.title() + "\n" + String.join("\n", a.tags()), VOCABULARY_TYPE));
        d.add(new StringField(COLUMN, a.columnCode(), Field.Store.YES));
        d.add(new StoredField(COLUMN_NAME, a.columnName()));
        if (a.level() != null) {
            d.add(new StringField(LEVEL, a.level().name(), Field.Store.YES));
        }
        d.add(new StringField(TYPE, a.businessType().name(), Field.Store.YES));
        long published = epoch(a.publishedAt());
        d.add(new LongPoint(PUBLISHED, published));
        d.add(new NumericDocValuesField(PUBLISHED, published));
        d.add(new StoredField(PUBLISHED, published));
        return d;
    }

    /** Local wall-clock time as seconds, the way the database keeps publish times. */
    static long epoch(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------ plumbing

    private interface Change {
        void apply() throws IOException;
    }

    private void change(Change change) {
        writeLock.lock();
        try {
            try {
                change.apply();
                writer.commit();
            } catch (IOException | RuntimeException e) {
                rollbackAndReopen();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            refresh();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Drops what a failed change left uncommitted (a rebuild that failed half-way must not be committed
     * by the next change): Lucene's rollback closes the writer, so a new one is opened on the last
     * commit, with a new searcher manager. Searches holding a searcher of the old one finish normally.
     */
    private void rollbackAndReopen() {
        try {
            writer.rollback();
        } catch (IOException ignored) {
            // the writer is closed either way
        }
        try {
            IndexWriter w = new IndexWriter(directory, config());
            SearcherManager old = searchers;
            searchers = new SearcherManager(w, null);
            writer = w;
            old.close();
        } catch (IOException e) {
            throw new UncheckedIOException("搜索索引无法重新打开 / cannot reopen the search index", e);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits and releases the directory lock. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                directory.close();
            } catch (IOException ignored) {
                // closing after a failed close: nothing more can be done
            }
            analyzer.close();
            writeLock.unlock();
        }
    }
}
