package cn.gov.lanzhou.supervision.analytics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * CSV export of the statistics tables: {@code /statistics/export?table=district|category|complaints}.
 * UTF-8 with a byte-order mark so that Excel opens the Chinese text correctly; no session.
 */
@WebServlet(name = "StatisticsExportServlet", urlPatterns = "/statistics/export")
public class StatisticsExportServlet extends HttpServlet {

    private static final char BOM = '\uFEFF';

    @Inject
    private StatisticsFigures figures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatisticsFigures.Period period = figures.period();
        Optional<CountTable> found = figures.table(request.getParameter("table"), period);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "没有这个统计表");
            return;
        }
        CountTable table = found.get();
        String fileName = "统计-" + table.key() + "-" + period.to().format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"statistics-" + table.key() + ".csv\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-cache");

        PrintWriter out = response.getWriter();
        out.print(BOM);
        line(out, table.caption());
        line(out, "统计期间", period.from().toString(), period.to().toString());
        boolean grouped = table.rows().stream().anyMatch(r -> r.group() != null);
        if (grouped) {
            line(out, "分组", table.labelHeader(), "数量");
        } else {
            line(out, table.labelHeader(), "数量");
        }
        for (CountTable.Row r : table.rows()) {
            if (grouped) {
                line(out, r.group(), r.label(), Long.toString(r.count()));
            } else {
                line(out, r.label(), Long.toString(r.count()));
            }
        }
        if (!grouped) {
            line(out, "合计", Long.toString(table.total()));
        }
        out.flush();
    }

    /** One CSV record, RFC 4180 line ends. */
    private static void line(PrintWriter out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.print(',');
            }
            out.print(cell(cells[i]));
        }
        out.print("\r\n");
    }

    /**
     * Quotes where CSV needs it, and defuses text that a spreadsheet would take for a formula.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
