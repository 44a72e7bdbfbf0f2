package cn.gov.lanzhou.supervision.audit;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * 导出审计日志: {@code GET /admin/audit/export?user=&from=yyyy-MM-dd&to=yyyy-MM-dd&type=&outcome=}
 * streams the matching audit events as CSV (UTF-8 with BOM, newest first) straight from
 * {@link AuditQuery#exportCsv}, which records the export. {@code AdminConsoleFilter} lets only the
 * audit administrator reach it, and {@link AuditQuery} checks the role again.
 */
@WebServlet(name = "AuditExportServlet", urlPatterns = AuditExportServlet.PATH)
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/admin/audit/export";

    @EJB
    private AuditQuery audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditConsolePage.Filter filter;
        try {
            filter = new AuditConsolePage.Filter(text(request, "user"), date(request, "from"), date(request, "to"),
                    text(request, "type"), outcome(request));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String fileName = "审计日志-" + stamp + ".csv";
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-events-" + stamp + ".csv\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        audit.exportCsv(filter.criteria(), out, request.getRemoteAddr());
        out.flush();
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 50) {
            throw new IllegalArgumentException("参数 " + name + " 过长");
        }
        return v.trim();
    }

    private static LocalDate date(HttpServletRequest request, String name) {
        String v = text(request, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期参数 " + name + " 应为 年-月-日，如 2026-11-20");
        }
    }

    private static AuditOutcome outcome(HttpServletRequest request) {
        String v = text(request, "outcome");
        Optional<AuditOutcome> o = v == null ? Optional.empty() : AuditConsolePage.outcomeNamed(v);
        if (v != null && o.isEmpty()) {
            throw new IllegalArgumentException("结果参数应为 SUCCESS、FAILURE 或 DENIED");
        }
        return o.orElse(null);
    }
}
