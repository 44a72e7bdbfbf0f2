package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the portal knows about a signed-in enterprise when it picks standards and policies for
 * it: what kind of enterprise it is and which kinds of project it is building now.
 *
 * @param enterpriseName  the enterprise's name
 * @param type            its type (施工单位, 监理单位 …)
 * @param noun            how a reason names it: 施工总承包企业, 工程监理企业 …
 * @param activeProjects  projects in progress (在建 or 停工) by type
 */
public record ReadingProfile(String enterpriseName, EnterpriseType type, String noun,
                             Map<ProjectType, Long> activeProjects) {

    public ReadingProfile {
        Objects.requireNonNull(type, "Enterprise type is required.");
        Objects.requireNonNull(noun, "Noun is required.");
        activeProjects = Map.copyOf(activeProjects);
    }

    /**
     * How a reason names the enterprise: 施工总承包企业 when it holds a general-contracting
     * qualification (施工总承包), otherwise by its type.
     */
    public static String noun(EnterpriseType type, List<String> qualificationCategories) {
        if (qualificationCategories.stream().anyMatch(c -> c.contains("施工总承包"))) {
            return "施工总承包企业";
        }
        return switch (type) {
            case CONTRACTOR -> "施工企业";
            case SUPERVISION -> "工程监理企业";
            case DEVELOPER -> "建设单位";
            case SURVEY -> "勘察单位";
            case DESIGN -> "设计单位";
            case TESTING -> "检测机构";
        };
    }

    /** One line for the top of the list: 施工总承包企业；在建项目：房屋建筑工程 3 个、市政基础设施工程 1 个. */
    public String summary() {
        if (activeProjects.isEmpty()) {
            return noun + "；暂无在建项目";
        }
        return noun + "；在建项目：" + activeProjects.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue() + " 个")
                .collect(Collectors.joining("、"));
    }
}
