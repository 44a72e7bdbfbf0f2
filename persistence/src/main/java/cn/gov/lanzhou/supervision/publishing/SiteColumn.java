package cn.gov.lanzhou.supervision.publishing;

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

    protected SiteColumn() {
        // for JPA
    }

    public SiteColumn(String code, String name, SiteColumn parent, int sortOrder) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name, "栏目名称不能为空");
        this.parent = parent;
        this.sortOrder = sortOrder;
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
