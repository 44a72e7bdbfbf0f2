package cn.gov.lanzhou.supervision.publishing.cache;

import java.time.Instant;
import java.util.Locale;

/**
 * The request side of HTTP caching (RFC 9110): whether a client's validators still match what it
 * has, and whether it takes gzip.
 */
public final class Validators {

    private Validators() {
    }

    /**
     * Whether a conditional GET may be answered 304 Not Modified. {@code If-None-Match} decides
     * when present (weak comparison, as for GET: {@code W/} and the encoding suffix aside, the
     * bytes are the same page); otherwise {@code If-Modified-Since}, to the second.
     *
     * @param ifModifiedSince the header as a date in milliseconds, or -1 when absent or malformed
     */
    public static boolean notModified(String ifNoneMatch, long ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        return ifModifiedSince >= 0 && lastModified.getEpochSecond() <= ifModifiedSince / 1000;
    }

    /** Whether the If-None-Match list names {@code etag} (or is {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (!c.isEmpty() && opaque(c).equals(wanted))) {
                return true;
            }
        }
        return false;
    }

    /** The tag without W/, quotes and the -gz that marks the compressed representation. */
    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.endsWith("-gz") ? t.substring(0, t.length() - 3) : t;
    }

    /** Whether {@code Accept-Encoding} accepts gzip (gzip, x-gzip or *, with a q-value above 0). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        boolean gzip = false;
        boolean explicit = false;
        boolean star = false;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim();
            double q = 1.0;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                explicit = true;
                gzip = q > 0;
            } else if (coding.equals("*")) {
                star = q > 0;
            }
        }
        return explicit ? gzip : star;
    }
}
