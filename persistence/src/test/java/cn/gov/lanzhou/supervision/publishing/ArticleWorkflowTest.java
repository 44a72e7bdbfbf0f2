package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review rules of articles and of edits of published articles, without a database. */
class ArticleWorkflowTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 2, 9, 0);

    private final SiteColumn policies = new SiteColumn("policies", "政策法规", null, 1);

    private Article draft() {
        Article a = new Article(policies, "关于进一步加强深基坑工程安全管理的通知", "<p>各区县住建部门：</p>", "chen.jing");
        a.classify(ArticleLevel.MUNICIPAL, BusinessType.SAFETY, Validity.EFFECTIVE);
        return a;
    }

    private Article published() {
        Article a = draft();
        a.submitForReview(T0);
        a.pass("liu.yang", null);
        a.pass("sun.li", null);
        a.pass("zhou.gang", T0.plusHours(3));
        a.markAnnounced(T0.plusHours(3));
        return a;
    }

    private static BusinessRuleException refused(Runnable r) {
        return assertThrows(BusinessRuleException.class, r::run);
    }

    @Test
    void threeDifferentReviewersPublishAnArticle() {
        Article a = published();
        assertEquals(ArticleStatus.PUBLISHED, a.getStatus());
        assertEquals(List.of("liu.yang", "sun.li", "zhou.gang"),
                List.of(a.getFirstReviewer(), a.getSecondReviewer(), a.getFinalReviewer()));
        assertTrue(a.isVisibleAt(T0.plusHours(3)));
        assertFalse(a.isAnnouncementDue(T0.plusDays(1)), "announced already");
    }

    @Test
    void nobodyReviewsTheirOwnArticleOrPassesItTwice() {
        Article a = draft();
        a.submitForReview(T0);
        assertEquals("OWN_ARTICLE", refused(() -> a.pass("chen.jing", null)).getCode());
        assertEquals("OWN_ARTICLE", refused(() -> a.returnToAuthor("chen.jing", "自己退回")).getCode());
        a.pass("liu.yang", null);
        assertEquals("SAME_REVIEWER", refused(() -> a.pass("liu.yang", null)).getCode());
        assertEquals(ArticleStatus.SECOND_REVIEW, a.getStatus());
    }

    @Test
    void aReturnNeedsAReasonAndResubmissionStartsAgainAtTheFirstLevel() {
        Article a = draft();
        a.submitForReview(T0);
        a.pass("liu.yang", null);
        assertEquals("REASON_REQUIRED", refused(() -> a.returnToAuthor("sun.li", "  ")).getCode());
        a.returnToAuthor("sun.li", "文号有误，请核对");
        assertEquals(ArticleStatus.RETURNED, a.getStatus());
        assertEquals("文号有误，请核对", a.getReturnReason());
        a.revise("关于进一步加强深基坑工程安全管理的通知（修订）", null, "<p>正文</p>", null, null);
        a.submitForReview(T0.plusDays(1));
        assertEquals(ArticleStatus.FIRST_REVIEW, a.getStatus());
        assertNull(a.getFirstReviewer());
        assertNull(a.getReturnReason());
    }

    @Test
    void aScheduledPublicationIsDueOnlyWhenItsTimeComesAndIsAnnouncedOnce() {
        Article a = draft();
        a.submitForReview(T0);
        a.pass("liu.yang", null);
        a.pass("sun.li", null);
        LocalDateTime at = T0.plusDays(2);
        a.pass("zhou.gang", at);
        a.scheduleAnnouncement();
        assertFalse(a.isVisibleAt(at.minusSeconds(1)));
        assertFalse(a.isAnnouncementDue(at.minusSeconds(1)));
        assertTrue(a.isAnnouncementDue(at));
        a.markAnnounced(at.plusSeconds(1));
        assertFalse(a.isAnnouncementDue(at.plusMinutes(5)));
        assertEquals(at.plusSeconds(1), a.getAnnouncedAt());
    }

    @Test
    void withdrawingCancelsAPendingScheduleAndNeedsAReason() {
        Article a = draft();
        a.submitForReview(T0);
        a.pass("liu.yang", null);
        a.pass("sun.li", null);
        a.pass("zhou.gang", T0.plusDays(2));
        a.scheduleAnnouncement();
        assertEquals("REASON_REQUIRED", refused(() -> a.withdraw("")).getCode());
        a.withdraw("政策已调整");
        assertEquals(ArticleStatus.WITHDRAWN, a.getStatus());
        assertFalse(a.isAnnouncementDue(T0.plusDays(3)));
        assertFalse(a.isVisibleAt(T0.plusDays(3)));
        assertEquals("ARTICLE_STATE", refused(() -> a.withdraw("再次撤稿")).getCode());
    }

    @Test
    void anEditOfAPublishedArticleGoesThroughTheThreeLevelsAndThenReplacesThePublicContent() {
        Article a = published();
        ArticleContent proposed = new ArticleContent(policies, "关于进一步加强深基坑工程安全管理的通知（更新）", "新增监测要求",
                "<p>各区县住建部门：</p><p>基坑监测频次调整为每日两次。</p>", "兰州市住房和城乡建设局", "综合科",
                ArticleLevel.MUNICIPAL, BusinessType.SAFETY, Validity.AMENDED, "深基坑,监测", null, null);
        ArticleRevision r = new ArticleRevision(a, 2, proposed, "chen.jing", T0.plusDays(1), "补充监测频次");
        ArticleEdit edit = new ArticleEdit(a, r, "chen.jing");
        Attachment added = a.attach("监测方案.pdf", "application/pdf", 1234, "ab", "2026/11/aa");
        assertEquals(AttachmentChange.ADDED, added.getPendingChange());
        assertTrue(a.getAttachments().isEmpty(), "an attachment of a pending edit is not public yet");
        assertEquals(1, a.getAllAttachments().size());

        edit.submit(T0.plusDays(1));
        assertEquals("OWN_ARTICLE", refused(() -> edit.pass("chen.jing", T0)).getCode());
        edit.pass("liu.yang", T0.plusDays(1));
        assertEquals("SAME_REVIEWER", refused(() -> edit.pass("liu.yang", T0)).getCode());
        edit.pass("sun.li", T0.plusDays(1));
        assertEquals("关于进一步加强深基坑工程安全管理的通知", a.getTitle(), "the published version stays online during review");
        assertEquals(ArticleStatus.PUBLISHED, a.getStatus());

        edit.pass("zhou.gang", T0.plusDays(1).plusHours(2));
        assertEquals(EditState.APPLIED, edit.getState());
        assertEquals("关于进一步加强深基坑工程安全管理的通知（更新）", a.getTitle());
        assertEquals(Validity.AMENDED, a.getValidity());
        assertEquals(List.of("深基坑", "监测"), a.getTagList());
        assertEquals(T0.plusDays(1).plusHours(2), a.getUpdatedAt());
        assertEquals(1, a.getAttachments().size(), "the edit's attachment is public now");
        assertNull(a.getAttachments().get(0).getPendingChange());
        assertEquals("EDIT_STATE", refused(() -> edit.submit(T0)).getCode());
    }

    @Test
    void anEditorWhoChangedAPublishedArticleCannotReviewThatEdit() {
        Article a = published();
        ArticleRevision r = new ArticleRevision(a, 2, a.content(), "liu.yang", T0, null);
        ArticleEdit edit = new ArticleEdit(a, r, "liu.yang");
        edit.submit(T0);
        assertEquals("OWN_ARTICLE", refused(() -> edit.pass("liu.yang", T0)).getCode());
    }

    @Test
    void aReturnedEditKeepsThePublicVersionAndAnAbandonedOneDropsItsAttachments() {
        Article a = published();
        Attachment live = a.attach("旧方案.pdf", "application/pdf", 10, "aa", "2026/11/bb");
        live.settle();
        ArticleRevision r = new ArticleRevision(a, 2, a.content(), "chen.jing", T0, null);
        ArticleEdit edit = new ArticleEdit(a, r, "chen.jing");
        Attachment added = a.attach("新方案.pdf", "application/pdf", 10, "cc", "2026/11/cc");
        assertFalse(a.removeAttachment(live), "a removal on a published article waits for the edit");
        assertEquals(AttachmentChange.REMOVED, live.getPendingChange());
        assertTrue(a.getAttachments().contains(live), "and the file stays public meanwhile");

        edit.submit(T0);
        edit.returnToEditor("liu.yang", "附件版本不对");
        assertEquals(EditState.RETURNED, edit.getState());
        assertEquals("附件版本不对", edit.getReturnReason());
        List<Attachment> dropped = edit.discard(T0.plusHours(1));
        assertEquals(List.of(added), dropped);
        assertEquals(List.of(live), a.getAllAttachments());
        assertNull(live.getPendingChange(), "the proposed removal is forgotten");
        assertEquals(EditState.DISCARDED, edit.getState());
    }

    @Test
    void anEditCanOnlyStartOnAPublishedArticle() {
        Article a = draft();
        ArticleRevision r = new ArticleRevision(a, 1, a.content(), "chen.jing", T0, null);
        assertEquals("ARTICLE_STATE", refused(() -> new ArticleEdit(a, r, "chen.jing")).getCode());
    }

    @Test
    void aColumnCannotMoveUnderItselfOrGrowTooDeep() {
        SiteColumn root = new SiteColumn("policies", "政策法规", null, 1);
        SiteColumn national = new SiteColumn("policies-national", "国家法规", null, 1);
        national.moveUnder(root, 1);
        assertEquals(2, national.depth());
        assertEquals("COLUMN_CYCLE", refused(() -> root.moveUnder(national, 1)).getCode());
        assertEquals("COLUMN_CYCLE", refused(() -> root.moveUnder(root, 1)).getCode());
        SiteColumn third = new SiteColumn("policies-national-a", "第三级", null, 1);
        third.moveUnder(national, 1);
        SiteColumn fourth = new SiteColumn("too-deep", "第四级", null, 1);
        assertEquals("COLUMN_DEPTH", refused(() -> fourth.moveUnder(third, 1)).getCode());
        assertEquals("COLUMN_NAME", refused(() -> root.rename(" ")).getCode());
        root.rename("政策文件");
        assertEquals("政策文件", root.getName());
    }

    @Test
    void tagsAreNormalisedTheSameWayForArticlesAndRevisions() {
        assertEquals("深基坑,安全,高支模", Article.normalizeTags(" 深基坑，安全；高支模 安全 "));
        assertNull(Article.normalizeTags("  "));
        assertEquals("TOO_MANY_TAGS", refused(() -> Article.normalizeTags("a b c d e f g h i j k")).getCode());
    }
}
