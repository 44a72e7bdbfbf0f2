package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.shared.BusinessRuleException;
import cn.gov.lanzhou.supervision.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 部门 — a unit of the station (监督一科, 综合科 …), optionally responsible for one district. Kept by
 * the system administrator; a department that people still belong to is deactivated, never deleted.
 */
@Entity
@Table(name = "department")
public class Department extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "seq_department", sequenceName = "seq_department", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_department")
    private Long id;

    @NotBlank(message = "部门名称不能为空")
    @Size(max = 100, message = "部门名称不能超过100个字")
    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Department() {
        // for JPA
    }

    public Department(String name, String districtCode, int sortOrder) {
        rename(name);
        assign(districtCode);
        this.sortOrder = sortOrder;
    }

    public final void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new BusinessRuleException("DEPARTMENT_NAME", "部门名称不能为空，且不能超过100个字");
        }
        this.name = n;
    }

    /** The district the department is responsible for, or {@code null} for station-wide units. */
    public final void assign(String code) {
        String c = code == null || code.isBlank() ? null : code.strip();
        if (c != null && District.byCode(c).isEmpty()) {
            throw new BusinessRuleException("DISTRICT_INVALID", "辖区代码 " + c + " 不是兰州市的区县代码");
        }
        this.districtCode = c;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
