package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.publishing.cache.Validators;
import cn.gov.lanzhou.supervision.shared.FileStore;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 附件下载: {@code /files/attachment/<id>} serves an attachment of a published article, and
 * nothing else — an attachment of a draft, an article under review, a scheduled or withdrawn one
 * answers 404 like an id that never existed. The stored content type (decided from the content
 * at upload) is sent with {@code nosniff}; pictures and MP4 videos are shown in the page
 * ({@code inline}), everything else is downloaded under its own name ({@code filename*}, RFC 5987).
 * The SM3 fingerprint is the entity tag; conditional requests get 304, and a single byte range
 * gets 206 so the video player can seek.
 */
@WebServlet(name = "AttachmentServlet", urlPatterns = AttachmentServlet.PATH + "*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AttachmentServlet.class.getName());

    public static final String PATH = "/files/attachment/";

    private static final Pattern ID = Pattern.compile("/([1-9][0-9]{0,17})");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    @EJB
    private transient PublicArticles articles;

    @Inject
    private transient FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Attachment> found = m.matches() ? articles.visibleAttachment(Long.parseLong(m.group(1))) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "附件不存在或未公开");
            return;
        }
        Attachment attachment = found.get();
        Optional<Path> file = files.path(attachment.getStorageKey());
        if (file.isEmpty()) {
            LOG.warning(() -> "附件文件缺失 / attachment file missing: attachment " + attachment.getId());
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "附件不存在或未公开");
            return;
        }
        long length;
        Instant modified;
        try {
            length = Files.size(file.get());
            modified = Files.getLastModifiedTime(file.get()).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (NoSuchFileException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "附件不存在或未公开");
            return;
        }
        String etag = "\"" + attachment.getFingerprint() + "\"";
        String type = CONTENT_TYPE.matcher(attachment.getContentType()).matches()
                ? attachment.getContentType() : "application/octet-stream";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified.toEpochMilli());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Accept-Ranges", "bytes");
        if (Validators.notModified(request.getHeader("If-None-Match"), dateHeader(request, "If-Modified-Since"), etag, modified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", ContentDisposition.of(shownInPage(type), attachment.getFileName()));
        long[] range = range(request, etag, modified, length);
        if (range != null && range.length == 0) {
            response.setHeader("Content-Range", "bytes */" + length);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        long from = range == null ? 0 : range[0];
        long count = range == null ? length : range[1] - range[0] + 1;
        if (range != null) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + length);
        }
        response.setContentLengthLong(count);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(channel.position(from))) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = count;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    /** Pictures and videos are shown in the page; SVG never (it can carry script), nor anything else. */
    static boolean shownInPage(String contentType) {
        return (contentType.startsWith("image/") && !contentType.contains("svg")) || contentType.equals("video/mp4");
    }

    /**
     * The one byte range asked for as {first, last}; {@code null} for the whole file (no or an
     * unusable Range header, several ranges, or an If-Range that no longer matches); an empty
     * array when the range lies outside the file.
     */
    static long[] range(HttpServletRequest request, String etag, Instant modified, long length) {
        String header = request.getHeader("Range");
        if (header == null) {
            return null;
        }
        String ifRange = request.getHeader("If-Range");
        if (ifRange != null && !ifRange.equals(etag)) {
            long date = dateHeader(request, "If-Range");
            if (date < 0 || modified.getEpochSecond() > date / 1000) {
                return null;
            }
        }
        Matcher m = RANGE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            long first;
            long last;
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    return new long[0];
                }
                first = Math.max(0, length - suffix);
                last = length - 1;
            } else {
                first = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
                if (last < first) {
                    return null;
                }
            }
            return first >= length ? new long[0] : new long[] {first, last};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
