package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.publishing.Article;
import cn.gov.lanzhou.supervision.publishing.ArticleStatus;
import cn.gov.lanzhou.supervision.publishing.Attachment;
import cn.gov.lanzhou.supervision.shared.FileStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes the demo articles look like the station's: tags naming their subject (深基坑,
 * 脚手架 …, taken from the title), each 政策解读 linked to the regulation it explains, cover
 * pictures on the newest 监督动态 and a PDF annex on the newest notices, regulations and
 * standards. Runs once, after the articles are generated; deterministic like the rest.
 */
@Stateless
public class DemoArticleExtras {

    /** Newest articles of a column that get an annex or a cover. */
    static final int COVERS = 3;
    static final int ANNEXES = 4;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private FileStore files;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void decorate() {
        // Only what is online now: a scheduled demo article must not take the annexes and covers meant for
        // the newest visible ones.
        List<Article> all = em.createQuery("select a from Article a where a.status = :published"
                        + " and a.publishedAt <= :now order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", java.time.LocalDateTime.now())
                .getResultList();
        for (Article a : all) {
            Set<String> tags = subjects(a.getTitle());
            if (!tags.isEmpty()) {
                a.tag(String.join(",", tags));
            }
        }
        List<Article> regulations = inColumn(all, "policies", Integer.MAX_VALUE);
        for (Article interpretation : inColumn(all, "interpretations", Integer.MAX_VALUE)) {
            regulations.stream()
                    .filter(r -> !r.getPublishedAt().isAfter(interpretation.getPublishedAt()))
                    .filter(r -> r.getTagList().stream().anyMatch(interpretation.getTagList()::contains))
                    .findFirst()
                    .ifPresent(interpretation::interpret);
        }
        List<Article> annexed = new ArrayList<>();
        annexed.addAll(inColumn(all, "policies", ANNEXES));
        annexed.addAll(inColumn(all, "notices", ANNEXES));
        annexed.addAll(inColumn(all, "standards", ANNEXES));
        for (Article a : annexed) {
            byte[] pdf = DemoFiles.onePagePdf(List.of(
                    "Lanzhou Construction Engineering Safety and Quality Supervision Station",
                    "Annex to article No. " + a.getId() + " published " + a.getPublishedAt().toLocalDate(),
                    "Checklist for site inspection: excavation, formwork, scaffolding, lifting machinery,",
                    "temporary power, work at height, fire safety, dust control."));
            FileStore.StoredFile f = files.store(new ByteArrayInputStream(pdf), pdf.length);
            a.attachReviewed("附件1：" + shortTitle(a) + "（检查要点）.pdf", "application/pdf", f.sizeBytes(), f.sm3Hex(), f.storageKey());
        }
        List<Article> covered = inColumn(all, "news", COVERS);
        List<Attachment> covers = new ArrayList<>();
        for (int i = 0; i < covered.size(); i++) {
            byte[] png = DemoFiles.coverPng(i + 1);
            FileStore.StoredFile f = files.store(new ByteArrayInputStream(png), png.length);
            covers.add(covered.get(i).attachReviewed("现场照片" + (i + 1) + ".png", "image/png", f.sizeBytes(), f.sm3Hex(), f.storageKey()));
        }
        em.flush(); // the covers need their ids
        for (int i = 0; i < covered.size(); i++) {
            covered.get(i).useAsCover(covers.get(i));
        }
    }

    /** The demo subjects a title names: 深基坑, 高支模 … (and the subject of a rule it forwards). */
    static Set<String> subjects(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (DemoTopics.Document d : DemoTopics.DOCUMENTS) {
            if (title.contains(d.title())) {
                out.add(d.topicShortName());
            }
        }
        for (DemoTopics.Topic t : DemoTopics.TOPICS) {
            if (title.contains(t.shortName())) {
                out.add(t.shortName());
            }
        }
        if (title.contains("监理")) {
            out.add("监理");
        }
        return out;
    }

    private static List<Article> inColumn(List<Article> newestFirst, String code, int max) {
        return newestFirst.stream().filter(a -> a.getColumn().getCode().equals(code)).limit(max).toList();
    }

    private static String shortTitle(Article a) {
        String t = a.getTitle().replaceAll("[《》“”\"/\\\\:*?<>|]", "");
        return t.length() > 16 ? t.substring(0, 16) : t;
    }
}
