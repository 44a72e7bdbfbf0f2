package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.registry.importing.ImportKind;
import cn.gov.lanzhou.supervision.registry.importing.ImportTemplates;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * 导入模板: {@code GET /staff/registry/import-template?kind=enterprise|person|project&format=xlsx|csv} — the
 * columns of the import and one example row (see {@link ImportTemplates}).
 */
@WebServlet(name = "ImportTemplateServlet", urlPatterns = ImportTemplateServlet.PATH)
public class ImportTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/staff/registry/import-template";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ImportKind> kind = ImportKind.bySlug(String.valueOf(request.getParameter("kind")));
        String format = request.getParameter("format");
        if (kind.isEmpty() || !("xlsx".equals(format) || "csv".equals(format))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "参数不正确：kind 为 enterprise、person 或 project，format 为 xlsx 或 csv");
            return;
        }
        byte[] file = "xlsx".equals(format) ? ImportTemplates.xlsx(kind.get()) : ImportTemplates.csv(kind.get());
        String name = kind.get().label() + "导入模板." + format;
        response.setContentType("xlsx".equals(format) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"registry-" + kind.get().slug() + "-template." + format
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
