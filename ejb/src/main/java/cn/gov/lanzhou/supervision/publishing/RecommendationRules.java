package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which standards and policies concern which enterprises: subjects (the words editors use as
 * tags, which titles also name) per enterprise type and per project type. An article matches a
 * subject when one of its tags is the subject or its title names it. Matches through the
 * enterprise's projects in progress rank above matches through its type, a tag above a mention in
 * the title; among equals the newer article comes first. Repealed and expired regulations are
 * never recommended.
 */
public final class RecommendationRules {

    static final Map<EnterpriseType, List<String>> BY_ENTERPRISE = new EnumMap<>(Map.of(
            EnterpriseType.CONTRACTOR, List.of("危大工程", "深基坑", "高支模", "脚手架", "起重机械", "临时用电", "高处作业",
                    "消防", "扬尘治理", "冬期施工", "汛期施工", "安全生产"),
            EnterpriseType.SUPERVISION, List.of("监理", "危大工程", "高支模", "深基坑", "旁站", "见证取样"),
            EnterpriseType.DEVELOPER, List.of("建设单位", "住宅工程", "竣工验收", "质量月", "扬尘治理", "首要责任"),
            EnterpriseType.SURVEY, List.of("勘察", "深基坑", "湿陷性黄土"),
            EnterpriseType.DESIGN, List.of("设计", "住宅工程", "抗震"),
            EnterpriseType.TESTING, List.of("检测", "混凝土结构", "钢筋工程")));

    static final Map<ProjectType, List<String>> BY_PROJECT = new EnumMap<>(Map.of(
            ProjectType.HOUSING, List.of("住宅工程", "高支模", "脚手架", "混凝土结构", "钢筋工程"),
            ProjectType.MUNICIPAL, List.of("市政", "深基坑", "汛期施工"),
            ProjectType.RAIL_TRANSIT, List.of("轨道交通", "深基坑", "起重机械"),
            ProjectType.INDUSTRIAL, List.of("起重机械", "钢筋工程", "消防"),
            ProjectType.RENOVATION, List.of("装饰装修", "消防", "高处作业")));

    private static final int PROJECT_MATCH = 4;
    private static final int TYPE_MATCH = 2;
    private static final int TAG_BONUS = 1;

    private RecommendationRules() {
    }

    private record Scored(Article article, int score, String reason, int order) {
    }

    /**
     * The best {@code howMany} of {@code candidates} (given newest first) for the profile, each with
     * the reason of its strongest match; articles matching nothing are left out.
     */
    public static List<Recommendation> rank(ReadingProfile profile, List<Article> candidates, int howMany) {
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Article a = candidates.get(i);
            if (a.getValidity() == Validity.REPEALED || a.getValidity() == Validity.EXPIRED) {
                continue;
            }
            int score = 0;
            int best = 0;
            String reason = null;
            for (Map.Entry<ProjectType, Long> projects : profile.activeProjects().entrySet()) {
                for (String subject : BY_PROJECT.getOrDefault(projects.getKey(), List.of())) {
                    int s = match(a, subject, PROJECT_MATCH);
                    score += s;
                    if (s > best) {
                        best = s;
                        reason = "因为贵单位有 " + projects.getValue() + " 个在建" + projects.getKey().label()
                                + "项目，本文涉及“" + subject + "”";
                    }
                }
            }
            for (String subject : BY_ENTERPRISE.getOrDefault(profile.type(), List.of())) {
                int s = match(a, subject, TYPE_MATCH);
                score += s;
                if (s > best) {
                    best = s;
                    reason = "因为贵单位是" + profile.noun() + "，本文涉及“" + subject + "”";
                }
            }
            if (score > 0) {
                scored.add(new Scored(a, score, reason, i));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order))
                .limit(howMany)
                .map(s -> new Recommendation(s.article(), s.reason()))
                .toList();
    }

    private static int match(Article a, String subject, int weight) {
        if (a.getTagList().contains(subject)) {
            return weight + TAG_BONUS;
        }
        return a.getTitle().contains(subject) ? weight : 0;
    }
}
