package cn.gov.lanzhou.supervision.publishing.staff;

import cn.gov.lanzhou.supervision.publishing.ColumnDesk;
import cn.gov.lanzhou.supervision.publishing.ColumnNode;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 栏目管理 ({@code /staff/articles/columns.xhtml}): the column tree with article counts; create,
 * rename, move, reorder and delete (empty columns only).
 */
@Named
@ViewScoped
public class ColumnTree implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ColumnDesk columns;

    private String code;
    private String name;
    private Long parentId;

    /** Per row: the name typed and the parent chosen, by column id. */
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> parents = new HashMap<>();

    private transient List<ColumnNode> tree;

    public List<ColumnNode> getTree() {
        if (tree == null) {
            tree = columns.tree();
            names.clear();
            parents.clear();
            for (ColumnNode n : tree) {
                names.put(n.id(), n.name());
                parents.put(n.id(), n.parentId());
            }
        }
        return tree;
    }

    public String indent(ColumnNode n) {
        return "\u3000\u3000".repeat(n.depth() - 1) + (n.depth() > 1 ? "└ " : "");
    }

    public void create() {
        act(() -> {
            ColumnNode c = columns.create(code, name, parentId, Faces.sourceIp());
            Faces.info("已新建栏目“" + c.name() + "”（" + c.code() + "）");
            code = null;
            name = null;
            parentId = null;
        });
    }

    public void rename(ColumnNode n) {
        act(() -> {
            columns.rename(n.id(), names.get(n.id()), Faces.sourceIp());
            Faces.info("栏目已更名为“" + names.get(n.id()).strip() + "”");
        });
    }

    public void move(ColumnNode n) {
        act(() -> {
            columns.move(n.id(), parents.get(n.id()), Faces.sourceIp());
            Faces.info("栏目“" + n.name() + "”已移动");
        });
    }

    public void up(ColumnNode n) {
        act(() -> columns.shift(n.id(), true, Faces.sourceIp()));
    }

    public void down(ColumnNode n) {
        act(() -> columns.shift(n.id(), false, Faces.sourceIp()));
    }

    public void delete(ColumnNode n) {
        act(() -> {
            columns.delete(n.id(), Faces.sourceIp());
            Faces.info("栏目“" + n.name() + "”已删除");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            Faces.error(e.getMessage());
        }
        tree = null;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public Map<Long, Long> getParents() {
        return parents;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
