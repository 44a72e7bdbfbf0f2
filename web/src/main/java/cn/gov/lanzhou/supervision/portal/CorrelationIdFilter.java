package cn.gov.lanzhou.supervision.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Gives every request a short correlation id (request attribute {@value #ATTRIBUTE}, response
 * header {@value #HEADER}). An exception that escapes the application is logged once with that
 * id, and the error page shows the same id, so a user's report can be found in the log.
 *
 * <p>The error dispatch runs through the filter too: the container may reset the response
 * before it renders the error page, so the header is set again there with the request's id.
 */
@WebFilter(filterName = "CorrelationIdFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CorrelationIdFilter extends HttpFilter {

    public static final String ATTRIBUTE = "correlationId";
    public static final String HEADER = "X-Correlation-Id";

    private static final Logger LOG = Logger.getLogger(CorrelationIdFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = assign(request, response);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            log(id, request, e);
            throw e;
        }
    }

    /**
     * Gives the request its id (keeping one it already has) and puts it on the response. For
     * filters that answer before this one runs, such as the public page cache.
     */
    public static String assign(HttpServletRequest request, HttpServletResponse response) {
        String id = request.getAttribute(ATTRIBUTE) instanceof String existing ? existing : newId();
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        return id;
    }

    /** Twelve hex digits: short enough to read out on the phone, unique enough for a day's log. */
    static String newId() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void log(String id, HttpServletRequest request, Throwable e) {
        // The query string is left out on purpose: it may carry what a visitor typed.
        LogRecord entry = new LogRecord(Level.SEVERE, "未处理的异常 / unhandled exception [{0}] {1} {2}");
        entry.setParameters(new Object[] {id, request.getMethod(), request.getRequestURI()});
        entry.setThrown(e);
        entry.setLoggerName(LOG.getName());
        LOG.log(entry);
    }
}
