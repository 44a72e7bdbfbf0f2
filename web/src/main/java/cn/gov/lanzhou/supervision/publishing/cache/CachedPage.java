package cn.gov.lanzhou.supervision.publishing.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered page as it is replayed: the HTML bytes, the same gzip-compressed (compressed once,
 * served many times), a strong entity tag per encoding (one representation, one tag), when it
 * last changed (to the second, as HTTP dates go) and until when it may be served.
 */
public final class CachedPage {

    private final byte[] plain;
    private final byte[] gzip;
    private final String etag;
    private final String gzipEtag;
    private final Instant lastModified;
    private final Instant renderedAt;
    private final Instant expiresAt;
    private volatile long lastUsedNanos;

    private CachedPage(byte[] plain, byte[] gzip, String tag, Instant lastModified, Instant renderedAt, Instant expiresAt) {
        this.plain = plain;
        this.gzip = gzip;
        this.etag = "\"" + tag + "\"";
        this.gzipEtag = "\"" + tag + "-gz\"";
        this.lastModified = lastModified;
        this.renderedAt = renderedAt;
        this.expiresAt = expiresAt;
        this.lastUsedNanos = System.nanoTime();
    }

    /**
     * A page made of {@code html}. When the page it replaces had the same bytes, that page's
     * Last-Modified is kept: rendering it again changed nothing a client has.
     */
    static CachedPage of(byte[] html, Instant now, Instant expiresAt, CachedPage previous) {
        String tag = tag(html);
        Instant modified = previous != null && previous.etag.equals("\"" + tag + "\"")
                ? previous.lastModified : now.truncatedTo(ChronoUnit.SECONDS);
        return new CachedPage(html.clone(), gzip(html), tag, modified, now, expiresAt);
    }

    /** SHA-256 of the bytes, 128 bits of it in base64url: a strong validator. */
    static String tag(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 8192)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] plain() {
        return plain;
    }

    public byte[] gzip() {
        return gzip;
    }

    /** The entity tag of the plain representation, quoted. */
    public String etag() {
        return etag;
    }

    /** The entity tag of the gzip representation, quoted. */
    public String gzipEtag() {
        return gzipEtag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** When it was stored (rendered). */
    public Instant renderedAt() {
        return renderedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean freshAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Memory it takes, roughly: both encodings. */
    long bytes() {
        return plain.length + gzip.length + 200L;
    }

    void touch() {
        lastUsedNanos = System.nanoTime();
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }
}
