package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.shared.Page;
import cn.gov.lanzhou.supervision.shared.Refusals;
import cn.gov.lanzhou.supervision.shared.RequestRefused;
import cn.gov.lanzhou.supervision.shared.UploadInspector;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 信息编辑 — the editor's side of publishing: write and save articles (every save that changes
 * something kept as a revision, the body sanitised), attach files, send them to review, and change published articles
 * through an edit that is reviewed again while the published version stays online. Editors work on
 * their own articles; a published article may be edited by any editor, an edit under way only by
 * whoever started it or the article's author. Every change is audited.
 */
@Stateless
@Interceptors(Refusals.class)
public class Editorial {

    static final String EDITOR = "EDITOR";

    /** Longest body accepted, in characters of sanitised HTML. */
    static final int MAX_BODY = 1_000_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    UploadInspector uploads;

    @Resource
    SessionContext caller;

    Clock clock = Clock.systemDefaultZone();

    // --- writing ---

    /** 保存: creates or saves an article, or saves the edit of a published one; keeps a revision. */
    @RolesAllowed(EDITOR)
    public Saved save(Draft d, String sourceIp) {
        String me = me();
        LocalDateTime now = LocalDateTime.now(clock);
        SiteColumn column = column(d.columnCode());
        ArticleHtml.Cleaned body = ArticleHtml.clean(d.body());
        if (ArticleHtml.isBlank(body.html())) {
            throw new RequestRefused("BODY_REQUIRED", body.changed()
                    ? "正文不能为空（提交的内容全部是不允许的代码，已被移除）" : "正文不能为空");
        }
        if (body.html().length() > MAX_BODY) {
            throw new RequestRefused("BODY_TOO_LONG", "正文过长，请精简或改用附件");
        }
        String title = required(d.title(), 200, "标题");
        Article interprets = d.interpretsId() == null ? null : regulation(d.interpretsId());
        ArticleContent content = new ArticleContent(column, title, optional(d.summary(), 500, "摘要"), body.html(),
                optional(d.source(), 100, "来源"), optional(d.authorDepartment(), 100, "发布单位"), d.level(),
                d.businessType() == null ? BusinessType.GENERAL : d.businessType(), d.validity(),
                Article.normalizeTags(d.tags()), interprets, d.coverAttachmentId());
        String note = optional(d.note(), 200, "修改说明");

        if (d.articleId() == null) {
            Article a = new Article(column, title, body.html(), me);
            em.persist(a);
            em.flush();
            if (d.coverAttachmentId() != null) {
                throw new RequestRefused("COVER_NOT_ATTACHED", "请先上传图片附件，再选择封面");
            }
            a.rewrite(content);
            keepRevision(a, content, me, now, note);
            em.flush();
            record(sourceIp, "ARTICLE_CREATE", a, "《" + title + "》 in " + column.getCode() + removedNote(body));
            return new Saved(a.getId(), a.getVersion(), 1, body.removed(), false, false);
        }

        Article a = lockedArticle(d.articleId(), d.expectedVersion());
        if (interprets != null && interprets.getId().equals(a.getId())) {
            throw new RequestRefused("SELF_INTERPRETATION", "不能把信息关联为自身的解读");
        }
        switch (a.getStatus()) {
            case DRAFT, RETURNED -> {
                requireAuthor(a, me);
                Optional<ArticleRevision> last = latestRevision(a);
                if (note == null && last.isPresent() && last.get().content().equals(content)) {
                    return new Saved(a.getId(), a.getVersion(), last.get().getNumber(), body.removed(), false, true);
                }
                a.rewrite(content);
                int n = keepRevision(a, content, me, now, note);
                em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.flush();
                record(sourceIp, "ARTICLE_SAVE", a, "revision " + n + removedNote(body));
                return new Saved(a.getId(), a.getVersion(), n, body.removed(), false, false);
            }
            case PUBLISHED -> {
                checkCover(a, content.coverAttachmentId());
                Optional<ArticleEdit> open = openEdit(a);
                open.ifPresent(e -> requireEditor(e, me));
                ArticleContent current = open.map(e -> e.getRevision().content()).orElse(a.content());
                if (note == null && current.equals(content)) {
                    if (open.isEmpty()) {
                        throw new RequestRefused("NO_CHANGE", "内容与线上版本相同，没有需要审核的修改");
                    }
                    return new Saved(a.getId(), a.getVersion(), open.get().getRevision().getNumber(), body.removed(), true, true);
                }
                ArticleRevision r = revision(a, content, me, now, note);
                if (open.isPresent()) {
                    open.get().revise(r);
                } else {
                    em.persist(new ArticleEdit(a, r, me));
                }
                em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.flush();
                record(sourceIp, "ARTICLE_EDIT_SAVE", a, "revision " + r.getNumber()
                        + (open.isEmpty() ? ", edit of the published article started" : "") + removedNote(body));
                return new Saved(a.getId(), a.getVersion(), r.getNumber(), body.removed(), true, false);
            }
            case WITHDRAWN -> throw new RequestRefused("ARTICLE_STATE", "已撤稿的信息不能再修改");
            default -> throw new RequestRefused("ARTICLE_STATE", "信息正在" + a.getStatus().label().replace("待", "")
                    + "中，不能修改；如需修改，请审核人员退回");
        }
    }

    /**
     * What a save did. {@code removedMarkup} names what the sanitiser took out of the body;
     * {@code unchanged}: the content was the same as the latest revision, so none was added.
     */
    public record Saved(long articleId, long version, int revision, Set<String> removedMarkup, boolean pendingEdit,
                        boolean unchanged) {
    }

    /**
     * 上传附件. The file is judged by its content ({@link UploadInspector}); on a published article it
     * belongs to the edit (which is started if need be) and is public once the edit passes review.
     */
    @RolesAllowed(EDITOR)
    public Attached attach(long articleId, long expectedVersion, InputStream content, String fileName, String sourceIp) {
        String me = me();
        Article a = lockedArticle(articleId, expectedVersion);
        String started = "";
        switch (a.getStatus()) {
            case DRAFT, RETURNED -> requireAuthor(a, me);
            case PUBLISHED -> {
                Optional<ArticleEdit> open = openEdit(a);
                if (open.isPresent()) {
                    requireEditor(open.get(), me);
                } else {
                    ArticleRevision r = revision(a, a.content(), me, LocalDateTime.now(clock), "上传附件");
                    em.persist(new ArticleEdit(a, r, me));
                    started = ", edit of the published article started";
                }
            }
            default -> throw new RequestRefused("ARTICLE_STATE", "信息当前状态为“" + a.getStatus().label() + "”，不能上传附件");
        }
        UploadInspector.Accepted file;
        try {
            file = uploads.accept(content, fileName, UploadInspector.ARTICLE_FILES);
        } catch (RequestRefused e) {
            audit.record(me, EDITOR, sourceIp, "ARTICLE_ATTACH", "Article", String.valueOf(articleId), AuditOutcome.DENIED,
                    e.getMessage());
            throw e;
        }
        Attachment att = a.attach(file.fileName(), file.contentType(), file.stored().sizeBytes(), file.stored().sm3Hex(),
                file.stored().storageKey());
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        record(sourceIp, "ARTICLE_ATTACH", a, file.fileName() + " (" + file.contentType() + ", " + file.stored().sizeBytes()
                + " bytes, SM3 " + file.stored().sm3Hex() + ")" + started);
        return new Attached(att.getId(), att.getFileName(), att.getContentType(), att.getSizeBytes(), a.getVersion());
    }

    /** An attachment just stored, and the article's version after it. */
    public record Attached(long attachmentId, String fileName, String contentType, long sizeBytes, long version) {
    }

    /**
     * 删除附件. Before publication it goes at once; on a published article the removal is part of
     * the edit and the file stays public until the edit passes review. Returns the new version.
     */
    @RolesAllowed(EDITOR)
    public long removeAttachment(long articleId, long expectedVersion, long attachmentId, String sourceIp) {
        String me = me();
        Article a = lockedArticle(articleId, expectedVersion);
        Attachment att = a.getAllAttachments().stream().filter(x -> x.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new RequestRefused("ATTACHMENT_NOT_FOUND", "附件不存在或不属于本篇信息"));
        if (a.getStatus() == ArticleStatus.PUBLISHED) {
            Optional<ArticleEdit> open = openEdit(a);
            if (open.isPresent()) {
                requireEditor(open.get(), me);
            } else {
                ArticleRevision r = revision(a, a.content(), me, LocalDateTime.now(clock), "删除附件");
                em.persist(new ArticleEdit(a, r, me));
            }
        } else {
            requireAuthor(a, me);
        }
        boolean gone = a.removeAttachment(att);
        if (gone) {
            uploads.deleteAfterCommit(att.getStorageKey());
        }
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        record(sourceIp, "ARTICLE_DETACH", a, att.getFileName() + (gone ? " removed" : " removal proposed in the edit"));
        return a.getVersion();
    }

    /** 送审: the article (or the edit of a published one) goes to 初审. */
    @RolesAllowed(EDITOR)
    public long submit(long articleId, long expectedVersion, String sourceIp) {
        String me = me();
        Article a = lockedArticle(articleId, expectedVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        if (a.getStatus() == ArticleStatus.PUBLISHED) {
            ArticleEdit edit = openEdit(a).orElseThrow(() -> new RequestRefused("NOTHING_TO_SUBMIT",
                    "这篇信息已发布，且没有修改稿。请先修改并保存，再提交审核"));
            requireEditor(edit, me);
            edit.submit(now);
            em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            record(sourceIp, "ARTICLE_SUBMIT", a, "edit of the published article, revision " + edit.getRevision().getNumber());
        } else {
            requireAuthor(a, me);
            a.submitForReview(now);
            em.flush();
            record(sourceIp, "ARTICLE_SUBMIT", a, "to " + ReviewLevel.FIRST.label());
        }
        return a.getVersion();
    }

    /** 放弃修改稿: the edit of a published article is dropped; the published version stays as it is. */
    @RolesAllowed(EDITOR)
    public long discardEdit(long articleId, long expectedVersion, String sourceIp) {
        String me = me();
        Article a = lockedArticle(articleId, expectedVersion);
        ArticleEdit edit = openEdit(a).orElseThrow(() -> new RequestRefused("NO_EDIT", "这篇信息没有修改稿"));
        requireEditor(edit, me);
        if (!edit.getState().isEditable()) {
            throw new RequestRefused("EDIT_STATE", "修改稿正在审核中，不能放弃；如需撤回，请审核人员退回");
        }
        for (Attachment dropped : edit.discard(LocalDateTime.now(clock))) {
            uploads.deleteAfterCommit(dropped.getStorageKey());
        }
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        record(sourceIp, "ARTICLE_EDIT_DISCARD", a, "revision " + edit.getRevision().getNumber());
        return a.getVersion();
    }

    // --- reading ---

    /**
     * The editor's own articles (信息编辑), or everybody's for reviewers and 站领导, newest first,
     * optionally in one state.
     */
    @RolesAllowed({EDITOR, "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"})
    public Page<ArticleRow> articles(ArticleStatus status, boolean onlyMine, int pageNumber, int pageSize) {
        boolean mine = onlyMine || !(caller.isCallerInRole("FIRST_REVIEWER") || caller.isCallerInRole("SECOND_REVIEWER")
                || caller.isCallerInRole("FINAL_REVIEWER") || caller.isCallerInRole("LEADER"));
        String where = " where 1 = 1" + (mine ? " and a.authorUsername = :me" : "") + (status == null ? "" : " and a.status = :status");
        TypedQuery<Article> q = em.createQuery("select a from Article a" + where + " order by a.createdAt desc, a.id desc",
                Article.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
        if (mine) {
            q.setParameter("me", me());
            count.setParameter("me", me());
        }
        if (status != null) {
            q.setParameter("status", status);
            count.setParameter("status", status);
        }
        int size = Page.clampSize(pageSize);
        List<Article> items = q.setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size).getResultList();
        Map<Long, EditState> edits = openEdits(items);
        return new Page<>(items.stream().map(a -> row(a, edits.get(a.getId()))).toList(), Math.max(1, pageNumber), size,
                count.getSingleResult());
    }

    /** The editor form's view of one article; reviewers and leaders may look too (read-only). */
    @RolesAllowed({EDITOR, "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"})
    public EditorView view(long articleId) {
        Article a = article(articleId);
        String me = me();
        Optional<ArticleEdit> edit = openEdit(a);
        boolean editor = caller.isCallerInRole(EDITOR);
        boolean editable;
        boolean submittable;
        ArticleContent content;
        String reason;
        if (a.getStatus() == ArticleStatus.PUBLISHED) {
            content = edit.map(e -> e.getRevision().content()).orElse(a.content());
            reason = edit.filter(e -> e.getState() == EditState.RETURNED).map(ArticleEdit::getReturnReason).orElse(null);
            boolean mayEdit = editor && edit.map(e -> e.getStartedBy().equals(me) || a.getAuthorUsername().equals(me)).orElse(true);
            editable = mayEdit && edit.map(e -> e.getState().isEditable()).orElse(true);
            submittable = mayEdit && edit.map(e -> e.getState().isEditable()).orElse(false);
        } else {
            content = a.content();
            reason = a.getStatus() == ArticleStatus.RETURNED ? a.getReturnReason() : null;
            boolean mine = editor && a.getAuthorUsername().equals(me);
            editable = mine && (a.getStatus() == ArticleStatus.DRAFT || a.getStatus() == ArticleStatus.RETURNED);
            submittable = editable;
        }
        long revisions = em.createQuery("select count(r) from ArticleRevision r where r.article = :a", Long.class)
                .setParameter("a", a).getSingleResult();
        return new EditorView(a.getId(), a.getVersion(), a.getStatus(), edit.map(ArticleEdit::getState).orElse(null), content,
                a.getAuthorUsername(), reason, a.getPublishedAt(), a.getScheduledFor(), a.getAllAttachments(), (int) revisions,
                editable, submittable);
    }

    /** 修订记录, newest first. */
    @RolesAllowed({EDITOR, "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"})
    public List<RevisionRow> revisions(long articleId) {
        Article a = article(articleId);
        return em.createQuery("select r from ArticleRevision r where r.article = :a order by r.number desc", ArticleRevision.class)
                .setParameter("a", a).getResultList().stream()
                .map(r -> new RevisionRow(r.getNumber(), r.getTitle(), r.getEditor(), r.getSavedAt(), r.getNote(),
                        ArticleHtml.plainText(r.getBody()).length()))
                .toList();
    }

    /** 修订对比 of two revisions of an article (by number). */
    @RolesAllowed({EDITOR, "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"})
    public Comparison compare(long articleId, int from, int to) {
        Article a = article(articleId);
        ArticleRevision r1 = revisionNo(a, from);
        ArticleRevision r2 = revisionNo(a, to);
        return Comparisons.of("第 " + from + " 版", r1.content(), "第 " + to + " 版", r2.content());
    }

    /** The edit under review (or being written) against what is online now. */
    @RolesAllowed({EDITOR, "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"})
    public Optional<Comparison> compareEditWithPublished(long articleId) {
        Article a = article(articleId);
        return openEdit(a).map(e -> Comparisons.of("线上版本", a.content(), "修改稿（第 " + e.getRevision().getNumber() + " 版）",
                e.getRevision().content()));
    }

    /** Published regulations whose title contains the term, for linking an interpretation (at most 50). */
    @RolesAllowed(EDITOR)
    public List<Article> regulations(String term) {
        String t = term == null ? "" : term.strip();
        return em.createQuery("select a from Article a where a.status = :published and a.validity is not null"
                        + " and a.title like :t order by a.publishedAt desc", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("t", "%" + t.replace("\\", "").replace("%", "").replace("_", "") + "%")
                .setMaxResults(50).getResultList();
    }

    /** A published article by id, for showing the interpretation link. */
    @RolesAllowed({EDITOR, "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"})
    public Optional<Article> find(long articleId) {
        return Optional.ofNullable(em.find(Article.class, articleId));
    }

    @RolesAllowed({EDITOR, "FIRST_REVIEWER", "SECOND_REVIEWER", "FINAL_REVIEWER", "LEADER"})
    public List<SiteColumn> columns() {
        return em.createQuery("select c from SiteColumn c order by c.sortOrder, c.id", SiteColumn.class).getResultList();
    }

    /** Upload limits in force, for the form's hints. */
    @RolesAllowed(EDITOR)
    public long[] uploadLimits() {
        return new long[]{uploads.currentLimits().attachmentBytes(), uploads.currentLimits().videoBytes()};
    }

    // --- helpers ---

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private Article article(long id) {
        Article a = em.find(Article.class, id);
        if (a == null) {
            throw new RequestRefused("ARTICLE_NOT_FOUND", "信息不存在");
        }
        return a;
    }

    private Article lockedArticle(long id, long expectedVersion) {
        Article a = article(id);
        if (a.getVersion() != expectedVersion) {
            throw Refusals.stale();
        }
        return a;
    }

    private SiteColumn column(String code) {
        if (code == null || code.isBlank()) {
            throw new RequestRefused("COLUMN_REQUIRED", "请选择栏目");
        }
        return em.createQuery("select c from SiteColumn c where c.code = :c", SiteColumn.class).setParameter("c", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RequestRefused("COLUMN_UNKNOWN", "栏目“" + code + "”不存在"));
    }

    private Article regulation(long id) {
        Article r = em.find(Article.class, id);
        if (r == null || r.getStatus() != ArticleStatus.PUBLISHED) {
            throw new RequestRefused("REGULATION_UNKNOWN", "所解读的法规必须是已发布的信息");
        }
        return r;
    }

    private void checkCover(Article a, Long coverId) {
        if (coverId == null) {
            return;
        }
        Attachment cover = a.getAllAttachments().stream().filter(x -> coverId.equals(x.getId())).findFirst()
                .orElseThrow(() -> new RequestRefused("COVER_NOT_ATTACHED", "封面图片必须是本篇信息已上传的附件"));
        if (!cover.isImage()) {
            throw new RequestRefused("COVER_NOT_IMAGE", "封面必须是图片");
        }
        if (cover.getPendingChange() == AttachmentChange.REMOVED) {
            throw new RequestRefused("COVER_REMOVED", "该图片已标记删除，不能作为封面");
        }
    }

    private void requireAuthor(Article a, String me) {
        if (!a.getAuthorUsername().equals(me)) {
            throw new RequestRefused("NOT_AUTHOR", "只能修改自己撰写的信息（本篇作者：" + a.getAuthorUsername() + "）");
        }
    }

    private void requireEditor(ArticleEdit e, String me) {
        if (!e.getStartedBy().equals(me) && !e.getArticle().getAuthorUsername().equals(me)) {
            throw new RequestRefused("NOT_AUTHOR", "这篇信息的修改稿由 " + e.getStartedBy() + " 发起，只有发起人或原作者可以继续修改");
        }
    }

    Optional<ArticleEdit> openEdit(Article a) {
        return em.createQuery("select e from ArticleEdit e where e.article = :a and e.state not in :closed", ArticleEdit.class)
                .setParameter("a", a).setParameter("closed", List.of(EditState.APPLIED, EditState.DISCARDED))
                .getResultStream().findFirst();
    }

    private Map<Long, EditState> openEdits(List<Article> articles) {
        List<Long> published = articles.stream().filter(a -> a.getStatus() == ArticleStatus.PUBLISHED).map(Article::getId).toList();
        if (published.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from ArticleEdit e where e.article.id in :ids and e.state not in :closed", ArticleEdit.class)
                .setParameter("ids", published).setParameter("closed", List.of(EditState.APPLIED, EditState.DISCARDED))
                .getResultList().stream().collect(Collectors.toMap(e -> e.getArticle().getId(), ArticleEdit::getState, (x, y) -> x));
    }

    static ArticleRow row(Article a, EditState edit) {
        return new ArticleRow(a.getId(), a.getTitle(), a.getColumn().getName(), a.getAuthorUsername(), a.getStatus(), edit,
                a.getCreatedAt(), a.getSubmittedAt(), a.getPublishedAt(), a.getScheduledFor(), a.getReturnReason(), a.getVersion());
    }

    private int keepRevision(Article a, ArticleContent content, String editor, LocalDateTime at, String note) {
        return revision(a, content, editor, at, note).getNumber();
    }

    private ArticleRevision revision(Article a, ArticleContent content, String editor, LocalDateTime at, String note) {
        Integer last = em.createQuery("select max(r.number) from ArticleRevision r where r.article = :a", Integer.class)
                .setParameter("a", a).getSingleResult();
        ArticleRevision r = new ArticleRevision(a, last == null ? 1 : last + 1, content, editor, at, note);
        em.persist(r);
        return r;
    }

    private Optional<ArticleRevision> latestRevision(Article a) {
        return em.createQuery("select r from ArticleRevision r where r.article = :a order by r.number desc", ArticleRevision.class)
                .setParameter("a", a).setMaxResults(1).getResultStream().findFirst();
    }

    private ArticleRevision revisionNo(Article a, int number) {
        return em.createQuery("select r from ArticleRevision r where r.article = :a and r.number = :n", ArticleRevision.class)
                .setParameter("a", a).setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new RequestRefused("REVISION_NOT_FOUND", "第 " + number + " 版不存在"));
    }

    private void record(String sourceIp, String type, Article a, String detail) {
        audit.record(me(), EDITOR, sourceIp, type, "Article", String.valueOf(a.getId()), AuditOutcome.SUCCESS, cut(detail));
    }

    private static String removedNote(ArticleHtml.Cleaned body) {
        return body.changed() ? "; sanitiser removed " + String.join(", ", body.removed()) : "";
    }

    static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    static String required(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new RequestRefused("FIELD_REQUIRED", field + "不能为空");
        }
        if (v.length() > max) {
            throw new RequestRefused("FIELD_TOO_LONG", field + "不能超过" + max + "个字（现为" + v.length() + "个字）");
        }
        return v;
    }

    static String optional(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new RequestRefused("FIELD_TOO_LONG", field + "不能超过" + max + "个字（现为" + v.length() + "个字）");
        }
        return v.isEmpty() ? null : v;
    }
}
