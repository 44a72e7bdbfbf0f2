package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.FileStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * Test-only (added to the WAR by {@link PublicPagesIT}, never part of portal.war): articles the demo
 * data does not have, made the way the editorial services will — committed, then announced with
 * {@link ArticleChanged} — and the view counts as the database has them.
 * <ul>
 *   <li>{@code POST ?what=draft-attachment}: a draft with a PDF attachment; answers the attachment id</li>
 *   <li>{@code POST ?what=video-article}: a published article with an MP4 video, a picture and a cover; answers its id</li>
 *   <li>{@code POST ?what=publish&title=…}: a published 监督动态 with that title; answers its id</li>
 *   <li>{@code POST ?what=scheduled&title=…&seconds=n}: a 监督动态 approved to go online in n seconds; answers its id</li>
 *   <li>{@code GET ?what=views&id=n}: writes the counted views and answers the article's view count</li>
 *   <li>{@code GET ?what=credit-code}: the credit code of the enterprise {@code qiye.demo} belongs to (for the SSO login)</li>
 * </ul>
 */
@WebServlet("/it/public-pages-fixture")
public class PublicPagesFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Writer writer;

    @EJB
    private ArticleViewFlush flush;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String title = req.getParameter("title");
        long id = switch (req.getParameter("what")) {
            case "draft-attachment" -> writer.draftWithAttachment();
            case "video-article" -> writer.videoArticle();
            case "publish" -> writer.published(title, LocalDateTime.now().minusSeconds(1));
            case "scheduled" -> writer.published(title, LocalDateTime.now().plusSeconds(Long.parseLong(req.getParameter("seconds"))));
            default -> throw new IllegalArgumentException(req.getParameter("what"));
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(Long.toString(id));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        if ("credit-code".equals(req.getParameter("what"))) {
            resp.getWriter().write(writer.demoEnterpriseCreditCode());
            return;
        }
        flush.flush();
        resp.getWriter().write(Long.toString(writer.views(Long.parseLong(req.getParameter("id")))));
    }

    /** Writes in its own transaction; observers of the event run after the commit. */
    @Stateless
    public static class Writer {

        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Inject
        private FileStore files;

        @Inject
        private Event<ArticleChanged> changes;

        private SiteColumn column(String code) {
            return em.createQuery("select c from SiteColumn c where c.code = :c", SiteColumn.class)
                    .setParameter("c", code).getSingleResult();
        }

        private Attachment attach(Article a, String name, String type, byte[] bytes) {
            FileStore.StoredFile f = files.store(new ByteArrayInputStream(bytes), bytes.length);
            return a.attach(name, type, f.sizeBytes(), f.sm3Hex(), f.storageKey());
        }

        private static Article approved(Article a, LocalDateTime at) {
            a.submitForReview(at.minusHours(2));
            a.pass("liu.yang", null);
            a.pass("sun.li", null);
            a.pass("zhou.gang", at);
            return a;
        }

        public long draftWithAttachment() {
            Article draft = new Article(column("notices"), "集成测试：尚未发布的通知", "<p>草稿正文</p>", "chen.jing");
            Attachment pdf = attach(draft, "内部草稿.pdf", "application/pdf",
                    "%PDF-1.4\n% draft\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            em.persist(draft);
            em.flush();
            return pdf.getId();
        }

        public long videoArticle() {
            Article a = new Article(column("news"), "集成测试：深基坑施工安全警示教育片", "<p>请观看视频。</p>", "chen.jing");
            a.revise(a.getTitle(), "警示教育片摘要", a.getBody(), "兰州市建设工程安全质量监督站", "安全科");
            a.tag("深基坑,警示教育");
            // An MP4 begins with an ftyp box; the page only has to offer it to the browser's player.
            attach(a, "警示教育片.mp4", "video/mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm',
                    0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'});
            Attachment picture = attach(a, "现场照片.png", "image/png", png());
            em.persist(approved(a, LocalDateTime.now().minusMinutes(1)));
            em.flush();
            a.useAsCover(picture);
            changes.fire(new ArticleChanged(a.getId(), ArticleChanged.Kind.PUBLISHED));
            return a.getId();
        }

        public long published(String title, LocalDateTime at) {
            Article a = new Article(column("news"), title, "<p>" + title + "</p>", "chen.jing");
            em.persist(approved(a, at));
            em.flush();
            if (!at.isAfter(LocalDateTime.now())) {
                changes.fire(new ArticleChanged(a.getId(), ArticleChanged.Kind.PUBLISHED));
            }
            return a.getId();
        }

        public String demoEnterpriseCreditCode() {
            return em.createQuery("select e.creditCode from UserAccount u join u.enterprise e where u.username = 'qiye.demo'",
                    String.class).getSingleResult();
        }

        public long views(long articleId) {
            return em.createQuery("select a.viewCount from Article a where a.id = :id", Long.class)
                    .setParameter("id", articleId).getSingleResult();
        }

        private static byte[] png() {
            return java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
        }
    }
}
