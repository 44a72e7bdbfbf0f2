package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editorial workflow through its services, on a real database: writing with revisions,
 * the three-level review and its rules, scheduled publication announced exactly once, edits of
 * published articles, withdrawal, attachments, stale forms and the column tree.
 */
class EditorialWorkflowTest {

    private static final Set<String> EDITOR = Set.of("EDITOR");
    private static final Set<String> FIRST = Set.of("FIRST_REVIEWER");
    private static final Set<String> SECOND = Set.of("SECOND_REVIEWER");
    private static final Set<String> FINAL = Set.of("FINAL_REVIEWER");
    private static final Set<String> LEADER = Set.of("LEADER");
    private static final String IP = "10.0.0.8";

    @TempDir
    Path files;

    private EditorialDesk desk;

    @BeforeEach
    void open() {
        desk = new EditorialDesk(files);
        desk.as("chen.jing", EDITOR, em -> {
            desk.columns.create("policies", "政策法规", null, IP);
            desk.columns.create("news", "监督动态", null, IP);
            return null;
        });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Draft draft(Long id, long version, String column, String title, String body) {
        return new Draft(id, version, column, title, "摘要", body, "兰州市住房和城乡建设局", "综合科", ArticleLevel.MUNICIPAL,
                BusinessType.SAFETY, null, "深基坑，安全", null, null, null);
    }

    private Editorial.Saved write(String column, String title, String body) {
        return desk.as("chen.jing", EDITOR, em -> desk.editorial.save(draft(null, 0, column, title, body), IP));
    }

    private long version(long id) {
        return desk.read(em -> em.find(Article.class, id).getVersion());
    }

    private Article article(long id) {
        return desk.read(em -> {
            Article a = em.find(Article.class, id);
            a.getColumn().getName();
            a.getAllAttachments().size();
            return a;
        });
    }

    private void pass(String user, Set<String> roles, long id) {
        desk.as(user, roles, em -> desk.reviews.pass(id, version(id), null, IP));
    }

    private long submitted(String column, String title) {
        long id = write(column, title, "<p>正文</p>").articleId();
        desk.as("chen.jing", EDITOR, em -> desk.editorial.submit(id, version(id), IP));
        return id;
    }

    private long published(String title) {
        long id = submitted("news", title);
        pass("liu.yang", FIRST, id);
        pass("sun.li", SECOND, id);
        pass("zhou.gang", FINAL, id);
        return id;
    }

    private boolean announce(long id) {
        Boolean done = desk.as("system", Set.of(), em -> desk.announcer.announce(id));
        return done;
    }

    private int sweep() {
        Integer done = desk.as("system", Set.of(), em -> desk.announcer.announceAllDue());
        return done;
    }

    private static BusinessRuleException refused(Supplier<?> call) {
        return assertThrows(BusinessRuleException.class, call::get);
    }

    @Test
    void anArticleIsWrittenWithRevisionsReviewedAtThreeLevelsAndPublished() {
        Editorial.Saved first = write("policies", "关于加强深基坑安全管理的通知",
                "<p onclick=\"alert(1)\">各区县：</p><script>alert(1)</script><p>请加强监测。</p>");
        assertTrue(first.removedMarkup().containsAll(Set.of("script", "p@onclick")), first.removedMarkup().toString());
        long id = first.articleId();
        Article saved = article(id);
        assertEquals("<p>各区县：</p><p>请加强监测。</p>", saved.getBody());
        assertEquals(List.of("深基坑", "安全"), saved.getTagList());

        Editorial.Saved second = desk.as("chen.jing", EDITOR, em -> desk.editorial.save(
                draft(id, first.version(), "policies", "关于加强深基坑安全管理的通知", "<p>各区县：</p><p>请加强每日监测。</p>"), IP));
        assertEquals(2, second.revision());
        Editorial.Saved again = desk.as("chen.jing", EDITOR, em -> desk.editorial.save(
                draft(id, second.version(), "policies", "关于加强深基坑安全管理的通知", "<p>各区县：</p><p>请加强每日监测。</p>"), IP));
        assertTrue(again.unchanged(), "saving the same content again adds no revision");
        assertEquals(2, again.revision());
        assertEquals(second.version(), again.version());
        assertEquals(List.of(2, 1), desk.as("chen.jing", EDITOR, em -> desk.editorial.revisions(id)).stream()
                .map(RevisionRow::number).toList());
        Comparison cmp = desk.as("chen.jing", EDITOR, em -> desk.editorial.compare(id, 1, 2));
        assertTrue(cmp.bodyHtml().contains("请加强<ins>每日</ins>监测"), cmp.bodyHtml());

        desk.as("chen.jing", EDITOR, em -> desk.editorial.submit(id, second.version(), IP));
        assertEquals(ArticleStatus.FIRST_REVIEW, article(id).getStatus());
        pass("liu.yang", FIRST, id);
        pass("sun.li", SECOND, id);
        assertTrue(desk.fired.isEmpty(), "nothing is public before the final pass");
        desk.as("zhou.gang", FINAL, em -> desk.reviews.pass(id, version(id), null, IP));

        Article online = article(id);
        assertEquals(ArticleStatus.PUBLISHED, online.getStatus());
        assertTrue(online.isVisibleAt(desk.now()));
        assertEquals(desk.now(), online.getAnnouncedAt());
        assertEquals(List.of(new ArticleChanged(id, ArticleChanged.Kind.PUBLISHED)), desk.fired);
        assertEquals(List.of("ARTICLE_CREATE", "ARTICLE_SAVE", "ARTICLE_SUBMIT", "ARTICLE_PASS", "ARTICLE_PASS", "ARTICLE_PUBLISH"),
                desk.audited.stream().filter(a -> String.valueOf(id).equals(a.objectId())).map(EditorialDesk.Audited::type).toList());
        assertEquals("FINAL_REVIEWER", desk.audited("ARTICLE_PUBLISH").get(0).role());
    }

    @Test
    void reviewersDecideAtTheirOwnLevelOnlyAndNeverOnTheirOwnArticles() {
        long id = submitted("news", "七里河区开展高支模专项检查");
        BusinessRuleException wrong = refused(() -> desk.as("sun.li", SECOND, em -> desk.reviews.pass(id, version(id), null, IP)));
        assertEquals("WRONG_LEVEL", wrong.getCode());
        assertTrue(wrong.getMessage().contains("初审"), wrong.getMessage());
        assertEquals(AuditOutcome.DENIED, desk.audited("ARTICLE_PASS").get(0).outcome());

        // an editor who is also a first reviewer cannot pass their own article
        long own = desk.as("wang.li", Set.of("EDITOR", "FIRST_REVIEWER"), em -> {
            long a = desk.editorial.save(draft(null, 0, "news", "自己写的信息", "<p>正文</p>"), IP).articleId();
            return a;
        });
        desk.as("wang.li", Set.of("EDITOR", "FIRST_REVIEWER"), em -> desk.editorial.submit(own, version(own), IP));
        assertEquals("OWN_ARTICLE", refused(() -> desk.as("wang.li", Set.of("EDITOR", "FIRST_REVIEWER"),
                em -> desk.reviews.pass(own, version(own), null, IP))).getCode());
        assertEquals("OWN_ARTICLE", refused(() -> desk.as("wang.li", Set.of("EDITOR", "FIRST_REVIEWER"), em -> {
            desk.reviews.returnToAuthor(own, version(own), "自己退回", IP);
            return null;
        })).getCode());
        assertTrue(desk.audited.stream().anyMatch(a -> a.outcome() == AuditOutcome.DENIED && a.detail().contains("自己")));

        // one person holding two reviewer roles passes at one level only
        Set<String> both = Set.of("FIRST_REVIEWER", "SECOND_REVIEWER");
        pass("ma.both", both, id);
        assertEquals("SAME_REVIEWER", refused(() -> desk.as("ma.both", both,
                em -> desk.reviews.pass(id, version(id), null, IP))).getCode());
        assertEquals(ArticleStatus.SECOND_REVIEW, article(id).getStatus(), "a refusal changes nothing");
    }

    @Test
    void aReturnNeedsAReasonWhichTheAuthorSees() {
        long id = submitted("news", "城关区质量巡查通报");
        pass("liu.yang", FIRST, id);
        assertEquals("FIELD_REQUIRED", refused(() -> desk.as("sun.li", SECOND, em -> {
            desk.reviews.returnToAuthor(id, version(id), "  ", IP);
            return null;
        })).getCode());
        desk.as("sun.li", SECOND, em -> {
            desk.reviews.returnToAuthor(id, version(id), "第二段数据与监督科报表不一致，请核对", IP);
            return null;
        });
        EditorView view = desk.as("chen.jing", EDITOR, em -> desk.editorial.view(id));
        assertEquals(ArticleStatus.RETURNED, view.status());
        assertEquals("第二段数据与监督科报表不一致，请核对", view.returnReason());
        assertTrue(view.editable() && view.submittable());
        assertTrue(desk.audited("ARTICLE_RETURN").get(0).detail().contains("复审退回"));
        // resubmitted, it starts again at the first level
        desk.as("chen.jing", EDITOR, em -> desk.editorial.submit(id, version(id), IP));
        assertEquals(ArticleStatus.FIRST_REVIEW, article(id).getStatus());
    }

    @Test
    void aScheduledArticleIsAnnouncedWhenItsTimeComesAndOnlyOnce() {
        long id = submitted("policies", "兰州市建筑施工安全生产标准化考评办法");
        pass("liu.yang", FIRST, id);
        pass("sun.li", SECOND, id);
        assertEquals("PUBLISH_IN_PAST", refused(() -> desk.as("zhou.gang", FINAL,
                em -> desk.reviews.pass(id, version(id), desk.now().minusHours(2), IP))).getCode());
        LocalDateTime at = desk.now().plusHours(3);
        assertEquals(ReviewDesk.Outcome.SCHEDULED, desk.as("zhou.gang", FINAL, em -> desk.reviews.pass(id, version(id), at, IP)));
        assertEquals(List.of(), desk.as("x", Set.of(), em -> desk.announcer.pending(desk.now(), 10)), "nothing due yet");
        assertEquals(List.of(new PublicationAnnouncer.Pending(id, at)), desk.as("x", Set.of(),
                em -> desk.announcer.pending(at, 10)), "due at its time");
        assertFalse(article(id).isVisibleAt(desk.now()));
        assertTrue(desk.fired.isEmpty(), "not announced before its time");

        desk.at(at.minusSeconds(1));
        assertFalse(announce(id));
        assertEquals(0, sweep());
        desk.at(at.plusSeconds(1));
        assertTrue(announce(id));
        assertFalse(announce(id), "the timer firing again announces nothing");
        assertEquals(0, sweep(), "neither does the sweep");
        assertEquals(List.of(new ArticleChanged(id, ArticleChanged.Kind.PUBLISHED)), desk.fired);
        assertEquals(1, desk.audited("ARTICLE_PUBLISHED").size());
        assertNull(article(id).getScheduledFor());
    }

    @Test
    void theSweepAnnouncesPublicationsThatCameDueWhileNobodyLooked() {
        long id = submitted("news", "定时发布的监督动态");
        pass("liu.yang", FIRST, id);
        pass("sun.li", SECOND, id);
        LocalDateTime at = desk.now().plusMinutes(10);
        desk.as("zhou.gang", FINAL, em -> desk.reviews.pass(id, version(id), at, IP));
        assertEquals(List.of(new PublicationAnnouncer.Pending(id, at)), desk.as("x", Set.of(),
                em -> desk.announcer.pending(at.plusDays(1), 10)));
        desk.at(at.plusMinutes(1));
        assertEquals(1, sweep());
        assertEquals(List.of(new ArticleChanged(id, ArticleChanged.Kind.PUBLISHED)), desk.fired);
    }

    @Test
    void anEditOfAPublishedArticleIsReviewedAgainWhileThePublishedVersionStaysOnline() {
        long id = published("安宁区在建工程安全检查情况");
        desk.fired.clear();
        assertEquals("NO_CHANGE", refused(() -> desk.as("chen.jing", EDITOR, em -> desk.editorial.save(draft(id, version(id),
                "news", "安宁区在建工程安全检查情况", "<p>正文</p>"), IP))).getCode(), "an edit must change something");
        Editorial.Saved edit = desk.as("chen.jing", EDITOR, em -> desk.editorial.save(draft(id, version(id), "news",
                "安宁区在建工程安全检查情况（更正）", "<p>正文</p><p>更正：检查项目为 12 个。</p>"), IP));
        assertTrue(edit.pendingEdit());
        assertEquals("安宁区在建工程安全检查情况", article(id).getTitle(), "the published version stays online");
        EditorView view = desk.as("chen.jing", EDITOR, em -> desk.editorial.view(id));
        assertEquals(EditState.EDITING, view.editState());
        assertEquals("安宁区在建工程安全检查情况（更正）", view.content().title());

        desk.as("chen.jing", EDITOR, em -> desk.editorial.submit(id, version(id), IP));
        assertEquals("OWN_ARTICLE", refused(() -> desk.as("chen.jing", Set.of("EDITOR", "FIRST_REVIEWER"),
                em -> desk.reviews.pass(id, version(id), null, IP))).getCode(), "nobody reviews their own edit");
        Page<ReviewItem> queue = desk.as("liu.yang", FIRST, em -> desk.reviews.queue(1, 20));
        ReviewItem item = queue.items().stream().filter(i -> i.articleId() == id).findFirst().orElseThrow();
        assertTrue(item.edit());
        assertEquals("修改稿", item.kindLabel());
        Comparison cmp = desk.as("liu.yang", FIRST, em -> desk.editorial.compareEditWithPublished(id)).orElseThrow();
        assertTrue(cmp.bodyHtml().contains("<ins>更正：检查项目为 12 个。</ins>"), cmp.bodyHtml());
        assertEquals("标题", cmp.fields().get(0).field());

        pass("liu.yang", FIRST, id);
        assertEquals("SAME_REVIEWER", refused(() -> desk.as("liu.yang", Set.of("FIRST_REVIEWER", "SECOND_REVIEWER"),
                em -> desk.reviews.pass(id, version(id), null, IP))).getCode());
        pass("sun.li", SECOND, id);
        assertEquals("安宁区在建工程安全检查情况", article(id).getTitle());
        assertEquals(ReviewDesk.Outcome.UPDATED, desk.as("zhou.gang", FINAL, em -> desk.reviews.pass(id, version(id), null, IP)));
        Article updated = article(id);
        assertEquals("安宁区在建工程安全检查情况（更正）", updated.getTitle());
        assertEquals(ArticleStatus.PUBLISHED, updated.getStatus());
        assertEquals(desk.now(), updated.getUpdatedAt());
        assertEquals(List.of(new ArticleChanged(id, ArticleChanged.Kind.UPDATED)), desk.fired);
        assertNull(desk.as("chen.jing", EDITOR, em -> desk.editorial.view(id)).editState(), "no edit under way any more");
    }

    @Test
    void withdrawalTakesAnArticleOfflineWithAReasonAndAbandonsItsEdit() {
        long id = published("关于暂停部分工地夜间施工的通知");
        desk.as("chen.jing", EDITOR, em -> desk.editorial.save(draft(id, version(id), "news", "关于暂停部分工地夜间施工的通知",
                "<p>修改中</p>"), IP));
        desk.fired.clear();
        assertEquals("FIELD_REQUIRED", refused(() -> desk.as("zhou.gang", FINAL, em -> {
            desk.reviews.withdraw(id, version(id), "", IP);
            return null;
        })).getCode());
        desk.as("zhao.min", LEADER, em -> {
            desk.reviews.withdraw(id, version(id), "通知已由市住建局统一发布", IP);
            return null;
        });
        Article a = article(id);
        assertEquals(ArticleStatus.WITHDRAWN, a.getStatus());
        assertFalse(a.isVisibleAt(desk.now()));
        assertEquals(List.of(new ArticleChanged(id, ArticleChanged.Kind.WITHDRAWN)), desk.fired);
        assertEquals("LEADER", desk.audited("ARTICLE_WITHDRAW").get(0).role());
        assertEquals(EditState.DISCARDED, desk.read(em -> em.createQuery("select e.state from ArticleEdit e where e.article.id = :a",
                EditState.class).setParameter("a", id).getSingleResult()));
        assertEquals("ARTICLE_STATE", refused(() -> desk.as("chen.jing", EDITOR,
                em -> desk.editorial.save(draft(id, version(id), "news", "再改", "<p>x</p>"), IP))).getCode());
    }

    @Test
    void aFormOpenedBeforeSomeoneElsesChangeCannotOverwriteIt() {
        Editorial.Saved s = write("news", "监督动态一则", "<p>初稿</p>");
        desk.as("chen.jing", EDITOR, em -> desk.editorial.save(draft(s.articleId(), s.version(), "news", "监督动态一则", "<p>二稿</p>"), IP));
        BusinessRuleException stale = refused(() -> desk.as("chen.jing", EDITOR, em -> desk.editorial.save(
                draft(s.articleId(), s.version(), "news", "监督动态一则", "<p>旧页面上的三稿</p>"), IP)));
        assertEquals("STALE", stale.getCode());
        assertTrue(stale.getMessage().contains("已被他人修改"), stale.getMessage());
        assertEquals("<p>二稿</p>", article(s.articleId()).getBody());
    }

    @Test
    void onlyTheAuthorChangesADraft() {
        Editorial.Saved s = write("news", "陈静的草稿", "<p>正文</p>");
        assertEquals("NOT_AUTHOR", refused(() -> desk.as("li.bian", EDITOR, em -> desk.editorial.save(
                draft(s.articleId(), s.version(), "news", "别人改的", "<p>x</p>"), IP))).getCode());
        assertEquals(0, desk.as("li.bian", EDITOR, em -> desk.editorial.articles(null, false, 1, 20)).total(),
                "another editor's list does not show it");
        assertEquals(1, desk.as("liu.yang", FIRST, em -> desk.editorial.articles(null, false, 1, 20)).total(),
                "reviewers see every article");
        assertEquals(1, desk.as("chen.jing", EDITOR, em -> desk.editorial.articles(ArticleStatus.DRAFT, false, 1, 20)).total());
    }

    @Test
    void attachmentsAreCheckedAndARefusedOneLeavesNothing() throws IOException {
        Editorial.Saved s = write("news", "附件测试", "<p>正文</p>");
        long id = s.articleId();
        byte[] pdf = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Editorial.Attached att = desk.as("chen.jing", EDITOR, em -> desk.editorial.attach(id, version(id),
                new ByteArrayInputStream(pdf), "检查通报.pdf", IP));
        assertEquals("application/pdf", att.contentType());
        assertEquals(1, storedFiles());

        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        BusinessRuleException e = refused(() -> desk.as("chen.jing", EDITOR, em -> desk.editorial.attach(id, version(id),
                new ByteArrayInputStream(exe), "整改通知.pdf", IP)));
        assertEquals("文件“整改通知.pdf”实际是 Windows 可执行程序，已拒绝上传", e.getMessage());
        assertEquals(1, storedFiles(), "nothing of the refused file is kept");
        assertEquals(1, article(id).getAllAttachments().size());
        assertEquals(AuditOutcome.DENIED, desk.audited("ARTICLE_ATTACH").get(1).outcome());

        desk.as("chen.jing", EDITOR, em -> desk.editorial.removeAttachment(id, version(id), att.attachmentId(), IP));
        assertEquals(0, article(id).getAllAttachments().size());
        assertEquals(0, storedFiles(), "a removed draft attachment's file goes too");
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> s = Files.walk(files)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theQueueShowsTheCallersLevelOldestFirstWithPolicyItemsOverTheTargetMarked() {
        long old = submitted("policies", "旧的政策");
        desk.at(desk.now().plusHours(20));
        long newer = submitted("news", "新的动态");
        long second = submitted("news", "复审中的");
        pass("liu.yang", FIRST, second);
        desk.at(desk.now().plusHours(5));
        List<ReviewItem> first = desk.as("liu.yang", FIRST, em -> desk.reviews.queue(1, 20)).items();
        assertEquals(List.of(old, newer), first.stream().map(ReviewItem::articleId).toList());
        assertTrue(first.get(0).overdue(), "a policy update waiting 25 hours is over the 24-hour target");
        assertEquals("1 天 1 小时", first.get(0).waitingLabel());
        assertFalse(first.get(1).overdue(), "the target is for policy updates");
        assertEquals(List.of(second), desk.as("sun.li", SECOND, em -> desk.reviews.queue(1, 20)).items().stream()
                .map(ReviewItem::articleId).toList());
        assertEquals(3, desk.as("zhao.min", LEADER, em -> desk.reviews.queue(1, 20)).total(), "the leader follows every level");

        pass("liu.yang", FIRST, old);
        pass("sun.li", SECOND, old);
        pass("zhou.gang", FINAL, old);
        Timeliness t = desk.as("zhou.gang", FINAL, em -> desk.reviews.timeliness(30));
        assertEquals(1, t.published());
        assertEquals(0, t.withinTarget(), "25 hours from submission to publication");
    }

    @Test
    void columnsAreKeptAsATreeAndOnlyEmptyOnesCanBeDeleted() {
        ColumnNode national = desk.as("chen.jing", EDITOR, em -> desk.columns.create("policies-national", "国家法规",
                desk.columns.tree().get(0).id(), IP));
        assertEquals(2, national.depth());
        assertEquals("COLUMN_CODE_TAKEN", refused(() -> desk.as("chen.jing", EDITOR,
                em -> desk.columns.create("news", "重复", null, IP))).getCode());
        assertEquals("COLUMN_CODE", refused(() -> desk.as("chen.jing", EDITOR,
                em -> desk.columns.create("政策", "中文代码", null, IP))).getCode());
        desk.as("chen.jing", EDITOR, em -> {
            desk.columns.rename(national.id(), "国家法律法规", IP);
            desk.columns.shift(desk.columns.tree().stream().filter(c -> c.code().equals("news")).findFirst().orElseThrow().id(), true, IP);
            return null;
        });
        List<ColumnNode> tree = desk.as("chen.jing", EDITOR, em -> desk.columns.tree());
        assertEquals(List.of("news", "policies", "policies-national"), tree.stream().map(ColumnNode::code).toList());
        assertEquals("国家法律法规", tree.get(2).name());
        long policies = tree.get(1).id();
        assertEquals("COLUMN_CYCLE", refused(() -> desk.as("chen.jing", EDITOR, em -> {
            desk.columns.move(policies, national.id(), IP);
            return null;
        })).getCode());
        assertEquals("COLUMN_HAS_CHILDREN", refused(() -> desk.as("chen.jing", EDITOR, em -> {
            desk.columns.delete(policies, IP);
            return null;
        })).getCode());
        write("policies-national", "国家层面的法规", "<p>正文</p>");
        assertEquals("COLUMN_NOT_EMPTY", refused(() -> desk.as("chen.jing", EDITOR, em -> {
            desk.columns.delete(national.id(), IP);
            return null;
        })).getCode());
        long empty = desk.as("chen.jing", EDITOR, em -> desk.columns.create("temp", "临时栏目", null, IP)).id();
        desk.as("chen.jing", EDITOR, em -> {
            desk.columns.delete(empty, IP);
            return null;
        });
        assertEquals(3, desk.as("chen.jing", EDITOR, em -> desk.columns.tree()).size());
    }
}
