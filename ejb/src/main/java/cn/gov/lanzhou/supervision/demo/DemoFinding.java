package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.supervision.FindingCategory;
import cn.gov.lanzhou.supervision.supervision.Severity;

/**
 * A demo inspection finding with the rectification it calls for.
 *
 * @param category      隐患类别
 * @param severity      隐患等级
 * @param description   问题描述, e.g. 3号楼东侧深基坑临边防护栏杆缺失约12米，未设置挡脚板
 * @param requirement   整改要求, with a deadline fitting the severity
 * @param basis         依据: the regulation or standard the finding breaks
 */
public record DemoFinding(FindingCategory category, Severity severity, String description,
                          String requirement, String basis) {
}
