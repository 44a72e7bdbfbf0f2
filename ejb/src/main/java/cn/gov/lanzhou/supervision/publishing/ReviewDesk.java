package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.Page;
import cn.gov.lanzhou.supervision.shared.Refusals;
import cn.gov.lanzhou.supervision.shared.RequestRefused;
import cn.gov.lanzhou.supervision.shared.UploadInspector;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 三级审核 — the reviewers' desk: the queue of their level, pass and return at their own level only,
 * the final reviewer's choice of immediate or scheduled publication, and withdrawal (撤稿) by the
 * final reviewer or the station leader. Nobody reviews an article they wrote or edited, and nobody
 * passes the same article at two levels; such attempts are refused and audited. Going online,
 * being updated and being withdrawn are announced as {@link ArticleChanged} events.
 */
@Stateless
@Interceptors(Refusals.class)
public class ReviewDesk {

    static final String FIRST = "FIRST_REVIEWER";
    static final String SECOND = "SECOND_REVIEWER";
    static final String FINAL = "FINAL_REVIEWER";
    static final String LEADER = "LEADER";

    /** A publish time this close to now counts as now (the form's clock and the server's differ a little). */
    static final Duration NOW_TOLERANCE = Duration.ofMinutes(1);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Event<ArticleChanged> changes;

    @Inject
    UploadInspector uploads;

    @Resource
    SessionContext caller;

    Clock clock = Clock.systemDefaultZone();

    PublishingSettings settings;

    private PublishingSettings settings() {
        if (settings == null) {
            settings = PublishingSettings.fromConfig();
        }
        return settings;
    }

    // --- the queue ---

    /**
     * What waits at the caller's levels (站领导: at every level, to follow), oldest first: new
     * articles and edits of published ones alike.
     */
    @RolesAllowed({FIRST, SECOND, FINAL, LEADER})
    public Page<ReviewItem> queue(int pageNumber, int pageSize) {
        Set<ReviewLevel> levels = myLevels();
        LocalDateTime now = LocalDateTime.now(clock);
        List<ReviewItem> items = new ArrayList<>();
        if (!levels.isEmpty()) {
            List<ArticleStatus> statuses = levels.stream().map(ReviewLevel::articleStatus).toList();
            for (Article a : em.createQuery("select a from Article a where a.status in :s", Article.class)
                    .setParameter("s", statuses).getResultList()) {
                items.add(item(a, false, ReviewLevel.of(a.getStatus()).orElseThrow(), a.getSubmittedAt(), a.getAuthorUsername(),
                        a.getTitle(), now));
            }
            List<EditState> states = levels.stream().map(ReviewLevel::editState).toList();
            for (ArticleEdit e : em.createQuery("select e from ArticleEdit e where e.state in :s", ArticleEdit.class)
                    .setParameter("s", states).getResultList()) {
                items.add(item(e.getArticle(), true, ReviewLevel.of(e.getState()).orElseThrow(), e.getSubmittedAt(),
                        e.getRevision().getEditor(), e.getRevision().getTitle(), now));
            }
        }
        items.sort(Comparator.comparing(ReviewItem::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ReviewItem::articleId));
        int size = Page.clampSize(pageSize);
        int from = Math.min(items.size(), Page.firstResult(pageNumber, size));
        return new Page<>(items.subList(from, Math.min(items.size(), from + size)), Math.max(1, pageNumber), size, items.size());
    }

    private ReviewItem item(Article a, boolean edit, ReviewLevel level, LocalDateTime submitted, String author, String title,
                            LocalDateTime now) {
        boolean policy = settings().isPolicyColumn(a.getColumn().getCode());
        return new ReviewItem(a.getId(), a.getVersion(), edit, title, a.getColumn().getName(), author, level, submitted, now,
                policy, settings().targetHours());
    }

    /** The levels at which the caller reviews (all three for the station leader, who follows but does not decide). */
    @RolesAllowed({FIRST, SECOND, FINAL, LEADER})
    public Set<ReviewLevel> myLevels() {
        Set<ReviewLevel> levels = EnumSet.noneOf(ReviewLevel.class);
        for (ReviewLevel l : ReviewLevel.values()) {
            if (caller.isCallerInRole(l.role()) || caller.isCallerInRole(LEADER)) {
                levels.add(l);
            }
        }
        return levels;
    }

    /** Whether the caller may decide at this level (holds its role). */
    @RolesAllowed({FIRST, SECOND, FINAL, LEADER})
    public boolean decidesAt(ReviewLevel level) {
        return caller.isCallerInRole(level.role());
    }

    /**
     * The station's 24-hour promise for policy updates over the last {@code days}: policy articles
     * that went online in that time, and how long each took from submission to publication.
     */
    @RolesAllowed({FIRST, SECOND, FINAL, LEADER, "EDITOR"})
    public Timeliness timeliness(int days) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Object[]> rows = em.createQuery("select a.submittedAt, a.publishedAt from Article a where a.status = :p"
                        + " and a.publishedAt > :since and a.publishedAt <= :now and a.submittedAt is not null"
                        + " and a.column.code in :codes", Object[].class)
                .setParameter("p", ArticleStatus.PUBLISHED).setParameter("since", now.minusDays(days)).setParameter("now", now)
                .setParameter("codes", settings().policyColumns().isEmpty() ? List.of("-") : List.copyOf(settings().policyColumns()))
                .getResultList();
        int within = 0;
        double totalHours = 0;
        for (Object[] r : rows) {
            Duration took = Duration.between((LocalDateTime) r[0], (LocalDateTime) r[1]);
            totalHours += took.toMinutes() / 60.0;
            if (took.compareTo(Duration.ofHours(settings().targetHours())) <= 0) {
                within++;
            }
        }
        return new Timeliness(days, settings().targetHours(), rows.size(), within, rows.isEmpty() ? -1 : totalHours / rows.size());
    }

    // --- decisions ---

    /** What a pass did. */
    public enum Outcome {
        /** Passed to the next level. */
        PASSED,
        /** Final pass: online now. */
        PUBLISHED,
        /** Final pass: online at the chosen time. */
        SCHEDULED,
        /** Final pass of an edit: the public content was replaced. */
        UPDATED
    }

    /**
     * 审核通过 at the level the article (or its edit) waits at, which must be the caller's. At the
     * final level {@code publishAt} chooses the publication: null (or now) for immediate, a later
     * time for scheduled; an edit always goes online at once.
     */
    @RolesAllowed({FIRST, SECOND, FINAL})
    public Outcome pass(long articleId, long expectedVersion, LocalDateTime publishAt, String sourceIp) {
        String me = me();
        LocalDateTime now = LocalDateTime.now(clock);
        Article a = locked(articleId, expectedVersion);
        Optional<ReviewLevel> articleLevel = ReviewLevel.of(a.getStatus());
        if (articleLevel.isPresent()) {
            ReviewLevel level = articleLevel.get();
            requireLevel(level, a, sourceIp, "ARTICLE_PASS");
            if (level != ReviewLevel.FINAL) {
                guarded(a, level, sourceIp, "ARTICLE_PASS", () -> a.pass(me, null));
                em.flush();
                record(level.role(), sourceIp, "ARTICLE_PASS", a, level.label() + "通过，转" + next(level).label());
                return Outcome.PASSED;
            }
            if (publishAt != null && publishAt.isBefore(now.minus(NOW_TOLERANCE))) {
                throw new RequestRefused("PUBLISH_IN_PAST", "定时发布时间不能早于当前时间（" + TIME.format(now) + "）");
            }
            boolean scheduled = publishAt != null && publishAt.isAfter(now);
            LocalDateTime at = scheduled ? publishAt.withNano(0) : now;
            guarded(a, level, sourceIp, "ARTICLE_PASS", () -> a.pass(me, at));
            if (scheduled) {
                a.scheduleAnnouncement();
                em.flush();
                record(level.role(), sourceIp, "ARTICLE_SCHEDULE", a, "终审通过，定时发布于 " + TIME.format(at));
                return Outcome.SCHEDULED;
            }
            a.markAnnounced(now);
            em.flush();
            changes.fire(new ArticleChanged(a.getId(), ArticleChanged.Kind.PUBLISHED));
            record(level.role(), sourceIp, "ARTICLE_PUBLISH", a, "终审通过，立即发布");
            return Outcome.PUBLISHED;
        }
        ArticleEdit edit = reviewableEdit(a);
        ReviewLevel level = ReviewLevel.of(edit.getState()).orElseThrow();
        requireLevel(level, a, sourceIp, "ARTICLE_PASS");
        if (publishAt != null && publishAt.isAfter(now.plus(NOW_TOLERANCE))) {
            throw new RequestRefused("EDIT_NOT_SCHEDULABLE", "修改稿终审通过后立即替换线上内容，不能定时发布");
        }
        List<Attachment> removed = guarded(a, level, sourceIp, "ARTICLE_PASS", () -> edit.pass(me, now));
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        if (level != ReviewLevel.FINAL) {
            record(level.role(), sourceIp, "ARTICLE_PASS", a, "修改稿（第 " + edit.getRevision().getNumber() + " 版）"
                    + level.label() + "通过，转" + next(level).label());
            return Outcome.PASSED;
        }
        removed.forEach(x -> uploads.deleteAfterCommit(x.getStorageKey()));
        changes.fire(new ArticleChanged(a.getId(), ArticleChanged.Kind.UPDATED));
        record(level.role(), sourceIp, "ARTICLE_EDIT_APPLY", a, "修改稿（第 " + edit.getRevision().getNumber()
                + " 版）终审通过，已替换线上内容" + (removed.isEmpty() ? "" : "，删除附件 " + removed.size() + " 个"));
        return Outcome.UPDATED;
    }

    /** 退回 to the author (or the edit's editor) with a written reason, at the caller's own level. */
    @RolesAllowed({FIRST, SECOND, FINAL})
    public void returnToAuthor(long articleId, long expectedVersion, String reason, String sourceIp) {
        String why = Editorial.required(reason, 1000, "退回理由");
        Article a = locked(articleId, expectedVersion);
        Optional<ReviewLevel> articleLevel = ReviewLevel.of(a.getStatus());
        if (articleLevel.isPresent()) {
            ReviewLevel level = articleLevel.get();
            requireLevel(level, a, sourceIp, "ARTICLE_RETURN");
            guarded(a, level, sourceIp, "ARTICLE_RETURN", () -> a.returnToAuthor(me(), why));
            em.flush();
            record(level.role(), sourceIp, "ARTICLE_RETURN", a, level.label() + "退回：" + why);
            return;
        }
        ArticleEdit edit = reviewableEdit(a);
        ReviewLevel level = ReviewLevel.of(edit.getState()).orElseThrow();
        requireLevel(level, a, sourceIp, "ARTICLE_RETURN");
        guarded(a, level, sourceIp, "ARTICLE_RETURN", () -> edit.returnToEditor(me(), why));
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        record(level.role(), sourceIp, "ARTICLE_RETURN", a, "修改稿" + level.label() + "退回：" + why);
    }

    /**
     * 撤稿: a published (or scheduled) article goes offline, with a written reason; an edit under
     * way is abandoned with it.
     */
    @RolesAllowed({FINAL, LEADER})
    public void withdraw(long articleId, long expectedVersion, String reason, String sourceIp) {
        String why = Editorial.required(reason, 1000, "撤稿理由");
        String role = caller.isCallerInRole(FINAL) ? FINAL : LEADER;
        Article a = locked(articleId, expectedVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean wasOnline = a.isVisibleAt(now);
        if (a.getStatus() == ArticleStatus.PUBLISHED) {
            em.createQuery("select e from ArticleEdit e where e.article = :a and e.state not in :closed", ArticleEdit.class)
                    .setParameter("a", a).setParameter("closed", List.of(EditState.APPLIED, EditState.DISCARDED))
                    .getResultStream().findFirst()
                    .ifPresent(e -> e.discard(now).forEach(x -> uploads.deleteAfterCommit(x.getStorageKey())));
        }
        a.withdraw(why);
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        if (wasOnline) {
            changes.fire(new ArticleChanged(a.getId(), ArticleChanged.Kind.WITHDRAWN));
        }
        record(role, sourceIp, "ARTICLE_WITHDRAW", a, (wasOnline ? "撤稿：" : "撤销定时发布：") + why);
    }

    // --- rules ---

    private Article locked(long id, long expectedVersion) {
        Article a = em.find(Article.class, id);
        if (a == null) {
            throw new RequestRefused("ARTICLE_NOT_FOUND", "信息不存在");
        }
        if (a.getVersion() != expectedVersion) {
            throw Refusals.stale();
        }
        return a;
    }

    private ArticleEdit reviewableEdit(Article a) {
        return em.createQuery("select e from ArticleEdit e where e.article = :a and e.state in :levels", ArticleEdit.class)
                .setParameter("a", a)
                .setParameter("levels", List.of(EditState.FIRST_REVIEW, EditState.SECOND_REVIEW, EditState.FINAL_REVIEW))
                .getResultStream().findFirst()
                .orElseThrow(() -> new RequestRefused("NOT_IN_REVIEW", "这篇信息当前不在审核中（状态：" + a.getStatus().label() + "）"));
    }

    /** Only the level's own reviewers decide at it: an 初审员 cannot pass at 复审 and so on. */
    private void requireLevel(ReviewLevel level, Article a, String sourceIp, String eventType) {
        if (!caller.isCallerInRole(level.role())) {
            RequestRefused e = new RequestRefused("WRONG_LEVEL", "这篇信息正在等待" + level.label() + "，只有"
                    + level.label() + "人员可以审核");
            audit.record(me(), null, sourceIp, eventType, "Article", String.valueOf(a.getId()), AuditOutcome.DENIED, e.getMessage());
            throw e;
        }
    }

    /** Runs an entity transition; its refusals (own article, second level) are audited as denied. */
    private <T> T guarded(Article a, ReviewLevel level, String sourceIp, String eventType, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (BusinessRuleException e) {
            audit.record(me(), level.role(), sourceIp, eventType, "Article", String.valueOf(a.getId()), AuditOutcome.DENIED,
                    e.getMessage());
            throw RequestRefused.of(e);
        }
    }

    private void guarded(Article a, ReviewLevel level, String sourceIp, String eventType, Runnable step) {
        guarded(a, level, sourceIp, eventType, () -> {
            step.run();
            return null;
        });
    }

    private static ReviewLevel next(ReviewLevel level) {
        return ReviewLevel.values()[level.ordinal() + 1];
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private void record(String role, String sourceIp, String type, Article a, String detail) {
        audit.record(me(), role, sourceIp, type, "Article", String.valueOf(a.getId()), AuditOutcome.SUCCESS, Editorial.cut(detail));
    }
}
