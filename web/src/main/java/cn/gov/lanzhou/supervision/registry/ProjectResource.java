package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.shared.Page;
import cn.gov.lanzhou.supervision.supervision.ProjectProgress;
import cn.gov.lanzhou.supervision.supervision.SupervisionQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** Public project information: a searchable list and each project's supervision progress. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "工程项目", description = "在建与竣工工程的公开信息")
public class ProjectResource {

    /** The public facts of a project in a list. */
    public record ProjectSummary(String projectNo, String name, String district, String type, String status,
                                 LocalDate startDate) {
    }

    /** One page of projects. */
    public record ProjectPage(List<ProjectSummary> items, int page, int size, long total) {
    }

    @EJB
    private ProjectDirectory projects;

    @EJB
    private SupervisionQueries supervision;

    @GET
    @Operation(summary = "查询工程项目", description = "按名称、监督编号、施工许可证编号或地址查询，分页返回")
    public ProjectPage list(@QueryParam("q") @Parameter(description = "关键词") String q,
                            @QueryParam("district") @Parameter(description = "区县代码，如 620102") String district,
                            @QueryParam("status") @Parameter(description = "UNDER_CONSTRUCTION、SUSPENDED 或 COMPLETED") ProjectStatus status,
                            @QueryParam("page") @DefaultValue("1") int page,
                            @QueryParam("size") @DefaultValue("20") int size) {
        Page<Project> p = projects.search(q, district, status, page, size);
        return new ProjectPage(p.items().stream().map(ProjectResource::summary).toList(), p.pageNumber(), p.pageSize(), p.total());
    }

    @GET
    @Path("{projectNo}/progress")
    @Operation(summary = "工程监督进度（公开）", description = "按监督编号或施工许可证编号查询；不含个人信息和隐患详情")
    public ProjectProgress progress(@PathParam("projectNo") String projectNo) {
        Project p = projects.findByNumber(projectNo)
                .orElseThrow(() -> new NotFoundException("未找到监督编号或施工许可证编号为 " + projectNo + " 的工程"));
        return supervision.progressOf(p);
    }

    static ProjectSummary summary(Project p) {
        return new ProjectSummary(p.getProjectNo(), p.getName(),
                cn.gov.lanzhou.supervision.registry.rules.District.byCode(p.getDistrictCode())
                        .map(cn.gov.lanzhou.supervision.registry.rules.District::label).orElse(p.getDistrictCode()),
                p.getType().label(), p.getStatus().label(), p.getStartDate());
    }
}
