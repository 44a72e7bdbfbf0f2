package cn.gov.lanzhou.supervision.publishing.cache;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code <script>} elements without a {@code src}: the scripts a Content-Security-Policy
 * only lets run with the response's nonce. A page that has one cannot be replayed from the cache
 * (its nonce would be the same for everyone), so it is not cached. A page without one keeps no
 * nonce either: the {@code nonce} attributes PrimeFaces puts on script files (allowed by
 * {@code 'self'} anyway) are taken out before the page is stored.
 */
final class InlineScripts {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("(^|\\s)src\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE_ATTRIBUTE = Pattern.compile("(<script\\b[^>]*?)\\s+nonce=\"[^\"]*\"",
            Pattern.CASE_INSENSITIVE);

    private InlineScripts() {
    }

    static boolean present(byte[] html) {
        Matcher m = SCRIPT_TAG.matcher(new String(html, StandardCharsets.UTF_8));
        while (m.find()) {
            if (!SRC.matcher(m.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The page with the nonce attributes of its script elements removed. */
    static byte[] withoutNonces(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        Matcher m = NONCE_ATTRIBUTE.matcher(page);
        if (!m.find()) {
            return html;
        }
        return m.replaceAll("$1").getBytes(StandardCharsets.UTF_8);
    }
}
