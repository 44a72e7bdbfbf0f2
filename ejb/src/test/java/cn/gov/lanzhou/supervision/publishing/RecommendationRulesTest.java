package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecommendationRulesTest {

    private static final SiteColumn STANDARDS = new SiteColumn("standards", "技术标准", null, 1);

    private static Article article(String title, String tags, Validity validity) {
        Article a = new Article(STANDARDS, title, "<p>正文</p>", "chen.jing");
        a.tag(tags);
        a.classify(ArticleLevel.NATIONAL, BusinessType.SAFETY, validity);
        return a;
    }

    private static final ReadingProfile CONTRACTOR_BUILDING_HOUSES = new ReadingProfile("兰州某建设集团有限公司",
            EnterpriseType.CONTRACTOR, "施工总承包企业", Map.of(ProjectType.HOUSING, 3L));

    @Test
    void aMatchThroughTheEnterprisesProjectsComesBeforeAMatchThroughItsTypeWithTheReasonOfEach() {
        Article scaffolding = article("临时用电安全技术要点", "临时用电", null);
        Article formwork = article("高大模板支撑系统验收要点", "高支模", null);
        Article unrelated = article("勘察报告编制深度要求", "勘察", null);

        List<Recommendation> picked = RecommendationRules.rank(CONTRACTOR_BUILDING_HOUSES,
                List.of(scaffolding, unrelated, formwork), 10);

        assertEquals(List.of(formwork, scaffolding), picked.stream().map(Recommendation::article).toList(),
                "the project match first, the unrelated article left out");
        assertEquals("因为贵单位有 3 个在建房屋建筑工程项目，本文涉及“高支模”", picked.get(0).reason());
        assertEquals("因为贵单位是施工总承包企业，本文涉及“临时用电”", picked.get(1).reason());
    }

    @Test
    void aTagCountsMoreThanAMentionInTheTitleAndTheNewerWinsAmongEquals() {
        Article newerTitleOnly = article("关于加强脚手架安全管理的通知", null, null);
        Article olderTagged = article("关于印发专项整治工作方案的通知", "脚手架", null);
        Article olderTitleOnly = article("脚手架连墙件设置要求", null, null);
        ReadingProfile noProjects = new ReadingProfile("某公司", EnterpriseType.CONTRACTOR, "施工企业", Map.of());

        List<Article> order = RecommendationRules.rank(noProjects, List.of(newerTitleOnly, olderTagged, olderTitleOnly), 10)
                .stream().map(Recommendation::article).toList();

        assertEquals(List.of(olderTagged, newerTitleOnly, olderTitleOnly), order);
    }

    @Test
    void repealedRegulationsAreNeverRecommendedAndTheListIsCut() {
        Article repealed = article("深基坑工程安全管理办法", "深基坑", Validity.REPEALED);
        Article effective = article("深基坑工程监测技术标准", "深基坑", Validity.EFFECTIVE);
        Article another = article("脚手架工程安全技术规范", "脚手架", Validity.EFFECTIVE);

        List<Recommendation> picked = RecommendationRules.rank(CONTRACTOR_BUILDING_HOUSES, List.of(repealed, effective, another), 1);

        assertEquals(1, picked.size());
        assertTrue(picked.stream().noneMatch(r -> r.article() == repealed));
    }

    @Test
    void aSupervisionCompanyIsNotSentTheContractorsReading() {
        ReadingProfile supervisor = new ReadingProfile("某监理公司", EnterpriseType.SUPERVISION,
                ReadingProfile.noun(EnterpriseType.SUPERVISION, List.of("房屋建筑工程监理")), Map.of());
        Article power = article("施工现场临时用电检查要点", "临时用电", null);
        Article station = article("危大工程旁站监理工作指引", "旁站", null);

        List<Recommendation> picked = RecommendationRules.rank(supervisor, List.of(power, station), 5);

        assertEquals(1, picked.size());
        assertEquals("因为贵单位是工程监理企业，本文涉及“旁站”", picked.get(0).reason());
    }

    @Test
    void theProfileNamesAGeneralContractorAndItsProjectsInOneLine() {
        assertEquals("施工总承包企业", ReadingProfile.noun(EnterpriseType.CONTRACTOR, List.of("建筑工程施工总承包")));
        assertEquals("施工企业", ReadingProfile.noun(EnterpriseType.CONTRACTOR, List.of()));
        ReadingProfile p = new ReadingProfile("某公司", EnterpriseType.CONTRACTOR, "施工总承包企业",
                Map.of(ProjectType.MUNICIPAL, 1L, ProjectType.HOUSING, 3L));
        assertEquals("施工总承包企业；在建项目：房屋建筑工程 3 个、市政基础设施工程 1 个", p.summary());
    }
}
