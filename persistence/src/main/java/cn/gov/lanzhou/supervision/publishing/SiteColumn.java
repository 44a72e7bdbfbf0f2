package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/** 栏目 — a column of the portal (政策法规, 通知公告, …), known by a short code used in URLs. */
@Entity
@Table(name = "site_column")
public class SiteColumn {

    @Id
    @SequenceGenerator(name = "seq_site_column", sequenceName = "seq_site_column", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_site_column")
    private Long id;

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "栏目代码只能使用小写字母、数字和连字符")
    @Column(name = "code", length = 40, nullable = false, unique = true, updatable = false)
    private String code;

    @NotBlank(message = "栏目名称不能为空")
    @Size(max = 50, message = "栏目名称不能超过50个字")
    @Column(name = "name", length = 50, nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private SiteColumn parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @jakarta.persistence.OneToMany(mappedBy = "parent")
    @jakarta.persistence.OrderBy("sortOrder, id")
    private java.util.List<SiteColumn> children = new java.util.ArrayList<>();

    /** Depth of the column tree: 政策法规 › 国家法规 › … at most three levels. */
    public static final int MAX_DEPTH = 3;

    protected SiteColumn() {
        // for JPA
    }

    public SiteColumn(String code, String name, SiteColumn parent, int sortOrder) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name, "栏目名称不能为空");
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    /** 重命名. The code stays: it is in every link to the column. */
    public void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > 50) {
            throw new BusinessRuleException("COLUMN_NAME", "栏目名称不能为空，且不能超过50个字");
        }
        this.name = n;
    }

    /**
     * Moves the column under another ({@code null}: to the top level) at the given place among its
     * siblings. A column cannot go under itself or one of its own sub-columns, and the tree is at
     * most {@value #MAX_DEPTH} levels deep.
     */
    public void moveUnder(SiteColumn newParent, int order) {
        for (SiteColumn p = newParent; p != null; p = p.parent) {
            if (p == this || p.equals(this)) {
                throw new BusinessRuleException("COLUMN_CYCLE", "不能把栏目移到它自己或它的下级栏目之下");
            }
        }
        if (newParent != null && newParent.depth() + 1 + height() > MAX_DEPTH) {
            throw new BusinessRuleException("COLUMN_DEPTH", "栏目最多" + MAX_DEPTH + "级");
        }
        this.parent = newParent;
        this.sortOrder = order;
    }

    /** Its place among its siblings (smaller first). */
    public void reorder(int order) {
        this.sortOrder = order;
    }

    /** 1 for a top-level column. */
    public int depth() {
        int d = 1;
        for (SiteColumn p = parent; p != null; p = p.parent) {
            d++;
        }
        return d;
    }

    /** Levels below this column (0 for a leaf), from the children known in memory. */
    private int height() {
        int h = 0;
        for (SiteColumn c : children) {
            h = Math.max(h, 1 + c.height());
        }
        return h;
    }

    /** The sub-columns, in their order. */
    public java.util.List<SiteColumn> getChildren() {
        return java.util.Collections.unmodifiableList(children);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SiteColumn getParent() {
        return parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteColumn other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
