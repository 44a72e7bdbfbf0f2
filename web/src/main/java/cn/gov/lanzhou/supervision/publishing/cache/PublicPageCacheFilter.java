package cn.gov.lanzhou.supervision.publishing.cache;

import cn.gov.lanzhou.supervision.portal.CorrelationIdFilter;
import cn.gov.lanzhou.supervision.publishing.ArticleViews;
import cn.gov.lanzhou.supervision.publishing.PublicArticles;
import cn.gov.lanzhou.supervision.publishing.PublicContentVersion;
import cn.gov.lanzhou.supervision.publishing.cache.PageKey.PublicPage;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves the public pages (home, column lists, articles) to anonymous visitors from memory,
 * rendered once by JSF and replayed until they expire or the public content changes
 * ({@link PageStore}). Each answer carries a strong ETag and Last-Modified, a conditional GET that
 * still matches gets 304, and a client that accepts gzip gets the bytes compressed once when the
 * page was stored ({@code Vary: Accept-Encoding}).
 *
 * <p>Never from the cache, never into it: requests of a signed-in user or carrying a session
 * cookie or credentials (their pages may be personal: recommendations, the user's name in the
 * header; they are sent {@code Cache-Control: private, no-store}), requests with parameters the
 * page does not read, and responses that are not a plain 200 HTML page — errors, redirects,
 * pages that set a cookie or created a session — or that contain an inline script: a replayed
 * nonce would be the same for everyone and defeat the Content-Security-Policy. The public pages
 * therefore have no inline script at all ({@code PortalHeadRenderer}), and a hit is sent with
 * the nonce-free policy {@code SecurityHeadersFilter} put on the response.
 *
 * <p>Registered in web.xml after the security-header filters, for requests only (error pages
 * are rendered fresh). Views of article pages are counted here ({@link ArticleViews}), so pages
 * served from memory count too. Response header {@code X-Portal-Cache}: HIT, MISS or BYPASS.
 */
public class PublicPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicPageCacheFilter.class.getName());

    static final String CACHE_HEADER = "X-Portal-Cache";
    /** How long a request waits for another one rendering the same page before rendering it itself. */
    static final long WAIT_SECONDS = 10;
    /** How often the time of the next scheduled publication is looked up again. */
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(5);

    @Inject
    private transient PublicContentVersion contentVersionBean;

    @Inject
    private transient ArticleViews viewsBean;

    @EJB
    private transient PublicArticles articles;

    private transient PageStore store;
    private transient LongSupplier contentVersion;
    private transient LongConsumer views;
    private transient Supplier<PublicationTimes> publicationTimes;
    private boolean enabled;
    private String sessionCookie = "JSESSIONID";
    private final transient Set<PublicPage> warnedInline = EnumSet.noneOf(PublicPage.class);
    private final transient AtomicLong nextRecheck = new AtomicLong(System.nanoTime());
    private final transient AtomicBoolean rechecking = new AtomicBoolean();

    /** For the container, which injects the beans and calls {@link #init()}. */
    public PublicPageCacheFilter() {
    }

    /** A working filter outside a container (tests). */
    PublicPageCacheFilter(PageStore store, LongSupplier contentVersion, LongConsumer views,
                          Supplier<PublicationTimes> publicationTimes) {
        this.store = store;
        this.contentVersion = contentVersion;
        this.views = views;
        this.publicationTimes = publicationTimes;
        this.enabled = true;
    }

    @Override
    public void init() {
        PageCacheSettings settings = new PageCacheSettings();
        settings.check();
        enabled = settings.enabled();
        store = new PageStore(Clock.systemUTC(), settings.ttl(), settings.maxEntries(), settings.maxBytes());
        contentVersion = contentVersionBean::current;
        views = viewsBean::count;
        publicationTimes = this::publicationTimes;
        String name = getServletContext().getSessionCookieConfig().getName();
        sessionCookie = name == null || name.isBlank() ? "JSESSIONID" : name;
        LOG.info(() -> "公开页面缓存 / public page cache: " + (enabled ? "on, ttl " + settings.ttl().toSeconds()
                + " s, " + settings.maxEntries() + " pages, " + settings.maxBytes() / (1024 * 1024) + " MB" : "off"));
    }

    /** The store, for monitoring and tests. */
    PageStore store() {
        return store;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PublicPage> page = PublicPage.at(pathOf(request));
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean get = "GET".equals(request.getMethod());
        boolean head = "HEAD".equals(request.getMethod());
        Optional<PageKey> key = PageKey.of(page.get(), request.getParameterMap());
        if (!enabled || !(get || head) || personal(request) || key.isEmpty()) {
            if (personal(request)) {
                response.setHeader("Cache-Control", "private, no-store");
            }
            response.setHeader(CACHE_HEADER, "BYPASS");
            chain.doFilter(request, response);
            countView(page.get(), request, response.getStatus());
            return;
        }
        CorrelationIdFilter.assign(request, response);
        recheckScheduledPublication();
        long version = contentVersion.getAsLong();
        if (head) {
            Optional<CachedPage> fresh = store.peek(key.get(), version);
            if (fresh.isPresent()) {
                send(fresh.get(), request, response, "HIT");
            } else {
                response.setHeader(CACHE_HEADER, "BYPASS");
                chain.doFilter(request, response);
            }
            return;
        }
        PageStore.Lookup found = store.lookup(key.get(), version);
        if (found instanceof PageStore.Hit hit) {
            send(hit.page(), request, response, "HIT");
        } else if (found instanceof PageStore.Wait wait) {
            CachedPage rendered = await(wait);
            if (rendered != null) {
                send(rendered, request, response, "HIT");
            } else {
                response.setHeader(CACHE_HEADER, "BYPASS");
                chain.doFilter(request, response);
            }
        } else {
            render((PageStore.Lead) found, request, response, chain);
        }
        countView(page.get(), request, response.getStatus());
    }

    private void render(PageStore.Lead lead, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedResponse buffered = new BufferedResponse(response);
        boolean completed = false;
        try {
            chain.doFilter(request, buffered);
            if (buffered.passedThrough()) {
                return; // an error page or a redirect is on its way, rendered by the container
            }
            byte[] body = buffered.body();
            if (cacheable(lead.key().page(), request, buffered, body)) {
                CachedPage stored = store.complete(lead, InlineScripts.withoutNonces(body), publicationTimes.get().next());
                completed = true;
                send(stored, request, response, "MISS");
            } else {
                response.setHeader(CACHE_HEADER, "BYPASS");
                response.setStatus(buffered.getStatus());
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        } finally {
            if (!completed) {
                store.abandon(lead);
            }
        }
    }

    /**
     * Every few seconds one request looks up when articles went and go online, so an article
     * approved for later publication appears on time (or, when it was approved less than that
     * before its time, within those seconds) although no event announced it.
     */
    private void recheckScheduledPublication() {
        long now = System.nanoTime();
        if (now - nextRecheck.get() >= 0 && rechecking.compareAndSet(false, true)) {
            try {
                PublicationTimes times = publicationTimes.get();
                store.notePublications(times.latest(), times.next());
                nextRecheck.set(now + RECHECK_NANOS);
            } finally {
                rechecking.set(false);
            }
        }
    }

    private boolean cacheable(PublicPage page, HttpServletRequest request, BufferedResponse buffered, byte[] body) {
        String type = buffered.getContentType();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")
                || buffered.cookieSet() || request.getSession(false) != null || body.length == 0) {
            return false;
        }
        String cacheControl = buffered.getHeader("Cache-Control");
        if (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
            return false;
        }
        if (InlineScripts.present(body)) {
            synchronized (warnedInline) {
                if (warnedInline.add(page)) {
                    LOG.warning(() -> "公开页面含内联脚本，不能缓存 / public page " + page.path()
                            + " has an inline script and is not cached (a replayed CSP nonce would defeat the policy)");
                }
            }
            return false;
        }
        return true;
    }

    private PublicationTimes publicationTimes() {
        try {
            ZoneId zone = ZoneId.systemDefault();
            return new PublicationTimes(articles.latestPublication().map(t -> t.atZone(zone).toInstant()),
                    articles.nextScheduledPublication().map(t -> t.atZone(zone).toInstant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "查询定时发布时间失败，页面仅按缓存时长过期 / publication times unknown", e);
            return PublicationTimes.NONE;
        }
    }

    private static CachedPage await(PageStore.Wait wait) {
        try {
            return wait.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Sends a stored page: 304 when the client's validators match, else the bytes in the encoding it takes. */
    static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, String how)
            throws IOException {
        boolean gzip = Validators.acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader(CACHE_HEADER, how);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", gzip ? page.gzipEtag() : page.etag());
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            ifModifiedSince = -1;
        }
        if (Validators.notModified(request.getHeader("If-None-Match"), ifModifiedSince, page.etag(), page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzip() : page.plain();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** A visitor whose pages may be personal: signed in, with a session, or sending credentials. */
    private boolean personal(HttpServletRequest request) {
        if (request.getUserPrincipal() != null || request.getHeader("Authorization") != null) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (sessionCookie.equals(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void countView(PublicPage page, HttpServletRequest request, int status) {
        if (page != PublicPage.ARTICLE || !"GET".equals(request.getMethod())
                || (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED)) {
            return;
        }
        try {
            views.accept(Long.parseLong(request.getParameter("id").strip()));
        } catch (NumberFormatException | NullPointerException e) {
            // a page that answered 200 had a valid id; nothing to count otherwise
        }
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
