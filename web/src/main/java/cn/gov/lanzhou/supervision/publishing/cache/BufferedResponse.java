package cn.gov.lanzhou.supervision.publishing.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a page's body in memory while it is rendered, so it can be stored before it is sent.
 * Headers go straight through; the status and length are held back and sent with the body.
 * An error or a redirect goes straight through as well and makes the page one that is not kept.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("a buffered page is written synchronously");
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }
    };
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean passedThrough;
    private boolean cookieSet;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!lengthOrCookie(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!lengthOrCookie(name)) {
            super.addHeader(name, value);
        }
    }

    private boolean lengthOrCookie(String name) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            cookieSet = true;
            return false;
        }
        return "Content-Length".equalsIgnoreCase(name);
    }

    @Override
    public void setContentLength(int len) {
        // the length is that of the buffered body, sent with it
    }

    @Override
    public void setContentLengthLong(long len) {
        // as above
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return passedThrough ? super.getOutputStream() : stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (passedThrough) {
            return super.getWriter();
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(stream, charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (passedThrough) {
            super.flushBuffer();
        } else if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        discardWritten();
        if (passedThrough) {
            super.resetBuffer();
        }
    }

    @Override
    public void reset() {
        discardWritten();
        status = SC_OK;
        super.reset();
    }

    private void discardWritten() {
        if (writer != null) {
            writer.flush();
        }
        buffer.reset();
    }

    /** The body written so far. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    /** An error page or a redirect was sent instead of this page. */
    boolean passedThrough() {
        return passedThrough;
    }

    /** A cookie was set: the page belongs to this one visitor. */
    boolean cookieSet() {
        return cookieSet;
    }
}
