package cn.gov.lanzhou.supervision.publishing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSS 2.0 feeds: {@code /rss/all.xml} (the newest 20 articles of every column) and
 * {@code /rss/<column code>.xml} (the newest 20 of one column); an unknown column answers 404.
 * Validators: an {@code ETag} over the document's bytes and {@code Last-Modified} (the newest publish
 * time or the last change this server saw, whichever is later); a matching conditional request gets
 * 304 without a body. {@code Cache-Control: no-cache} makes caches ask again each time, so a
 * withdrawn article leaves the feed at once. No session.
 */
@WebServlet(name = "FeedServlet", urlPatterns = "/rss/*")
public class FeedServlet extends HttpServlet {

    static final String CONTENT_TYPE = "application/rss+xml; charset=UTF-8";
    private static final Pattern PATH = Pattern.compile("/([a-z][a-z0-9-]{1,39})\\.xml");

    @EJB
    private ArticleFeeds feeds;

    @Inject
    private FeedClock clock;

    @Inject
    private PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "没有这个订阅源");
            return;
        }
        String code = m.group(1);
        Optional<ArticleFeeds.Feed> feed = code.equals("all") ? Optional.of(feeds.all()) : feeds.column(code);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "栏目不存在");
            return;
        }
        LocalDateTime modified = clock.lastChange();
        if (!feed.get().entries().isEmpty() && feed.get().entries().get(0).publishedAt().isAfter(modified)) {
            modified = feed.get().entries().get(0).publishedAt();
        }
        modified = modified.truncatedTo(ChronoUnit.SECONDS);
        ZoneId zone = ZoneId.systemDefault();
        byte[] body = RssFeed.xml(feed.get(), publicUrl.of(request), zone, modified).getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + digest(body) + "\"";
        long lastModified = modified.atZone(zone).toInstant().toEpochMilli();

        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", "no-cache");
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** RFC 9110: If-None-Match wins; If-Modified-Since only counts without it. */
    static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified / 1000 <= since / 1000;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
