package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.complaint.ComplaintCategory;
import cn.gov.lanzhou.supervision.registry.rules.ConstructionPermitNumbers;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.supervision.FindingCategory;
import cn.gov.lanzhou.supervision.supervision.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoProseTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);
    private static final Pattern BODY = Pattern.compile("(<p>[^<>{}]+</p>){3,6}");
    private static final Pattern PARAGRAPH = Pattern.compile("<p>([^<>]+)</p>");
    private static final Pattern PERMIT = Pattern.compile("\\d{18}");
    /** A word said twice over, as in 质量质量管理: a sign of templates joined carelessly. */
    private static final Pattern STUTTER = Pattern.compile("(质量|施工|安全|工程|管理|工作)\\1");

    @Test
    void sameSeedGivesTheSameProse() {
        assertEquals(sample(new DemoProse(new Random(99))), sample(new DemoProse(new Random(99))));
        assertNotEquals(sample(new DemoProse(new Random(99))), sample(new DemoProse(new Random(100))));
    }

    @Test
    void twoHundredTitlesAreMostlyDistinct() {
        DemoProse prose = new DemoProse(new Random(1));
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            DemoColumn column = DemoColumn.values()[i % DemoColumn.values().length];
            titles.add(prose.article(column, PUBLISHED.minusDays(i * 3L)).title());
        }
        assertTrue(titles.size() > 150, "distinct titles: " + titles.size());
    }

    @Test
    void titlesVaryWithinEachColumn() {
        DemoProse prose = new DemoProse(new Random(2));
        for (DemoColumn column : DemoColumn.values()) {
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                titles.add(prose.article(column, PUBLISHED.minusDays(i * 5L)).title());
            }
            int expected = column == DemoColumn.SERVICE_GUIDE ? 40 : 120;
            assertTrue(titles.size() > expected, column + " distinct titles: " + titles.size());
        }
    }

    @Test
    void bodiesAreThreeToSixParagraphsOfPlainTextWithoutRepeats() {
        DemoProse prose = new DemoProse(new Random(3));
        for (DemoColumn column : DemoColumn.values()) {
            for (int i = 0; i < 300; i++) {
                DemoArticle article = prose.article(column, PUBLISHED.minusDays(i));
                assertEquals(column, article.column());
                assertFalse(article.title().isBlank() || article.title().contains("{"), article.title());
                assertTrue(BODY.matcher(article.bodyHtml()).matches(), article.bodyHtml());
                List<String> paragraphs = paragraphs(article.bodyHtml());
                assertEquals(paragraphs.size(), new HashSet<>(paragraphs).size(), "repeated paragraph: " + article.bodyHtml());
                List<String> sentences = sentences(article.bodyHtml());
                assertEquals(sentences.size(), new HashSet<>(sentences).size(), "repeated sentence: " + article.bodyHtml());
                assertFalse(article.bodyHtml().toLowerCase().contains("lorem"));
                assertFalse(STUTTER.matcher(article.title() + article.bodyHtml()).find(), article.title() + article.bodyHtml());
            }
        }
    }

    @Test
    void bodiesAreBuiltFromARichVocabulary() {
        DemoProse prose = new DemoProse(new Random(4));
        Set<String> sentences = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            DemoArticle article = prose.article(DemoColumn.values()[i % DemoColumn.values().length],
                    PUBLISHED.minusDays(i * 2L));
            sentences.addAll(sentences(article.bodyHtml()));
            bodies.add(article.bodyHtml());
        }
        assertTrue(bodies.size() > 590, "distinct bodies: " + bodies.size());
        assertTrue(sentences.size() > 600, "distinct sentences: " + sentences.size());
        String all = String.join("", sentences);
        for (String subject : List.of("深基坑", "高支模", "脚手架", "起重机", "临时用电", "高处作业", "消防", "扬尘",
                "混凝土", "钢筋", "冬期施工", "安全生产月", "双随机", "质量月")) {
            assertTrue(all.contains(subject), "no article mentions " + subject);
        }
    }

    @Test
    void permitNumbersInNoticesAreValidOnThePublicationDate() {
        DemoProse prose = new DemoProse(new Random(5));
        int seen = 0;
        for (int i = 0; i < 300; i++) {
            DemoArticle article = prose.article(DemoColumn.NOTICE, PUBLISHED.minusDays(i));
            Matcher m = PERMIT.matcher(article.bodyHtml());
            while (m.find()) {
                assertTrue(ConstructionPermitNumbers.isValid(m.group(), article.publishedOn()), m.group());
                seen++;
            }
        }
        assertTrue(seen > 20, "notices list registered projects: " + seen);
    }

    @Test
    void findingsExistForEveryCategoryAndSeverity() {
        DemoProse prose = new DemoProse(new Random(6));
        for (FindingCategory category : FindingCategory.values()) {
            for (Severity severity : Severity.values()) {
                Set<String> descriptions = new HashSet<>();
                for (int i = 0; i < 30; i++) {
                    DemoFinding finding = prose.finding(category, severity);
                    assertEquals(category, finding.category());
                    assertEquals(severity, finding.severity());
                    for (String text : List.of(finding.description(), finding.requirement(), finding.basis())) {
                        assertFalse(text.isBlank() || text.contains("{") || text.contains("}"), text);
                    }
                    assertTrue(finding.basis().startsWith("《"), finding.basis());
                    descriptions.add(finding.description());
                }
                assertTrue(descriptions.size() > 2, category + "/" + severity + ": " + descriptions);
            }
        }
    }

    @Test
    void rectificationFitsTheSeverity() {
        DemoProse prose = new DemoProse(new Random(7));
        for (int i = 0; i < 500; i++) {
            DemoFinding finding = prose.finding();
            switch (finding.severity()) {
                case GENERAL -> assertTrue(finding.requirement().matches(".*[3-7]日内整改完毕.*"), finding.requirement());
                case SERIOUS -> assertTrue(finding.requirement().startsWith("责令") && finding.requirement().contains("暂停施工"),
                        finding.requirement());
                case MAJOR -> assertTrue(finding.requirement().contains("立即"), finding.requirement());
            }
        }
        DemoFinding excavation = prose.finding(FindingCategory.DEEP_EXCAVATION, Severity.MAJOR);
        assertTrue(excavation.requirement().startsWith("该问题属于重大事故隐患，责令立即停工整改"), excavation.requirement());
        assertTrue(excavation.basis().contains("重大事故隐患判定标准"), excavation.basis());
        DemoFinding concrete = prose.finding(FindingCategory.CONCRETE_STRENGTH, Severity.MAJOR);
        assertTrue(concrete.requirement().startsWith("该问题影响主体结构安全"), concrete.requirement());
    }

    @Test
    void findingsMostlyGeneral() {
        DemoProse prose = new DemoProse(new Random(8));
        int general = 0;
        for (int i = 0; i < 1000; i++) {
            if (prose.finding().severity() == Severity.GENERAL) {
                general++;
            }
        }
        assertTrue(general > 600 && general < 850, "一般 findings: " + general);
    }

    @Test
    void complaintsAreWrittenAboutTheirDistrictAndDate() {
        DemoProse prose = new DemoProse(new Random(9));
        LocalDate submitted = LocalDate.of(2025, 5, 20);
        for (ComplaintCategory category : ComplaintCategory.values()) {
            Set<String> contents = new HashSet<>();
            for (int i = 0; i < 60; i++) {
                District district = District.values()[i % District.values().length];
                DemoComplaint complaint = prose.complaint(category, district, submitted);
                assertEquals(category, complaint.category());
                assertEquals(district, complaint.district());
                assertFalse(complaint.title().isBlank() || complaint.content().length() < 40, complaint.toString());
                assertFalse((complaint.title() + complaint.content()).matches(".*[{}<>].*"), complaint.toString());
                assertTrue(complaint.content().matches("[^。]*[。？！].*"), complaint.content());
                contents.add(complaint.content());
            }
            assertTrue(contents.size() > 30, category + " distinct complaints: " + contents.size());
        }
    }

    @Test
    void repliesAnswerTheComplaintPolitely() {
        DemoProse prose = new DemoProse(new Random(10));
        int permits = 0;
        for (int i = 0; i < 600; i++) {
            DemoComplaint complaint = prose.complaint();
            String reply = i % 2 == 0 ? prose.reply(complaint) : prose.publicReply(complaint, LocalDate.of(2025, 5, 21));
            assertTrue(reply.startsWith("您好"), reply);
            assertFalse(reply.contains("{") || reply.contains("}"), reply);
            Matcher m = PERMIT.matcher(reply);
            while (m.find()) {
                assertTrue(ConstructionPermitNumbers.isValid(m.group(), LocalDate.of(2025, 5, 21)), m.group());
                assertEquals(complaint.district().code(), m.group().substring(0, 6));
                permits++;
            }
        }
        assertTrue(permits > 0, "some replies name the permit found");
    }

    @Test
    void repliesByCategoryAloneFitAnyComplaintOfIt() {
        DemoProse prose = new DemoProse(new Random(11));
        for (ComplaintCategory category : ComplaintCategory.values()) {
            for (int i = 0; i < 20; i++) {
                String reply = prose.reply(category);
                assertTrue(reply.startsWith("您好") && reply.length() > 40, reply);
                assertFalse(reply.contains("{"), reply);
            }
        }
    }

    @Test
    void complaintsWithoutADateSpeakOfDaysAsCitizensDo() {
        DemoProse prose = new DemoProse(new Random(12));
        Set<ComplaintCategory> categories = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            DemoComplaint complaint = prose.complaint();
            categories.add(complaint.category());
            assertFalse(complaint.content().matches(".*\\d+月\\d+日.*"), complaint.content());
        }
        assertEquals(new HashSet<>(Arrays.asList(ComplaintCategory.values())), categories);
    }

    private static List<String> paragraphs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> sentences(String html) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs(html)) {
            for (String sentence : paragraph.split("(?<=[。；！？])")) {
                if (sentence.length() > 8) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private static List<Object> sample(DemoProse prose) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            out.add(prose.article(DemoColumn.values()[i % DemoColumn.values().length], PUBLISHED.minusDays(i)));
            out.add(prose.finding());
            DemoComplaint complaint = prose.complaint();
            out.add(complaint);
            out.add(prose.reply(complaint));
        }
        return out;
    }
}
