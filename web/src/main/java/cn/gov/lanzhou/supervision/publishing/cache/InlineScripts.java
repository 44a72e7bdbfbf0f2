package cn.gov.lanzhou.supervision.publishing.cache;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code <script>} elements without a {@code src}: the scripts a Content-Security-Policy
 * only lets run with the response's nonce. A page that has one cannot be replayed from the cache
 * (its nonce would be the same for everyone), so it is not cached.
 */
final class InlineScripts {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("(^|\\s)src\\s*=", Pattern.CASE_INSENSITIVE);

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
}
