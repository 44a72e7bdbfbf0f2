package cn.gov.lanzhou.supervision.publishing;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266): a plain-ASCII {@code filename}
 * for old clients and the real name, Chinese included, as {@code filename*} in RFC 5987 encoding.
 * Path parts, quotes, control characters and anything that could break the header are removed, so
 * a stored name can never inject a header or make a browser save outside its folder.
 */
public final class ContentDisposition {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** {@code inline} or {@code attachment} with both file name parameters. */
    public static String of(boolean inline, String fileName) {
        String name = safeName(fileName);
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''"
                + rfc5987(name);
    }

    /** The last path segment, without control characters or characters Windows refuses; never empty. */
    static String safeName(String fileName) {
        String n = fileName == null ? "" : fileName;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder out = new StringBuilder();
        n.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || "\"<>:*?|".indexOf(c) >= 0) {
                out.append('_');
            } else {
                out.appendCodePoint(c);
            }
        });
        String s = out.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? "download" : s;
    }

    /** Non-ASCII characters as '_', the extension kept, for clients that ignore filename*. */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return out.toString();
    }

    /** Percent-encoding of UTF-8 bytes outside RFC 5987's attr-char. */
    static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
