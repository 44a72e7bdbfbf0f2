package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.schema.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Revisions, edits of published articles and the announcement columns against the migrated
 * schema (V5): if the mappings and the migration disagree, these round trips fail.
 */
class EditorialMappingTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 2, 9, 0);

    private static TestDatabase db;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        db = TestDatabase.create();
        emf = db.entityManagerFactory();
    }

    @AfterAll
    static void stop() {
        emf.close();
        db.close();
    }

    private void inTx(Consumer<EntityManager> work) {
        TestDatabase.inTransaction(emf, work);
    }

    @Test
    void revisionsEditsAndPendingAttachmentsRoundTrip() {
        long[] ids = new long[2];
        inTx(em -> {
            SiteColumn column = new SiteColumn("mapping-news", "监督动态", null, 1);
            em.persist(column);
            Article a = new Article(column, "七里河区开展高支模专项检查", "<p>近日，监督站……</p>", "chen.jing");
            a.tag("高支模，专项检查");
            em.persist(a);
            em.persist(new ArticleRevision(a, 1, a.content(), "chen.jing", T0, "初稿"));
            a.submitForReview(T0);
            a.pass("liu.yang", null);
            a.pass("sun.li", null);
            a.pass("zhou.gang", T0.plusDays(1));
            a.scheduleAnnouncement();
            ids[0] = keyOf(em, a);
        });
        inTx(em -> {
            Article a = em.find(Article.class, ids[0]);
            assertEquals(T0.plusDays(1), a.getScheduledFor());
            assertTrue(a.isAnnouncementDue(T0.plusDays(1)));
            a.markAnnounced(T0.plusDays(1).plusSeconds(2));
            ArticleContent c = a.content();
            ArticleContent changed = new ArticleContent(c.column(), c.title() + "（续）", "摘要", c.body() + "<p>补充。</p>",
                    c.source(), c.authorDepartment(), c.level(), c.businessType(), c.validity(), c.tags(), null, null);
            ArticleRevision r = new ArticleRevision(a, 2, changed, "chen.jing", T0.plusDays(2), null);
            em.persist(r);
            ArticleEdit edit = new ArticleEdit(a, r, "chen.jing");
            em.persist(edit);
            a.attach("检查通报.pdf", "application/pdf", 2048, "f".repeat(64), "2026/11/" + "0".repeat(32));
            edit.submit(T0.plusDays(2));
            ids[1] = edit.getId();
        });
        inTx(em -> {
            Article a = em.find(Article.class, ids[0]);
            assertNull(a.getScheduledFor());
            assertNotNull(a.getAnnouncedAt());
            assertTrue(a.getAttachments().isEmpty());
            assertEquals(AttachmentChange.ADDED, a.getAllAttachments().get(0).getPendingChange());
            ArticleEdit edit = em.find(ArticleEdit.class, ids[1]);
            assertEquals(EditState.FIRST_REVIEW, edit.getState());
            assertEquals(2, edit.getRevision().getNumber());
            assertEquals(List.of("高支模", "专项检查"), edit.getRevision().getTagList());
            List<ArticleRevision> revisions = em.createQuery(
                    "select r from ArticleRevision r where r.article = :a order by r.number", ArticleRevision.class)
                    .setParameter("a", a).getResultList();
            assertEquals(List.of(1, 2), revisions.stream().map(ArticleRevision::getNumber).toList());
            assertEquals("初稿", revisions.get(0).getNote());
            edit.pass("liu.yang", T0.plusDays(2));
            edit.pass("sun.li", T0.plusDays(2));
            edit.pass("zhou.gang", T0.plusDays(2).plusHours(1));
        });
        inTx(em -> {
            Article a = em.find(Article.class, ids[0]);
            assertEquals("七里河区开展高支模专项检查（续）", a.getTitle());
            assertEquals(1, a.getAttachments().size());
            assertEquals(T0.plusDays(2).plusHours(1), a.getUpdatedAt());
        });
    }

    @Test
    void twoRevisionsOfOneArticleCannotHaveTheSameNumber() {
        long[] id = new long[1];
        inTx(em -> {
            SiteColumn column = new SiteColumn("mapping-notices", "通知公告", null, 2);
            em.persist(column);
            Article a = new Article(column, "关于2026年度安全生产月活动的通知", "<p>各有关单位：</p>", "chen.jing");
            em.persist(a);
            em.persist(new ArticleRevision(a, 1, a.content(), "chen.jing", T0, null));
            id[0] = keyOf(em, a);
        });
        assertThrows(PersistenceException.class, () -> inTx(em -> {
            Article a = em.find(Article.class, id[0]);
            em.persist(new ArticleRevision(a, 1, a.content(), "chen.jing", T0.plusMinutes(1), null));
        }));
    }

    private static long keyOf(EntityManager em, Article a) {
        em.flush();
        return a.getId();
    }
}
