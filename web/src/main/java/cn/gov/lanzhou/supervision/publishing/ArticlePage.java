package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * One published article ({@code ?id=n}): cover, body, attachments (pictures shown, MP4 videos
 * played in the page, other files for download), tags, the regulation it interprets or the
 * interpretations of it, and related articles. A missing, malformed, unknown, unpublished or not
 * yet due id all answer 404 alike, so nobody learns which drafts exist. Views are counted by the
 * page cache filter, which sees every view, cached or not.
 */
@Named
@RequestScoped
public class ArticlePage {

    static final int RELATED = 6;

    @EJB
    private ArticleCatalog catalog;

    @EJB
    private PublicArticles articles;

    private Article article;
    private List<Article> related;
    private List<Article> interpretations;
    private Optional<Article> regulation;

    /** View action: finds the article or answers 404 before anything is rendered. */
    public void load() {
        Optional<Article> found = QueryParameters.id("id").flatMap(catalog::publishedArticle);
        if (found.isEmpty()) {
            QueryParameters.notFound("信息不存在或未发布");
            return;
        }
        article = found.get();
    }

    public Article getArticle() {
        return article;
    }

    /** Regulations and standards carry a validity (现行有效, 已废止 …); other articles do not. */
    public boolean isShowValidity() {
        return article != null && article.getValidity() != null;
    }

    /** The cover picture, if the article has one. */
    public Attachment getCover() {
        return article == null ? null : article.getCover().orElse(null);
    }

    /** Pictures other than the cover, shown in the page. */
    public List<Attachment> getPictures() {
        Long cover = article == null ? null : article.getCoverAttachmentId();
        return article == null ? List.of() : article.getAttachments().stream()
                .filter(a -> a.isImage() && !a.getId().equals(cover)).toList();
    }

    /** Uploaded MP4 videos, played with the browser's own player. */
    public List<Attachment> getVideos() {
        return article == null ? List.of() : article.getAttachments().stream().filter(Attachment::isVideo).toList();
    }

    public List<Article> getRelated() {
        if (related == null) {
            related = article == null ? List.of() : articles.related(article, RELATED);
        }
        return related;
    }

    /** 政策解读 of this regulation. */
    public List<Article> getInterpretations() {
        if (interpretations == null) {
            interpretations = article == null ? List.of() : articles.interpretationsOf(article, 10);
        }
        return interpretations;
    }

    /** The regulation this interpretation explains, or {@code null}. */
    public Article getInterpretedRegulation() {
        if (regulation == null) {
            regulation = article == null ? Optional.empty() : articles.interpretedRegulation(article);
        }
        return regulation.orElse(null);
    }

    /** The site search for a tag (relative to the context path). */
    public String searchPath(String tag) {
        return "/search.xhtml?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where an attachment is downloaded (or shown, for pictures). */
    public String href(Attachment attachment) {
        return AttachmentServlet.PATH + attachment.getId();
    }

    /** What kind of file it is, for people: PDF 文档, Word 文档 … */
    public String kind(Attachment attachment) {
        String t = attachment.getContentType();
        if (t.equals("application/pdf")) {
            return "PDF 文档";
        }
        if (t.contains("word") || t.equals("application/msword")) {
            return "Word 文档";
        }
        if (t.contains("sheet") || t.equals("application/vnd.ms-excel")) {
            return "Excel 表格";
        }
        if (attachment.isImage()) {
            return "图片";
        }
        if (attachment.isVideo()) {
            return "视频";
        }
        return "文件";
    }

    /** File sizes as people read them: 356 KB, 1.2 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
