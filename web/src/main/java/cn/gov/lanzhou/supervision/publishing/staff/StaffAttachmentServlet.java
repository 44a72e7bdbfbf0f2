package cn.gov.lanzhou.supervision.publishing.staff;

import cn.gov.lanzhou.supervision.publishing.AttachmentFiles;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 附件预览 for editorial staff: {@code GET /attachment/{id}} sends an article's file — to anyone when the article is
 * online, to editorial staff always (drafts, edits under review). Images, PDFs and videos open in
 * the browser, Word and Excel files download; the type sent is the one decided from the content at
 * upload, and {@code nosniff} keeps the browser to it. Byte ranges are served, so the HTML5 video
 * player can seek. Unknown, malformed and not-public ids all answer 404 alike.
 */
@WebServlet(name = "StaffAttachmentServlet", urlPatterns = StaffAttachmentServlet.PATH + "/*")
public class StaffAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/attachment";

    private static final Pattern ID = Pattern.compile("/(\\d{1,18})(?:/.*)?");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private static final String[] STAFF = {"EDITOR", "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"};

    @EJB
    private AttachmentFiles attachments;

    @Inject
    private FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(404);
            return;
        }
        boolean staff = false;
        for (String role : STAFF) {
            staff |= request.isUserInRole(role);
        }
        Optional<AttachmentFiles.Download> found = attachments.find(Long.parseLong(m.group(1)), staff);
        Optional<Path> path = found.flatMap(d -> store.path(d.storageKey()));
        if (path.isEmpty()) {
            response.sendError(404);
            return;
        }
        AttachmentFiles.Download d = found.get();
        long size = Files.size(path.get());
        String etag = "\"" + d.fingerprint().substring(0, Math.min(32, d.fingerprint().length())) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", d.online() ? "public, max-age=3600" : "private, no-store");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        boolean inline = d.contentType().startsWith("image/") || d.contentType().equals("application/pdf")
                || d.contentType().startsWith("video/");
        response.setContentType(d.contentType());
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"attachment-" + d.id()
                + extension(d.fileName()) + "\"; filename*=UTF-8''" + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        response.setHeader("Accept-Ranges", "bytes");
        long start = 0;
        long end = size - 1;
        String range = request.getHeader("Range");
        if (range != null) {
            Matcher r = RANGE.matcher(range.trim());
            if (!r.matches() || (r.group(1).isEmpty() && r.group(2).isEmpty())) {
                response.setHeader("Content-Range", "bytes */" + size);
                response.sendError(416);
                return;
            }
            if (r.group(1).isEmpty()) {
                start = Math.max(0, size - Long.parseLong(r.group(2)));
            } else {
                start = Long.parseLong(r.group(1));
                end = r.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(r.group(2)));
            }
            if (start > end || start >= size) {
                response.setHeader("Content-Range", "bytes */" + size);
                response.sendError(416);
                return;
            }
            response.setStatus(206);
            response.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        response.setContentLengthLong(end - start + 1);
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        try (InputStream in = Files.newInputStream(path.get()); OutputStream out = response.getOutputStream()) {
            in.skipNBytes(start);
            long left = end - start + 1;
            byte[] buffer = new byte[64 * 1024];
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

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,5}") ? ext : "";
    }
}
