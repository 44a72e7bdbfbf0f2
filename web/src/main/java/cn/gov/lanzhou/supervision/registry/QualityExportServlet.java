package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.registry.quality.Districts;
import cn.gov.lanzhou.supervision.registry.quality.ExportFormat;
import cn.gov.lanzhou.supervision.registry.quality.QualityRule;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQuality;
import cn.gov.lanzhou.supervision.registry.quality.ViolationFilter;
import cn.gov.lanzhou.supervision.registry.rules.District;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * 导出数据质量问题: {@code GET /staff/registry/quality-export?format=csv|xlsx&rule=&district=&full=1} — the
 * findings of the data-quality list with the same filter, masked; {@code full=1} asks for full values, which
 * {@link RegistryQuality} allows station leaders only (403 otherwise). The service records each export.
 * Written to memory first, so that a refusal or failure never leaves half a file with a 200.
 */
@WebServlet(name = "QualityExportServlet", urlPatterns = QualityExportServlet.PATH)
public class QualityExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/staff/registry/quality-export";

    @EJB
    private RegistryQuality quality;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = "xlsx".equals(request.getParameter("format")) ? ExportFormat.XLSX
                : "csv".equals(request.getParameter("format")) ? ExportFormat.CSV : null;
        String ruleName = request.getParameter("rule");
        QualityRule rule = ruleName == null || ruleName.isBlank() ? null
                : Arrays.stream(QualityRule.values()).filter(r -> r.name().equals(ruleName)).findFirst().orElse(null);
        String districtParam = request.getParameter("district");
        String district = districtParam == null || districtParam.isBlank() ? null
                : Districts.OTHER.equals(districtParam) ? Districts.OTHER : District.byCode(districtParam).map(District::code).orElse(null);
        if (format == null || (ruleName != null && !ruleName.isBlank() && rule == null)
                || (districtParam != null && !districtParam.isBlank() && district == null)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "参数不正确：format 应为 csv 或 xlsx，rule、district 应为页面上的取值");
            return;
        }
        boolean full = "1".equals(request.getParameter("full"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            quality.export(new ViolationFilter(rule, district), format, full, file, request.getRemoteAddr());
        } catch (RegistryRefusal e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = "数据质量问题-" + stamp + (full ? "-完整信息" : "") + "." + format.extension();
        response.setContentType(format.contentType());
        if (format == ExportFormat.CSV) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"registry-quality-" + stamp + "." + format.extension()
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }
}
