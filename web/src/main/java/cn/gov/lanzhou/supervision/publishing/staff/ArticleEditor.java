package cn.gov.lanzhou.supervision.publishing.staff;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.publishing.Article;
import cn.gov.lanzhou.supervision.publishing.ArticleContent;
import cn.gov.lanzhou.supervision.publishing.ArticleLevel;
import cn.gov.lanzhou.supervision.publishing.Attachment;

import cn.gov.lanzhou.supervision.publishing.BusinessType;
import cn.gov.lanzhou.supervision.publishing.Draft;
import cn.gov.lanzhou.supervision.publishing.EditorView;
import cn.gov.lanzhou.supervision.publishing.Editorial;
import cn.gov.lanzhou.supervision.publishing.SiteColumn;
import cn.gov.lanzhou.supervision.publishing.Validity;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * 编辑信息 ({@code /staff/articles/edit.xhtml?id=n}, or without id for a new article): the editor
 * form with the rich-text body, attachments (several at once, with progress), cover, tags,
 * classification, the regulation an interpretation belongs to, 保存 and 送审. On a published
 * article the same form writes an edit (修改稿) that is reviewed again while the published version
 * stays online.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Editorial editorial;

    private Long articleId;
    private long version;

    private String columnCode;
    private String title;
    private String summary;
    private String body;
    private String source;
    private String authorDepartment = "综合科";
    private ArticleLevel level;
    private BusinessType businessType = BusinessType.GENERAL;
    private Validity validity;
    private String tags;
    private Long interpretsId;
    private Long coverAttachmentId;
    private String note;
    private String regulationTerm;

    private transient EditorView view;
    private transient List<Article> regulations;

    /** View action: opens the article of {@code ?id=} (404 when there is none), or a blank form. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<Long> id = QueryParameters.id("id");
        if (id.isEmpty()) {
            if (QueryParameters.present("id")) {
                Faces.notFound();
            }
            return;
        }
        try {
            articleId = id.get();
            fill(editorial.view(articleId));
        } catch (BusinessRuleException e) {
            Faces.notFound();
        }
    }

    private void fill(EditorView v) {
        view = v;
        version = v.version();
        ArticleContent c = v.content();
        columnCode = c.column().getCode();
        title = c.title();
        summary = c.summary();
        body = c.body();
        source = c.source();
        authorDepartment = c.authorDepartment();
        level = c.level();
        businessType = c.businessType();
        validity = c.validity();
        tags = c.tags();
        interpretsId = c.interprets() == null ? null : c.interprets().getId();
        coverAttachmentId = c.coverAttachmentId();
        note = null;
    }

    /** The article as the services see it now (attachments, state); reloaded after every action. */
    public EditorView getView() {
        if (view == null && articleId != null) {
            view = editorial.view(articleId);
        }
        return view;
    }

    private void refresh() {
        view = null;
        regulations = null;
    }

    /** 保存 (草稿, or 修改稿 of a published article). */
    public void save() {
        boolean isNew = articleId == null;
        if (store() && isNew) {
            Faces.redirect("/staff/articles/edit.xhtml?id=" + articleId);
        }
    }

    private boolean store() {
        try {
            Editorial.Saved saved = editorial.save(new Draft(articleId, version, columnCode, title, summary, body, source,
                    authorDepartment, level, businessType, validity, tags, interpretsId, coverAttachmentId, note), Faces.sourceIp());
            articleId = saved.articleId();
            version = saved.version();
            refresh();
            body = getView().content().body();
            note = null;
            if (saved.unchanged()) {
                Faces.info("内容没有变化，仍为第 " + saved.revision() + " 版");
            } else {
                Faces.info((saved.pendingEdit() ? "修改稿已保存（第 " : "已保存（第 ") + saved.revision() + " 版）"
                        + (saved.pendingEdit() ? "。线上仍显示原版本，修改稿通过三级审核后替换。" : ""));
            }
            if (!saved.removedMarkup().isEmpty()) {
                Faces.error("正文中不允许的内容已被移除：" + String.join("、", saved.removedMarkup()));
            }
            return true;
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
            return false;
        }
    }

    /** 保存并送审. */
    public void submit() {
        if (getView() != null && !getView().editable()) {
            Faces.error("当前状态不能送审");
            return;
        }
        if (!store()) {
            return;
        }
        try {
            editorial.submit(articleId, version, Faces.sourceIp());
            Faces.info("《" + title + "》已送初审");
            Faces.redirect("/staff/articles/index.xhtml");
        } catch (BusinessRuleException e) {
            refresh();
            version = getView().version();
            Faces.error(e.getMessage());
        }
    }

    /** 放弃修改稿. */
    public void discardEdit() {
        try {
            version = editorial.discardEdit(articleId, version, Faces.sourceIp());
            refresh();
            fill(getView());
            Faces.info("已放弃修改稿，线上版本不变");
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
        }
    }

    /** One file of the (multiple) upload; each is judged by its content on the server. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (articleId == null) {
            Faces.error("请先保存草稿，再上传附件");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            Editorial.Attached a = editorial.attach(articleId, version, in, file.getFileName(), Faces.sourceIp());
            version = a.version();
            refresh();
            Faces.info("已上传附件“" + a.fileName() + "”" + (getView().isPublished() ? "（随修改稿审核通过后公开）" : ""));
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
        } catch (IOException e) {
            Faces.error("文件“" + file.getFileName() + "”读取失败，请重新上传");
        }
    }

    public void removeAttachment(long attachmentId) {
        try {
            version = editorial.removeAttachment(articleId, version, attachmentId, Faces.sourceIp());
            if (Long.valueOf(attachmentId).equals(coverAttachmentId)) {
                coverAttachmentId = null;
            }
            refresh();
            Faces.info(getView().isPublished() ? "已标记删除，修改稿审核通过后生效" : "附件已删除");
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
        }
    }

    /** 设为封面 (saved with the next 保存). */
    public void useAsCover(long attachmentId) {
        coverAttachmentId = attachmentId;
        Faces.info("已选为封面，保存后生效");
    }

    public void clearCover() {
        coverAttachmentId = null;
        Faces.info("已取消封面，保存后生效");
    }

    /** 插入正文: an uploaded image (or video) at the end of the body, served by the portal itself. */
    public void insertIntoBody(long attachmentId) {
        Attachment a = getView().attachments().stream().filter(x -> x.getId() == attachmentId).findFirst().orElse(null);
        if (a == null || !(a.isImage() || a.isVideo())) {
            Faces.error("只能把图片或视频插入正文");
            return;
        }
        String src = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + StaffAttachmentServlet.PATH + "/" + a.getId();
        String alt = a.getFileName().replace("\"", "").replace("<", "").replace(">", "").replace("&", "");
        body = (body == null ? "" : body) + (a.isImage() ? "<p><img src=\"" + src + "\" alt=\"" + alt + "\"></p>"
                : "<p><video controls=\"controls\" preload=\"metadata\" src=\"" + src + "\"></video></p>");
        Faces.info("已插入正文末尾，保存后生效");
    }

    public void searchRegulations() {
        regulations = editorial.regulations(regulationTerm);
        if (regulations.isEmpty()) {
            Faces.info("没有找到标题包含“" + (regulationTerm == null ? "" : regulationTerm) + "”的已发布法规");
        }
    }

    public List<Article> getRegulations() {
        if (regulations == null) {
            regulations = editorial.regulations(regulationTerm);
        }
        return regulations;
    }

    /** The regulations to choose from: the one linked now, then those found by title. */
    public List<SelectItem> getRegulationChoices() {
        List<SelectItem> items = new java.util.ArrayList<>();
        if (interpretsId != null) {
            items.add(new SelectItem(interpretsId, editorial.find(interpretsId).map(Article::getTitle).orElse("（已不存在）")));
        }
        for (Article r : getRegulations()) {
            if (!r.getId().equals(interpretsId) && !r.getId().equals(articleId)) {
                items.add(new SelectItem(r.getId(), r.getTitle()));
            }
        }
        return items;
    }

    public List<SiteColumn> getColumns() {
        return editorial.columns();
    }

    public String indent(SiteColumn c) {
        return "\u3000".repeat(c.depth() - 1) + c.getName();
    }

    public ArticleLevel[] getLevels() {
        return ArticleLevel.values();
    }

    public BusinessType[] getBusinessTypes() {
        return BusinessType.values();
    }

    public Validity[] getValidities() {
        return Validity.values();
    }

    /** e.g. "附件不超过 20 MB，视频不超过 200 MB". */
    public String getLimits() {
        long[] l = editorial.uploadLimits();
        return "文档和图片每个不超过 " + l[0] / (1024 * 1024) + " MB，MP4 视频不超过 " + l[1] / (1024 * 1024) + " MB";
    }

    /** The limit the browser checks before sending (the server checks again). */
    public long getSizeLimit() {
        long[] l = editorial.uploadLimits();
        return Math.max(l[0], l[1]);
    }

    public boolean isNew() {
        return articleId == null;
    }

    public boolean isEditable() {
        return articleId == null || getView().editable();
    }

    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public Long getArticleId() {
        return articleId;
    }

    public long getVersion() {
        return version;
    }

    public String getColumnCode() {
        return columnCode;
    }

    public void setColumnCode(String columnCode) {
        this.columnCode = columnCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getAuthorDepartment() {
        return authorDepartment;
    }

    public void setAuthorDepartment(String authorDepartment) {
        this.authorDepartment = authorDepartment;
    }

    public ArticleLevel getLevel() {
        return level;
    }

    public void setLevel(ArticleLevel level) {
        this.level = level;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public void setBusinessType(BusinessType businessType) {
        this.businessType = businessType;
    }

    public Validity getValidity() {
        return validity;
    }

    public void setValidity(Validity validity) {
        this.validity = validity;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getInterpretsId() {
        return interpretsId;
    }

    public void setInterpretsId(Long interpretsId) {
        this.interpretsId = interpretsId;
    }

    public Long getCoverAttachmentId() {
        return coverAttachmentId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRegulationTerm() {
        return regulationTerm;
    }

    public void setRegulationTerm(String regulationTerm) {
        this.regulationTerm = regulationTerm;
    }
}
