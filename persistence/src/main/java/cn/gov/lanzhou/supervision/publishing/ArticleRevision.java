package cn.gov.lanzhou.supervision.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * 修订记录 — what one save of an article contained, numbered 1, 2, 3 … per article. Never changed
 * after it is written: editors list and compare revisions, and the pending edit of a published
 * article ({@link ArticleEdit}) points at the revision under review.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @SequenceGenerator(name = "seq_article_revision", sequenceName = "seq_article_revision", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_article_revision")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @NotNull(message = "请选择栏目")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "column_id", nullable = false, updatable = false)
    private SiteColumn column;

    @NotBlank(message = "标题不能为空")
    @Size(max = 200, message = "标题不能超过200个字")
    @Column(name = "title", length = 200, nullable = false, updatable = false)
    private String title;

    @Size(max = 500, message = "摘要不能超过500个字")
    @Column(name = "summary", length = 500, updatable = false)
    private String summary;

    @NotBlank(message = "正文不能为空")
    @Lob
    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Size(max = 200, message = "标签总长不能超过200个字")
    @Column(name = "tags", length = 200, updatable = false)
    private String tags;

    @Size(max = 100, message = "来源不能超过100个字")
    @Column(name = "source", length = 100, updatable = false)
    private String source;

    @Size(max = 100, message = "发布单位不能超过100个字")
    @Column(name = "author_department", length = 100, updatable = false)
    private String authorDepartment;

    @Enumerated(EnumType.STRING)
    @Column(name = "article_level", length = 20, updatable = false)
    private ArticleLevel level;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "business_type", length = 20, nullable = false, updatable = false)
    private BusinessType businessType;

    @Enumerated(EnumType.STRING)
    @Column(name = "validity", length = 20, updatable = false)
    private Validity validity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interprets_id", updatable = false)
    private Article interprets;

    @Column(name = "cover_attachment_id", updatable = false)
    private Long coverAttachmentId;

    @NotBlank
    @Column(name = "editor_username", length = 50, nullable = false, updatable = false)
    private String editor;

    @NotNull
    @Column(name = "saved_at", nullable = false, updatable = false)
    private LocalDateTime savedAt;

    /** 修改说明, optional. */
    @Size(max = 200, message = "修改说明不能超过200个字")
    @Column(name = "note", length = 200, updatable = false)
    private String note;

    protected ArticleRevision() {
        // for JPA
    }

    /**
     * Revision {@code number} of {@code article} with the given content, saved by {@code editor}.
     */
    public ArticleRevision(Article article, int number, ArticleContent content, String editor, LocalDateTime savedAt,
                           String note) {
        this.article = Objects.requireNonNull(article);
        if (number < 1) {
            throw new IllegalArgumentException("revision numbers start at 1");
        }
        this.number = number;
        Objects.requireNonNull(content);
        this.column = content.column();
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.tags = content.tags();
        this.source = content.source();
        this.authorDepartment = content.authorDepartment();
        this.level = content.level();
        this.businessType = content.businessType();
        this.validity = content.validity();
        this.interprets = content.interprets();
        this.coverAttachmentId = content.coverAttachmentId();
        this.editor = Objects.requireNonNull(editor);
        this.savedAt = Objects.requireNonNull(savedAt);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public ArticleContent content() {
        return new ArticleContent(column, title, summary, body, source, authorDepartment, level, businessType, validity,
                tags, interprets, coverAttachmentId);
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public int getNumber() {
        return number;
    }

    public SiteColumn getColumn() {
        return column;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getTags() {
        return tags;
    }

    public List<String> getTagList() {
        return tags == null ? List.of() : List.of(tags.split(","));
    }

    public String getSource() {
        return source;
    }

    public String getAuthorDepartment() {
        return authorDepartment;
    }

    public ArticleLevel getLevel() {
        return level;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public Validity getValidity() {
        return validity;
    }

    public Article getInterprets() {
        return interprets;
    }

    public Long getCoverAttachmentId() {
        return coverAttachmentId;
    }

    public String getEditor() {
        return editor;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public String getNote() {
        return note;
    }
}
