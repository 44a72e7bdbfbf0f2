package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.shared.Refusals;
import cn.gov.lanzhou.supervision.shared.RequestRefused;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 栏目管理 — editors keep the column tree: create, rename, move under another column, reorder among
 * siblings, and delete an empty one. A column's code is what every link to it contains, so it is
 * checked once (lower-case letters, digits and hyphens, unique) and never changes. A column with
 * articles or sub-columns cannot be deleted. Every change is audited.
 */
@Stateless
@Interceptors(Refusals.class)
@RolesAllowed(Editorial.EDITOR)
public class ColumnDesk {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext caller;

    /** The whole tree, depth-first in display order. */
    public List<ColumnNode> tree() {
        List<SiteColumn> all = em.createQuery("select c from SiteColumn c", SiteColumn.class).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : em.createQuery("select a.column.id, count(a) from Article a group by a.column.id", Object[].class)
                .getResultList()) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        Map<Long, List<SiteColumn>> byParent = new HashMap<>();
        for (SiteColumn c : all) {
            byParent.computeIfAbsent(c.getParent() == null ? 0L : c.getParent().getId(), k -> new ArrayList<>()).add(c);
        }
        byParent.values().forEach(l -> l.sort(Comparator.comparingInt(SiteColumn::getSortOrder).thenComparing(SiteColumn::getId)));
        List<ColumnNode> out = new ArrayList<>();
        add(out, byParent, counts, 0L, 1);
        return out;
    }

    private static void add(List<ColumnNode> out, Map<Long, List<SiteColumn>> byParent, Map<Long, Long> counts, long parent,
                            int depth) {
        List<SiteColumn> children = byParent.getOrDefault(parent, List.of());
        for (int i = 0; i < children.size(); i++) {
            SiteColumn c = children.get(i);
            out.add(new ColumnNode(c.getId(), c.getCode(), c.getName(), parent == 0L ? null : parent, depth, c.getSortOrder(),
                    counts.getOrDefault(c.getId(), 0L), byParent.containsKey(c.getId()), i == 0, i == children.size() - 1));
            add(out, byParent, counts, c.getId(), depth + 1);
        }
    }

    /** 新建栏目 at the end of its siblings. */
    public ColumnNode create(String code, String name, Long parentId, String sourceIp) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw refused(sourceIp, "COLUMN_CREATE", c, new RequestRefused("COLUMN_CODE",
                    "栏目代码为2到40位小写字母、数字或连字符，以字母开头，如 policy-national"));
        }
        if (!em.createQuery("select c from SiteColumn c where c.code = :c", SiteColumn.class).setParameter("c", c)
                .getResultList().isEmpty()) {
            throw refused(sourceIp, "COLUMN_CREATE", c, new RequestRefused("COLUMN_CODE_TAKEN", "栏目代码“" + c + "”已被使用"));
        }
        String n = name == null ? "" : name.strip();
        SiteColumn parent = parentId == null ? null : column(parentId);
        SiteColumn column = new SiteColumn(c, n.isEmpty() ? "-" : n, null, nextOrder(parent));
        column.rename(n);
        column.moveUnder(parent, column.getSortOrder());
        em.persist(column);
        em.flush();
        record(sourceIp, "COLUMN_CREATE", column, n + (parent == null ? "" : " under " + parent.getCode()));
        return tree().stream().filter(x -> x.id() == column.getId()).findFirst().orElseThrow();
    }

    /** 重命名. */
    public void rename(long id, String name, String sourceIp) {
        SiteColumn c = column(id);
        String before = c.getName();
        c.rename(name);
        em.flush();
        record(sourceIp, "COLUMN_RENAME", c, before + " → " + c.getName());
    }

    /** 移动 under another column (null: to the top level), at the end of its new siblings. */
    public void move(long id, Long parentId, String sourceIp) {
        SiteColumn c = column(id);
        SiteColumn parent = parentId == null ? null : column(parentId);
        if (parent == null ? c.getParent() == null : parent.equals(c.getParent())) {
            return;
        }
        c.moveUnder(parent, nextOrder(parent));
        em.flush();
        record(sourceIp, "COLUMN_MOVE", c, "under " + (parent == null ? "(top level)" : parent.getCode()));
    }

    /** 上移/下移 among its siblings. */
    public void shift(long id, boolean up, String sourceIp) {
        SiteColumn c = column(id);
        List<SiteColumn> siblings = new ArrayList<>(c.getParent() == null
                ? em.createQuery("select s from SiteColumn s where s.parent is null", SiteColumn.class).getResultList()
                : em.createQuery("select s from SiteColumn s where s.parent = :p", SiteColumn.class)
                .setParameter("p", c.getParent()).getResultList());
        siblings.sort(Comparator.comparingInt(SiteColumn::getSortOrder).thenComparing(SiteColumn::getId));
        int i = siblings.indexOf(c);
        int j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= siblings.size()) {
            return;
        }
        siblings.add(j, siblings.remove(i));
        for (int k = 0; k < siblings.size(); k++) {
            siblings.get(k).reorder(k + 1);
        }
        em.flush();
        record(sourceIp, "COLUMN_REORDER", c, (up ? "up" : "down") + " to position " + (j + 1));
    }

    /** 删除 an empty column (no articles, no sub-columns). */
    public void delete(long id, String sourceIp) {
        SiteColumn c = column(id);
        long articles = em.createQuery("select count(a) from Article a where a.column = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        long revisions = em.createQuery("select count(r) from ArticleRevision r where r.column = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        if (articles > 0 || revisions > 0) {
            throw refused(sourceIp, "COLUMN_DELETE", c.getCode(), new RequestRefused("COLUMN_NOT_EMPTY",
                    "栏目“" + c.getName() + "”下还有 " + articles + " 篇信息" + (articles == 0 ? "的修订记录" : "")
                            + "，不能删除；请先把信息移到其他栏目"));
        }
        if (!c.getChildren().isEmpty()) {
            throw refused(sourceIp, "COLUMN_DELETE", c.getCode(), new RequestRefused("COLUMN_HAS_CHILDREN",
                    "栏目“" + c.getName() + "”下还有子栏目，不能删除"));
        }
        em.remove(c);
        em.flush();
        record(sourceIp, "COLUMN_DELETE", c, c.getName());
    }

    private SiteColumn column(long id) {
        SiteColumn c = em.find(SiteColumn.class, id);
        if (c == null) {
            throw new RequestRefused("COLUMN_UNKNOWN", "栏目不存在");
        }
        return c;
    }

    private int nextOrder(SiteColumn parent) {
        Integer max = (parent == null
                ? em.createQuery("select max(s.sortOrder) from SiteColumn s where s.parent is null", Integer.class)
                : em.createQuery("select max(s.sortOrder) from SiteColumn s where s.parent = :p", Integer.class)
                .setParameter("p", parent)).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private RequestRefused refused(String sourceIp, String type, String code, RequestRefused e) {
        audit.record(caller.getCallerPrincipal().getName(), Editorial.EDITOR, sourceIp, type, "SiteColumn", code,
                AuditOutcome.DENIED, e.getMessage());
        return e;
    }

    private void record(String sourceIp, String type, SiteColumn c, String detail) {
        audit.record(caller.getCallerPrincipal().getName(), Editorial.EDITOR, sourceIp, type, "SiteColumn", c.getCode(),
                AuditOutcome.SUCCESS, Editorial.cut(detail));
    }
}
